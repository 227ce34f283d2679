package io.taskforge.arithmetic.expression;

/**
 * Which parenthesis depths an expression can have, by size and top-level form: a table that lets
 * the generator hit a requested depth exactly without rejecting whole expressions.
 *
 * <p>A node's <em>head</em> is its top-level form (literal, negation, or one of the four binary
 * operators). Its <em>own depth</em> is the deepest parenthesis nesting in its text, not counting
 * parentheses its parent puts around it. Parentheses are written where the tree needs them under
 * standard parsing (a lower-precedence left operand; a right operand of equal or lower precedence,
 * so {@code a - (b - c)} and also {@code a + (b + c)}; the operand of a negation when it is an
 * operation), around a negation written right after a binary operator ({@code 3 * (-5)}), and
 * sometimes, redundantly, around an operation that needs none ({@code (2 * 3) + 4}).
 *
 * <p>{@code reach[n][head][afterOp]} is the set (bit mask) of own depths a node of {@code n}
 * literals with that head can have; {@code afterOp} says the node's text would follow a binary
 * operator symbol (then a negation at its left edge must be wrapped).
 */
final class Shapes {
  static final int LIT = 0;
  static final int NEG = 1;
  static final int ADD = 2;
  static final int SUB = 3;
  static final int MUL = 4;
  static final int DIV = 5;
  static final int HEADS = 6;
  static final char[] SYMBOL = {'?', '-', '+', '-', '*', '/'};

  /** The largest operand count the table covers. */
  static final int MAX_OPERANDS = 24;

  /** The four tables, by division and unary minus; a few milliseconds to build, so built eagerly. */
  private static final Shapes[] TABLES = {
    new Shapes(false, false), new Shapes(false, true), new Shapes(true, false), new Shapes(true, true)
  };

  final boolean division;
  final boolean unary;
  private final long[][][] reach;

  private Shapes(boolean division, boolean unary) {
    this.division = division;
    this.unary = unary;
    this.reach = new long[MAX_OPERANDS + 1][HEADS][2];
    for (int n = 1; n <= MAX_OPERANDS; n++) {
      for (int a = 0; a < 2; a++) {
        reach[n][LIT][a] = n == 1 ? 1L : 0L;
      }
      for (int op = ADD; op <= DIV; op++) {
        if (!binaryAllowed(op)) {
          continue;
        }
        for (int a = 0; a < 2; a++) {
          reach[n][op][a] = binaryReach(n, op, a == 1);
        }
      }
      if (unary) {
        long neg;
        if (n == 1) {
          neg = 1L;
        } else {
          neg = 0L;
          for (int op = ADD; op <= DIV; op++) {
            neg |= reach[n][op][0] << 1;
          }
        }
        // a negation is never written unwrapped after an operator; its parent wraps it
        reach[n][NEG][0] = neg;
        reach[n][NEG][1] = neg;
      }
    }
  }

  static Shapes of(boolean division, boolean unary) {
    return TABLES[(division ? 2 : 0) | (unary ? 1 : 0)];
  }

  boolean binaryAllowed(int head) {
    return head >= ADD && (head != DIV || division);
  }

  boolean headAllowed(int n, int head) {
    if (head == LIT) {
      return n == 1;
    }
    if (head == NEG) {
      return unary;
    }
    return n >= 2 && binaryAllowed(head);
  }

  long reach(int n, int head, boolean afterOp) {
    return headAllowed(n, head) ? reach[n][head][afterOp ? 1 : 0] : 0L;
  }

  /** The depths an expression of {@code n} literals can have, over every head. */
  long rootReach(int n) {
    long m = 0;
    for (int h = 0; h < HEADS; h++) {
      m |= reach(n, h, false);
    }
    return m;
  }

  static int precedence(int head) {
    return head == ADD || head == SUB ? 1 : 2;
  }

  /** Whether the tree needs parentheses around a binary child {@code child} of {@code op}. */
  static boolean required(int op, boolean right, int child) {
    return right ? precedence(child) <= precedence(op) : precedence(child) < precedence(op);
  }

  /** Bit mask of the wrap choices (bit 0: unwrapped, bit 1: wrapped) for a child position. */
  static int wraps(int op, boolean right, int child, boolean positionAfterOp) {
    if (child == LIT) {
      return 1;
    }
    if (child == NEG) {
      return positionAfterOp ? 2 : 1;
    }
    return required(op, right, child) ? 2 : 3;
  }

  /** Depths reachable by max(left + wl, right + wr) with left in sl and right in sr. */
  static long combine(long sl, long sr) {
    if (sl == 0 || sr == 0) {
      return 0;
    }
    int lowL = Long.numberOfTrailingZeros(sl);
    int lowR = Long.numberOfTrailingZeros(sr);
    return (sl & (-1L << lowR)) | (sr & (-1L << lowL));
  }

  private long binaryReach(int n, int op, boolean afterOp) {
    long m = 0;
    for (int nl = 1; nl < n; nl++) {
      int nr = n - nl;
      for (int hl = 0; hl < HEADS; hl++) {
        if (!headAllowed(nl, hl)) {
          continue;
        }
        for (int hr = 0; hr < HEADS; hr++) {
          if (!headAllowed(nr, hr)) {
            continue;
          }
          int wl = wraps(op, false, hl, afterOp);
          int wr = wraps(op, true, hr, true);
          for (int l = 0; l < 2; l++) {
            if ((wl & (1 << l)) == 0) {
              continue;
            }
            long sl = reach[nl][hl][l == 1 ? 0 : afterOp ? 1 : 0] << l;
            for (int r = 0; r < 2; r++) {
              if ((wr & (1 << r)) == 0) {
                continue;
              }
              long sr = reach[nr][hr][r == 1 ? 0 : 1] << r;
              m |= combine(sl, sr);
            }
          }
        }
      }
    }
    return m;
  }
}
