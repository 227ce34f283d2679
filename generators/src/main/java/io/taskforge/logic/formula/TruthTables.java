package io.taskforge.logic.formula;

import java.util.Arrays;

/**
 * Truth tables of formulas over {@code n} variables as bit sets: bit {@code a} of the table is the
 * formula's value under assignment {@code a} (bit {@code v} of {@code a} is variable {@code v}).
 *
 * <p>One pass over a formula evaluates it under all {@code 2^n} assignments at once, 64 per machine
 * word, which makes counting solutions of small puzzles (up to {@link #MAX_VARS} variables) cheap.
 * Tables of fewer than 6 variables use one word whose bits above {@code 2^n} are meaningless; every
 * query here masks them.
 */
public final class TruthTables {
  public static final int MAX_VARS = 20;

  /** Bit {@code a} set when bit {@code v} of {@code a} is set, for {@code v < 6}. */
  private static final long[] LOW_VAR_PATTERNS = {
    0xAAAAAAAAAAAAAAAAL,
    0xCCCCCCCCCCCCCCCCL,
    0xF0F0F0F0F0F0F0F0L,
    0xFF00FF00FF00FF00L,
    0xFFFF0000FFFF0000L,
    0xFFFFFFFF00000000L,
  };

  private TruthTables() {}

  /** Number of 64-bit words in a table over {@code n} variables. */
  public static int words(int n) {
    checkVars(n);
    return n <= 6 ? 1 : 1 << (n - 6);
  }

  /** The meaningful bits of each word. */
  public static long validMask(int n) {
    return n >= 6 ? -1L : (1L << (1 << n)) - 1;
  }

  /** The table of "variable {@code v} is true". */
  public static long[] var(int v, int n) {
    long[] t = new long[words(n)];
    if (v < 0 || v >= n) {
      throw new IllegalArgumentException("variable " + v + " is outside 0.." + (n - 1));
    }
    if (v < 6) {
      Arrays.fill(t, LOW_VAR_PATTERNS[v]);
    } else {
      int bit = v - 6;
      for (int w = 0; w < t.length; w++) {
        t[w] = ((w >>> bit) & 1) == 1 ? -1L : 0L;
      }
    }
    return t;
  }

  /** The formula's truth table over {@code n} variables; it must mention only variables below n. */
  public static long[] of(Formula f, int n) {
    if (f instanceof Formula.Is is) {
      long[] t = var(is.var(), n);
      return is.value() ? t : not(t);
    }
    if (f instanceof Formula.Not not) {
      return not(of(not.operand(), n));
    }
    if (f instanceof Formula.And and) {
      long[] t = of(and.operands().get(0), n);
      for (int i = 1; i < and.operands().size(); i++) {
        andInto(t, of(and.operands().get(i), n));
      }
      return t;
    }
    if (f instanceof Formula.Or or) {
      long[] t = of(or.operands().get(0), n);
      for (int i = 1; i < or.operands().size(); i++) {
        long[] u = of(or.operands().get(i), n);
        for (int w = 0; w < t.length; w++) {
          t[w] |= u[w];
        }
      }
      return t;
    }
    if (f instanceof Formula.Const c) {
      long[] t = new long[words(n)];
      if (c.value()) {
        Arrays.fill(t, -1L);
      }
      return t;
    }
    if (f instanceof Formula.Xor xor) {
      long[] t = of(xor.operands().get(0), n);
      for (int i = 1; i < xor.operands().size(); i++) {
        long[] u = of(xor.operands().get(i), n);
        for (int w = 0; w < t.length; w++) {
          t[w] ^= u[w];
        }
      }
      return t;
    }
    if (f instanceof Formula.Iff iff) {
      long[] t = of(iff.left(), n);
      long[] u = of(iff.right(), n);
      for (int w = 0; w < t.length; w++) {
        t[w] = ~(t[w] ^ u[w]);
      }
      return t;
    }
    Formula.Implies imp = (Formula.Implies) f;
    long[] t = of(imp.antecedent(), n);
    long[] u = of(imp.consequent(), n);
    for (int w = 0; w < t.length; w++) {
      t[w] = ~t[w] | u[w];
    }
    return t;
  }

  /** Negates {@code t} in place and returns it. */
  public static long[] not(long[] t) {
    for (int w = 0; w < t.length; w++) {
      t[w] = ~t[w];
    }
    return t;
  }

  /** {@code a} becomes {@code a AND b}; returns {@code a}. */
  public static long[] andInto(long[] a, long[] b) {
    for (int w = 0; w < a.length; w++) {
      a[w] &= b[w];
    }
    return a;
  }

  /** A new table: {@code a IFF b}. */
  public static long[] iff(long[] a, long[] b) {
    long[] t = new long[a.length];
    for (int w = 0; w < a.length; w++) {
      t[w] = ~(a[w] ^ b[w]);
    }
    return t;
  }

  /** A table true under every assignment. */
  public static long[] all(int n) {
    long[] t = new long[words(n)];
    Arrays.fill(t, -1L);
    return t;
  }

  /** Number of assignments under which the table is true. */
  public static int count(long[] t, int n) {
    long mask = validMask(n);
    int c = 0;
    for (long w : t) {
      c += Long.bitCount(w & mask);
    }
    return c;
  }

  public static boolean get(long[] t, int assignment) {
    return ((t[assignment >>> 6] >>> (assignment & 63)) & 1L) == 1L;
  }

  /** True under every assignment. */
  public static boolean isTautology(long[] t, int n) {
    long mask = validMask(n);
    for (long w : t) {
      if ((w & mask) != mask) {
        return false;
      }
    }
    return true;
  }

  /** False under every assignment. */
  public static boolean isContradiction(long[] t, int n) {
    long mask = validMask(n);
    for (long w : t) {
      if ((w & mask) != 0) {
        return false;
      }
    }
    return true;
  }

  /** True when flipping variable {@code v} changes the value under some assignment. */
  public static boolean dependsOn(long[] t, int v, int n) {
    if (v < 6) {
      int shift = 1 << v;
      // Bits whose variable v is 0, compared with their partners that have it set.
      long low = ~LOW_VAR_PATTERNS[v] & validMask(n);
      for (long w : t) {
        if ((((w >>> shift) ^ w) & low) != 0) {
          return true;
        }
      }
      return false;
    }
    int stride = 1 << (v - 6);
    for (int w = 0; w < t.length; w++) {
      if ((w & stride) == 0 && t[w] != t[w | stride]) {
        return true;
      }
    }
    return false;
  }

  private static void checkVars(int n) {
    if (n < 0 || n > MAX_VARS) {
      throw new IllegalArgumentException("truth tables cover 0 to " + MAX_VARS + " variables, got " + n);
    }
  }
}
