package io.taskforge.arithmetic.modular;

import io.taskforge.verify.Text;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a modular trace, or an answer, read into parts: expressions separated by relation signs
 * ({@code ≡ = == ≅}, {@code \equiv}), each optionally followed by a modulus clause ({@code (mod N)},
 * {@code mod N}, {@code (modulo N)}, {@code \pmod{N}}), or a comma-separated list of numbers in an
 * answer. Hand-written recursive descent over the characters; linear in the line, nesting bounded.
 *
 * <p>Expressions: integers (no thousands separators), the unknown {@code x}, parentheses or brackets,
 * unary minus ({@code -} or U+2212), {@code + -}, products with {@code × * · ⋅} or {@code \cdot}/
 * {@code \times}, a number directly before x ({@code 5x}), and powers {@code b^k}, {@code b^{k}},
 * {@code b^(k)}, {@code b**k} with an integer exponent k (possibly negative, as in {@code a^-1}).
 */
final class Line {
  static final int MAX_NUMBER_DIGITS = 2_000;
  static final int MAX_NESTING = 100;
  static final int MAX_PARTS = 100;

  /** The parts; each part a list of expressions (one, or several for an answer's list). */
  final List<List<Expr>> parts = new ArrayList<>();
  /** The moduli named by the line's clauses, in order. */
  final List<BigInteger> moduli = new ArrayList<>();

  private final String s;
  private final int end;
  private int pos;
  private int nesting;

  private Line(String s) {
    this.s = s;
    int e = Text.skipSpaceBack(s, 0, s.length());
    // a final full stop
    if (e > 0 && s.charAt(e - 1) == '.') {
      e = Text.skipSpaceBack(s, 0, e - 1);
    }
    this.end = e;
  }

