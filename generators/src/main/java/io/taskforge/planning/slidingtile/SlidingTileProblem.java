package io.taskforge.planning.slidingtile;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sliding-tile puzzle: a square board of side {@code size} holding tiles 1..size²-1 and one blank
 * (written 0), its goal arrangement, and the convention by which plans name moves.
 *
 * @param size the board's side (3 for the 8-puzzle, 4 for the 15-puzzle, 5 for the 24-puzzle)
 * @param board the start arrangement, row by row, top to bottom; 0 is the blank
 * @param goal the goal arrangement, in the same form
 * @param convention {@code blank} when a direction word names where the blank moves, {@code tile}
 *     when it names where the sliding tile moves
 * @param optimality score a longer valid plan {@code referenceLength / length} instead of 1
 * @param referenceLength the gold plan's length in moves
 * @param referenceOptimal whether that length is proven optimal (else it is the best known)
 */
public record SlidingTileProblem(
    int size,
    List<List<Integer>> board,
    List<List<Integer>> goal,
    String convention,
    boolean optimality,
    int referenceLength,
    boolean referenceOptimal) {
  public SlidingTileProblem {
    board = copy(board);
    goal = copy(goal);
  }

  private static List<List<Integer>> copy(List<List<Integer>> rows) {
    // Not ImmutableList: a corrupted record (a null cell) must reach the verifier, which reports it.
    if (rows == null) {
      return null;
    }
    List<List<Integer>> out = new ArrayList<>(rows.size());
    for (List<Integer> row : rows) {
      out.add(row == null ? null : Collections.unmodifiableList(new ArrayList<>(row)));
    }
    return Collections.unmodifiableList(out);
  }

  /** Rows of a row-major cell array. */
  static List<List<Integer>> rows(int size, int[] cells) {
    ImmutableList.Builder<List<Integer>> b = ImmutableList.builder();
    for (int r = 0; r < size; r++) {
      ImmutableList.Builder<Integer> row = ImmutableList.builder();
      for (int c = 0; c < size; c++) {
        row.add(cells[r * size + c]);
      }
      b.add(row.build());
    }
    return b.build();
  }
}
