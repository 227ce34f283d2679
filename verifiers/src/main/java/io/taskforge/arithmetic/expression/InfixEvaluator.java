package io.taskforge.arithmetic.expression;

import io.taskforge.math.Rational;
import java.util.Optional;

/**
 * Evaluates an infix expression of non-negative integer literals, {@code + - * /}, unary minus (or
 * plus) and parentheses exactly, with standard precedence: unary signs bind tightest, then
 * {@code * /}, then {@code + -}, each binary level left-associative.
 *
 * <p>The verifier's own reading of a problem, written apart from the generator's tree. Total and
 * bounded: text that is not such an expression, is longer than {@link #MAX_CHARS}, nests deeper than
 * {@link #MAX_NESTING} or divides by zero gives an empty result.
 */
final class InfixEvaluator {
  static final int MAX_CHARS = 100_000;
  static final int MAX_NESTING = 500;

  private final String s;
  private int pos;
  private int nesting;

  private InfixEvaluator(String s) {
    this.s = s;
  }

  static Optional<Rational> evaluate(String expression) {
    if (expression == null || expression.length() > MAX_CHARS) {
      return Optional.empty();
    }
    InfixEvaluator e = new InfixEvaluator(expression);
    try {
      Rational v = e.sum();
      e.skipSpaces();
      return v != null && e.pos == expression.length() ? Optional.of(v) : Optional.empty();
    } catch (ArithmeticException divisionByZero) {
      return Optional.empty();
    }
  }

  private Rational sum() {
    Rational acc = product();
    while (acc != null) {
      skipSpaces();
      char c = peek();
      if (c == '+') {
        pos++;
        Rational r = product();
        acc = r == null ? null : acc.add(r);
      } else if (c == '-' || c == '\u2212') {
        pos++;
        Rational r = product();
        acc = r == null ? null : acc.subtract(r);
      } else {
        break;
      }
    }
    return acc;
  }

  private Rational product() {
    Rational acc = unary();
    while (acc != null) {
      skipSpaces();
      char c = peek();
      if (c == '*' || c == '\u00D7') {
        pos++;
        Rational r = unary();
        acc = r == null ? null : acc.multiply(r);
      } else if (c == '/' || c == '\u00F7') {
        pos++;
        Rational r = unary();
        acc = r == null ? null : acc.divide(r);
      } else {
        break;
      }
    }
    return acc;
  }

  private Rational unary() {
    skipSpaces();
    char c = peek();
    if (c == '-' || c == '\u2212' || c == '+') {
      if (++nesting > MAX_NESTING) {
        return null;
      }
      pos++;
      Rational r = unary();
      nesting--;
      return r == null || c == '+' ? r : r.negate();
    }
    if (c == '(') {
      if (++nesting > MAX_NESTING) {
        return null;
      }
      pos++;
      Rational r = sum();
      skipSpaces();
      if (r == null || peek() != ')') {
        return null;
      }
      pos++;
      nesting--;
      return r;
    }
    return literal();
  }

  private Rational literal() {
    int start = pos;
    long v = 0;
    while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
      pos++;
    }
    int len = pos - start;
    if (len == 0) {
      return null;
    }
    if (len <= 18) {
      for (int i = start; i < pos; i++) {
        v = v * 10 + (s.charAt(i) - '0');
      }
      return Rational.of(v);
    }
    return Rational.of(new java.math.BigInteger(s.substring(start, pos)));
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private void skipSpaces() {
    while (pos < s.length() && s.charAt(pos) == ' ') {
      pos++;
    }
  }
}
