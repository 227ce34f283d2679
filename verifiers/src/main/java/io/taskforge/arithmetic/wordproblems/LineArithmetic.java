package io.taskforge.arithmetic.wordproblems;

import io.taskforge.math.Rational;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * Reads and evaluates one arithmetic expression of a word-problem trace line (or of a problem's
 * quantity formula), exactly.
 *
 * <p>Accepted: decimal numbers ({@code 12}, {@code 4.50}, {@code .5}) with optional thousands commas
 * in groups of three ({@code 1,250}) and an optional {@code $} in front; names
 * ({@code [A-Za-z_][A-Za-z0-9_]*}, case-insensitive, looked up by the caller); {@code +}, {@code -}
 * or the Unicode minus (also unary), {@code *}, {@code ×}, {@code ·}, {@code ⋅} or a standalone
 * {@code x}/{@code X} for multiplication, {@code /} or {@code ÷} for division; parentheses; spaces
 * and backticks anywhere between tokens. Standard precedence, left to right.
 *
 * <p>Bounded: at most {@value #MAX_DEPTH} nested parentheses, {@value #MAX_DIGITS} digits per
 * number, and values of at most {@value #MAX_DIGITS_IN_VALUE} digits; beyond that the expression is refused.
 * Linear in its length otherwise; never throws.
 */
final class LineArithmetic {
  static final int MAX_DEPTH = 50;
  static final int MAX_DIGITS = 40;
  /** Most decimal digits (numerator plus denominator) of a value met while evaluating. */
  static final int MAX_DIGITS_IN_VALUE = 80;
  private static final long[] TENS = {
    1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
    10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
    1_000_000_000_000_000L, 10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L};

  private final String s;
  private final int end;
  private final Function<String, Object> names;
  private int pos;
  private int depth;
  private String error;

  /**
   * @param names resolves a lower-cased name to its {@link Rational} value, or to a String saying why
   *     it cannot be used there
   */
  private LineArithmetic(String s, int from, int to, Function<String, Object> names) {
    this.s = s;
    this.pos = from;
    this.end = to;
    this.names = names;
  }

  /** The value of {@code s[from, to)}, or the reason it has none. */
  static Value evaluate(String s, int from, int to, Function<String, Object> names) {
    LineArithmetic p = new LineArithmetic(s, from, to, names);
    Rational r = p.sum();
    if (r != null) {
      p.skip();
      if (p.pos < p.end) {
        p.fail("unexpected " + quote(s, p.pos) + " in the expression");
        r = null;
      }
    }
    if (r == null && p.error == null) {
      p.fail("the expression cannot be read");
    }
    return r != null ? new Value(r, null) : new Value(null, p.error);
  }

  /** An expression's value, or why it has none. */
  record Value(Rational value, String error) {
    boolean ok() {
      return value != null;
    }
  }

  private Rational fail(String why) {
    if (error == null) {
      error = why;
    }
    return null;
  }

  static String quote(String s, int at) {
    int cp = s.codePointAt(at);
    return cp < ' ' || cp == 0x7F || Character.isSurrogate(s.charAt(at)) ? "an unprintable character" : "'" + new String(Character.toChars(cp)) + "'";
  }

  private void skip() {
    while (pos < end) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '`' || c == '\u00A0') {
        pos++;
      } else {
        return;
      }
    }
  }

  /** The operator at pos: '+', '-', '*', '/', or 0. Does not consume. */
  private char operator() {
    skip();
    if (pos >= end) {
      return 0;
    }
    char c = s.charAt(pos);
    switch (c) {
      case '+':
        return '+';
      case '-':
      case '\u2212':
        return '-';
      case '*':
      case '\u00D7':
      case '\u00B7':
      case '\u22C5':
        return '*';
      case '/':
      case '\u00F7':
        return '/';
      case 'x':
      case 'X':
        // in operator position, so 'x' starts no name unless a letter follows ("3 x 4", "3x4")
        boolean alone = pos + 1 >= end || !isNameStart(s.charAt(pos + 1));
        return alone ? '*' : 0;
      default:
        return 0;
    }
  }

  private Rational sum() {
    Rational r = product();
    while (r != null) {
      char op = operator();
      if (op != '+' && op != '-') {
        return r;
      }
      pos++;
      Rational b = product();
      if (b == null) {
        return null;
      }
      r = checked(op == '+' ? r.add(b) : r.subtract(b));
    }
    return null;
  }

  private Rational product() {
    Rational r = unary();
    while (r != null) {
      char op = operator();
      if (op != '*' && op != '/') {
        return r;
      }
      pos++;
      Rational b = unary();
      if (b == null) {
        return null;
      }
      if (op == '/') {
        if (b.signum() == 0) {
          return fail("it divides by zero");
        }
        r = checked(r.divide(b));
      } else {
        r = checked(r.multiply(b));
      }
    }
    return null;
  }

  private Rational checked(Rational r) {
    return r.digits() > MAX_DIGITS_IN_VALUE ? fail("a value in it is too large") : r;
  }

  private Rational unary() {
    skip();
    if (pos < end && (s.charAt(pos) == '-' || s.charAt(pos) == '\u2212')) {
      pos++;
      if (++depth > MAX_DEPTH) {
        return fail("it nests too deeply");
      }
      Rational r = unary();
      depth--;
      return r == null ? null : r.negate();
    }
    if (pos < end && s.charAt(pos) == '+') {
      pos++;
      skip();
    }
    return atom();
  }

  private Rational atom() {
    skip();
    if (pos >= end) {
      return fail("an operand is missing at the end");
    }
    char c = s.charAt(pos);
    if (c == '(') {
      pos++;
      if (++depth > MAX_DEPTH) {
        return fail("it nests too deeply");
      }
      Rational r = sum();
      depth--;
      if (r == null) {
        return null;
      }
      skip();
      if (pos >= end || s.charAt(pos) != ')') {
        return fail("a '(' is not closed");
      }
      pos++;
      return r;
    }
    if (c == '$') {
      pos++;
      if (pos >= end || !(isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
        return fail("'$' is not followed by a number");
      }
      return number();
    }
    if (isDigit(c) || c == '.') {
      return number();
    }
    if (isNameStart(c)) {
      int start = pos;
      while (pos < end && isNameChar(s.charAt(pos))) {
        pos++;
      }
      if (pos - start > 100) {
        return fail("a name is too long");
      }
      String name = lower(s, start, pos);
      Object v = names.apply(name);
      if (v instanceof Rational r) {
        return r;
      }
      return fail(v instanceof String why ? why : "'" + name + "' is not a quantity of the problem");
    }
    return fail("unexpected " + quote(s, pos) + " where a number or a name should be");
  }

  /** Digits with optional thousands commas, then an optional fraction part. */
  private Rational number() {
    int start = pos;
    int count = 0;
    long small = 0;
    int group = 0;
    boolean grouped = false;
    while (pos < end) {
      char c = s.charAt(pos);
      if (isDigit(c)) {
        small = small * 10 + (c - '0');
        count++;
        group++;
        pos++;
        if (count > MAX_DIGITS) {
          return fail("a number has more than " + MAX_DIGITS + " digits");
        }
      } else if (c == ',' && group > 0 && threeDigitsAt(pos + 1)) {
        if (group > 3 || (grouped && group != 3)) {
          return fail("the thousands commas in a number are misplaced");
        }
        grouped = true;
        group = 0;
        pos++;
      } else {
        break;
      }
    }
    if (grouped && group != 3) {
      return fail("the thousands commas in a number are misplaced");
    }
    int scale = 0;
    if (pos < end && s.charAt(pos) == '.') {
      pos++;
      while (pos < end && isDigit(s.charAt(pos))) {
        small = small * 10 + (s.charAt(pos) - '0');
        count++;
        scale++;
        pos++;
        if (count > MAX_DIGITS) {
          return fail("a number has more than " + MAX_DIGITS + " digits");
        }
      }
    }
    if (count == 0) {
      return fail("a '.' is not part of a number");
    }
    if (count <= 18) {
      return scale == 0 ? Rational.of(small) : Rational.of(small, TENS[scale]);
    }
    StringBuilder digits = new StringBuilder(count);
    for (int i = start; i < pos; i++) {
      if (isDigit(s.charAt(i))) {
        digits.append(s.charAt(i));
      }
    }
    BigInteger n = new BigInteger(digits.toString());
    return scale == 0 ? Rational.of(n) : Rational.of(n, BigInteger.TEN.pow(scale));
  }

  /** Exactly three digits at {@code at}, not followed by a fourth. */
  private boolean threeDigitsAt(int at) {
    if (at + 3 > end) {
      return false;
    }
    for (int i = at; i < at + 3; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return at + 3 == end || !isDigit(s.charAt(at + 3));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isNameChar(char c) {
    return isNameStart(c) || isDigit(c);
  }

  /** ASCII lower case of {@code s[from, to)}. */
  static String lower(String s, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(out);
  }
}
