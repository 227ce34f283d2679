package io.taskforge.logic.knightsknaves;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.logic.formula.CompactForm;
import io.taskforge.logic.formula.Formula;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.knights-knaves}: islanders are knights (always truthful) or knaves (always lying);
 * from their statements, nested claims joined by and/or/not/if-then/if-and-only-if, say who is
 * which. Every puzzle has exactly one consistent assignment.
 */
public final class KnightsKnavesTask implements Task<KnightsKnavesProblem> {
  public static final String ID = "logic.knights-knaves";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("people", 6, 2, 12, "number of islanders; each makes one statement"),
      ParamSpec.integer("depth", 2, 1, 5,
          "nesting depth of connectives in the deepest statement (one statement has exactly this depth)"),
      ParamSpec.integer("min-depth", 0, 0, 5,
          "the shallowest a statement may be; 0 allows single claims such as 'Bob is a knave'"),
      ParamSpec.integer("width", 3, 2, 4,
          "most claims joined by one 'and'/'or' (one statement has an and/or this wide)"),
      ParamSpec.bool("self-reference", true, "whether speakers may talk about themselves ('I am a knave')"));

  /** people, depth, min-depth, width per level 1..10 (self-reference stays on). */
  private static final int[][] LADDER = {
    {2, 1, 0, 2},
    {3, 1, 0, 2},
    {4, 2, 0, 2},
    {5, 2, 0, 3},
    {6, 2, 0, 3},
    {7, 3, 0, 3},
    {8, 3, 1, 3},
    {9, 3, 1, 3},
    {10, 4, 1, 3},
    {12, 4, 2, 3},
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
    return "Decide who is a knight (always truthful) and who is a knave (always lying) from nested logical statements.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("people", row[0]);
    all.put("depth", row[1]);
    all.put("min-depth", row[2]);
    all.put("width", row[3]);
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
  public void validate(Params params) {
    KnightsKnavesParams p = KnightsKnavesParams.from(params);
    if (p.minDepth() > p.depth()) {
      throw new ParamException(
          "param 'min-depth' must be at most 'depth' (" + p.depth() + "), got " + p.minDepth());
    }
    if (!p.selfReference() && p.people() < 3) {
      throw new ParamException(
          "params 'people' and 'self-reference': with self-reference=false at least 3 people are needed, got "
              + p.people());
    }
    if (p.depth() == 1 && p.width() > p.mentionable()) {
      throw new ParamException(
          "params 'width' and 'depth': with depth=1 the width can be at most the number of people a speaker can mention ("
              + p.mentionable() + "), got " + p.width());
    }
  }

  @Override
  public Class<KnightsKnavesProblem> problemType() {
    return KnightsKnavesProblem.class;
  }

  @Override
  public Generated<KnightsKnavesProblem> generate(Params params, Rng rng) {
    validate(params);
    KnightsKnavesParams p = KnightsKnavesParams.from(params);
    int n = p.people();
    List<String> people = Names.pick(n, rng);
    PuzzleGenerator.Puzzle puzzle = new PuzzleGenerator(p, rng).generate();
    Formula[] claims = puzzle.claims();

    ImmutableList.Builder<KnightsKnavesProblem.Statement> statements = ImmutableList.builderWithExpectedSize(n);
    ImmutableList.Builder<String> lines = ImmutableList.builderWithExpectedSize(n);
    StringBuilder canonical = new StringBuilder(32 * n).append("people=").append(n);
    int[] speakers = new int[n];
    int maxDepth = 0;
    int maxWidth = 0;
    int connectives = 0;
    int claimsCount = 0;
    for (int i = 0; i < n; i++) {
      speakers[i] = i;
      statements.add(new KnightsKnavesProblem.Statement(i, claims[i]));
      lines.add(StatementText.line(i, claims[i], people));
      canonical.append(';').append(i).append(':');
      CompactForm.append(canonical, claims[i]);
      maxDepth = Math.max(maxDepth, claims[i].depth());
      maxWidth = Math.max(maxWidth, claims[i].maxWidth());
      connectives += claims[i].connectives();
      claimsCount += claims[i].atoms();
    }

    ImmutableMap.Builder<String, Object> solution = ImmutableMap.builderWithExpectedSize(n);
    StringBuilder answer = new StringBuilder(16 * n);
    int knights = 0;
    for (int i = 0; i < n; i++) {
      boolean knight = ((puzzle.solution() >>> i) & 1) == 1;
      knights += knight ? 1 : 0;
      solution.put(people.get(i), role(knight));
      if (i > 0) {
        answer.append(", ");
      }
      answer.append(people.get(i)).append(": ").append(role(knight));
    }

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("people", n)
        .put("statements", n)
        .put("max-depth", maxDepth)
        .put("max-width", maxWidth)
        .put("connectives", connectives)
        .put("claims", claimsCount)
        .put("knights", knights)
        .put("search-nodes", KnightsKnavesSolver.searchNodes(speakers, claims, puzzle.constraints(), n))
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "people", people,
        "people_joined", joinNames(people),
        "count", n,
        "statements", lines.build());
    return Generated.of(
        new KnightsKnavesProblem(people, statements.build()),
        solution.buildOrThrow(),
        answer.toString(),
        metrics,
        view,
        canonical.toString());
  }

  static String role(boolean knight) {
    return knight ? "knight" : "knave";
  }

  private static String joinNames(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(i == names.size() - 1 ? " and " : ", ");
      }
      sb.append(names.get(i));
    }
    return sb.toString();
  }

  @Override
  public String answerFormat() {
    return "Give every person's role as `Name: knight` or `Name: knave`, in the order the people are"
        + " introduced, separated by commas or newlines, e.g. `Zoe: knight, Max: knave`. Names and"
        + " roles are case-insensitive, spaces around them are ignored, an entry may end with a period"
        + " or start with a list marker (`-` or `*`), and any order is accepted, but each person must"
        + " appear exactly once. The answer is read from the last <answer>...</answer> block (or else a"
        + " final `Answer:` line).";
  }

  @Override
  public String scoring() {
    return "Correct (score 1) when the roles are consistent with every statement: each knight's"
        + " statement is true and each knave's statement is false (every puzzle has exactly one such"
        + " assignment). An inconsistent assignment scores the share of people whose role matches the"
        + " consistent assignment (PARTIAL, or WRONG when none match), and the reason names the first"
        + " statement it contradicts. A list that cannot be read (an entry not of the form `Name: role`,"
        + " an unknown name, a person missing or listed twice) scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("people", "max-depth", "connectives", "search-nodes");
  }
}
