package io.taskforge.logic.zebra;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.zebra}: Einstein's puzzle. People in a row of houses each have one value of every
 * attribute (name, pet, drink, ...); from clues such as "the Brit lives directly to the left of the
 * cat owner", fill in the whole grid. Every puzzle has exactly one solution and no clue can be
 * dropped without losing that.
 */
public final class ZebraTask implements Task<ZebraProblem> {
  public static final String ID = "logic.zebra";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("houses", 5, 2, 10, "number of houses in the row; every attribute has this many values"),
      ParamSpec.integer("attributes", 4, 2, 10, "number of attributes (name, pet, drink, ...) each house has"),
      ParamSpec.bool("disjunctive", true,
          "whether 'or' clues may appear (X is Y or Z; X lives in house i or house j)"));

  /** houses, attributes, disjunctive (1/0) per level 1..10. */
  private static final int[][] LADDER = {
    {2, 2, 0},
    {3, 3, 0},
    {4, 3, 1},
    {4, 4, 1},
    {5, 4, 1},
    {5, 5, 1},
    {6, 5, 1},
    {6, 6, 1},
    {7, 7, 1},
    {8, 8, 1},
  };

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Solve an Einstein (zebra) puzzle: from the clues, give every house's value of every attribute.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("houses", row[0]);
    all.put("attributes", row[1]);
    all.put("disjunctive", row[2] == 1);
    Map<String, Object> overrides = new LinkedHashMap<>();
    Params defaults = SCHEMA.defaults();
    for (Map.Entry<String, Object> e : all.entrySet()) {
      if (!e.getValue().equals(defaults.asMap().get(e.getKey()))) {
        overrides.put(e.getKey(), e.getValue());
      }
    }
    return overrides;
  }

  @Override
  public Class<ZebraProblem> problemType() {
    return ZebraProblem.class;
  }

  @Override
  public Generated<ZebraProblem> generate(Params params, Rng rng) {
    validate(params);
    ZebraParams p = ZebraParams.from(params);
    int n = p.houses();
    int m = p.attributes();

    // Attributes: m categories, listed in catalogue order; each with n values in pool order, so the
    // order shown says nothing about the solution.
    int[] picked = Arrays.copyOf(rng.permutation(Themes.ALL.size()), m);
    Arrays.sort(picked);
    List<Themes.Category> categories = new ArrayList<>(m);
    List<List<String>> values = new ArrayList<>(m);
    ImmutableList.Builder<ZebraProblem.Attribute> attributes = ImmutableList.builderWithExpectedSize(m);
    for (int t = 0; t < m; t++) {
      Themes.Category cat = Themes.ALL.get(picked[t]);
      int[] chosen = Arrays.copyOf(rng.permutation(cat.values().size()), n);
      Arrays.sort(chosen);
      List<String> vs = new ArrayList<>(n);
      for (int i : chosen) {
        vs.add(cat.values().get(i));
      }
      categories.add(cat);
      values.add(List.copyOf(vs));
      attributes.add(new ZebraProblem.Attribute(cat.name(), vs));
    }

    PuzzleGenerator.Puzzle puzzle = new PuzzleGenerator(n, m, p.disjunctive(), rng).generate();
    int[][] valueAt = puzzle.valueAt();
    int[] houseOf = new int[n * m];
    for (int t = 0; t < m; t++) {
      for (int h = 0; h < n; h++) {
        houseOf[t * n + valueAt[t][h]] = h;
      }
    }

    List<PuzzleGenerator.Fact> facts = puzzle.facts();
    ImmutableList.Builder<ZebraProblem.Clue> clues = ImmutableList.builderWithExpectedSize(facts.size());
    List<String> canonicalClues = new ArrayList<>(facts.size());
    int disjunctive = 0;
    for (PuzzleGenerator.Fact f : facts) {
      List<ZebraProblem.Item> items = new ArrayList<>(3);
      StringBuilder code = new StringBuilder(24).append(f.kind().id());
      for (int v : new int[] {f.a(), f.b(), f.c()}) {
        if (v >= 0) {
          items.add(new ZebraProblem.Item(v / n, v % n));
          // Values are named by attribute and solution house: invariant under renaming.
          code.append(' ').append(v / n).append('.').append(houseOf[v]);
        }
      }
      List<Integer> houses = new ArrayList<>(2);
      for (int h : new int[] {f.p(), f.q()}) {
        if (h >= 0) {
          houses.add(h + 1);
          code.append(" @").append(h + 1);
        }
      }
      clues.add(new ZebraProblem.Clue(f.kind().id(), items, houses));
      canonicalClues.add(code.toString());
      disjunctive += f.kind().disjunctive() ? 1 : 0;
    }
    ZebraProblem problem = new ZebraProblem(n, attributes.build(), clues.build());

    List<List<String>> grid = new ArrayList<>(n);
    StringBuilder answer = new StringBuilder(n * m * 10);
    for (int h = 0; h < n; h++) {
      List<String> row = new ArrayList<>(m);
      if (h > 0) {
        answer.append('\n');
      }
      answer.append("House ").append(h + 1).append(": ");
      for (int t = 0; t < m; t++) {
        String v = values.get(t).get(valueAt[t][h]);
        row.add(v);
        if (t > 0) {
          answer.append(", ");
        }
        answer.append(v);
      }
      grid.add(row);
    }

    canonicalClues.sort(null);
    String canonical = "houses=" + n + ";attributes=" + m + ";" + String.join(";", canonicalClues);

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("houses", n)
        .put("attributes", m)
        .put("cells", n * m)
        .put("search-space-log10", searchSpaceLog10(n, m))
        .put("clues", facts.size())
        .put("disjunctive-clues", disjunctive)
        .put("solver-nodes", puzzle.nodes())
        .put("solver-backtracks", puzzle.backtracks())
        .buildOrThrow();

    List<Object> attributeViews = new ArrayList<>(m);
    StringBuilder names = new StringBuilder();
    StringBuilder example = new StringBuilder("House 1: ");
    for (int t = 0; t < m; t++) {
      attributeViews.add(ImmutableMap.of(
          "name", categories.get(t).name(),
          "values", values.get(t),
          "values_joined", String.join(", ", values.get(t))));
      if (t > 0) {
        names.append(", ");
        example.append(", ");
      }
      names.append(categories.get(t).name());
      example.append('<').append(categories.get(t).name()).append('>');
    }
    List<String> sentences = new ArrayList<>(facts.size());
    for (ZebraProblem.Clue clue : problem.clues()) {
      sentences.add(ClueText.sentence(clue, categories, values));
    }
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("houses", n)
        .put("attribute_count", m)
        .put("attributes", attributeViews)
        .put("attribute_names", names.toString())
        .put("example_line", example.toString())
        .put("clues", sentences)
        .put("clue_count", sentences.size())
        .buildOrThrow();

    return Generated.of(problem, new ZebraSolution(grid), answer.toString(), metrics, view, canonical);
  }

  /** floor(log10((n!)^m)), exactly: the number of candidate grids, as a power of ten. */
  static int searchSpaceLog10(int n, int m) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f.pow(m).toString().length() - 1;
  }

  @Override
  public String answerFormat() {
    return "One line per house, `House k: v1, v2, ...`, giving house k's value of every attribute in the"
        + " order the attributes are listed, separated by commas (e.g. `House 1: Alice, red, tea` when the"
        + " attributes are Name, House color, Drink). Every house appears exactly once; lines may come in"
        + " any order. The word House and the values are case-insensitive, spaces around them are ignored,"
        + " a line may start with a list marker (`-` or `*`) and end with a period, and blank lines are"
        + " skipped, but no other text may appear among the lines. The answer is read from the last"
        + " <answer>...</answer> block (or else a final `Answer:` line and the lines after it).";
  }

  @Override
  public String scoring() {
    return "Correct (score 1) when every attribute's values are each used exactly once and every clue"
        + " holds (each puzzle has exactly one such grid). Otherwise the score is the share of the"
        + " houses x attributes cells that match the unique solution (PARTIAL, or CONSTRAINT_VIOLATED"
        + " when none match), and the reason names the first value used twice or the first clue broken."
        + " A grid that cannot be read (a house missing or given twice, a house number out of range, the"
        + " wrong number of values on a line, a value not among that attribute's values, other text)"
        + " scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("cells", "search-space-log10", "clues");
  }
}
