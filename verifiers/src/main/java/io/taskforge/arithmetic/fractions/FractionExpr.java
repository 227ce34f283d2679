package io.taskforge.arithmetic.fractions;

import io.taskforge.math.Rational;
import io.taskforge.verify.Text;
import java.math.BigInteger;

/**
 * The verifier's reading of an expression over fractions, keeping every fraction as written (so
 * {@code 6/8} and {@code 3/4} are different leaves of equal value).
 *
 * <p>Grammar, with white space allowed between tokens: {@code sum := product (('+' | '-') product)*},
 * {@code product := factor (('×' | '÷') factor)*}, {@code factor := '(' sum ')' | ['-'] digits
 * ['/' digits]}. A {@code /} written directly between two digits is a fraction bar; any other
 * {@code /} divides. Also read: the Unicode minus and en dash for {@code -}; {@code *}, {@code x},
 * {@code X}, {@code ·}, {@code ⋅} for {@code ×}; {@code :} for {@code ÷}. A minus sign is a sign only
 * where an operand is expected, and only in front of a number.
 *
 * <p>Total and bounded: text longer than {@link #MAX_CHARS}, with more than {@link #MAX_LEAVES}
 * numbers, numbers longer than {@link #MAX_DIGITS} digits or parentheses deeper than
 * {@link #MAX_NESTING} is not read.
 */
final class FractionExpr {
  static final int MAX_CHARS = 20_000;
  static final int MAX_LEAVES = 256;
  static final int MAX_DIGITS = 1_000;
  static final int MAX_NESTING = 64;

  static final char ADD = '+';
  static final char SUB = '-';
  static final char MUL = '\u00D7';
  static final char DIV = '\u00F7';

  /**
   * A fraction as written ({@code op == 0}) or an operation on two sub-expressions. A fraction's
   * terms are held as longs when they fit ({@code bigNum == null}), else as BigIntegers.
   */
  static final class Node {
    final char op;
    final Node left;
    final Node right;
    private final long num;
    private final long den;
    private final BigInteger bigNum;
    private final BigInteger bigDen;
    private Rational value;
    /** Set on a {@code +} or {@code -} whose operands were brought to a common denominator. */
    boolean expanded;

    private Node(char op, Node left, Node right, long num, long den, BigInteger bigNum, BigInteger bigDen) {
      this.op = op;
      this.left = left;
      this.right = right;
      this.num = num;
      this.den = den;
      this.bigNum = bigNum;
      this.bigDen = bigDen;
    }

    static Node leaf(long num, long den) {
      return new Node((char) 0, null, null, num, den, null, null);
    }

    static Node leaf(BigInteger num, BigInteger den) {
      if (num.bitLength() < 63 && den.bitLength() < 63) {
        return leaf(num.longValue(), den.longValue());
      }
      return new Node((char) 0, null, null, 0, 0, num, den);
    }

    static Node op(char op, Node left, Node right) {
      return new Node(op, left, right, 0, 0, null, null);
    }

    boolean isLeaf() {
      return op == 0;
    }

    boolean negative() {
      return bigNum == null ? num < 0 : bigNum.signum() < 0;
    }

    /** The value of a leaf; its denominator is never zero. */
    Rational value() {
      if (value == null) {
        value = bigNum == null ? Rational.of(num, den) : Rational.of(bigNum, bigDen);
      }
      return value;
    }

    boolean sameWriting(Node o) {
      if (bigNum == null && o.bigNum == null) {
        return num == o.num && den == o.den;
      }
      return numerator().equals(o.numerator()) && denominator().equals(o.denominator());
    }

    /** Compares the written denominators of two leaves. */
    int compareDenominator(Node o) {
      if (bigNum == null && o.bigNum == null) {
        return Long.compare(den, o.den);
      }
      return denominator().compareTo(o.denominator());
    }

    /** Whether this leaf's written denominator divides that of {@code o}. */
    boolean denominatorDivides(Node o) {
      if (bigNum == null && o.bigNum == null) {
        return o.den % den == 0;
      }
      return o.denominator().mod(denominator()).signum() == 0;
    }

    BigInteger numerator() {
      return bigNum != null ? bigNum : BigInteger.valueOf(num);
    }

    BigInteger denominator() {
      return bigDen != null ? bigDen : BigInteger.valueOf(den);
    }

    void appendFraction(StringBuilder sb) {
      if (bigNum == null) {
        sb.append(num);
        if (den != 1) {
          sb.append('/').append(den);
        }
      } else {
        sb.append(bigNum);
        if (!bigDen.equals(BigInteger.ONE)) {
          sb.append('/').append(bigDen);
        }
      }
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder();
      write(sb, this, true);
      return sb.toString();
    }
  }

  /** A parsed expression, or why the text is not one. */
  record Parsed(Node root, String error) {
    boolean ok() {
      return root != null;
    }
  }

  private final String s;
  private final int end;
  private int pos;
  private int leaves;
  private int nesting;
  private String error;
  private long small;
  private BigInteger big;

  private FractionExpr(String s, int from, int end) {
    this.s = s;
    this.pos = from;
    this.end = end;
  }

  static Parsed parse(String text) {
    return parse(text, 0, text.length());
  }

  /** Parses {@code text[from, to)}. */
  static Parsed parse(String text, int from, int to) {
    if (to - from > MAX_CHARS) {
      return new Parsed(null, "it is longer than " + MAX_CHARS + " characters");
    }
    FractionExpr p = new FractionExpr(text, from, to);
    Node root = p.sum();
    if (root != null) {
      p.skipSpaces();
      if (p.pos < p.end) {
        return new Parsed(null, p.unexpected());
      }
      return new Parsed(root, null);
    }
    return new Parsed(null, p.error);
  }

