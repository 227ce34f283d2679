package io.taskforge.logic.sudoku;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A sudoku: fill the blanks so that every row, column and box holds each number 1..size once.
 *
 * @param size the side of the grid (4, 6, 8, 9, 12 or 16)
 * @param boxRows rows of one box
 * @param boxCols columns of one box (boxRows × boxCols = size)
 * @param grid the rows top to bottom, each a list of {@code size} numbers; 0 is a blank
 */
public record SudokuProblem(int size, int boxRows, int boxCols, List<List<Integer>> grid) {

  public SudokuProblem {
    // Kept as read (nulls and all), so that a corrupted instance reaches the verifier, which says so.
    grid = grid == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(grid));
  }

  /** Row-major cells, 0 for a blank. */
  public static SudokuProblem of(int boxRows, int boxCols, int[] cells) {
    int n = boxRows * boxCols;
    Integer[][] rows = new Integer[n][n];
    for (int c = 0; c < n * n; c++) {
      rows[c / n][c % n] = cells[c];
    }
    return new SudokuProblem(n, boxRows, boxCols, java.util.Arrays.stream(rows).map(List::of).toList());
  }
}
