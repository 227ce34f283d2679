package io.taskforge.logic.nonogram;

import java.util.List;

/**
 * A nonogram: a grid of {@code width} × {@code height} cells, each filled or empty, described only by
 * the runs of filled cells in every row and every column.
 *
 * @param width number of columns
 * @param height number of rows
 * @param rows for each row, top to bottom, the lengths of its runs of filled cells from left to right
 *     (an empty list for a row with no filled cell)
 * @param columns for each column, left to right, the lengths of its runs from top to bottom
 */
public record NonogramProblem(int width, int height, List<List<Integer>> rows, List<List<Integer>> columns) {

  public NonogramProblem {
    rows = copy(rows);
    columns = copy(columns);
  }

  private static List<List<Integer>> copy(List<List<Integer>> lines) {
    if (lines == null) {
      return List.of();
    }
    return lines.stream().map(l -> l == null ? List.<Integer>of() : List.copyOf(l)).toList();
  }
}
