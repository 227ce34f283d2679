package io.taskforge.planning.grid;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Grid navigation with walls, keys and doors: walk from S to G through a maze, fetching the key of
 * each door on the way.
 *
 * <p>The maze and its keys and doors are drawn by {@link GridMaze}; the gold plan is a shortest plan
 * by breadth-first search over (cell, keys held) with {@link GridModel}. Keys are picked up by
 * stepping on them and never used up; doors stay passable once their key is held.
 */
public final class GridTask implements Task<GridProblem>, PddlExportable<GridProblem> {
  public static final String ID = "planning.grid";
  private static final int MAX_ATTEMPTS = 1_000;
  /** Per level: rows, cols, keys, loops. */
  private static final int[][] LADDER = {
      {3, 3, 0, 0},
      {4, 4, 0, 0},
      {4, 4, 1, 10},
      {5, 6, 1, 10},
      {6, 6, 2, 10},
      {7, 7, 2, 10},
      {8, 8, 3, 10},
      {10, 10, 4, 10},
      {12, 12, 5, 5},
      {15, 15, 6, 5},
  };

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(GridParams.ROWS, LADDER[DEFAULT_LEVEL - 1][0], 2, 30,
          "maze rows; the board drawn has 2*rows+1 lines, border walls included"),
      ParamSpec.integer(GridParams.COLS, LADDER[DEFAULT_LEVEL - 1][1], 2, 30,
          "maze columns; the board drawn has 2*cols+1 cells per line"),
      ParamSpec.integer(GridParams.KEYS, LADDER[DEFAULT_LEVEL - 1][2], 0, GridModel.COLOURS,
          "key colours: each has one door on the only way to the goal and one key to fetch before it"),
      ParamSpec.integer(GridParams.LOOPS, LADDER[DEFAULT_LEVEL - 1][3], 0, 50,
          "percent of the maze's inner walls knocked through, making alternative routes"),
      ParamSpec.bool(GridParams.OPTIMALITY, false,
          "score a longer valid plan optimal length / plan length instead of 1"));

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
    return "Walk through a maze from S to G, picking up keys to open the doors of their colour: a plan of "
        + "up/down/left/right moves.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] l = LADDER[level - 1];
    return Map.of(GridParams.ROWS, l[0], GridParams.COLS, l[1], GridParams.KEYS, l[2], GridParams.LOOPS, l[3]);
  }

  @Override
  public void validate(Params params) {
    GridParams p = GridParams.from(params);
    int most = p.rows() * p.cols() / 4;
    if (p.keys() > most) {
      throw new ParamException("keys must be at most rows*cols/4 = " + most + " for a " + p.rows() + "x" + p.cols()
          + " maze, got " + p.keys());
    }
  }

  @Override
  public Class<GridProblem> problemType() {
    return GridProblem.class;
  }

  @Override
  public Generated<GridProblem> generate(Params params, Rng rng) {
    GridParams p = GridParams.from(params);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      List<String> board = GridMaze.draw(p, rng);
      if (board == null) {
        continue;
      }
      GridModel model = GridModel.of(new GridProblem(board, false, 0, true));
      SearchResult<Step> r = BreadthFirst.search(model.searchSpace(), SearchLimits.expansions(Long.MAX_VALUE));
      if (!r.solved()) {
        throw new IllegalStateException("a generated grid has no plan; the generator is broken");
      }
      return instance(p, board, model, r);
    }
    throw new IllegalStateException("no " + p.rows() + "x" + p.cols() + " maze could hold " + p.keys()
        + " doors in " + MAX_ATTEMPTS + " draws; ask for fewer keys or fewer loops");
  }

  private Generated<GridProblem> instance(GridParams p, List<String> board, GridModel model, SearchResult<Step> r) {
    List<String> lines = new ArrayList<>(r.plan().size());
    for (Step s : r.plan()) {
      lines.add(s.word());
    }
    GridProblem problem = new GridProblem(board, p.optimality(), lines.size(), true);
    int open = 0;
    List<String> keys = new ArrayList<>();
    List<String> doors = new ArrayList<>();
    int start = model.initial().cell();
    for (int i = 0; i < model.height() * model.width(); i++) {
      char ch = model.cell(i);
      open += ch == GridModel.WALL ? 0 : 1;
      if (GridModel.isKey(ch)) {
        keys.add("key " + ch + " at " + model.where(i));
      } else if (GridModel.isDoor(ch)) {
        doors.add("door " + ch + " at " + model.where(i));
      }
    }
    keys.sort(null);
    doors.sort(null);
    int route = routeLength(model);
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("height", model.height())
        .put("width", model.width())
        .put("cells", open)
        .put("keys", keys.size())
        .put("optimal_length", lines.size())
        .put("route_length", route)
        .put("key_detour", lines.size() - route)
        .put("expansions", r.expansions())
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("board_rows", board)
        .put("height", model.height())
        .put("width", model.width())
        .put("start_at", model.where(start))
        .put("goal_at", model.where(model.goal()))
        .put("key_list", ImmutableList.copyOf(keys))
        .put("door_list", ImmutableList.copyOf(doors))
        .put("key_count", keys.size())
        .buildOrThrow();
    return Generated.of(problem, new GridSolution(lines, lines.size()), String.join("\n", lines), metrics, view,
        GridCanonical.of(board));
  }

  /** The shortest walk from S to G if every door were open. */
  private static int routeLength(GridModel model) {
    List<String> open = new ArrayList<>();
    for (int r = 0; r < model.height(); r++) {
      StringBuilder sb = new StringBuilder();
      for (int c = 0; c < model.width(); c++) {
        char ch = model.cell(r * model.width() + c);
        sb.append(GridModel.isDoor(ch) || GridModel.isKey(ch) ? GridModel.FLOOR : ch);
      }
      open.add(sb.toString());
    }
    GridModel free = GridModel.of(new GridProblem(open, false, 0, true));
    return BreadthFirst.search(free.searchSpace(), SearchLimits.expansions(Long.MAX_VALUE)).cost();
  }

  @Override
  public PddlFiles pddl(GridProblem problem) {
    return GridPddl.of(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one move per line, in order: up, down, left or right (or the letters U, D, L, R; any case), "
        + "each moving the walker one cell; a line may start with the word \"move\" or \"go\" (\"move up\"). There is "
        + "no separate action for keys: stepping onto a key picks it up, and stepping into a door needs its key. A "
        + "line may be numbered (\"1.\", \"1)\", \"Step 1:\") or bulleted (\"-\", \"*\") and may end with a period; blank "
        + "lines and code-fence lines are skipped, and any other line makes the answer unreadable. Example: three "
        + "lines reading \"right\", \"right\", \"down\". The answer is the text of the last <answer>...</answer> block; "
        + "at most 10,000 moves are read.";
  }

  @Override
  public String scoring() {
    return "The verifier walks the plan from S. Score 1 for any plan, of any length, in which no move leaves the "
        + "board, enters a wall (#) or enters a door (A-F) without holding a key of its letter (a-f, picked up by "
        + "stepping on it; keys are never used up), and which ends on G. Score 0 otherwise: INVALID_FORMAT names the "
        + "first unreadable line, ILLEGAL_STEP the first impossible move (details.first_error_step), "
        + "GOAL_NOT_REACHED a plan that ends elsewhere. With optimality=true a valid plan longer than the optimum "
        + "(metrics.optimal_length, from breadth-first search) scores optimal length / plan length (status PARTIAL).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("cells", "keys", "optimal_length");
  }
}
