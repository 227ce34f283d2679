package io.taskforge.logic.nonogram;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.grid.SymbolGrid;
import java.util.List;

/**
 * Scores a grid against the nonogram's clues: correct exactly when every row and every column
 * shows its clue's runs of filled cells, in order (the gold text is never consulted).
 *
 * <p>Answer format (see {@link NonogramTask#answerFormat()}): read by {@link SymbolGrid}; one row per
 * line, {@code #} or {@code 1} for filled, {@code .} or {@code 0} for empty, spaces between cells,
 * blank lines and code fences ignored. Partial credit for a grid that breaks a clue: the cells that
 * agree with the solution (which this verifier finds with its own solver, {@link
 * ClueAutomatonSolver}) beyond what the best constant grid would agree on, as a share of the cells
 * left beyond that baseline.
 */
public final class NonogramVerifier implements Verifier<NonogramProblem> {
  /** The largest side this verifier reads; bounds the solver's work. */
  static final int MAX_SIDE = 64;
  static final String EMPTY_SYMBOLS = ".0";
  static final String FILLED_SYMBOLS = "#1";

  @Override
  public String taskId() {
    return NonogramTask.ID;
  }

  @Override
  public Class<NonogramProblem> problemType() {
    return NonogramProblem.class;
  }

  @Override
  public Verdict verify(NonogramProblem problem, String response) {
    String bad = problemError(problem);
    if (bad != null) {
      return Verdict.of(Status.BAD_PROBLEM, bad);
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    int w = problem.width();
    int h = problem.height();
    SymbolGrid.Parsed parsed = SymbolGrid.parse(extracted.answer(), h, w, EMPTY_SYMBOLS, FILLED_SYMBOLS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    int[] cells = parsed.cells();
    String error = firstBrokenClue(problem, cells);
    if (error == null) {
      return Verdict.correct("all " + h + " rows and " + w + " columns show exactly their clues");
    }
    return partial(problem, cells, error);
  }

  private static Verdict partial(NonogramProblem problem, int[] cells, String error) {
    ClueAutomatonSolver solver = new ClueAutomatonSolver(problem);
    boolean[] solution = solver.solve();
    if (solution == null) {
      if (solver.exhausted()) {
        return Verdict.of(Status.CONSTRAINT_VIOLATED,
            error + "; no partial credit, as the solution was not found within the verifier's search budget");
      }
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle's clues have no solution, so the answer cannot be scored");
    }
    int agree = 0;
    int filled = 0;
    for (int i = 0; i < cells.length; i++) {
      if ((cells[i] == 1) == solution[i]) {
        agree++;
      }
      filled += solution[i] ? 1 : 0;
    }
    // Chance-corrected: a grid that is all empty (or all filled) matches max(filled, empty) cells
    // without solving anything, so only agreement beyond that baseline earns credit.
    int baseline = Math.max(filled, cells.length - filled);
    double score = baseline == cells.length ? 0.0 : Math.max(0.0, (double) (agree - baseline) / (cells.length - baseline));
    return Verdict.partial(score, Status.CONSTRAINT_VIOLATED,
        error + "; " + agree + " of " + cells.length + " cells match the solution, against " + baseline
            + " for the best blank or full grid");
  }

  /** The first row, then column, whose runs differ from its clue, as a sentence; null when none does. */
  static String firstBrokenClue(NonogramProblem problem, int[] cells) {
    int w = problem.width();
    int h = problem.height();
    for (int r = 0; r < h; r++) {
      if (!matches(cells, r * w, 1, w, problem.rows().get(r))) {
        return "row " + (r + 1) + " has runs " + runs(cells, r * w, 1, w) + " but its clue is "
            + text(problem.rows().get(r));
      }
    }
    for (int c = 0; c < w; c++) {
      if (!matches(cells, c, w, h, problem.columns().get(c))) {
        return "column " + (c + 1) + " has runs " + runs(cells, c, w, h) + " but its clue is "
            + text(problem.columns().get(c));
      }
    }
    return null;
  }

  /** Whether the line's runs of filled cells are exactly the clue. */
  private static boolean matches(int[] cells, int first, int step, int length, List<Integer> clue) {
    int next = 0;
    int run = 0;
    int size = clue.size();
    for (int i = 0, at = first; i <= length; i++, at += step) {
      if (i < length && cells[at] == 1) {
        run++;
      } else if (run > 0) {
        if (next >= size || clue.get(next).intValue() != run) {
          return false;
        }
        next++;
        run = 0;
      }
    }
    return next == size;
  }

  private static String runs(int[] cells, int first, int step, int length) {
    StringBuilder sb = new StringBuilder();
    int run = 0;
    for (int i = 0, at = first; i <= length; i++, at += step) {
      if (i < length && cells[at] == 1) {
        run++;
      } else if (run > 0) {
        sb.append(sb.length() > 0 ? " " : "").append(run);
        run = 0;
      }
    }
    return sb.length() == 0 ? "0 (none filled)" : sb.toString();
  }

  private static String text(List<Integer> clue) {
    if (clue.isEmpty()) {
      return "0 (none filled)";
    }
    StringBuilder sb = new StringBuilder();
    for (int n : clue) {
      sb.append(sb.length() > 0 ? " " : "").append(n);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The problem's own sanity

  /** Why the problem cannot be scored, or null. */
  static String problemError(NonogramProblem problem) {
    if (problem == null) {
      return "the instance has no problem to verify against";
    }
    int w = problem.width();
    int h = problem.height();
    if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE) {
      return "the puzzle is " + w + "x" + h + "; this verifier reads 1x1 to " + MAX_SIDE + "x" + MAX_SIDE;
    }
    if (problem.rows().size() != h || problem.columns().size() != w) {
      return "the puzzle has " + problem.rows().size() + " row clues and " + problem.columns().size()
          + " column clues for a " + w + "x" + h + " grid";
    }
    long rowTotal = 0;
    long columnTotal = 0;
    for (int r = 0; r < h; r++) {
      long sum = clueLength(problem.rows().get(r), w);
      if (sum < 0) {
        return "the clue of row " + (r + 1) + " does not fit in " + w + " cells";
      }
      rowTotal += sum;
    }
    for (int c = 0; c < w; c++) {
      long sum = clueLength(problem.columns().get(c), h);
      if (sum < 0) {
        return "the clue of column " + (c + 1) + " does not fit in " + h + " cells";
      }
      columnTotal += sum;
    }
    if (rowTotal != columnTotal) {
      return "the row clues fill " + rowTotal + " cells but the column clues fill " + columnTotal;
    }
    return null;
  }

  /** The number of filled cells the clue asks for, or -1 when it has a number below 1 or does not fit. */
  private static long clueLength(List<Integer> clue, int length) {
    long sum = 0;
    for (Integer n : clue) {
      if (n == null || n < 1 || n > length) {
        return -1;
      }
      sum += n;
    }
    return sum + Math.max(0, clue.size() - 1) <= length ? sum : -1;
  }
}
