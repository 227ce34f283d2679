package io.taskforge.planning.rivercrossing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.planning.pddl.PddlExportable;
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.search.BreadthFirst;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * River-crossing puzzles: missionaries and cannibals (n of each, a boat for b, cannibals may never
 * outnumber missionaries on a bank), or a farmer ferrying items some pairs of which may not be left
 * together without him (wolf, goat and cabbage, generalised to random conflict graphs and bigger
 * boats). The gold plan is a shortest one, by breadth-first search.
 *
 * <p>A missionaries instance is fixed by its params (n and b); one without a plan is refused when
 * the params are checked. A farmer instance draws its items (names from a fixed list) and its
 * conflicting pairs (all touching a random set of boat - 1 items, so that the boat could carry a
 * vertex cover); draws without a plan are repeated from the same random stream.
 */
public final class RiverCrossingTask implements Task<RiverCrossingProblem>, PddlExportable<RiverCrossingProblem> {
  public static final String ID = "planning.river-crossing";
  private static final int MAX_ATTEMPTS = 100_000;
  static final List<String> NAMES = List.of(
      "wolf", "goat", "cabbage", "fox", "hen", "grain", "dog", "cat", "mouse", "cheese", "lion", "sheep", "hay",
      "snake", "frog", "beetle", "bear", "fish", "owl", "rabbit", "carrot", "hawk", "tiger", "deer");

