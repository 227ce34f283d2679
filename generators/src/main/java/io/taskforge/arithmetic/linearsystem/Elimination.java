package io.taskforge.arithmetic.linearsystem;

import io.taskforge.math.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Gaussian elimination over exact rationals on the augmented matrix of a system, recording the
 * reference trace: for each column, the first row from the diagonal down with a nonzero entry becomes
 * the pivot (swapped up when needed) and every row below with a nonzero entry in that column is
 * cleared by one row operation; then back substitution from the last unknown.
 */
final class Elimination {
  final List<String> lines = new ArrayList<>();
  /** The solution in column order; null when the matrix is singular. */
  Rational[] solution;
  /** The determinant of the coefficient matrix (an integer); zero when singular. */
  Rational determinant = Rational.ONE;
  int swaps;
  int rowOperations;
  int maxDigits;

  private final Rational[][] m;
  private final int n;
  private final List<String> names;

  private Elimination(int[][] a, int[] b, List<String> names) {
    this.n = a.length;
    this.names = names;
    this.m = new Rational[n][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = Rational.of(a[i][j]);
      }
      m[i][n] = Rational.of(b[i]);
    }
  }

  /** Eliminates and, when the matrix is regular, solves; {@code trace} says whether to write lines. */
  static Elimination run(int[][] a, int[] b, List<String> names, boolean trace) {
    Elimination e = new Elimination(a, b, names);
    e.solve(trace);
    return e;
  }

  private void solve(boolean trace) {
    for (int col = 0; col < n; col++) {
      int p = col;
      while (p < n && m[p][col].signum() == 0) {
        p++;
      }
      if (p == n) {
        determinant = Rational.ZERO;
        return;
      }
      if (p != col) {
        Rational[] t = m[p];
        m[p] = m[col];
        m[col] = t;
        determinant = determinant.negate();
        swaps++;
        if (trace) {
          lines.add("R" + (col + 1) + " <-> R" + (p + 1));
        }
      }
      Rational pivot = m[col][col];
      determinant = determinant.multiply(pivot);
      for (int r = col + 1; r < n; r++) {
        if (m[r][col].signum() == 0) {
          continue;
        }
        Rational f = m[r][col].divide(pivot);
        for (int j = col; j <= n; j++) {
          m[r][j] = m[r][j].subtract(f.multiply(m[col][j]));
        }
        rowOperations++;
        if (trace) {
          lines.add(operation(r, col, f) + ": " + row(m[r]));
        }
      }
    }
    solution = new Rational[n];
    for (int i = n - 1; i >= 0; i--) {
      Rational s = m[i][n];
      for (int j = i + 1; j < n; j++) {
        s = s.subtract(m[i][j].multiply(solution[j]));
      }
      solution[i] = s.divide(m[i][i]);
      maxDigits = Math.max(maxDigits, solution[i].digits());
      if (trace) {
        lines.add(names.get(i) + " = " + solution[i]);
      }
    }
  }

  /** {@code R<r> = R<r> - f R<col>}, with the sign of {@code f} folded into the operator. */
  private static String operation(int r, int col, Rational f) {
    StringBuilder sb = new StringBuilder(32).append('R').append(r + 1).append(" = R").append(r + 1);
    sb.append(f.signum() > 0 ? " - " : " + ");
    Rational abs = f.signum() > 0 ? f : f.negate();
    if (!abs.equals(Rational.ONE)) {
      abs.appendTo(sb).append(' ');
    }
    return sb.append('R').append(col + 1).toString();
  }

  private String row(Rational[] row) {
    StringBuilder sb = new StringBuilder(8 * row.length).append('[');
    for (int j = 0; j < row.length; j++) {
      if (j > 0) {
        sb.append(j == row.length - 1 ? " | " : ", ");
      }
      row[j].appendTo(sb);
      maxDigits = Math.max(maxDigits, row[j].digits());
    }
    return sb.append(']').toString();
  }
}
