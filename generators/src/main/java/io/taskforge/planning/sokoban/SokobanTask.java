package io.taskforge.planning.sokoban;

import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.planning.core.Simulation;
import io.taskforge.planning.pddl.PddlExportable;
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sokoban: push every box onto a goal.
 *
 * <p>A room is carved ({@link SokobanRooms}), goals are placed in one cluster (the first cells of a
 * breadth-first walk from a random floor cell), and reverse play
 * ({@link SokobanReverse}: breadth-first over pulls from the solved position, up to {@value
 * #REVERSE_STATES} positions, and no deeper than max_pushes) finds positions that are solvable by
 * construction with their exact push-optimal length. The start is drawn among the positions at depth min(deepest found,
 * max_pushes), which must be at least min_pushes (else the room is redrawn), with the player on a
 * random cell of its region. The gold plan is move-optimal by A* over pushes ({@link
 * SokobanSolver}) when it finishes within search_limit expansions; otherwise it is the push-optimal
 * plan of reverse play with shortest walks, flagged optimal_proven = false, with A*'s lower bound.
 */
public final class SokobanTask implements Task<SokobanProblem>, PddlExportable<SokobanProblem> {
  public static final String ID = "planning.sokoban";
  static final int REVERSE_STATES = 20_000;
  private static final int MAX_ATTEMPTS = 2_000;
  /** Per level: width, height, boxes, min_pushes, max_pushes, search_limit. */
  private static final int[][] LADDER = {
      {4, 4, 1, 1, 3, 100_000},
      {5, 4, 1, 3, 5, 100_000},
      {5, 5, 2, 4, 7, 100_000},
      {6, 5, 2, 6, 10, 100_000},
      {6, 6, 3, 8, 13, 100_000},
      {7, 6, 3, 10, 16, 100_000},
      {7, 7, 4, 12, 18, 50_000},
      {8, 7, 4, 16, 21, 15_000},
      {8, 8, 4, 18, 24, 10_000},
      {8, 8, 4, 22, 60, 5_000},
  };

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(SokobanParams.WIDTH, LADDER[DEFAULT_LEVEL - 1][0], 3, 12,
          "interior width of the room, walls excluded"),
      ParamSpec.integer(SokobanParams.HEIGHT, LADDER[DEFAULT_LEVEL - 1][1], 3, 12,
          "interior height of the room, walls excluded"),
      ParamSpec.integer(SokobanParams.BOXES, LADDER[DEFAULT_LEVEL - 1][2], 1, 8, "number of boxes (and goals)"),
      ParamSpec.integer(SokobanParams.MIN_PUSHES, LADDER[DEFAULT_LEVEL - 1][3], 1, 100,
          "fewest pushes a push-optimal solution may take"),
      ParamSpec.integer(SokobanParams.MAX_PUSHES, LADDER[DEFAULT_LEVEL - 1][4], 1, 200,
          "most pushes a push-optimal solution may take"),
      ParamSpec.integer(SokobanParams.SEARCH_LIMIT, LADDER[DEFAULT_LEVEL - 1][5], 0, 10_000_000,
          "A* expansions spent proving the fewest moves; beyond them the best known plan is given"),
      ParamSpec.bool(SokobanParams.OPTIMALITY, false,
          "score a longer valid plan reference length / plan length instead of 1"));

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
    return "Push every box onto a goal in a Sokoban room: a plan of up/down/left/right moves.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] l = LADDER[level - 1];
    return Map.of(SokobanParams.WIDTH, l[0], SokobanParams.HEIGHT, l[1], SokobanParams.BOXES, l[2],
        SokobanParams.MIN_PUSHES, l[3], SokobanParams.MAX_PUSHES, l[4], SokobanParams.SEARCH_LIMIT, l[5]);
  }

  @Override
  public void validate(Params params) {
    SokobanParams p = SokobanParams.from(params);
    if (p.minPushes() > p.maxPushes()) {
      throw new ParamException("min_pushes must be at most max_pushes, got min_pushes " + p.minPushes()
          + " and max_pushes " + p.maxPushes());
    }
    int area = p.width() * p.height();
    if (2 * p.boxes() + 2 > area * 55 / 100) {
      throw new ParamException("boxes must leave room to move: at most " + Math.max(0, (area * 55 / 100 - 2) / 2)
          + " boxes fit a " + p.width() + "x" + p.height() + " room, got " + p.boxes());
    }
  }

  @Override
  public Class<SokobanProblem> problemType() {
    return SokobanProblem.class;
  }

  @Override
  public Generated<SokobanProblem> generate(Params params, Rng rng) {
    SokobanParams p = SokobanParams.from(params);
    int w = p.width() + 2;
    int h = p.height() + 2;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      boolean[] wall = SokobanRooms.carve(p.width(), p.height(), rng);
      List<Integer> floor = new ArrayList<>();
      for (int i = 0; i < wall.length; i++) {
        if (!wall[i]) {
          floor.add(i);
        }
      }
      boolean[] goals = clusteredGoals(wall, w, rng.pick(floor), p.boxes());
      SokobanBoard board = new SokobanBoard(h, w, wall, goals);
      long lo = 0;
      long hi = 0;
      for (int f = 0; f < board.floor(); f++) {
        if (board.isGoal(f)) {
          if (f < 64) {
            lo |= 1L << f;
          } else {
            hi |= 1L << (f - 64);
          }
        }
      }
      SokobanReverse reverse = new SokobanReverse(board);
      reverse.run(new SokobanState(lo, hi, 0), REVERSE_STATES, p.maxPushes());
      int depth = Math.min(reverse.deepest(), p.maxPushes());
      if (depth < p.minPushes()) {
        continue;
      }
      int key = rng.pick(reverse.layer(depth));
      int player = rng.pick(reverse.regionOf(key));
      SokobanState start = reverse.position(key).withPlayer(player);
      List<SokobanMove> known = reverse.plan(key, player);
      return instance(p, board, start, known, depth, reverse);
    }
    throw new IllegalStateException("no " + p.width() + "x" + p.height() + " room with " + p.boxes()
        + " boxes needing at least " + p.minPushes() + " pushes was found in " + MAX_ATTEMPTS
        + " draws; lower min_pushes or enlarge the room");
  }

  private Generated<SokobanProblem> instance(
      SokobanParams p, SokobanBoard board, SokobanState start, List<SokobanMove> known, int optimalPushes,
      SokobanReverse reverse) {
    SearchResult<SokobanSolver.Push> r = SokobanSolver.search(board, start, p.searchLimit(), known.size());
    boolean optimal = r.solved();
    List<SokobanMove> plan = optimal ? SokobanSolver.moves(board, start, r.plan()) : known;
    int lowerBound = optimal ? plan.size() : Math.min(r.lowerBound(), known.size());
    SokobanModel model = new SokobanModel(board, start);
    Simulation<SokobanState> check = Simulation.run(model, plan);
    if (!check.solved()) {
      throw new IllegalStateException("a generated Sokoban plan does not solve its level; the generator is broken");
    }
    int pushes = 0;
    SokobanState s = start;
    List<String> lines = new ArrayList<>(plan.size());
    for (SokobanMove m : plan) {
      int to = board.next(s.player(), m);
      pushes += s.hasBox(to) ? 1 : 0;
      s = model.apply(s, m);
      lines.add(String.valueOf(m.letter()));
    }
    List<String> rows = board.rows(start);
    SokobanProblem problem = new SokobanProblem(rows, p.optimality(), plan.size(), optimal);
    int onGoal = 0;
    for (int f = 0; f < board.floor(); f++) {
      onGoal += board.isGoal(f) && start.hasBox(f) ? 1 : 0;
    }
    ImmutableMap.Builder<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("boxes", p.boxes())
        .put("floor", board.floor())
        .put("optimal_pushes", optimalPushes)
        .put(optimal ? "optimal_length" : "best_known_length", plan.size())
        .put("optimal_proven", optimal)
        .put("lower_bound", lowerBound)
        .put("plan_pushes", pushes)
        .put("boxes_on_goals", onGoal)
        .put("reverse_states", reverse.states())
        .put("expansions", r.expansions());
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("board_rows", rows)
        .put("height", board.height())
        .put("width", board.width())
        .put("boxes", p.boxes())
        .put("player_at", board.where(start.player()))
        .put("box_list", positions(board, start, true))
        .put("goal_list", positions(board, start, false))
        .buildOrThrow();
    return Generated.of(problem, new SokobanSolution(lines, plan.size(), pushes, optimal, optimalPushes),
        String.join("\n", lines), metrics.buildOrThrow(), view, SokobanCanonical.of(rows));
  }

  /**
   * The first {@code count} floor cells of a breadth-first walk from {@code seed}: goals in one
   * cluster, as in a storage area (reverse play then reaches deeper positions than with scattered
   * goals).
   */
  private static boolean[] clusteredGoals(boolean[] wall, int width, int seed, int count) {
    boolean[] goals = new boolean[wall.length];
    boolean[] seen = new boolean[wall.length];
    int[] queue = new int[wall.length];
    int head = 0;
    int tail = 0;
    queue[tail++] = seed;
    seen[seed] = true;
    int placed = 0;
    while (head < tail && placed < count) {
      int cell = queue[head++];
      goals[cell] = true;
      placed++;
      for (int next : new int[] {cell - width, cell + width, cell - 1, cell + 1}) {
        if (!wall[next] && !seen[next]) {
          seen[next] = true;
          queue[tail++] = next;
        }
      }
    }
    return goals;
  }

  /** "row 2, column 3" of every box (or goal), in reading order. */
  private static List<String> positions(SokobanBoard board, SokobanState s, boolean boxes) {
    List<String> out = new ArrayList<>();
    for (int f = 0; f < board.floor(); f++) {
      if (boxes ? s.hasBox(f) : board.isGoal(f)) {
        out.add(board.where(f));
      }
    }
    return out;
  }

  @Override
  public PddlFiles pddl(SokobanProblem problem) {
    return SokobanPddl.of(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one move per line, in order: U, D, L or R (or the words up, down, left, right; any case), each "
        + "moving the player one cell. There is no separate push action: moving into a box pushes it one cell "
        + "further in the same direction. A line may start with the word \"move\" or \"push\" (\"push left\"), may be "
        + "numbered (\"1.\", \"1)\", \"Step 1:\") or bulleted (\"-\", \"*\") and may end with a period; blank lines and "
        + "code-fence lines are skipped, and any other line makes the answer unreadable (several moves on one line, "
        + "like \"UURD\", are not read). Example: three lines reading \"L\", \"U\", \"U\". The answer is the text of the "
        + "last <answer>...</answer> block; at most 10,000 moves are read.";
  }

  @Override
  public String scoring() {
    return "The verifier replays the moves from the start. Score 1 for any plan, of any length, in which no move walks "
        + "into a wall or pushes a box into a wall or another box, and after which every goal holds a box. Score 0 "
        + "otherwise: INVALID_FORMAT names the first unreadable line, ILLEGAL_STEP the first impossible move "
        + "(details.first_error_step), GOAL_NOT_REACHED the goals left without a box. With optimality=true a valid "
        + "plan with more moves than the reference scores reference length / plan length (status PARTIAL); the "
        + "reference is the fewest moves (metrics.optimal_length) or, where A* did not prove it within search_limit, "
        + "the best known (metrics.best_known_length, optimal_proven false; a shorter valid plan then scores 1). "
        + "metrics.optimal_pushes is the exact fewest pushes.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("boxes", "optimal_pushes");
  }
}