  private Node sum() {
    Node acc = product();
    while (acc != null) {
      skipSpaces();
      if (pos >= end) {
        break;
      }
      char c = s.charAt(pos);
      char op;
      if (c == '+') {
        op = ADD;
      } else if (c == '-' || c == '\u2212' || c == '\u2013') {
        op = SUB;
      } else {
        break;
      }
      pos++;
      Node r = product();
      acc = r == null ? null : Node.op(op, acc, r);
    }
    return acc;
  }

  private Node product() {
    Node acc = factor();
    while (acc != null) {
      skipSpaces();
      if (pos >= end) {
        break;
      }
      char c = s.charAt(pos);
      char op;
      if (c == '\u00D7' || c == '*' || c == 'x' || c == 'X' || c == '\u00B7' || c == '\u22C5') {
        op = MUL;
      } else if (c == '\u00F7' || c == ':' || c == '/') {
        op = DIV;
      } else {
        break;
      }
      pos++;
      Node r = factor();
      acc = r == null ? null : Node.op(op, acc, r);
    }
    return acc;
  }

  private Node factor() {
    skipSpaces();
    if (pos >= end) {
      return fail("it ends where a number is expected");
    }
    char c = s.charAt(pos);
    if (c == '(') {
      if (++nesting > MAX_NESTING) {
        return fail("its parentheses nest deeper than " + MAX_NESTING);
      }
      pos++;
      Node inner = sum();
      if (inner == null) {
        return null;
      }
      skipSpaces();
      if (pos >= end || s.charAt(pos) != ')') {
        return fail(pos >= end ? "a parenthesis is not closed" : unexpected());
      }
      pos++;
      nesting--;
      return inner;
    }
    boolean negative = false;
    if (c == '-' || c == '\u2212' || c == '\u2013') {
      negative = true;
      pos++;
      skipSpaces();
    }
    if (!digits()) {
      return null;
    }
    long num = small;
    BigInteger bigNum = big;
    long den = 1;
    BigInteger bigDen = null;
    if (pos + 1 < end && s.charAt(pos) == '/' && isDigit(s.charAt(pos - 1)) && isDigit(s.charAt(pos + 1))) {
      pos++;
      if (!digits()) {
        return null;
      }
      den = small;
      bigDen = big;
      if (bigDen == null && den == 0) {
        return fail("it has a zero denominator");
      }
    }
    if (++leaves > MAX_LEAVES) {
      return fail("it has more than " + MAX_LEAVES + " numbers");
    }
    if (bigNum == null && bigDen == null) {
      return Node.leaf(negative ? -num : num, den);
    }
    BigInteger n = bigNum != null ? bigNum : BigInteger.valueOf(num);
    return Node.leaf(negative ? n.negate() : n, bigDen != null ? bigDen : BigInteger.valueOf(den));
  }

  /** Reads digits into {@link #small} (up to 18 digits, {@link #big} null) or {@link #big}. */
  private boolean digits() {
    int start = pos;
    long v = 0;
    while (pos < end && isDigit(s.charAt(pos))) {
      if (pos - start < 18) {
        v = v * 10 + (s.charAt(pos) - '0');
      }
      pos++;
    }
    int len = pos - start;
    if (len == 0) {
      fail(pos >= end ? "it ends where a number is expected" : unexpected());
      return false;
    }
    if (len > MAX_DIGITS) {
      fail("it has a number longer than " + MAX_DIGITS + " digits");
      return false;
    }
    small = v;
    big = len <= 18 ? null : new BigInteger(s.substring(start, pos));
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void skipSpaces() {
    while (pos < end && Text.isSpace(s.charAt(pos))) {
      pos++;
    }
  }

  private String unexpected() {
    int e = Math.min(end, pos + 12);
    return "it has " + Text.snippet(s, pos, e) + " where a number, an operator or a parenthesis is expected";
  }

  private <T> T fail(String message) {
    if (error == null) {
      error = message;
    }
    return null;
  }

  // ---- writing, for reasons ----

  static void write(StringBuilder sb, Node node, boolean top) {
    if (node.isLeaf()) {
      boolean wrap = !top && node.negative();
      if (wrap) {
        sb.append('(');
      }
      node.appendFraction(sb);
      if (wrap) {
        sb.append(')');
      }
      return;
    }
    child(sb, node.left, node.op, false, top);
    sb.append(' ').append(node.op).append(' ');
    child(sb, node.right, node.op, true, false);
  }

  private static void child(StringBuilder sb, Node child, char parent, boolean right, boolean top) {
    boolean paren = !child.isLeaf()
        && (right ? precedence(child.op) <= precedence(parent) : precedence(child.op) < precedence(parent));
    if (paren) {
      sb.append('(');
      write(sb, child, true);
      sb.append(')');
    } else {
      write(sb, child, top && !right);
    }
  }

  static int precedence(char op) {
    return op == ADD || op == SUB ? 1 : 2;
  }

  /** The exact value of a whole expression, or null when it divides by zero. */
  static Rational evaluate(Node node) {
    if (node.isLeaf()) {
      return node.value();
    }
    Rational a = evaluate(node.left);
    Rational b = a == null ? null : evaluate(node.right);
    if (b == null) {
      return null;
    }
    return apply(node.op, a, b);
  }

  /** {@code a op b}, or null for a division by zero. */
  static Rational apply(char op, Rational a, Rational b) {
    return switch (op) {
      case ADD -> a.add(b);
      case SUB -> a.subtract(b);
      case MUL -> a.multiply(b);
      default -> b.signum() == 0 ? null : a.divide(b);
    };
  }
}