  /** The line read, or null when it is not of the grammar. Lists are allowed only when {@code lists}. */
  static Line read(String text, boolean lists) {
    Line l = new Line(text);
    try {
      return l.line(lists) ? l : null;
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  private boolean line(boolean lists) {
    while (true) {
      List<Expr> part = new ArrayList<>(1);
      Expr e = expr();
      if (e == null) {
        return false;
      }
      part.add(e);
      while (lists && peek() == ',') {
        pos++;
        e = expr();
        if (e == null) {
          return false;
        }
        part.add(e);
      }
      if (parts.size() == MAX_PARTS) {
        return false;
      }
      parts.add(part);
      if (!modulusClause()) {
        return false;
      }
      spaces();
      if (pos == end) {
        return true;
      }
      if (!relation()) {
        return false;
      }
    }
  }

  // ---- lexical helpers ----

  private void spaces() {
    pos = Text.skipSpaceForward(s, pos, end);
  }

  private char peek() {
    spaces();
    return pos < end ? s.charAt(pos) : '\0';
  }

  private boolean word(String w) {
    spaces();
    if (pos >= end || (s.charAt(pos) | 0x20) != (w.charAt(0) | 0x20)) {
      return false; // a quick refusal on the first character (ASCII case folding is enough here)
    }
    int n = w.length();
    if (pos + n <= end && s.regionMatches(true, pos, w, 0, n)
        && (pos + n == end || !Character.isLetter(s.charAt(pos + n)))) {
      pos += n;
      return true;
    }
    return false;
  }

  private boolean relation() {
    spaces();
    if (pos >= end) {
      return false;
    }
    char c = s.charAt(pos);
    if (c == '\u2261' || c == '\u2245') {
      pos++;
      return true;
    }
    if (c == '=') {
      pos++;
      if (pos < end && s.charAt(pos) == '=') {
        pos++;
      }
      return true;
    }
    return word("\\equiv") || word("\\cong");
  }

  /** An optional modulus clause; false when one starts but is malformed. */
  private boolean modulusClause() {
    spaces();
    int save = pos;
    boolean paren = false;
    if (peek() == '(') {
      pos++;
      paren = true;
    } else if (word("\\pmod")) {
      spaces();
      boolean brace = peek() == '{';
      if (brace) {
        pos++;
      }
      BigInteger n = number();
      if (n == null || (brace && peek() != '}')) {
        return false;
      }
      if (brace) {
        pos++;
      }
      moduli.add(n);
      return true;
    }
    if (!(word("modulo") || word("mod") || word("\\bmod") || word("\\mod"))) {
      pos = save;
      return true;
    }
    BigInteger n = number();
    if (n == null) {
      return false;
    }
    if (paren) {
      if (peek() != ')') {
        return false;
      }
      pos++;
    }
    moduli.add(n);
    return true;
  }

  private BigInteger number() {
    spaces();
    int start = pos;
    while (pos < end && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
      pos++;
      if (pos - start > MAX_NUMBER_DIGITS) {
        return null;
      }
    }
    if (pos == start) {
      return null;
    }
    return pos - start <= 18 ? BigInteger.valueOf(Long.parseLong(s, start, pos, 10)) : new BigInteger(s.substring(start, pos));
  }

  // ---- expressions ----

  private Expr expr() {
    if (++nesting > MAX_NESTING) {
      return null;
    }
    Expr acc = term();
    while (acc != null) {
      char c = peek();
      if (c == '+') {
        pos++;
        Expr r = term();
        acc = r == null ? null : Expr.binary(Expr.ADD, acc, r);
      } else if (c == '-' || c == '\u2212') {
        pos++;
        Expr r = term();
        acc = r == null ? null : Expr.binary(Expr.SUB, acc, r);
      } else {
        break;
      }
    }
    nesting--;
    return acc;
  }

  private Expr term() {
    Expr acc = unary();
    while (acc != null) {
      char c = peek();
      if (c == '\u00D7' || c == '*' || c == '\u00B7' || c == '\u22C5') {
        if (c == '*' && pos + 1 < end && s.charAt(pos + 1) == '*') {
          break; // ** is a power, handled below a unary
        }
        pos++;
        Expr r = unary();
        acc = r == null ? null : Expr.binary(Expr.MUL, acc, r);
      } else if (c == '\\' && (word("\\cdot") || word("\\times"))) {
        Expr r = unary();
        acc = r == null ? null : Expr.binary(Expr.MUL, acc, r);
      } else if ((c == 'x' || c == 'X') && isX()) {
        // 5x: a coefficient directly before the unknown
        pos++;
        acc = Expr.binary(Expr.MUL, acc, Expr.x());
      } else {
        break;
      }
    }
    return acc;
  }

  /** Whether the x at pos is the unknown (not the start of a word). */
  private boolean isX() {
    return pos + 1 >= end || !Character.isLetter(s.charAt(pos + 1));
  }

  private Expr unary() {
    char c = peek();
    if (c == '-' || c == '\u2212' || c == '+') {
      if (++nesting > MAX_NESTING) {
        return null;
      }
      pos++;
      Expr e = unary();
      nesting--;
      return e == null ? null : c == '+' ? e : Expr.neg(e);
    }
    Expr base = atom();
    if (base == null) {
      return null;
    }
    spaces();
    boolean power = false;
    if (pos < end && s.charAt(pos) == '^') {
      pos++;
      power = true;
    } else if (pos + 1 < end && s.charAt(pos) == '*' && s.charAt(pos + 1) == '*') {
      pos += 2;
      power = true;
    }
    if (!power) {
      return base;
    }
    BigInteger k = exponent();
    return k == null ? null : Expr.pow(base, k);
  }

  /** k, -k, (k), (-k), {k}, {-k}. */
  private BigInteger exponent() {
    char c = peek();
    char close = c == '(' ? ')' : c == '{' ? '}' : 0;
    if (close != 0) {
      pos++;
    }
    boolean negative = false;
    c = peek();
    if (c == '-' || c == '\u2212') {
      negative = true;
      pos++;
    }
    BigInteger k = number();
    if (k == null || k.bitLength() > 4096) {
      return null;
    }
    if (close != 0) {
      if (peek() != close) {
        return null;
      }
      pos++;
    }
    return negative ? k.negate() : k;
  }

  private Expr atom() {
    char c = peek();
    if (c >= '0' && c <= '9') {
      BigInteger n = number();
      return n == null ? null : Expr.num(n);
    }
    if ((c == 'x' || c == 'X') && isX()) {
      pos++;
      return Expr.x();
    }
    if (c == '(' || c == '[' || c == '{') {
      // not a modulus clause: those follow a complete part
      int save = pos;
      pos++;
      if (word("mod") || word("modulo")) {
        pos = save;
        return null;
      }
      Expr e = expr();
      char close = c == '(' ? ')' : c == '[' ? ']' : '}';
      if (e == null || peek() != close) {
        return null;
      }
      pos++;
      return e;
    }
    return null;
  }
}
