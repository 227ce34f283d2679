package io.taskforge.arithmetic.linearsystem;

import java.math.BigInteger;
import java.util.List;

/**
 * The tests' own exact linear algebra, independent of the generator's rational Gaussian elimination:
 * fraction-free Bareiss determinants over BigInteger, Cramer's rule for the solution, and a cofactor
 * expansion to cross-check Bareiss on small matrices.
 */
final class Bareiss {
  private Bareiss() {}

  static BigInteger[][] matrix(List<List<Integer>> rows) {
    int n = rows.size();
    BigInteger[][] m = new BigInteger[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = BigInteger.valueOf(rows.get(i).get(j));
      }
    }
    return m;
  }

  /** The determinant by Bareiss' fraction-free elimination (every division exact). */
  static BigInteger determinant(BigInteger[][] original) {
    int n = original.length;
    BigInteger[][] m = new BigInteger[n][];
    for (int i = 0; i < n; i++) {
      m[i] = original[i].clone();
    }
    BigInteger sign = BigInteger.ONE;
    BigInteger previous = BigInteger.ONE;
    for (int k = 0; k < n - 1; k++) {
      if (m[k][k].signum() == 0) {
        int swap = k + 1;
        while (swap < n && m[swap][k].signum() == 0) {
          swap++;
        }
        if (swap == n) {
          return BigInteger.ZERO;
        }
        BigInteger[] t = m[k];
        m[k] = m[swap];
        m[swap] = t;
        sign = sign.negate();
      }
      for (int i = k + 1; i < n; i++) {
        for (int j = k + 1; j < n; j++) {
          BigInteger num = m[i][j].multiply(m[k][k]).subtract(m[i][k].multiply(m[k][j]));
          BigInteger[] qr = num.divideAndRemainder(previous);
          if (qr[1].signum() != 0) {
            throw new AssertionError("Bareiss division not exact");
          }
          m[i][j] = qr[0];
        }
      }
      previous = m[k][k];
    }
    return sign.multiply(m[n - 1][n - 1]);
  }

  /** The determinant by cofactor expansion along the first row (for small n). */
  static BigInteger cofactor(BigInteger[][] m) {
    int n = m.length;
    if (n == 1) {
      return m[0][0];
    }
    BigInteger det = BigInteger.ZERO;
    for (int c = 0; c < n; c++) {
      BigInteger[][] minor = new BigInteger[n - 1][n - 1];
      for (int i = 1; i < n; i++) {
        for (int j = 0, k = 0; j < n; j++) {
          if (j != c) {
            minor[i - 1][k++] = m[i][j];
          }
        }
      }
      BigInteger term = m[0][c].multiply(cofactor(minor));
      det = c % 2 == 0 ? det.add(term) : det.subtract(term);
    }
    return det;
  }

  /** The solution by Cramer's rule, each value as a reduced {numerator, denominator}. */
  static BigInteger[][] cramer(BigInteger[][] a, BigInteger[] b) {
    int n = a.length;
    BigInteger det = determinant(a);
    BigInteger[][] x = new BigInteger[n][];
    for (int c = 0; c < n; c++) {
      BigInteger[][] m = new BigInteger[n][];
      for (int i = 0; i < n; i++) {
        m[i] = a[i].clone();
        m[i][c] = b[i];
      }
      BigInteger num = determinant(m);
      BigInteger den = det;
      if (den.signum() < 0) {
        num = num.negate();
        den = den.negate();
      }
      BigInteger g = num.gcd(den);
      x[c] = new BigInteger[] {num.divide(g), den.divide(g)};
    }
    return x;
  }

  static String text(BigInteger[] q) {
    return q[1].equals(BigInteger.ONE) ? q[0].toString() : q[0] + "/" + q[1];
  }
}
