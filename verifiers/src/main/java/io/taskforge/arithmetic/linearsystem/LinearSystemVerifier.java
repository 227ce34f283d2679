package io.taskforge.arithmetic.linearsystem;

import io.taskforge.math.Rational;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Text;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.trace.TraceLine;
import io.taskforge.verify.trace.TraceScore;
import io.taskforge.verify.trace.TraceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores {@code arithmetic.linear-system}. The verifier solves the system itself (exact Gaussian
 * elimination); a system that is not square or not regular is a bad problem.
 *
 * <p>Final mode: assignments read by {@link Assignments}; full credit when every unknown has its
 * value, else the share of unknowns right. Trace mode: row operations are re-computed on the current
 * rows and compared entry by entry with the stated row; value lines must follow from a row whose other
 * unknowns are already known; scored by {@link TraceScore}.
 */
public final class LinearSystemVerifier implements Verifier<LinearSystemProblem> {
  static final int MAX_VARIABLES = 12;

  @Override
  public String taskId() {
    return LinearSystemTask.ID;
  }

  @Override
  public Class<LinearSystemProblem> problemType() {
    return LinearSystemProblem.class;
  }

  /** The system read from a problem: augmented rows and normalized names; its matrix is regular. */
  private record Sys(Rational[][] rows, List<String> names) {}

  @Override
  public Verdict verify(LinearSystemProblem problem, String response) {
    Sys system = system(problem);
    if (system == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem is not a square system with one solution");
    }
    boolean trace = "trace".equals(problem.mode());
    if (!trace && problem.mode() != null && !"final".equals(problem.mode())) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's mode must be final or trace");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    return trace
        ? traceVerdict(problem, system, answer)
        : finalVerdict(system, TraceText.finalText(answer));
  }

  private static Sys system(LinearSystemProblem p) {
    int n = p.variables().size();
    if (n < 1 || n > MAX_VARIABLES || p.coefficients().size() != n || p.constants().size() != n) {
      return null;
    }
    List<String> names = new ArrayList<>(n);
    for (String name : p.variables()) {
      if (name == null || name.isEmpty()) {
        return null;
      }
      String norm = Assignments.normalize(name, 0, name.length());
      if (names.contains(norm)) {
        return null;
      }
      names.add(norm);
    }
    Rational[][] rows = new Rational[n][n + 1];
    for (int i = 0; i < n; i++) {
      List<Integer> row = p.coefficients().get(i);
      if (row == null || row.size() != n || p.constants().get(i) == null) {
        return null;
      }
      for (int j = 0; j < n; j++) {
        if (row.get(j) == null) {
          return null;
        }
        rows[i][j] = Rational.of(row.get(j));
      }
      rows[i][n] = Rational.of(p.constants().get(i));
    }
    if (!regular(p.coefficients()) && solve(rows) == null) {
      return null;
    }
    return new Sys(rows, List.copyOf(names));
  }

  private static final long PRIME = 2_147_483_647L;

