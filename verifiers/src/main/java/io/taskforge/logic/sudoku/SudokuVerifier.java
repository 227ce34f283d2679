package io.taskforge.logic.sudoku;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.grid.NumberGrid;
import java.util.List;

/**
 * Scores a completed grid against the sudoku's rules: correct exactly when it keeps every given and
 * each row, column and box holds each number once (the gold text is never consulted).
 *
 * <p>Answer format (see {@link SudokuTask#answerFormat()}): read by {@link NumberGrid}; one row per
 * line, digits (up to size 9) or numbers separated by spaces; {@code 0} or {@code .} is a cell left
 * empty. Partial credit for a wrong grid: the share of blank cells that match the unique solution,
 * which this verifier finds with its own solver ({@link SolutionFinder}).
 */
public final class SudokuVerifier implements Verifier<SudokuProblem> {

  @Override
  public String taskId() {
    return SudokuTask.ID;
  }

  @Override
  public Class<SudokuProblem> problemType() {
    return SudokuProblem.class;
  }

  @Override
  public Verdict verify(SudokuProblem problem, String response) {
    Shape shape = shapeOf(problem);
    if (shape == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle's size and boxes are not a sudoku this verifier reads"
          + " (boxRows x boxCols must equal size, at most 16, with size rows of size numbers)");
    }
    int[] givens = givens(problem, shape);
    if (givens == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle's grid has a missing number or one outside 0 to " + shape.n);
    }
    String clash = firstRepeat(shape, givens, true);
    if (clash != null) {
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle's givens break a rule: " + clash);
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    NumberGrid.Parsed parsed = NumberGrid.parse(extracted.answer(), shape.n, shape.n, shape.n);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    int[] grid = parsed.cells();
    String error = firstError(shape, givens, grid);
    if (error == null) {
      return Verdict.correct("every row, column and box holds 1 to " + shape.n + " once and all givens are kept");
    }
    return partial(shape, givens, grid, error);
  }

  private static Verdict partial(Shape shape, int[] givens, int[] grid, String error) {
    SolutionFinder finder = new SolutionFinder(shape);
    int[] solution = finder.solve(givens);
    if (solution == null) {
      if (finder.exhausted()) {
        return Verdict.of(Status.CONSTRAINT_VIOLATED,
            error + "; no partial credit, as the solution was not found within the verifier's search budget");
      }
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle has no solution, so the answer cannot be scored");
    }
    int blanks = 0;
    int right = 0;
    for (int c = 0; c < shape.cells; c++) {
      if (givens[c] == 0) {
        blanks++;
        if (grid[c] == solution[c]) {
          right++;
        }
      }
    }
    double score = blanks == 0 ? 0.0 : (double) right / blanks;
    return Verdict.partial(score, Status.CONSTRAINT_VIOLATED,
        error + "; " + right + " of " + blanks + " blank cells match the solution");
  }

  /** The first broken rule in reading order of rule kinds: a changed given, an empty cell, a repeat. */
  static String firstError(Shape shape, int[] givens, int[] grid) {
    int n = shape.n;
    for (int c = 0; c < shape.cells; c++) {
      if (givens[c] != 0 && grid[c] != givens[c]) {
        return "the given " + givens[c] + " at row " + (c / n + 1) + ", column " + (c % n + 1)
            + (grid[c] == 0 ? " was left empty" : " was changed to " + grid[c]);
      }
    }
    for (int c = 0; c < shape.cells; c++) {
      if (grid[c] == 0) {
        return "the cell at row " + (c / n + 1) + ", column " + (c % n + 1) + " is empty";
      }
    }
    return firstRepeat(shape, grid, false);
  }

  /** The first row, column or box (in that order) holding a number twice, described; or null. */
  static String firstRepeat(Shape shape, int[] grid, boolean skipBlanks) {
    int n = shape.n;
    for (int u = 0; u < 3 * n; u++) {
      int seen = 0;
      int[] unit = shape.units[u];
      for (int i = 0; i < n; i++) {
        int v = grid[unit[i]];
        if (v == 0 && skipBlanks) {
          continue;
        }
        int bit = 1 << (v - 1);
        if ((seen & bit) != 0) {
          String where = u < n ? "row " + (u + 1) : u < 2 * n ? "column " + (u - n + 1) : "box " + (u - 2 * n + 1);
          return where + " has " + v + " more than once";
        }
        seen |= bit;
      }
    }
    return null;
  }

  /** The geometry of a well-formed problem, or null. */
  static Shape shapeOf(SudokuProblem problem) {
    if (problem == null || problem.grid() == null) {
      return null;
    }
    int br = problem.boxRows();
    int bc = problem.boxCols();
    int n = problem.size();
    if (br < 1 || bc < 1 || br > Shape.MAX_SIDE || bc > Shape.MAX_SIDE || br * bc != n || n > Shape.MAX_SIDE
        || problem.grid().size() != n) {
      return null;
    }
    return Shape.of(br, bc);
  }

  /** The givens row-major (0 = blank), or null when a row is missing, short or holds a bad number. */
  static int[] givens(SudokuProblem problem, Shape shape) {
    int n = shape.n;
    int[] cells = new int[shape.cells];
    List<List<Integer>> grid = problem.grid();
    for (int r = 0; r < n; r++) {
      List<Integer> row = grid.get(r);
      if (row == null || row.size() != n) {
        return null;
      }
      for (int k = 0; k < n; k++) {
        Integer v = row.get(k);
        if (v == null || v < 0 || v > n) {
          return null;
        }
        cells[r * n + k] = v;
      }
    }
    return cells;
  }
}
