package io.taskforge.arithmetic.chain;

import io.taskforge.verify.Text;
import java.math.BigInteger;

/**
 * One trace line of {@code arithmetic.chain}, read leniently: {@code a op b = c}.
 *
 * <p>Numbers are integers with an optional sign ({@code -}, {@code +} or U+2212), thousands commas in
 * groups of three, and optionally in parentheses ({@code (-15)}). The operator is {@code +}, {@code -}
 * or U+2212, {@code × * x X · ⋅}, or {@code ÷ / :}. Spaces are free; a final full stop is ignored.
 * Hand-written, linear in the line.
 *
 * @param a the first number
 * @param op the operation: {@code '+'}, {@code '-'}, {@code '*'} or {@code '/'}
 * @param b the second number
 * @param c the number after the equals sign
 */
record ChainStep(BigInteger a, char op, BigInteger b, BigInteger c) {
  /** Numbers longer than this are not read (a step never needs them). */
  static final int MAX_NUMBER_CHARS = 2_000;

  /** The step, or null when the line is not of the form {@code a op b = c}. */
  static ChainStep parse(String line) {
    Cursor cur = new Cursor(line);
    BigInteger a = cur.integer();
    if (a == null) {
      return null;
    }
    char op = cur.operator();
    if (op == 0) {
      return null;
    }
    BigInteger b = cur.integer();
    if (b == null || !cur.equalsSign()) {
      return null;
    }
    BigInteger c = cur.integer();
    if (c == null || !cur.atEnd()) {
      return null;
    }
    return new ChainStep(a, op, b, c);
  }

  private static final class Cursor {
    private final String s;
    private final int end;
    private int pos;

    Cursor(String s) {
      this.s = s;
      this.end = s.length();
    }

    private void spaces() {
      pos = Text.skipSpaceForward(s, pos, end);
    }

    /** [sign] digits, or ( [sign] digits ). */
    BigInteger integer() {
      spaces();
      if (pos < end && s.charAt(pos) == '(') {
        pos++;
        BigInteger v = signed();
        spaces();
        if (v == null || pos >= end || s.charAt(pos) != ')') {
          return null;
        }
        pos++;
        return v;
      }
      return signed();
    }

    private BigInteger signed() {
      spaces();
      boolean negative = false;
      if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '\u2212' || s.charAt(pos) == '+')) {
        negative = s.charAt(pos) != '+';
        pos++;
        spaces();
      }
      BigInteger v = digits();
      return v == null ? null : negative ? v.negate() : v;
    }

    /** Digits with optional thousands commas (first group 1-3 digits, later groups exactly 3). */
    private BigInteger digits() {
      int start = pos;
      long small = 0;
      int count = 0;
      int group = 0;
      boolean grouped = false;
      StringBuilder big = null;
      while (pos < end) {
        char ch = s.charAt(pos);
        if (ch >= '0' && ch <= '9') {
          if (count == 18) {
            big = new StringBuilder(40).append(small);
          }
          if (big != null) {
            big.append(ch);
          } else {
            small = small * 10 + (ch - '0');
          }
          count++;
          group++;
          pos++;
          if (pos - start > MAX_NUMBER_CHARS) {
            return null;
          }
        } else if (ch == ',' && pos + 1 < end && s.charAt(pos + 1) >= '0' && s.charAt(pos + 1) <= '9') {
          if (group == 0 || group > 3 || (grouped && group != 3)) {
            return null;
          }
          grouped = true;
          group = 0;
          pos++;
        } else {
          break;
        }
      }
      if (count == 0 || (grouped && group != 3)) {
        return null;
      }
      return big != null ? new BigInteger(big.toString()) : BigInteger.valueOf(small);
    }

    char operator() {
      spaces();
      if (pos >= end) {
        return 0;
      }
      char ch = s.charAt(pos++);
      return switch (ch) {
        case '+' -> '+';
        case '-', '\u2212' -> '-';
        case '\u00D7', '*', 'x', 'X', '\u00B7', '\u22C5' -> '*';
        case '\u00F7', '/', ':' -> '/';
        default -> 0;
      };
    }

    boolean equalsSign() {
      spaces();
      if (pos < end && s.charAt(pos) == '=') {
        pos++;
        return true;
      }
      return false;
    }

    boolean atEnd() {
      spaces();
      if (pos < end && s.charAt(pos) == '.') {
        pos = Text.skipSpaceForward(s, pos + 1, end);
      }
      return pos == end;
    }
  }
}
