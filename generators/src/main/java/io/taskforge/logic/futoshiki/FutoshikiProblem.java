package io.taskforge.logic.futoshiki;

import java.util.List;

/**
 * A futoshiki: fill an n×n grid with 1..n so that every row and column holds each number once,
 * keeping the givens and every inequality between neighbouring cells.
 *
 * @param size n, the order of the grid
 * @param grid n rows of n numbers, top to bottom and left to right; 0 is a blank cell
 * @param inequalities the inequalities, each between two cells that share a side
 */
public record FutoshikiProblem(int size, List<List<Integer>> grid, List<Inequality> inequalities) {

  public FutoshikiProblem {
    grid = grid == null ? List.of() : grid.stream().map(r -> r == null ? List.<Integer>of() : List.copyOf(r)).toList();
    inequalities = inequalities == null ? List.of() : List.copyOf(inequalities);
  }

  /**
   * The number in one cell is smaller than the number in a neighbouring cell. Rows and columns count
   * from 0, as indexes into {@code grid}.
   */
  public record Inequality(int smallerRow, int smallerColumn, int largerRow, int largerColumn) {}
}
