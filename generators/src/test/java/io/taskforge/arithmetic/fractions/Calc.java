package io.taskforge.arithmetic.fractions;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The tests' own evaluator of the task's expressions, independent of the generator (which never
 * parses): a tokenizer and two-stack (operator precedence) evaluation over pairs of BigIntegers, with
 * the reduction done by hand-written Euclid rather than {@code Rational}.
 */
final class Calc {
  private Calc() {}

  /** Tokens: numbers (with a sign where an operand is expected), operators and parentheses. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    boolean operand = true;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        operand = c == '(';
        i++;
      } else if (Character.isDigit(c) || (c == '-' && operand)) {
        int start = i++;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '/')) {
          i++;
        }
        out.add(s.substring(start, i));
        operand = false;
      } else {
        if ("+-\u00D7\u00F7".indexOf(c) < 0) {
          throw new IllegalArgumentException("unexpected '" + c + "' in " + s);
        }
        out.add(String.valueOf(c));
        operand = true;
        i++;
      }
    }
    return out;
  }

  static List<String> numbers(String s) {
    List<String> out = new ArrayList<>();
    for (String t : tokens(s)) {
      if (Character.isDigit(t.charAt(t.length() - 1))) {
        out.add(t);
      }
    }
    return out;
  }

  /** A number token as written: {numerator, denominator}. */
  static BigInteger[] fraction(String t) {
    int slash = t.indexOf('/');
    return slash < 0
        ? new BigInteger[] {new BigInteger(t), BigInteger.ONE}
        : new BigInteger[] {new BigInteger(t.substring(0, slash)), new BigInteger(t.substring(slash + 1))};
  }

  static BigInteger[] eval(String s) {
    return run(s, null);
  }

  /** The value of every number and every operation in the expression, as reduced text. */
  static List<String> subexpressionValues(String s) {
    List<String> out = new ArrayList<>();
    run(s, out);
    return out;
  }

  private static BigInteger[] run(String s, List<String> seen) {
    Deque<BigInteger[]> values = new ArrayDeque<>();
    Deque<Character> ops = new ArrayDeque<>();
    for (String t : tokens(s)) {
      char c = t.charAt(0);
      if (t.length() > 1 || Character.isDigit(c)) {
        BigInteger[] f = reduce(fraction(t));
        values.push(f);
        if (seen != null) {
          seen.add(text(f));
        }
      } else if (c == '(') {
        ops.push(c);
      } else if (c == ')') {
        while (ops.peek() != '(') {
          apply(values, ops.pop(), seen);
        }
        ops.pop();
      } else {
        while (!ops.isEmpty() && ops.peek() != '(' && prec(ops.peek()) >= prec(c)) {
          apply(values, ops.pop(), seen);
        }
        ops.push(c);
      }
    }
    while (!ops.isEmpty()) {
      apply(values, ops.pop(), seen);
    }
    if (values.size() != 1) {
      throw new IllegalArgumentException(s);
    }
    return values.pop();
  }

  private static int prec(char op) {
    return op == '+' || op == '-' ? 1 : 2;
  }

  private static void apply(Deque<BigInteger[]> values, char op, List<String> seen) {
    BigInteger[] b = values.pop();
    BigInteger[] a = values.pop();
    BigInteger[] r = switch (op) {
      case '+' -> new BigInteger[] {a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1])};
      case '-' -> new BigInteger[] {a[0].multiply(b[1]).subtract(b[0].multiply(a[1])), a[1].multiply(b[1])};
      case '\u00D7' -> new BigInteger[] {a[0].multiply(b[0]), a[1].multiply(b[1])};
      default -> new BigInteger[] {a[0].multiply(b[1]), a[1].multiply(b[0])};
    };
    if (r[1].signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    r = reduce(r);
    values.push(r);
    if (seen != null) {
      seen.add(text(r));
    }
  }

  /** Lowest terms with a positive denominator, by Euclid's algorithm. */
  static BigInteger[] reduce(BigInteger[] f) {
    BigInteger n = f[0];
    BigInteger d = f[1];
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger x = n.abs();
    BigInteger y = d;
    while (y.signum() != 0) {
      BigInteger t = x.mod(y);
      x = y;
      y = t;
    }
    return x.signum() == 0 ? new BigInteger[] {n, d} : new BigInteger[] {n.divide(x), d.divide(x)};
  }

  static String text(BigInteger[] f) {
    return f[1].equals(BigInteger.ONE) ? f[0].toString() : f[0] + "/" + f[1];
  }
}
