package io.taskforge.planning.slidingtile;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * A sliding-tile problem as a planning model: states are {@link TileBoard}s, actions are the four
 * {@link TileMove}s of the blank. Shared by the generator's search and the verifier; violations are
 * worded in the instance's move-naming convention.
 */
public final class SlidingTileModel implements PlanningModel<TileBoard, TileMove> {
  private static final int MAX_SIZE = TileGoal.MAX_SIZE;
  private final TileBoard initial;
  private final MoveNames names;

  public SlidingTileModel(TileBoard initial, MoveNames names) {
    this.initial = initial;
    this.names = names;
  }

  /** The model of a problem record; throws IllegalArgumentException, saying why, for a malformed one. */
  public static SlidingTileModel of(SlidingTileProblem p) {
    if (p == null || p.board() == null || p.goal() == null) {
      throw new IllegalArgumentException("the problem lacks its board or goal");
    }
    MoveNames names = MoveNames.of(p.convention());
    if (names == null) {
      throw new IllegalArgumentException("the problem's convention must be blank or tile");
    }
    int size = p.size();
    if (size < 2 || size > MAX_SIZE) {
      throw new IllegalArgumentException("the problem's board side must be from 2 to " + MAX_SIZE);
    }
    TileGoal goal = new TileGoal(size, cells(size, p.goal(), "goal"));
    return new SlidingTileModel(TileBoard.of(goal, cells(size, p.board(), "board")), names);
  }

  private static int[] cells(int size, List<List<Integer>> rows, String which) {
    if (rows.size() != size) {
      throw new IllegalArgumentException("the problem's " + which + " must have " + size + " rows");
    }
    int n = size * size;
    int[] cells = new int[n];
    boolean[] seen = new boolean[n];
    for (int r = 0; r < size; r++) {
      List<Integer> row = rows.get(r);
      if (row == null || row.size() != size) {
        throw new IllegalArgumentException("the problem's " + which + " must have " + size + " cells per row");
      }
      for (int c = 0; c < size; c++) {
        Integer t = row.get(c);
        if (t == null || t < 0 || t >= n || seen[t]) {
          throw new IllegalArgumentException("the problem's " + which + " must hold each of 0.." + (n - 1) + " once");
        }
        seen[t] = true;
        cells[r * size + c] = t;
      }
    }
    return cells;
  }

  public MoveNames names() {
    return names;
  }

  @Override
  public TileBoard initial() {
    return initial;
  }

  @Override
  public String violation(TileBoard state, TileMove move) {
    if (state.canMove(move)) {
      return null;
    }
    String edge = switch (move) {
      case UP -> "top row";
      case DOWN -> "bottom row";
      case LEFT -> "leftmost column";
      case RIGHT -> "rightmost column";
    };
    if (names == MoveNames.BLANK) {
      return "the blank is in the " + edge + ", so it cannot move " + move.blankWord();
    }
    String side = switch (move) {
      case UP -> "above";
      case DOWN -> "below";
      case LEFT -> "left of";
      case RIGHT -> "right of";
    };
    return "no tile is " + side + " the blank (it is in the " + edge + "), so none can slide "
        + move.word(MoveNames.TILE);
  }

  @Override
  public TileBoard apply(TileBoard state, TileMove move) {
    return state.move(move);
  }

  @Override
  public boolean isGoal(TileBoard state) {
    return state.isGoal();
  }

  @Override
  public List<String> unmetGoals(TileBoard state) {
    int size = state.size();
    TileGoal goal = state.goal();
    List<String> unmet = new ArrayList<>();
    int n = size * size;
    int[] where = new int[n];
    for (int i = 0; i < n; i++) {
      where[state.tileAt(i)] = i;
    }
    for (int t = 1; t < n; t++) {
      int r = goal.goalRow(t);
      int c = goal.goalCol(t);
      if (where[t] != r * size + c) {
        unmet.add("tile " + t + " in row " + (r + 1) + ", column " + (c + 1));
      }
    }
    return unmet;
  }

  @Override
  public void successors(TileBoard state, SearchSpace.Successors<TileBoard, TileMove> out) {
    for (TileMove m : TileMove.ALL) {
      if (state.canMove(m)) {
        out.add(m, state.move(m), 1);
      }
    }
  }
}
