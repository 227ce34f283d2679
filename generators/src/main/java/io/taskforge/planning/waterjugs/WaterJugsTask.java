package io.taskforge.planning.waterjugs;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Water jugs: measure exact amounts with jugs of given capacities, by filling them from a tap,
 * emptying them into a drain and pouring one into another (or, without a tap, by pouring alone
 * between jugs that start with some water), or say that it is impossible.
 *
 * <p>Capacities are distinct, drawn from 2 to {@code max_capacity}; with a tap the jugs start
 * empty and each target is 1 to capacity - 1 litres, without one each jug starts with a random
 * amount and targets are 0 to capacity. An instance is drawn to be impossible with probability
 * {@code impossible_percent}%, and draws are repeated (from the same random stream) until the
 * exhaustive search agrees; a solvable instance needs at least two actions. The gold plan is a
 * shortest one, by breadth-first search.
 */
public final class WaterJugsTask implements Task<WaterJugsProblem>, PddlExportable<WaterJugsProblem> {
  public static final String ID = "planning.water-jugs";
  /** The most states (product of capacity + 1 over the jugs) an instance may have. */
  static final long MAX_STATES = 1L << 22;
  private static final int MAX_ATTEMPTS = 100_000;

  /**
   * Levels 1..10: jugs, max capacity, targets, impossible percent; always with a tap (pouring alone
   * between filled jugs gives short plans; it is offered as a param). Three jugs are not harder than
   * two by themselves (they offer shortcuts), so the ladder moves to three jugs with two targets and
   * then grows the capacities.
   */
  private static final int[] JUGS = {2, 2, 2, 3, 3, 3, 3, 3, 3, 3};
  private static final int[] CAPACITY = {5, 8, 11, 26, 40, 50, 62, 78, 100, 140};
  private static final int[] TARGETS = {1, 1, 1, 2, 2, 2, 2, 2, 2, 2};
  private static final int[] IMPOSSIBLE = {0, 0, 20, 20, 20, 20, 20, 25, 25, 33};

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(WaterJugsParams.JUGS, JUGS[DEFAULT_LEVEL - 1], 2, WaterJugsModel.MAX_JUGS,
          "number of jugs, named A, B, C, ..."),
      ParamSpec.integer(WaterJugsParams.MAX_CAPACITY, CAPACITY[DEFAULT_LEVEL - 1], 3, 150,
          "largest capacity a jug may have, in litres (capacities are distinct, from 2 up)"),
      ParamSpec.bool(WaterJugsParams.TAP, true,
          "true: jugs start empty, fill/empty/pour allowed; false: jugs start with water, pour only"),
      ParamSpec.integer(WaterJugsParams.TARGETS, TARGETS[DEFAULT_LEVEL - 1], 1, 2,
          "how many jugs must end holding a prescribed amount"),
      ParamSpec.integer(WaterJugsParams.IMPOSSIBLE_PERCENT, IMPOSSIBLE[DEFAULT_LEVEL - 1], 0, 100,
          "share of instances, in percent, drawn without a plan (the answer is then 'impossible')"),
      ParamSpec.bool(WaterJugsParams.OPTIMALITY, false, "score a valid plan optimal length / plan length instead of 1"));

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
    return "Measure exact amounts of water with jugs by filling, emptying and pouring (or pouring alone), "
        + "or answer that it is impossible.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int i = level - 1;
    return Map.of(WaterJugsParams.JUGS, JUGS[i], WaterJugsParams.MAX_CAPACITY, CAPACITY[i],
        WaterJugsParams.TARGETS, TARGETS[i], WaterJugsParams.IMPOSSIBLE_PERCENT, IMPOSSIBLE[i]);
  }

  @Override
  public void validate(Params params) {
    WaterJugsParams p = WaterJugsParams.from(params);
    if (p.jugs() > p.maxCapacity() - 1) {
      throw new ParamException("jugs=" + p.jugs() + " needs max_capacity at least " + (p.jugs() + 1)
          + " (capacities are distinct, from 2 up), got max_capacity=" + p.maxCapacity());
    }
    if (!p.tap() && p.jugs() < 3) {
      // two jugs without a tap only ever pour everything back and forth: nothing to plan
      throw new ParamException("tap=false needs jugs at least 3, got jugs=" + p.jugs());
    }
    if (p.targets() > p.jugs()) {
      throw new ParamException("targets may be at most jugs=" + p.jugs() + ", got targets=" + p.targets());
    }
    long states = 1;
    for (int i = 0; i < p.jugs(); i++) {
      states *= p.maxCapacity() + 1 - i;
    }
    if (states > MAX_STATES) {
      throw new ParamException("jugs=" + p.jugs() + " with max_capacity=" + p.maxCapacity() + " allow up to " + states
          + " states; at most " + MAX_STATES + " are searched, so lower jugs or max_capacity");
    }
    if (p.tap() && p.targets() == 1 && p.impossiblePercent() > 0 && 2 * p.jugs() > p.maxCapacity()) {
      // impossible needs capacities with a common factor: jugs distinct multiples of 2 at most
      throw new ParamException("impossible_percent > 0 with a tap and targets=1 needs max_capacity at least "
          + (2 * p.jugs()) + " for jugs=" + p.jugs() + " (capacities must share a factor), got max_capacity="
          + p.maxCapacity());
    }
  }

  @Override
  public Class<WaterJugsProblem> problemType() {
    return WaterJugsProblem.class;
  }

  @Override
  public Generated<WaterJugsProblem> generate(Params params, Rng rng) {
    WaterJugsParams p = WaterJugsParams.from(params);
    int k = p.jugs();
    List<String> names = names(k);
    boolean wantSolvable = !rng.chance(p.impossiblePercent(), 100);
    // With a tap, solvable instances get coprime capacities (so the size of the puzzle follows the
    // capacities, not their common factors). Impossible ones with a tap and three or more jugs get
    // capacities with a common factor: with coprime ones every amount, and every pair of amounts, is
    // reachable, so drawing them would only cost a search.
    boolean coprime = wantSolvable && p.tap();
    boolean sharedFactor = !wantSolvable && p.tap() && k >= 3;
    for (int attempt = 0; ; attempt++) {
      if (attempt == MAX_ATTEMPTS) {
        throw new IllegalStateException("no " + (wantSolvable ? "solvable" : "impossible") + " instance found in "
            + MAX_ATTEMPTS + " draws for " + params);
      }
      List<Integer> caps = capacities(k, p.maxCapacity(), rng);
      if ((coprime && gcd(caps) != 1) || (sharedFactor && gcd(caps) == 1)) {
        continue;
      }
      List<Integer> initial = new ArrayList<>(k);
      int water = 0;
      int room = 0;
      for (int i = 0; i < k; i++) {
        int in = p.tap() ? 0 : rng.between(0, caps.get(i));
        initial.add(in);
        water += in;
        room += caps.get(i) - in;
      }
      if (!p.tap() && (water == 0 || room == 0)) {
        continue; // nothing could ever be poured
      }
      // The census needs a model; its goal (jug A as it is) plays no part.
      List<Integer> none = new ArrayList<>(java.util.Collections.nCopies(k, -1));
      none.set(0, initial.get(0));
      WaterJugsModel start = WaterJugsModel.of(new WaterJugsProblem(names, caps, initial, p.tap(), none, true, false, 0));
      WaterJugsSolver.Census census = WaterJugsSolver.census(start);
      List<Integer> goal = pickGoal(p, caps, initial, census, wantSolvable, rng);
      if (goal == null) {
        continue; // no goal of the wanted kind with these jugs: draw new jugs from the same stream
      }
      WaterJugsProblem draft = new WaterJugsProblem(names, caps, initial, p.tap(), goal, wantSolvable, p.optimality(), 0);
      WaterJugsModel model = WaterJugsModel.of(draft);
      List<JugAction> found = wantSolvable ? WaterJugsSolver.plan(model, census) : null;
      if (wantSolvable && found == null) {
        throw new IllegalStateException("the census and the search disagree on " + draft + "; a bug");
      }
      List<String> plan = new ArrayList<>();
      if (found != null) {
        for (JugAction a : found) {
          plan.add(a.text(names));
        }
      }
      int length = wantSolvable ? plan.size() : -1;
      WaterJugsProblem problem =
          new WaterJugsProblem(names, caps, initial, p.tap(), goal, wantSolvable, p.optimality(), length);
      ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
          .put("jugs", k)
          .put("largest_capacity", caps.stream().mapToInt(Integer::intValue).max().orElse(0))
          .put("solvable", wantSolvable)
          .put("optimal_length", length)
          .put("depth", wantSolvable ? length : census.eccentricity())
          .put("reachable_states", census.reachable())
          .buildOrThrow();
      return Generated.of(problem, new WaterJugsSolution(plan, length, wantSolvable),
          wantSolvable ? String.join("\n", plan) : "impossible", metrics, view(problem), canonical(problem));
    }
  }

  /**
   * A goal for these jugs, or null when none of the wanted kind exists. Candidates prescribe
   * {@code targets} jugs (amounts 1 to capacity - 1 with a tap, 0 to capacity without) and do not
   * hold at the start. A solvable goal is drawn uniformly among those whose shortest plan is at
   * least two actions and at least nine tenths as long as the longest candidate's; an
   * impossible one uniformly among the candidates no reachable state meets.
   */
  private static List<Integer> pickGoal(WaterJugsParams p, List<Integer> caps, List<Integer> initial,
      WaterJugsSolver.Census census, boolean solvable, Rng rng) {
    int k = caps.size();
    // With a tap a single target is never empty or full (one action away); two targets may be.
    boolean inner = p.tap() && p.targets() == 1;
    // first[jug][amount] (one target) or first[pair][a * (cap_j + 1) + b] (two): the distance of the
    // goal, i.e. of the first state in breadth-first order that meets it; -1 when none does.
    int[][] pairs = new int[p.targets() == 1 ? k : k * (k - 1) / 2][];
    int[][] first = new int[pairs.length][];
    int n = 0;
    for (int i = 0; i < k; i++) {
      if (p.targets() == 1) {
        pairs[n] = new int[] {i, -1};
        first[n++] = filled(caps.get(i) + 1);
        continue;
      }
      for (int j = i + 1; j < k; j++) {
        pairs[n] = new int[] {i, j};
        first[n++] = filled((caps.get(i) + 1) * (caps.get(j) + 1));
      }
    }
    for (int s = 0; s < census.reachable(); s++) {
      int code = census.order()[s];
      int depth = census.depth()[code];
      for (int q = 0; q < pairs.length; q++) {
        int a = census.amount(code, pairs[q][0]);
        int slot = pairs[q][1] < 0 ? a : a * (caps.get(pairs[q][1]) + 1) + census.amount(code, pairs[q][1]);
        if (first[q][slot] < 0) {
          first[q][slot] = depth;
        }
      }
    }
    int longest = 0;
    for (int[] f : first) {
      for (int d : f) {
        longest = Math.max(longest, d);
      }
    }
    int floor = Math.max(2, (9 * longest + 9) / 10);
    List<int[]> pool = new ArrayList<>();
    for (int q = 0; q < pairs.length; q++) {
      int i = pairs[q][0];
      int j = pairs[q][1];
      for (int a = inner ? 1 : 0; a <= caps.get(i) - (inner ? 1 : 0); a++) {
        for (int b = 0; b <= (j < 0 ? 0 : caps.get(j)); b++) {
          boolean atStart = a == initial.get(i) && (j < 0 || b == initial.get(j));
          int d = first[q][j < 0 ? a : a * (caps.get(j) + 1) + b];
          if (!atStart && (solvable ? d >= floor : d < 0)) {
            pool.add(new int[] {i, a, j, b});
          }
        }
      }
    }
    if (pool.isEmpty()) {
      return null;
    }
    int[] g = rng.pick(pool);
    List<Integer> goal = new ArrayList<>(java.util.Collections.nCopies(k, -1));
    goal.set(g[0], g[1]);
    if (g[2] >= 0) {
      goal.set(g[2], g[3]);
    }
    return goal;
  }

  private static int gcd(List<Integer> values) {
    int g = 0;
    for (int v : values) {
      int a = g;
      int b = v;
      while (b != 0) {
        int t = a % b;
        a = b;
        b = t;
      }
      g = a;
    }
    return g;
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    java.util.Arrays.fill(a, -1);
    return a;
  }

  /** k distinct capacities from max/2 (at least 2, and low enough for k of them) to max, in drawn order. */
  private static List<Integer> capacities(int k, int max, Rng rng) {
    List<Integer> pool = new ArrayList<>();
    for (int c = Math.max(2, Math.min(max / 2, max - 2 * k + 1)); c <= max; c++) {
      pool.add(c);
    }
    List<Integer> out = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(pool.size() - i);
      int c = pool.get(j);
      pool.set(j, pool.get(i));
      pool.set(i, c);
      out.add(c);
    }
    return out;
  }

  /** The same text for problems that differ only in the jugs' names and order. */
  static String canonical(WaterJugsProblem p) {
    List<String> jugs = new ArrayList<>();
    for (int i = 0; i < p.jugs().size(); i++) {
      jugs.add(p.capacities().get(i) + "/" + p.initial().get(i) + "/" + p.goal().get(i));
    }
    jugs.sort(null);
    return "tap=" + p.tap() + ";jugs=" + String.join(",", jugs);
  }

  private static ImmutableMap<String, Object> view(WaterJugsProblem p) {
    List<String> jugLines = new ArrayList<>();
    List<String> goalLines = new ArrayList<>();
    List<String> capacityParts = new ArrayList<>();
    List<String> contentParts = new ArrayList<>();
    for (int i = 0; i < p.jugs().size(); i++) {
      String name = p.jugs().get(i);
      int cap = p.capacities().get(i);
      int in = p.initial().get(i);
      jugLines.add(name + ": capacity " + litres(cap) + ", holds " + litres(in));
      capacityParts.add("jug " + name + " holds " + litres(cap));
      contentParts.add("jug " + name + " " + (in == 0 ? "is empty" : in == cap ? "is full (" + litres(in) + ")"
          : "holds " + litres(in)));
      if (p.goal().get(i) >= 0) {
        goalLines.add("jug " + name + " holds exactly " + litres(p.goal().get(i)));
      }
    }
    return ImmutableMap.<String, Object>builder()
        .put("jugs", String.join(", ", p.jugs()))
        .put("jug_count", p.jugs().size())
        .put("tap", p.tap())
        .put("optimality", p.optimality())
        .put("jug_lines", jugLines)
        .put("goal_lines", goalLines)
        .put("capacities_text", join(capacityParts))
        .put("contents_text", join(contentParts))
        .put("goal_text", join(goalLines))
        .buildOrThrow();
  }

  private static String litres(int n) {
    return n == 1 ? "1 litre" : n + " litres";
  }

  private static String join(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  /** Jug names A, B, C, ... */
  static List<String> names(int k) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < k; i++) {
      b.add(String.valueOf((char) ('A' + i)));
    }
    return b.build();
  }

  @Override
  public PddlFiles pddl(WaterJugsProblem problem) {
    return WaterJugsPddl.of(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one action per line, in order: \"fill X\" (fill jug X to the brim from the tap), \"empty X\" "
        + "(pour all of jug X down the drain) and \"pour X Y\" (pour from jug X into jug Y until X is empty or Y is "
        + "full); without a tap only \"pour X Y\" exists. Also read: \"jug\" or \"the\" before a jug name (\"fill jug X\", "
        + "\"empty the X\"), \"pour X into Y\" (or to, onto, in, ->), \"pour from X to Y\". Words and jug names are "
        + "case-insensitive; a line may be numbered (\"1.\", \"Step 1:\"), bulleted or wrapped in parentheses, and "
        + "may end with a period. If no sequence of actions reaches the goal, the whole answer is the single word "
        + "\"impossible\". Example: \"fill B\", \"pour B A\", \"empty A\", \"pour B A\" on four lines. The answer is "
        + "the text of the last <answer>...</answer> block; at most 10,000 actions are read.";
  }

  @Override
  public String scoring() {
    return "A plan is simulated: every action must change something (fill a jug that is not full, empty one that "
        + "is not empty, pour from a jug that is not empty into another that is not full), and after the last one "
        + "every prescribed jug must hold exactly its amount. Score 1 for any such plan; with optimality=true a "
        + "longer valid plan scores optimal length / plan length (status PARTIAL). The answer \"impossible\" scores "
        + "1 exactly when exhaustive search proved that no plan exists (the problem's solvable flag), and 0 "
        + "otherwise. Else 0, with status INVALID_FORMAT (the unreadable line), ILLEGAL_STEP (the first illegal "
        + "action and why, details.first_error_step), GOAL_NOT_REACHED (the jugs off target) or WRONG "
        + "(\"impossible\" for a solvable instance).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("jugs", "depth", "reachable_states");
  }
}
