package io.taskforge.planning.sokoban;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * A Sokoban level as a planning model: the player steps up, down, left or right; stepping into a
 * box pushes it one cell further, which needs that cell to be floor without a box. The goal is a box
 * on every goal. Used by the verifier and, through {@link SokobanSolver}, checked against the
 * generator's push-level search.
 */
public final class SokobanModel implements PlanningModel<SokobanState, SokobanMove> {
  private final SokobanBoard board;
  private final SokobanState initial;

  public SokobanModel(SokobanBoard board, SokobanState initial) {
    this.board = board;
    this.initial = initial;
  }

  /** The model of a problem record; throws IllegalArgumentException, saying why, for a malformed one. */
  public static SokobanModel of(SokobanProblem p) {
    if (p == null) {
      throw new IllegalArgumentException("the problem is missing");
    }
    SokobanBoard.Level level = SokobanBoard.parse(p.board());
    return new SokobanModel(level.board(), level.start());
  }

  public SokobanBoard board() {
    return board;
  }

  @Override
  public SokobanState initial() {
    return initial;
  }

  @Override
  public String violation(SokobanState state, SokobanMove move) {
    int to = board.next(state.player(), move);
    int beyond = -1;
    if (to >= 0) {
      if (!state.hasBox(to)) {
        return null;
      }
      beyond = board.next(to, move);
      if (beyond >= 0 && !state.hasBox(beyond)) {
        return null;
      }
    }
    String from = "moving " + move.word() + " from " + board.where(state.player());
    if (to < 0) {
      return from + " runs into a wall";
    }
    return from + " would push the box at " + board.where(to) + " into "
        + (beyond < 0 ? "a wall" : "the box at " + board.where(beyond));
  }

  @Override
  public SokobanState apply(SokobanState state, SokobanMove move) {
    int to = board.next(state.player(), move);
    return state.hasBox(to) ? state.moveBox(to, board.next(to, move), to) : state.withPlayer(to);
  }

  @Override
  public boolean isGoal(SokobanState state) {
    return board.solved(state);
  }

  @Override
  public List<String> unmetGoals(SokobanState state) {
    List<String> unmet = new ArrayList<>();
    for (int f = 0; f < board.floor(); f++) {
      if (board.isGoal(f) && !state.hasBox(f)) {
        unmet.add("a box on the goal at " + board.where(f));
      }
    }
    return unmet;
  }

  @Override
  public void successors(SokobanState state, SearchSpace.Successors<SokobanState, SokobanMove> out) {
    for (SokobanMove m : SokobanMove.ALL) {
      if (violation(state, m) == null) {
        out.add(m, apply(state, m), 1);
      }
    }
  }
}