  /** Levels 1..10: kind, size, boat, conflicts. */
  private static final String[] KIND = {
    RiverCrossingParams.FARMER, RiverCrossingParams.MISSIONARIES, RiverCrossingParams.FARMER,
    RiverCrossingParams.FARMER, RiverCrossingParams.FARMER, RiverCrossingParams.FARMER,
    RiverCrossingParams.MISSIONARIES, RiverCrossingParams.FARMER, RiverCrossingParams.FARMER,
    RiverCrossingParams.FARMER};
  private static final int[] SIZE = {3, 3, 5, 8, 10, 11, 12, 13, 15, 16};
  private static final int[] BOAT = {2, 2, 2, 3, 3, 3, 4, 3, 3, 3};
  private static final int[] CONFLICTS = {2, 2, 2, 7, 9, 10, 2, 11, 13, 14};

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.choice(RiverCrossingParams.KIND, KIND[DEFAULT_LEVEL - 1],
          List.of(RiverCrossingParams.MISSIONARIES, RiverCrossingParams.FARMER, RiverCrossingParams.MIXED),
          "missionaries and cannibals, a farmer with items, or mixed (each instance draws one)"),
      ParamSpec.integer(RiverCrossingParams.SIZE, SIZE[DEFAULT_LEVEL - 1], 1, 40,
          "missionaries (and as many cannibals), or the farmer's items"),
      ParamSpec.integer(RiverCrossingParams.BOAT, BOAT[DEFAULT_LEVEL - 1], 2, 6,
          "boat capacity: people for missionaries, the farmer plus items for farmer"),
      ParamSpec.integer(RiverCrossingParams.CONFLICTS, CONFLICTS[DEFAULT_LEVEL - 1], 1, 30,
          "farmer: pairs of items that may not be left together without the farmer"),
      ParamSpec.bool(RiverCrossingParams.OPTIMALITY, false, "score a valid plan optimal length / plan length instead of 1"));

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
    return "Ferry missionaries and cannibals, or a farmer's items that may not be left together, across a river "
        + "in a small boat.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int i = level - 1;
    return Map.of(RiverCrossingParams.KIND, KIND[i], RiverCrossingParams.SIZE, SIZE[i], RiverCrossingParams.BOAT,
        BOAT[i], RiverCrossingParams.CONFLICTS, CONFLICTS[i]);
  }

  @Override
  public void validate(Params params) {
    RiverCrossingParams p = RiverCrossingParams.from(params);
    boolean farmer = !p.kind().equals(RiverCrossingParams.MISSIONARIES);
    boolean missionaries = !p.kind().equals(RiverCrossingParams.FARMER);
    if (farmer) {
      if (p.size() > RiverCrossingModel.MAX_ITEMS) {
        throw new ParamException("kind=farmer allows size at most " + RiverCrossingModel.MAX_ITEMS);
      }
      // A farmer who carries b items solves every conflict graph with a vertex cover of at most b - 1
      // items (the Alcuin number is the cover number or one more, Lampis and Mitsou 2007), and a graph
      // with such a cover has at most t(size - t) + t(t - 1)/2 edges, t = b - 1. A boat for one item
      // solves at most two conflicts sharing an item (the wolf, the goat and the cabbage).
      int t = Math.min(p.boat() - 2, p.size());
      int most = p.boat() == 2 ? Math.min(2, p.size() - 1) : t * (p.size() - t) + t * (t - 1) / 2;
      if (p.conflicts() > most) {
        throw new ParamException("conflicts=" + p.conflicts() + " is too many for size=" + p.size() + " and boat="
            + p.boat() + ": no such puzzle has a solution with more than " + most + " conflicts");
      }
    }
    if (missionaries && solve(missionariesProblem(p.size(), p.boat(), false, 0)) == null) {
      throw new ParamException("kind=" + p.kind() + " with size=" + p.size() + " and boat=" + p.boat()
          + " has no solution for missionaries and cannibals; use a bigger boat or fewer people");
    }
  }

  @Override
  public Class<RiverCrossingProblem> problemType() {
    return RiverCrossingProblem.class;
  }

  static RiverCrossingProblem missionariesProblem(int n, int boat, boolean optimality, int length) {
    return new RiverCrossingProblem(RiverCrossingParams.MISSIONARIES, n, n, List.of(), List.of(), boat, optimality,
        length);
  }

  /** A shortest plan, or null. */
  static SearchResult<Trip> solve(RiverCrossingProblem problem) {
    SearchResult<Trip> r = BreadthFirst.search(RiverCrossingModel.of(problem).searchSpace(),
        SearchLimits.expansions(1_000_000));
    return r.solved() ? r : null;
  }

  /** How many states can be reached from the start. */
  static long reachable(RiverCrossingModel model) {
    SearchSpace<Long, Trip> everything = new SearchSpace<>() {
      @Override
      public Long initial() {
        return model.initial();
      }

      @Override
      public boolean isGoal(Long state) {
        return false;
      }

      @Override
      public void expand(Long state, Successors<Long, Trip> out) {
        model.successors(state, out);
      }
    };
    return BreadthFirst.search(everything, SearchLimits.expansions(10_000_000)).expansions();
  }

  @Override
  public Generated<RiverCrossingProblem> generate(Params params, Rng rng) {
    RiverCrossingParams p = RiverCrossingParams.from(params);
    String kind = p.kind().equals(RiverCrossingParams.MIXED)
        ? (rng.nextBoolean() ? RiverCrossingParams.MISSIONARIES : RiverCrossingParams.FARMER) : p.kind();
    RiverCrossingProblem draft;
    SearchResult<Trip> result;
    if (kind.equals(RiverCrossingParams.MISSIONARIES)) {
      draft = missionariesProblem(p.size(), p.boat(), p.optimality(), 0);
      result = solve(draft);
    } else {
      int attempt = 0;
      do {
        if (attempt++ == MAX_ATTEMPTS) {
          throw new IllegalStateException("no solvable farmer puzzle found in " + MAX_ATTEMPTS + " draws for " + params);
        }
        draft = farmerProblem(p, rng);
        result = solve(draft);
      } while (result == null);
    }
    List<String> items = draft.items();
    List<String> plan = new ArrayList<>();
    for (Trip t : result.plan()) {
      plan.add(t.text(items));
    }
    RiverCrossingProblem problem = new RiverCrossingProblem(kind, draft.missionaries(), draft.cannibals(), items,
        draft.conflicts(), draft.boat(), p.optimality(), plan.size());
    RiverCrossingModel model = RiverCrossingModel.of(problem);
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("kind", kind)
        .put("size", p.size())
        .put("boat", p.boat())
        .put("conflicts", problem.conflicts().size())
        .put("optimal_length", plan.size())
        .put("reachable_states", reachable(model))
        .buildOrThrow();
    return Generated.of(problem, new RiverCrossingSolution(plan, plan.size()), String.join("\n", plan), metrics,
        view(problem), canonical(problem));
  }

  /**
   * Items drawn from {@link #NAMES}; conflicts drawn with a vertex cover the boat can carry: a set of
   * {@code min(boat - 1, size)} items first, then {@code conflicts} distinct pairs touching it, uniformly.
   */
  private static RiverCrossingProblem farmerProblem(RiverCrossingParams p, Rng rng) {
    List<String> pool = new ArrayList<>(NAMES);
    List<String> items = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      int j = i + rng.nextInt(pool.size() - i);
      String name = pool.get(j);
      pool.set(j, pool.get(i));
      pool.set(i, name);
      items.add(name);
    }
    int[] order = rng.permutation(p.size());
    boolean[] cover = new boolean[p.size()];
    for (int i = 0; i < Math.min(p.boat() - 1, p.size()); i++) {
      cover[order[i]] = true;
    }
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < items.size(); a++) {
      for (int b = a + 1; b < items.size(); b++) {
        if (cover[a] || cover[b]) {
          pairs.add(new int[] {a, b});
        }
      }
    }
    List<List<String>> conflicts = new ArrayList<>();
    for (int k = 0; k < Math.min(p.conflicts(), pairs.size()); k++) {
      int j = k + rng.nextInt(pairs.size() - k);
      int[] pair = pairs.get(j);
      pairs.set(j, pairs.get(k));
      pairs.set(k, pair);
      conflicts.add(List.of(items.get(pair[0]), items.get(pair[1])));
    }
    return new RiverCrossingProblem(RiverCrossingParams.FARMER, 0, 0, items, conflicts, p.boat(), p.optimality(), 0);
  }

  /**
   * The same text for problems that differ only in item names and in the order of items and pairs
   * (the conflict graph's canonical form, {@link GraphCanonical}).
   */
  static String canonical(RiverCrossingProblem p) {
    if (p.missionaryKind()) {
      return "missionaries;m=" + p.missionaries() + ";c=" + p.cannibals() + ";boat=" + p.boat();
    }
    int n = p.items().size();
    boolean[][] adj = new boolean[n][n];
    for (List<String> pair : p.conflicts()) {
      int a = p.items().indexOf(pair.get(0));
      int b = p.items().indexOf(pair.get(1));
      adj[a][b] = true;
      adj[b][a] = true;
    }
    String best = GraphCanonical.of(adj);
    return "farmer;boat=" + p.boat() + ";items=" + n + ";graph=" + best;
  }

  private static ImmutableMap<String, Object> view(RiverCrossingProblem p) {
    List<String> conflictLines = new ArrayList<>();
    for (List<String> pair : p.conflicts()) {
      conflictLines.add("the " + pair.get(0) + " and the " + pair.get(1));
    }
    List<String> itemsWithArticle = new ArrayList<>();
    for (String item : p.items()) {
      itemsWithArticle.add("the " + item);
    }
    return ImmutableMap.<String, Object>builder()
        .put("kind", p.kind())
        .put("missionaries", p.missionaries())
        .put("cannibals", p.cannibals())
        .put("boat", p.boat())
        .put("cargo", p.boat() - 1)
        .put("items", String.join(", ", p.items()))
        .put("items_text", join(itemsWithArticle))
        .put("item_count", p.items().size())
        .put("conflict_lines", conflictLines)
        .put("conflicts_text", join(conflictLines))
        .put("optimality", p.optimality())
        .put("example", p.missionaryKind() ? "cross m c" : "cross " + (p.items().isEmpty() ? "" : p.items().get(0)))
        .buildOrThrow();
  }

  private static String join(List<String> parts) {
    if (parts.isEmpty()) {
      return "";
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  @Override
  public PddlFiles pddl(RiverCrossingProblem problem) {
    return RiverCrossingPddl.of(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one trip per line, in order, alternating \"cross\" (from the starting bank to the far bank) "
        + "and \"return\" (back), each followed by who is in the boat. Missionaries and cannibals: one \"m\" per "
        + "missionary and one \"c\" per cannibal aboard (\"cross m c\", \"return m\"); \"missionary\"/\"missionaries\", "
        + "\"cannibal\"/\"cannibals\" and counts (\"cross 2 cannibals\") are read too. Farmer: the items he takes, by "
        + "name (\"cross goat\", \"cross wolf cabbage\"); the farmer always rows and may be named or not (\"cross "
        + "farmer goat\"); a trip alone is \"return\" (or \"return alone\"). The words \"with\", \"and\", \"the\", \"a\" "
        + "and \"an\" are ignored, and case does not matter; a line may be numbered (\"1.\", \"Step 1:\"), bulleted or "
        + "end with a period. Example: \"cross goat\", \"return\", \"cross wolf\", \"return goat\", \"cross cabbage\", "
        + "\"return\", \"cross goat\" on seven lines. The answer is the text of the last <answer>...</answer> block; at "
        + "most 10,000 trips are read.";
  }

  @Override
  public String scoring() {
    return "The plan is simulated: trips must alternate starting with a cross, carry only who is on the boat's bank, "
        + "fit the boat (missionaries: 1 to capacity people; farmer: the farmer and up to capacity - 1 items), and leave "
        + "every bank safe (no bank where cannibals outnumber at least one missionary, counting the boat's people on "
        + "the bank they land on; no conflicting pair left without the farmer). Score 1 for any such plan that brings "
        + "everyone to the far bank; with optimality=true a longer valid plan scores optimal length / plan length "
        + "(status PARTIAL). Else 0, with status INVALID_FORMAT (the unreadable line), ILLEGAL_STEP (the first illegal "
        + "trip and why, details.first_error_step) or GOAL_NOT_REACHED (who is still on the starting bank).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("size", "optimal_length");
  }
}