  /**
   * Whether the determinant is nonzero modulo the prime 2^31 - 1, which proves the matrix regular
   * cheaply; false (then checked exactly) in the rare case a regular matrix's determinant is a
   * multiple of the prime.
   */
  static boolean regular(List<List<Integer>> coefficients) {
    int n = coefficients.size();
    long[][] m = new long[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = Math.floorMod((long) coefficients.get(i).get(j), PRIME);
      }
    }
    for (int col = 0; col < n; col++) {
      int p = col;
      while (p < n && m[p][col] == 0) {
        p++;
      }
      if (p == n) {
        return false;
      }
      long[] t = m[p];
      m[p] = m[col];
      m[col] = t;
      long pivot = m[col][col];
      for (int r = col + 1; r < n; r++) {
        long f = m[r][col];
        if (f != 0) {
          // row_r = pivot * row_r - f * row_col: scales the determinant by a nonzero factor, no inverse needed
          for (int j = col; j < n; j++) {
            m[r][j] = Math.floorMod(pivot * m[r][j] % PRIME - f * m[col][j] % PRIME, PRIME);
          }
        }
      }
    }
    return true;
  }

  /** Gauss-Jordan elimination with the largest-magnitude pivot; null when the matrix is singular. */
  static Rational[] solve(Rational[][] original) {
    int n = original.length;
    Rational[][] m = new Rational[n][];
    for (int i = 0; i < n; i++) {
      m[i] = original[i].clone();
    }
    for (int col = 0; col < n; col++) {
      int best = -1;
      for (int r = col; r < n; r++) {
        if (m[r][col].signum() != 0 && (best < 0 || abs(m[r][col]).compareTo(abs(m[best][col])) > 0)) {
          best = r;
        }
      }
      if (best < 0) {
        return null;
      }
      Rational[] t = m[best];
      m[best] = m[col];
      m[col] = t;
      Rational inv = m[col][col].reciprocal();
      for (int j = col; j <= n; j++) {
        m[col][j] = m[col][j].multiply(inv);
      }
      for (int r = 0; r < n; r++) {
        if (r != col && m[r][col].signum() != 0) {
          Rational f = m[r][col];
          for (int j = col; j <= n; j++) {
            m[r][j] = m[r][j].subtract(f.multiply(m[col][j]));
          }
        }
      }
    }
    Rational[] x = new Rational[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n];
    }
    return x;
  }

  private static Rational abs(Rational r) {
    return r.signum() < 0 ? r.negate() : r;
  }

  // ---- final mode ----

  private static Verdict finalVerdict(Sys s, String text) {
    Assignments.Read read = Assignments.read(text, s.names);
    if (!read.ok()) {
      return Verdict.invalidFormat("the answer " + Text.snippet(text, 0, text.length())
          + " is not assignments like " + s.names.get(0) + " = 1: " + read.error());
    }
    if (satisfiesEveryEquation(s.rows, read.values())) {
      return Verdict.correct("every unknown has a value and every equation holds");
    }
    // partial credit: the unknowns given their value in the one solution
    Rational[] solution = solve(s.rows);
    int n = s.names.size();
    int right = 0;
    String firstWrong = null;
    for (int j = 0; j < n; j++) {
      Rational v = read.values()[j];
      if (v != null && v.equals(solution[j])) {
        right++;
      } else if (firstWrong == null) {
        firstWrong = v == null ? "the answer gives no value for " + s.names.get(j)
            : s.names.get(j) + " = " + v + " is wrong";
      }
    }
    return Verdict.partial((double) right / n, Status.WRONG,
        firstWrong + "; " + right + " of " + n + " unknowns are right");
  }

  /** Whether every unknown has a value and every equation holds. */
  private static boolean satisfiesEveryEquation(Rational[][] rows, Rational[] values) {
    int n = values.length;
    for (Rational v : values) {
      if (v == null) {
        return false;
      }
    }
    for (Rational[] row : rows) {
      Rational sum = Rational.ZERO;
      for (int j = 0; j < n; j++) {
        sum = sum.add(row[j].multiply(values[j]));
      }
      if (!sum.equals(row[n])) {
        return false;
      }
    }
    return true;
  }

  // ---- trace mode ----

  /** The most row operations a trace may use: enough for Gauss-Jordan with a swap and a scaling per column. */
  static int rowOperationBudget(int n) {
    return n * n + 2 * n;
  }

  private static Verdict traceVerdict(LinearSystemProblem problem, Sys s, String answer) {
    TraceText.Parsed t = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!t.ok()) {
      return Verdict.invalidFormat(t.error());
    }
    int n = s.names.size();
    Rational[][] rows = new Rational[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = s.rows[i].clone();
    }
    Set<List<Rational>> seen = new HashSet<>();
    seen.add(state(rows));
    Rational[] known = new Rational[n];
    int operations = 0;
    int firstError = 0;
    String stepError = null;
    List<TraceLine> steps = t.steps();
    for (int k = 0; k < steps.size(); k++) {
      RowStep.Read read = RowStep.read(steps.get(k).text(), n, s.names);
      String error = read.error();
      if (error == null) {
        RowStep step = read.step();
        if (step.kind == RowStep.Kind.VALUE) {
          error = value(step, rows, known, s.names);
        } else if (++operations > rowOperationBudget(n)) {
          error = "it is row operation " + operations + ", more than the " + rowOperationBudget(n)
              + " that elimination of " + n + " unknowns ever needs";
        } else {
          error = step.kind == RowStep.Kind.SWAP ? swap(step, rows) : operation(step, rows, s.names);
          if (error == null && !seen.add(state(rows))) {
            error = "it brings the rows back to an earlier state";
          }
        }
      }
      if (error != null) {
        firstError = k + 1;
        stepError = error;
        break;
      }
    }
    String resultError = firstError == 0 ? resultError(t.result(), known, s) : null;
    return TraceScore.verdict(steps.size(), Math.max(1, problem.referenceSteps()), firstError, stepError, resultError);
  }

  private static List<Rational> state(Rational[][] rows) {
    List<Rational> all = new ArrayList<>(rows.length * (rows.length + 1));
    for (Rational[] row : rows) {
      all.addAll(Arrays.asList(row));
    }
    return all;
  }

  private static String swap(RowStep step, Rational[][] rows) {
    if (step.target == step.other) {
      return "it swaps R" + (step.target + 1) + " with itself";
    }
    Rational[] t = rows[step.target];
    rows[step.target] = rows[step.other];
    rows[step.other] = t;
    return null;
  }

  private static String operation(RowStep step, Rational[][] rows, List<String> names) {
    int n = names.size();
    int target = step.target;
    Rational own = step.factors[target];
    if (own == null || own.signum() == 0) {
      return "the new R" + (target + 1) + " must keep a nonzero multiple of R" + (target + 1)
          + ", or the operation cannot be undone";
    }
    Rational[] result = new Rational[n + 1];
    for (int r = 0; r < n; r++) {
      Rational f = step.factors[r];
      if (f == null || f.signum() == 0) {
        continue;
      }
      boolean one = f.equals(Rational.ONE);
      for (int j = 0; j <= n; j++) {
        Rational x = rows[r][j];
        Rational term = one || x.signum() == 0 ? x : f.multiply(x);
        result[j] = result[j] == null ? term : term.signum() == 0 ? result[j] : result[j].add(term);
      }
    }
    for (int j = 0; j <= n; j++) {
      if (!result[j].equals(step.row[j])) {
        return "the operation gives " + result[j] + ", not " + step.row[j] + ", "
            + (j == n ? "for the constant" : "in the column of " + names.get(j));
      }
    }
    if (Arrays.equals(result, rows[target])) {
      return "it changes nothing";
    }
    rows[target] = result;
    return null;
  }

  private static String value(RowStep step, Rational[][] rows, Rational[] known, List<String> names) {
    int v = step.unknown;
    int n = names.size();
    if (known[v] != null) {
      return names.get(v) + " is already known";
    }
    for (int r = 0; r < n; r++) {
      Rational[] row = rows[r];
      if (row[v].signum() == 0) {
        continue;
      }
      Rational rest = row[n];
      boolean solvable = true;
      for (int j = 0; j < n && solvable; j++) {
        if (j != v && row[j].signum() != 0) {
          if (known[j] == null) {
            solvable = false;
          } else {
            rest = rest.subtract(row[j].multiply(known[j]));
          }
        }
      }
      if (solvable) {
        Rational value = rest.divide(row[v]);
        if (!value.equals(step.value)) {
          return "R" + (r + 1) + " gives " + names.get(v) + " = " + value + ", not " + step.value;
        }
        known[v] = value;
        return null;
      }
    }
    return "no row holds " + names.get(v) + " with only unknowns already known; eliminate further first";
  }

  private static String resultError(String result, Rational[] known, Sys s) {
    int n = s.names.size();
    for (int j = 0; j < n; j++) {
      if (known[j] == null) {
        return "the steps never derive " + s.names.get(j);
      }
    }
    if (result == null) {
      return "there is no 'Result:' line";
    }
    Assignments.Read read = Assignments.read(result, s.names);
    if (!read.ok()) {
      return "the result is not assignments: " + read.error();
    }
    for (int j = 0; j < n; j++) {
      Rational v = read.values()[j];
      if (v == null) {
        return "the result gives no value for " + s.names.get(j);
      }
      if (!v.equals(known[j])) {
        return "the result gives " + s.names.get(j) + " = " + v + ", but the steps derive " + known[j];
      }
    }
    return null; // values derived by checked steps from the system are its solution
  }
}
