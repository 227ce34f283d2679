package io.taskforge.verify;

import io.taskforge.math.Rational;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Lenient, exact reading of one number from an extracted answer, shared by the arithmetic tasks.
 *
 * <p>Accepted, after surrounding whitespace is dropped:
 *
 * <ul>
 *   <li>an integer {@code 42}, a decimal {@code -0.750}, {@code .5} or {@code 5.}, scientific notation
 *       {@code 5e-1} or {@code 1.5E+3} (exponent at most {@value #MAX_EXPONENT} in size);
 *   <li>a fraction of two such numbers {@code -3/4}, {@code 6 / 8}, {@code 3/-4}, also with
 *       {@code ÷}, {@code ⁄} (U+2044) or {@code ∕} (U+2215) as the bar, or LaTeX
 *       {@code \frac{3}{4}} ({@code \dfrac}, {@code \tfrac});
 *   <li>one sign in front: {@code -}, {@code +} or the Unicode minus {@code −} (U+2212), optionally
 *       followed by spaces;
 *   <li>commas only as thousands separators, in the integer part, with every group after the first
 *       exactly three digits and the first one to three ({@code 12,345,678.5}); any other comma
 *       ({@code 1,5}, {@code 12,34}) makes the text unreadable, since a comma is never read as a
 *       decimal point;
 *   <li>wrappers around the whole number, several layers deep: {@code $…$}, {@code $$…$$},
 *       {@code \(…\)}, {@code \[…\]}, {@code \boxed{…}}, backticks and markdown stars, and one pair of
 *       parentheses {@code (-3/4)}.
 * </ul>
 *
 * <p>Anything else (words, units, percent signs, a second number, a mixed number {@code 1 1/2},
 * {@code x = 3}, hexadecimal, {@code NaN}, infinity, a zero denominator) is not a number: the result
 * is empty. Text longer than {@value #MAX_CHARS} characters is refused. Time is linear in the text
 * apart from the exact conversion of the digits, which the length bound bounds.
 */
public final class Numbers {
  public static final int MAX_CHARS = 10_000;
  public static final int MAX_EXPONENT = 10_000;
  private static final int MAX_WRAPPERS = 16;

  private Numbers() {}

  /** The exact value of {@code text}, or empty when it is not a single number as documented. */
  public static Optional<Rational> parse(CharSequence text) {
    if (text == null || text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    return Optional.ofNullable(new Reader(text).read());
  }

  private static final class Reader {
    private final CharSequence s;
    private int pos;
    private int end;

    Reader(CharSequence s) {
      this.s = s;
      this.pos = 0;
      this.end = s.length();
    }

    Rational read() {
      unwrap();
      Rational r = fraction();
      return r != null && pos == end ? r : null;
    }

    /** Drops whitespace and wrappers around the whole text, layer by layer. */
    private void unwrap() {
      boolean parenDropped = false;
      for (int layer = 0; layer < MAX_WRAPPERS; layer++) {
        trim();
        int before = end - pos;
        while (pos < end && (s.charAt(pos) == '*' || s.charAt(pos) == '`')) {
          pos++;
        }
        while (end > pos && (s.charAt(end - 1) == '*' || s.charAt(end - 1) == '`')) {
          end--;
        }
        trim();
        if (end - pos >= 2 && s.charAt(pos) == '$' && s.charAt(end - 1) == '$') {
          pos++;
          end--;
        } else if (end - pos >= 4 && s.charAt(pos) == '\\' && s.charAt(end - 2) == '\\'
            && ((s.charAt(pos + 1) == '(' && s.charAt(end - 1) == ')')
                || (s.charAt(pos + 1) == '[' && s.charAt(end - 1) == ']'))) {
          pos += 2;
          end -= 2;
        } else if (startsWith("\\boxed{") && s.charAt(end - 1) == '}' && closesAtEnd(pos + 6, '{', '}')) {
          pos += 7;
          end--;
        } else if (!parenDropped && end - pos >= 2 && s.charAt(pos) == '(' && closesAtEnd(pos, '(', ')')) {
          parenDropped = true;
          pos++;
          end--;
        }
        if (end - pos == before) {
          return;
        }
      }
    }

    /** Whether the bracket opening at {@code open} closes exactly at the last character. */
    private boolean closesAtEnd(int open, char o, char c) {
      int depth = 0;
      for (int i = open; i < end; i++) {
        char ch = s.charAt(i);
        if (ch == o) {
          depth++;
        } else if (ch == c) {
          depth--;
          if (depth == 0) {
            return i == end - 1;
          }
        }
      }
      return false;
    }

    private void trim() {
      while (pos < end && isSpace(s.charAt(pos))) {
        pos++;
      }
      while (end > pos && isSpace(s.charAt(end - 1))) {
        end--;
      }
    }

    private void skipSpaces() {
      while (pos < end && isSpace(s.charAt(pos))) {
        pos++;
      }
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private boolean startsWith(String prefix) {
      if (end - pos < prefix.length()) {
        return false;
      }
      for (int i = 0; i < prefix.length(); i++) {
        if (s.charAt(pos + i) != prefix.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /** [sign] (latex fraction | number [bar [sign] number]). */
    private Rational fraction() {
      boolean negative = sign();
      Rational r;
      if (startsWith("\\frac{") || startsWith("\\dfrac{") || startsWith("\\tfrac{")) {
        pos = indexOf('{') + 1;
        Rational n = braced();
        if (n == null || pos >= end || s.charAt(pos) != '{') {
          return null;
        }
        pos++;
        Rational d = braced();
        if (d == null || d.signum() == 0) {
          return null;
        }
        r = n.divide(d);
      } else {
        Rational n = number();
        if (n == null) {
          return null;
        }
        skipSpaces();
        if (pos < end && isBar(s.charAt(pos))) {
          pos++;
          skipSpaces();
          boolean negDen = sign();
          Rational d = number();
          if (d == null || d.signum() == 0) {
            return null;
          }
          r = n.divide(negDen ? d.negate() : d);
        } else {
          r = n;
        }
      }
      return negative ? r.negate() : r;
    }

    /** [sign] number, then '}'; spaces allowed inside the braces. */
    private Rational braced() {
      skipSpaces();
      boolean negative = sign();
      Rational r = number();
      skipSpaces();
      if (r == null || pos >= end || s.charAt(pos) != '}') {
        return null;
      }
      pos++;
      return negative ? r.negate() : r;
    }

    private int indexOf(char c) {
      int i = pos;
      while (s.charAt(i) != c) {
        i++;
      }
      return i;
    }

    private static boolean isBar(char c) {
      return c == '/' || c == '\u00F7' || c == '\u2044' || c == '\u2215';
    }

    /** Reads an optional sign (and spaces after it); true when it is a minus. */
    private boolean sign() {
      if (pos >= end) {
        return false;
      }
      char c = s.charAt(pos);
      if (c == '-' || c == '\u2212' || c == '+') {
        pos++;
        skipSpaces();
        return c != '+';
      }
      return false;
    }

    /** An unsigned integer, decimal or scientific number, or null. */
    private Rational number() {
      StringBuilder digits = new StringBuilder(24);
      int groupLen = 0;
      boolean grouped = false;
      while (pos < end) {
        char c = s.charAt(pos);
        if (c >= '0' && c <= '9') {
          digits.append(c);
          groupLen++;
          pos++;
        } else if (c == ',' && pos + 1 < end && s.charAt(pos + 1) >= '0' && s.charAt(pos + 1) <= '9') {
          // a thousands separator: the group before it is 1-3 digits (first) or exactly 3 (later)
          if (groupLen == 0 || groupLen > 3 || (grouped && groupLen != 3)) {
            return null;
          }
          grouped = true;
          groupLen = 0;
          pos++;
        } else {
          break;
        }
      }
      if (grouped && groupLen != 3) {
        return null;
      }
      int intDigits = digits.length();
      int fracDigits = 0;
      if (pos < end && s.charAt(pos) == '.') {
        pos++;
        while (pos < end && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
          digits.append(s.charAt(pos));
          fracDigits++;
          pos++;
        }
      }
      if (intDigits + fracDigits == 0) {
        return null;
      }
      long exponent = 0;
      if (pos < end && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        pos++;
        boolean negExp = false;
        if (pos < end && (s.charAt(pos) == '+' || s.charAt(pos) == '-' || s.charAt(pos) == '\u2212')) {
          negExp = s.charAt(pos) != '+';
          pos++;
        }
        int start = pos;
        while (pos < end && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
          exponent = exponent * 10 + (s.charAt(pos) - '0');
          if (exponent > MAX_EXPONENT) {
            return null;
          }
          pos++;
        }
        if (pos == start) {
          return null;
        }
        if (negExp) {
          exponent = -exponent;
        }
      }
      Rational m = digits.length() <= 18
          ? Rational.of(Long.parseLong(digits, 0, digits.length(), 10))
          : Rational.of(new BigInteger(digits.toString()));
      long scale = exponent - fracDigits;
      if (scale == 0 || m.signum() == 0) {
        return m;
      }
      Rational power = Rational.of(BigInteger.TEN.pow((int) Math.abs(scale)));
      return scale > 0 ? m.multiply(power) : m.divide(power);
    }
  }
}
