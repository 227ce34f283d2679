package io.taskforge.planning.hanoi;

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
import io.taskforge.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tower of Hanoi with n disks on three or more pegs: move the disks, one at a time and never a
 * larger on a smaller, from a start configuration to a goal configuration.
 *
 * <p>Configurations: {@code standard} moves a whole tower from one peg to another (both drawn);
 * {@code tower} gathers a random configuration into one tower on a drawn peg; {@code random} goes
 * from a random configuration to another. A random configuration puts every disk on a peg drawn
 * uniformly (each peg's disks then stack largest at the bottom), so every configuration is equally
 * likely. The gold plan is optimal: A* over {@link HanoiModel} with {@link HanoiSolver}'s
 * admissible heuristic (exact with three pegs); sizes are bounded so the search always finishes.
 */
public final class HanoiTask implements Task<HanoiProblem>, PddlExportable<HanoiProblem> {
  public static final String ID = "planning.hanoi";
  /** The most states a search over four or more pegs may face (pegs^disks). */
  static final long MAX_STATES_MULTI_PEG = 1L << 18;
  private static final long MAX_EXPANSIONS = 2_000_000;
  private static final int MAX_DISKS = 12;

  /**
   * Levels 1..10: disks and configuration, always on three pegs (more pegs only make a valid plan
   * easier to find; they are offered as a param, where optimality=true makes them matter).
   */
  private static final int[] DISKS = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  private static final String[] CONFIG = {
    HanoiParams.STANDARD, HanoiParams.STANDARD, HanoiParams.STANDARD, HanoiParams.TOWER, HanoiParams.RANDOM,
    HanoiParams.RANDOM, HanoiParams.RANDOM, HanoiParams.RANDOM, HanoiParams.RANDOM, HanoiParams.RANDOM};

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(HanoiParams.DISKS, DISKS[DEFAULT_LEVEL - 1], 1, MAX_DISKS,
          "number of disks, numbered 1 (smallest) to n (largest)"),
      ParamSpec.integer(HanoiParams.PEGS, 3, 3, 6,
          "number of pegs, named A, B, C, ...; with 4 or more, pegs^disks may be at most 262144"),
      ParamSpec.choice(HanoiParams.CONFIGURATION, CONFIG[DEFAULT_LEVEL - 1],
          List.of(HanoiParams.STANDARD, HanoiParams.TOWER, HanoiParams.RANDOM),
          "standard: a whole tower to another peg; tower: a random configuration into one tower; "
              + "random: a random configuration into another"),
      ParamSpec.bool(HanoiParams.OPTIMALITY, false, "score a valid plan optimal length / plan length instead of 1"));

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
    return "Move Tower of Hanoi disks, one at a time and never onto a smaller disk, from a start "
        + "configuration to a goal configuration on three or more pegs.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    return Map.of(HanoiParams.DISKS, DISKS[level - 1], HanoiParams.CONFIGURATION, CONFIG[level - 1]);
  }

  @Override
  public void validate(Params params) {
    HanoiParams p = HanoiParams.from(params);
    if (p.pegs() > 3 && power(p.pegs(), p.disks()) > MAX_STATES_MULTI_PEG) {
      throw new ParamException("with pegs=" + p.pegs() + " the param disks may be at most "
          + maxDisks(p.pegs()) + " (pegs^disks at most " + MAX_STATES_MULTI_PEG + "), got disks=" + p.disks());
    }
  }

  /** pegs^disks, the number of configurations. */
  static long power(int pegs, int disks) {
    long v = 1;
    for (int i = 0; i < disks; i++) {
      v *= pegs;
    }
    return v;
  }

  private static int maxDisks(int pegs) {
    int d = 0;
    long states = 1;
    while (states * pegs <= MAX_STATES_MULTI_PEG) {
      states *= pegs;
      d++;
    }
    return d;
  }

  @Override
  public Class<HanoiProblem> problemType() {
    return HanoiProblem.class;
  }

  @Override
  public Generated<HanoiProblem> generate(Params params, Rng rng) {
    HanoiParams p = HanoiParams.from(params);
    int n = p.disks();
    int k = p.pegs();
    List<String> pegs = names(k);
    while (true) {
      long start;
      long goal;
      switch (p.configuration()) {
        case HanoiParams.STANDARD -> {
          int a = rng.nextInt(k);
          int b = (a + 1 + rng.nextInt(k - 1)) % k;
          start = tower(n, a);
          goal = tower(n, b);
        }
        case HanoiParams.TOWER -> {
          start = random(n, k, rng);
          goal = tower(n, rng.nextInt(k));
        }
        default -> {
          start = random(n, k, rng);
          goal = random(n, k, rng);
        }
      }
      if (start == goal) {
        continue;
      }
      HanoiProblem draft = new HanoiProblem(n, pegs, towers(start, n, k), towers(goal, n, k), p.optimality(), 0);
      HanoiModel model = HanoiModel.of(draft);
      SearchResult<HanoiMove> result = HanoiSolver.solve(model, MAX_EXPANSIONS);
      if (!result.solved()) {
        continue; // never silently a smaller problem: draw again from the same stream
      }
      List<String> plan = new ArrayList<>(result.plan().size());
      for (HanoiMove m : result.plan()) {
        plan.add(m.text(pegs));
      }
      HanoiProblem problem = new HanoiProblem(n, pegs, draft.initial(), draft.goal(), p.optimality(), plan.size());
      int misplaced = 0;
      for (int d = 1; d <= n; d++) {
        misplaced += HanoiModel.peg(start, d) != HanoiModel.peg(goal, d) ? 1 : 0;
      }
      ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
          .put("disks", n)
          .put("pegs", k)
          .put("optimal_length", plan.size())
          .put("misplaced", misplaced)
          .put("state_space", power(k, n))
          .put("expansions", result.expansions())
          .buildOrThrow();
      return Generated.of(problem, new HanoiSolution(plan, plan.size()), String.join("\n", plan), metrics,
          view(problem, start, goal), canonical(start, goal, n, k));
    }
  }

  private static long tower(int n, int peg) {
    long s = 0;
    for (int d = 1; d <= n; d++) {
      s = HanoiModel.with(s, d, peg);
    }
    return s;
  }

  private static long random(int n, int k, Rng rng) {
    long s = 0;
    for (int d = 1; d <= n; d++) {
      s = HanoiModel.with(s, d, rng.nextInt(k));
    }
    return s;
  }

  /** Each peg's disks, bottom (largest) to top. */
  static List<List<Integer>> towers(long state, int n, int k) {
    List<List<Integer>> towers = new ArrayList<>(k);
    for (int p = 0; p < k; p++) {
      List<Integer> t = new ArrayList<>();
      for (int d = n; d >= 1; d--) {
        if (HanoiModel.peg(state, d) == p) {
          t.add(d);
        }
      }
      towers.add(t);
    }
    return towers;
  }

  /**
   * Pegs relabelled by first appearance when reading the largest disk's start and goal pegs, then
   * the next disk's, and so on: the same text for problems that differ only in peg names.
   */
  static String canonical(long start, long goal, int n, int k) {
    int[] label = new int[k];
    java.util.Arrays.fill(label, -1);
    int next = 0;
    StringBuilder s = new StringBuilder();
    StringBuilder g = new StringBuilder();
    for (int d = n; d >= 1; d--) {
      int a = HanoiModel.peg(start, d);
      if (label[a] < 0) {
        label[a] = next++;
      }
      int b = HanoiModel.peg(goal, d);
      if (label[b] < 0) {
        label[b] = next++;
      }
      s.append(label[a]);
      g.append(label[b]);
    }
    return "pegs=" + k + ";start=" + s + ";goal=" + g;
  }

  private static ImmutableMap<String, Object> view(HanoiProblem problem, long start, long goal) {
    int n = problem.disks();
    List<String> pegs = problem.pegs();
    boolean fromTower = isTower(start, n);
    boolean toTower = isTower(goal, n);
    return ImmutableMap.<String, Object>builder()
        .put("pegs", String.join(", ", pegs))
        .put("peg_count", pegs.size())
        .put("disk_count", n)
        .put("largest", n)
        .put("first_peg", pegs.get(0))
        .put("last_peg", pegs.get(pegs.size() - 1))
        .put("initial_lines", lines(problem.initial(), pegs))
        .put("goal_lines", lines(problem.goal(), pegs))
        .put("initial_text", prose(problem.initial(), pegs))
        .put("goal_text", prose(problem.goal(), pegs))
        .put("standard", fromTower && toTower)
        .put("source_peg", pegs.get(HanoiModel.peg(start, n)))
        .put("target_peg", pegs.get(HanoiModel.peg(goal, n)))
        .put("goal_is_tower", toTower)
        .put("optimality", problem.optimality())
        .buildOrThrow();
  }

  private static boolean isTower(long state, int n) {
    for (int d = 1; d < n; d++) {
      if (HanoiModel.peg(state, d) != HanoiModel.peg(state, n)) {
        return false;
      }
    }
    return true;
  }

  /** "A: 5 3 1" (bottom to top) or "B: empty". */
  private static List<String> lines(List<List<Integer>> towers, List<String> pegs) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < pegs.size(); p++) {
      StringBuilder sb = new StringBuilder(pegs.get(p)).append(':');
      if (towers.get(p).isEmpty()) {
        sb.append(" empty");
      }
      for (int d : towers.get(p)) {
        sb.append(' ').append(d);
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** "Peg A holds disks 5, 3 and 1 (bottom to top). Peg B is empty. Peg C holds disk 2." */
  private static String prose(List<List<Integer>> towers, List<String> pegs) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < pegs.size(); p++) {
      List<Integer> t = towers.get(p);
      sb.append(p == 0 ? "" : " ").append("Peg ").append(pegs.get(p));
      if (t.isEmpty()) {
        sb.append(" is empty.");
      } else if (t.size() == 1) {
        sb.append(" holds disk ").append(t.get(0)).append('.');
      } else {
        sb.append(" holds disks ");
        for (int i = 0; i < t.size(); i++) {
          sb.append(i == 0 ? "" : i == t.size() - 1 ? " and " : ", ").append(t.get(i));
        }
        sb.append(" (bottom to top).");
      }
    }
    return sb.toString();
  }

  /** Peg names A, B, C, ... */
  static List<String> names(int k) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < k; i++) {
      b.add(String.valueOf((char) ('A' + i)));
    }
    return b.build();
  }

  @Override
  public PddlFiles pddl(HanoiProblem problem) {
    return HanoiPddl.of(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one move per line, in order: \"move D X Y\" moves disk D (1 is the smallest) from the "
        + "top of peg X onto peg Y. Also read: \"move disk D from X to Y\", \"move disk D from peg X to peg Y\", "
        + "\"->\" or \"onto\" for \"to\"; the disk may be left out (\"move X Y\", \"move from X to Y\", \"X Y\", "
        + "\"X -> Y\"), meaning the top disk of peg X. Words and peg names are case-insensitive. A line may be "
        + "numbered (\"1.\", \"1)\", \"Step 1:\"), bulleted (\"-\", \"*\") or wrapped in parentheses, and may end "
        + "with a period; a bare number at the very start of a line (\"3 A C\") is read as step numbering, not as "
        + "a disk. Blank lines and code-fence lines are skipped; any other line makes the answer unreadable. "
        + "Example: \"move 1 A C\", \"move 2 A B\", \"move 1 C B\" on three lines. The answer is the text of the "
        + "last <answer>...</answer> block; at most 10,000 moves are read.";
  }

  @Override
  public String scoring() {
    return "The plan is simulated: a move is legal when peg X is not empty, the named disk (if any) is its top "
        + "disk, Y is another peg, and Y is empty or its top disk is larger. Score 1 for any legal plan, of any "
        + "length, after which every disk is on the peg the goal puts it on; with optimality=true a longer "
        + "valid plan scores optimal length / plan length (status PARTIAL). Score 0 otherwise, with status "
        + "INVALID_FORMAT (the unreadable line is named), ILLEGAL_STEP (the first illegal move and why, "
        + "details.first_error_step) or GOAL_NOT_REACHED (the disks not yet on their goal pegs).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("disks", "optimal_length", "state_space");
  }
}
