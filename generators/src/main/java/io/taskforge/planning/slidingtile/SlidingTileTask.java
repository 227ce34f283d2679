package io.taskforge.planning.slidingtile;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 8-, 15- and 24-puzzles: slide the tiles into order.
 *
 * <p>Each start position is a random walk of w moves from the goal (w uniform in [min_length,
 * max_length], never revisiting a position when it can avoid it), so it is solvable by
 * construction (it lies in the goal's parity class) and its optimum is at most w. IDA* with the
 * Manhattan plus linear-conflict heuristic then computes the optimal length; a start whose optimum
 * is below min_length is redrawn. When IDA* runs out of {@code search_limit} expansions, the
 * instance keeps the best plan known (the walk reversed, or a shorter weighted-A* plan), flagged
 * {@code optimal_proven = false}, with IDA*'s proven lower bound, provided that bound is at least
 * min_length; so the optimum always lies in [min_length, max_length].
 */
public final class SlidingTileTask implements Task<SlidingTileProblem>, PddlExportable<SlidingTileProblem> {
  public static final String ID = "planning.sliding-tile";
  private static final int MAX_ATTEMPTS = 5_000;
  /** Per level: size, min_length, max_length, search_limit. */
  private static final int[][] LADDER = {
      {3, 2, 4, 1_000_000},
      {3, 5, 8, 1_000_000},
      {3, 9, 13, 1_000_000},
      {3, 14, 18, 1_000_000},
      {3, 19, 24, 1_000_000},
      {4, 25, 30, 1_000_000},
      {4, 31, 36, 1_000_000},
      {5, 34, 40, 1_000_000},
      {5, 41, 48, 100_000},
      {5, 50, 120, 20_000},
  };
  /** The largest min_length offered per side (index = side): random walks rarely reach further. */
  private static final int[] MAX_MIN_LENGTH = {0, 0, 0, 27, 60, 100};

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(SlidingTileParams.SIZE, LADDER[DEFAULT_LEVEL - 1][0], 3, 5,
          "side of the board: 3 (8-puzzle), 4 (15-puzzle) or 5 (24-puzzle)"),
      ParamSpec.integer(SlidingTileParams.MIN_LENGTH, LADDER[DEFAULT_LEVEL - 1][1], 1, 100,
          "fewest moves an optimal solution may take"),
      ParamSpec.integer(SlidingTileParams.MAX_LENGTH, LADDER[DEFAULT_LEVEL - 1][2], 1, 300,
          "most moves an optimal solution may take (also the longest scramble)"),
      ParamSpec.integer(SlidingTileParams.SEARCH_LIMIT, LADDER[DEFAULT_LEVEL - 1][3], 0, 100_000_000,
          "IDA* expansions spent proving the optimum; beyond them the best known plan is given"),
      ParamSpec.choice(SlidingTileParams.CONVENTION, MoveNames.BLANK.id(), List.of("blank", "tile"),
          "whether a move word names the direction the blank moves or the direction the tile moves"),
      ParamSpec.bool(SlidingTileParams.OPTIMALITY, false,
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
    return "Slide the tiles of an 8-, 15- or 24-puzzle into order: a plan of up/down/left/right moves.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] l = LADDER[level - 1];
    return Map.of(SlidingTileParams.SIZE, l[0], SlidingTileParams.MIN_LENGTH, l[1], SlidingTileParams.MAX_LENGTH, l[2],
        SlidingTileParams.SEARCH_LIMIT, l[3]);
  }

  @Override
  public void validate(Params params) {
    SlidingTileParams p = SlidingTileParams.from(params);
    if (p.minLength() > p.maxLength()) {
      throw new ParamException("min_length must be at most max_length, got min_length " + p.minLength()
          + " and max_length " + p.maxLength());
    }
    int cap = MAX_MIN_LENGTH[p.size()];
    if (p.minLength() > cap) {
      throw new ParamException("min_length must be at most " + cap + " when size is " + p.size() + ", got "
          + p.minLength());
    }
  }

  @Override
  public Class<SlidingTileProblem> problemType() {
    return SlidingTileProblem.class;
  }

  @Override
  public Generated<SlidingTileProblem> generate(Params params, Rng rng) {
    SlidingTileParams p = SlidingTileParams.from(params);
    TileGoal goal = TileGoal.standard(p.size());
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      int w = rng.between(p.minLength(), p.maxLength());
      List<TileMove> walk = walk(goal, w, rng);
      TileBoard start = TileBoard.of(goal, goal.cells());
      for (TileMove m : walk) {
        start = start.move(m);
      }
      SlidingTileModel model = new SlidingTileModel(start, p.convention());
      SearchResult<TileMove> r = SlidingTileSolver.optimal(model, p.maxLength(), p.searchLimit());
      if (r.solved()) {
        if (r.cost() >= p.minLength()) {
          return instance(p, model, w, r.plan(), true, r.cost(), r.expansions());
        }
      } else if (r.outcome() == SearchResult.Outcome.LIMIT_REACHED && r.lowerBound() >= p.minLength()) {
        List<TileMove> back = new ArrayList<>(walk.size());
        for (int i = walk.size() - 1; i >= 0; i--) {
          back.add(walk.get(i).opposite());
        }
        List<TileMove> plan = SlidingTileSolver.bestKnown(model, back, Math.max(p.searchLimit(), 1));
        return instance(p, model, w, plan, false, r.lowerBound(), r.expansions());
      }
    }
    throw new IllegalStateException("no " + p.size() + "x" + p.size() + " start position with an optimal length from "
        + p.minLength() + " to " + p.maxLength() + " was found in " + MAX_ATTEMPTS + " draws; widen the band");
  }

  /**
   * w moves of the blank from the goal, each to a position not visited before when one exists (else
   * any move but the undoing one).
   */
  private static List<TileMove> walk(TileGoal goal, int w, Rng rng) {
    TileBoard b = TileBoard.of(goal, goal.cells());
    Set<TileBoard> seen = new HashSet<>(); // membership only; never iterated
    seen.add(b);
    List<TileMove> moves = new ArrayList<>(w);
    List<TileMove> fresh = new ArrayList<>(4);
    List<TileMove> any = new ArrayList<>(4);
    TileMove previous = null;
    for (int i = 0; i < w; i++) {
      fresh.clear();
      any.clear();
      for (TileMove m : TileMove.ALL) {
        if (b.canMove(m) && (previous == null || m != previous.opposite())) {
          any.add(m);
          if (!seen.contains(b.move(m))) {
            fresh.add(m);
          }
        }
      }
      TileMove m = rng.pick(fresh.isEmpty() ? any : fresh);
      b = b.move(m);
      seen.add(b);
      moves.add(m);
      previous = m;
    }
    return moves;
  }

  private Generated<SlidingTileProblem> instance(
      SlidingTileParams p, SlidingTileModel model, int scramble, List<TileMove> plan, boolean optimal, int lowerBound,
      long expansions) {
    TileBoard start = model.initial();
    int size = p.size();
    int[] cells = start.cells();
    int[] goalCells = start.goal().cells();
    SlidingTileProblem problem = new SlidingTileProblem(size, SlidingTileProblem.rows(size, cells),
        SlidingTileProblem.rows(size, goalCells), p.convention().id(), p.optimality(), plan.size(), optimal);
    List<String> lines = new ArrayList<>(plan.size());
    for (TileMove m : plan) {
      lines.add(m.word(p.convention()));
    }
    ImmutableMap.Builder<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("tiles", size * size - 1)
        .put(optimal ? "optimal_length" : "best_known_length", plan.size())
        .put("optimal_proven", optimal)
        .put("lower_bound", lowerBound)
        .put("heuristic", start.heuristic())
        .put("manhattan", start.manhattan())
        .put("scramble", scramble)
        .put("expansions", expansions);
    int blank = start.blank();
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("size", size)
        .put("tiles", size * size - 1)
        .put("puzzle", (size * size - 1) + "-puzzle")
        .put("board_rows", boardRows(size, cells))
        .put("goal_rows", boardRows(size, goalCells))
        .put("board_lines", proseRows(size, cells))
        .put("goal_lines", proseRows(size, goalCells))
        .put("blank_at", "row " + (blank / size + 1) + ", column " + (blank % size + 1))
        .put("convention", p.convention().id())
        .put("convention_text", conventionText(p.convention()))
        .buildOrThrow();
    return Generated.of(problem, new SlidingTileSolution(lines, plan.size(), optimal, lowerBound),
        String.join("\n", lines), metrics.buildOrThrow(), view, canonical(size, cells));
  }

  /** The rule a move word follows under a convention, as a sentence. */
  static String conventionText(MoveNames names) {
    return names == MoveNames.BLANK
        ? "Each move names the direction in which the blank moves: \"up\" swaps the blank with the tile directly "
            + "above it (that tile slides down), \"down\" with the tile below it, \"left\" with the tile to its left "
            + "and \"right\" with the tile to its right."
        : "Each move names the direction in which a tile slides into the blank: \"up\" slides the tile directly "
            + "below the blank up into it, \"down\" slides the tile above the blank down, \"left\" slides the tile to "
            + "the right of the blank left, and \"right\" slides the tile to the left of the blank right.";
  }

  /** Each row as right-aligned numbers with {@code _} for the blank: {@code " 1  2  3"}. */
  private static List<String> boardRows(int size, int[] cells) {
    int width = String.valueOf(size * size - 1).length();
    ImmutableList.Builder<String> rows = ImmutableList.builder();
    for (int r = 0; r < size; r++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < size; c++) {
        String cell = cells[r * size + c] == 0 ? "_" : String.valueOf(cells[r * size + c]);
        sb.append(c == 0 ? "" : " ").append(" ".repeat(width - cell.length())).append(cell);
      }
      rows.add(sb.toString());
    }
    return rows.build();
  }

  /** Each row as "Row 1: 1, 2, 3" with "blank" for the blank. */
  private static List<String> proseRows(int size, int[] cells) {
    ImmutableList.Builder<String> rows = ImmutableList.builder();
    for (int r = 0; r < size; r++) {
      StringBuilder sb = new StringBuilder("Row ").append(r + 1).append(": ");
      for (int c = 0; c < size; c++) {
        int t = cells[r * size + c];
        sb.append(c == 0 ? "" : ", ").append(t == 0 ? "blank" : String.valueOf(t));
      }
      rows.add(sb.toString());
    }
    return rows.build();
  }

  /**
   * The same text for a start position and its mirror image in the main diagonal with tiles
   * renumbered so the goal maps to itself (the puzzle's only symmetry that keeps the goal); move
   * names do not enter.
   */
  static String canonical(int size, int[] cells) {
    int[] mirror = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      int t = cells[i];
      int r = i / size;
      int c = i % size;
      int renamed = t == 0 ? 0 : ((t - 1) % size) * size + (t - 1) / size + 1;
      mirror[c * size + r] = renamed;
    }
    String a = text(size, cells);
    String b = text(size, mirror);
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String text(int size, int[] cells) {
    StringBuilder sb = new StringBuilder().append(size).append(':');
    for (int i = 0; i < cells.length; i++) {
      sb.append(i == 0 ? "" : ",").append(cells[i]);
    }
    return sb.toString();
  }

  @Override
  public PddlFiles pddl(SlidingTileProblem problem) {
    return SlidingTilePddl.of(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one move per line, in order. A move is one of the words up, down, left, right, or one of the "
        + "letters U, D, L, R (any case). Under the instance's convention, which the prompt states, the word names "
        + "either the direction the blank moves (convention \"blank\": \"up\" swaps the blank with the tile above it) or "
        + "the direction the tile sliding into the blank moves (convention \"tile\": \"up\" slides the tile below the "
        + "blank up). A line may start with the word \"move\" or \"slide\" (\"move up\"), may be numbered (\"1.\", "
        + "\"1)\", \"Step 1:\") or bulleted (\"-\", \"*\") and may end with a period; blank lines and code-fence lines "
        + "are skipped, and any other line makes the answer unreadable. Example: up, then left, then down, written "
        + "as three lines \"up\", \"left\", \"down\". The answer is the text of the last <answer>...</answer> block; at "
        + "most 10,000 moves are read.";
  }

  @Override
  public String scoring() {
    return "The verifier replays the moves from the start position. Score 1 for any plan, of any length, whose every "
        + "move is possible where it stands (there is a tile to slide) and after which every tile is in its goal "
        + "place. Score 0 otherwise: INVALID_FORMAT names the first unreadable line, ILLEGAL_STEP the first impossible "
        + "move (details.first_error_step), GOAL_NOT_REACHED the tiles still out of place. With optimality=true a "
        + "valid plan longer than the reference scores reference length / plan length (status PARTIAL). The "
        + "reference is the optimal length (metrics.optimal_length) or, where IDA* did not prove it within "
        + "search_limit, the best known length (metrics.best_known_length, optimal_proven false; a shorter valid "
        + "plan then scores 1).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("tiles", "lower_bound");
  }
}
