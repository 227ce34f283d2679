package io.taskforge.logic.futoshiki;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.grid.NumberGrid;
import java.util.List;

/**
 * Scores a completed grid against the futoshiki's rules: correct exactly when it keeps every given,
 * each row and column holds 1..n once, and every inequality holds (the gold text is never consulted).
 *
 * <p>Answer format (see {@link FutoshikiTask#answerFormat()}): read by {@link NumberGrid}; one row
 * per line, numbers separated by spaces (or run together, as digits); {@code 0} or {@code .} is a
 * cell left empty. Partial credit for a grid that keeps the givens but breaks a rule: the share of
 * blank cells that match the unique solution (found with this verifier's own solver, {@link
 * ArcSolver}), corrected for the 1/n a random digit would match.
 */
public final class FutoshikiVerifier implements Verifier<FutoshikiProblem> {
  /** The largest grid this verifier reads. */
  static final int MAX_SIZE = 16;

  @Override
  public String taskId() {
    return FutoshikiTask.ID;
  }

  @Override
  public Class<FutoshikiProblem> problemType() {
    return FutoshikiProblem.class;
  }

  @Override
  public Verdict verify(FutoshikiProblem problem, String response) {
    String bad = problemError(problem);
    if (bad != null) {
      return Verdict.of(Status.BAD_PROBLEM, bad);
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    int n = problem.size();
    NumberGrid.Parsed parsed = NumberGrid.parse(extracted.answer(), n, n, n);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    int[] grid = parsed.cells();
    int[] givens = givens(problem);
    String error = firstBrokenRule(problem, givens, grid);
    if (error == null) {
      return Verdict.correct("every row and column holds 1 to " + n + " once, all givens are kept and all "
          + problem.inequalities().size() + " inequalities hold");
    }
    return partial(problem, givens, grid, error);
  }

  private static Verdict partial(FutoshikiProblem problem, int[] givens, int[] grid, String error) {
    ArcSolver solver = new ArcSolver(problem.size(), problem.inequalities());
    int[] solution = solver.solve(givens);
    if (solution == null) {
      if (solver.exhausted()) {
        return Verdict.of(Status.CONSTRAINT_VIOLATED,
            error + "; no partial credit, as the solution was not found within the verifier's search budget");
      }
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle has no solution, so the answer cannot be scored");
    }
    int blanks = 0;
    int right = 0;
    for (int i = 0; i < grid.length; i++) {
      if (givens[i] == 0) {
        blanks++;
        right += grid[i] == solution[i] ? 1 : 0;
      } else if (grid[i] != givens[i]) {
        return Verdict.of(Status.CONSTRAINT_VIOLATED, error + "; a changed given earns no partial credit");
      }
    }
    if (blanks == 0) {
      return Verdict.of(Status.CONSTRAINT_VIOLATED, error);
    }
    // Chance-corrected: a blank filled at random matches the solution with probability 1/n.
    int n = problem.size();
    double share = (double) right / blanks;
    double score = Math.max(0.0, (share - 1.0 / n) / (1.0 - 1.0 / n));
    return Verdict.partial(score, Status.CONSTRAINT_VIOLATED,
        error + "; " + right + " of " + blanks + " blank cells match the solution");
  }

  /** The first broken rule as a sentence: a given, an empty cell, a row, a column, an inequality; or null. */
  static String firstBrokenRule(FutoshikiProblem problem, int[] givens, int[] grid) {
    int n = problem.size();
    for (int i = 0; i < grid.length; i++) {
      if (givens[i] != 0 && grid[i] != givens[i]) {
        return cell(n, i) + " is given as " + givens[i] + " but the answer has " + shown(grid[i]);
      }
    }
    for (int i = 0; i < grid.length; i++) {
      if (grid[i] == 0) {
        return cell(n, i) + " is left empty";
      }
    }
    for (int line = 0; line < 2 * n; line++) {
      boolean row = line < n;
      int seen = 0;
      for (int k = 0; k < n; k++) {
        int at = row ? line * n + k : k * n + (line - n);
        int bit = 1 << grid[at];
        if ((seen & bit) != 0) {
          return (row ? "row " + (line + 1) : "column " + (line - n + 1)) + " has " + grid[at] + " more than once";
        }
        seen |= bit;
      }
    }
    for (FutoshikiProblem.Inequality q : problem.inequalities()) {
      int s = q.smallerRow() * n + q.smallerColumn();
      int l = q.largerRow() * n + q.largerColumn();
      if (grid[s] >= grid[l]) {
        return "the inequality " + cell(n, s) + " < " + cell(n, l) + " is broken: " + grid[s] + " is not smaller than "
            + grid[l];
      }
    }
    return null;
  }

  private static String shown(int v) {
    return v == 0 ? "it empty" : String.valueOf(v);
  }

  private static String cell(int n, int i) {
    return "row " + (i / n + 1) + ", column " + (i % n + 1);
  }

  private static int[] givens(FutoshikiProblem problem) {
    int n = problem.size();
    int[] g = new int[n * n];
    for (int r = 0; r < n; r++) {
      List<Integer> row = problem.grid().get(r);
      for (int c = 0; c < n; c++) {
        g[r * n + c] = row.get(c);
      }
    }
    return g;
  }

  // ---------------------------------------------------------------------------------------------
  // The problem's own sanity

  /** Why the problem cannot be scored, or null. */
  static String problemError(FutoshikiProblem problem) {
    if (problem == null) {
      return "the instance has no problem to verify against";
    }
    int n = problem.size();
    if (n < 1 || n > MAX_SIZE) {
      return "the puzzle's size is " + n + "; this verifier reads 1 to " + MAX_SIZE;
    }
    if (problem.grid().size() != n) {
      return "the puzzle's grid has " + problem.grid().size() + " rows, not " + n;
    }
    for (int r = 0; r < n; r++) {
      List<Integer> row = problem.grid().get(r);
      if (row.size() != n) {
        return "row " + (r + 1) + " of the puzzle's grid has " + row.size() + " cells, not " + n;
      }
      for (Integer v : row) {
        if (v == null || v < 0 || v > n) {
          return "row " + (r + 1) + " of the puzzle's grid has a number outside 0 to " + n;
        }
      }
    }
    int k = 0;
    for (FutoshikiProblem.Inequality q : problem.inequalities()) {
      k++;
      if (q == null || !inside(n, q.smallerRow(), q.smallerColumn()) || !inside(n, q.largerRow(), q.largerColumn())
          || Math.abs(q.smallerRow() - q.largerRow()) + Math.abs(q.smallerColumn() - q.largerColumn()) != 1) {
        return "inequality " + k + " is missing or not between two neighbouring cells of the grid";
      }
    }
    return null;
  }

  private static boolean inside(int n, int r, int c) {
    return r >= 0 && r < n && c >= 0 && c < n;
  }
}
