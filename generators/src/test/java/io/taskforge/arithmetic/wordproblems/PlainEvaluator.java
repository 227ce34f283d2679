package io.taskforge.arithmetic.wordproblems;

import java.math.BigInteger;
import java.util.Map;

/**
 * The tests' own evaluator of quantity expressions, written apart from {@link Formula}: a Pratt
 * parser over a character array with values as {@code BigInteger[]{numerator, denominator}} pairs
 * (no {@code Rational}), reduced only when printed.
 */
final class PlainEvaluator {
  private final char[] s;
  private final Map<String, BigInteger[]> names;
  private int i;

  private PlainEvaluator(String text, Map<String, BigInteger[]> names) {
    this.s = text.toCharArray();
    this.names = names;
  }

  static BigInteger[] eval(String text, Map<String, BigInteger[]> names) {
    PlainEvaluator p = new PlainEvaluator(text, names);
    BigInteger[] v = p.expr(0);
    p.spaces();
    if (p.i != p.s.length) {
      throw new IllegalArgumentException("trailing text in " + text);
    }
    return v;
  }

  /** The canonical text: integer, terminating decimal, or reduced p/q. */
  static String text(BigInteger[] v) {
    BigInteger g = v[0].gcd(v[1]);
    BigInteger n = v[0].divide(g);
    BigInteger d = v[1].divide(g);
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (d.equals(BigInteger.ONE)) {
      return n.toString();
    }
    BigInteger rest = d;
    while (rest.mod(BigInteger.TWO).signum() == 0) {
      rest = rest.divide(BigInteger.TWO);
    }
    while (rest.mod(BigInteger.valueOf(5)).signum() == 0) {
      rest = rest.divide(BigInteger.valueOf(5));
    }
    if (!rest.equals(BigInteger.ONE)) {
      return n + "/" + d;
    }
    return new java.math.BigDecimal(n).divide(new java.math.BigDecimal(d)).stripTrailingZeros().toPlainString();
  }

  private void spaces() {
    while (i < s.length && s[i] == ' ') {
      i++;
    }
  }

  private static int power(char op) {
    return op == '+' || op == '-' ? 1 : op == '*' || op == '/' ? 2 : 0;
  }

  private BigInteger[] expr(int min) {
    BigInteger[] left = prefix();
    while (true) {
      spaces();
      if (i >= s.length || power(s[i]) == 0 || power(s[i]) <= min) {
        return left;
      }
      char op = s[i++];
      BigInteger[] right = expr(power(op));
      left = switch (op) {
        case '+' -> new BigInteger[] {left[0].multiply(right[1]).add(right[0].multiply(left[1])), left[1].multiply(right[1])};
        case '-' -> new BigInteger[] {left[0].multiply(right[1]).subtract(right[0].multiply(left[1])), left[1].multiply(right[1])};
        case '*' -> new BigInteger[] {left[0].multiply(right[0]), left[1].multiply(right[1])};
        default -> new BigInteger[] {left[0].multiply(right[1]), left[1].multiply(right[0])};
      };
      if (left[1].signum() == 0) {
        throw new ArithmeticException("division by zero");
      }
    }
  }

  private BigInteger[] prefix() {
    spaces();
    char c = s[i];
    if (c == '-') {
      i++;
      BigInteger[] v = prefix();
      return new BigInteger[] {v[0].negate(), v[1]};
    }
    if (c == '(') {
      i++;
      BigInteger[] v = expr(0);
      spaces();
      if (s[i++] != ')') {
        throw new IllegalArgumentException("expected )");
      }
      return v;
    }
    int start = i;
    if (Character.isDigit(c)) {
      while (i < s.length && (Character.isDigit(s[i]) || s[i] == '.')) {
        i++;
      }
      String t = new String(s, start, i - start);
      int dot = t.indexOf('.');
      if (dot < 0) {
        return new BigInteger[] {new BigInteger(t), BigInteger.ONE};
      }
      return new BigInteger[] {new BigInteger(t.replace(".", "")), BigInteger.TEN.pow(t.length() - dot - 1)};
    }
    while (i < s.length && (Character.isLetterOrDigit(s[i]) || s[i] == '_')) {
      i++;
    }
    BigInteger[] v = names.get(new String(s, start, i - start));
    if (v == null) {
      throw new IllegalArgumentException("unknown or later name " + new String(s, start, i - start));
    }
    return v;
  }
}
