package io.taskforge.arithmetic.expression;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An evaluator written for the tests only, independent of the generator: Dijkstra's shunting-yard
 * over exact BigInteger fractions. Unary minus binds tighter than {@code * /}; binary operators are
 * left-associative.
 */
final class ShuntingYard {
  private ShuntingYard() {}

  /** A reduced fraction with positive denominator. */
  record Frac(BigInteger n, BigInteger d) {
    Frac {
      if (d.signum() == 0) {
        throw new ArithmeticException("division by zero");
      }
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
        n = n.divide(g);
        d = d.divide(g);
      }
    }

    static Frac of(long v) {
      return new Frac(BigInteger.valueOf(v), BigInteger.ONE);
    }

    Frac apply(char op, Frac o) {
      return switch (op) {
        case '+' -> new Frac(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
        case '-' -> new Frac(n.multiply(o.d).subtract(o.n.multiply(d)), d.multiply(o.d));
        case '*' -> new Frac(n.multiply(o.n), d.multiply(o.d));
        case '/' -> new Frac(n.multiply(o.d), d.multiply(o.n));
        default -> throw new IllegalArgumentException("operator " + op);
      };
    }

    @Override
    public String toString() {
      return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
    }
  }

  /** Tokens: numbers (as strings), operators {@code + - * /}, {@code u} for unary minus, parentheses. */
  static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ' ') {
        i++;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < s.length() && Character.isDigit(s.charAt(j))) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else if ("+-*/()".indexOf(c) >= 0) {
        boolean unary = c == '-'
            && (out.isEmpty() || "+-*/(u".contains(out.get(out.size() - 1)));
        out.add(unary ? "u" : String.valueOf(c));
        i++;
      } else {
        throw new IllegalArgumentException("unexpected '" + c + "' in " + s);
      }
    }
    return out;
  }

  /** A parse tree. */
  sealed interface Expr permits Num, Neg, Bin {}

  record Num(BigInteger v) implements Expr {}

  record Neg(Expr e) implements Expr {}

  record Bin(char op, Expr l, Expr r) implements Expr {}

  /** One evaluation step as the tests expect it: {@code a op b = result}, maybe negated. */
  record Op(Frac a, char op, Frac b, boolean negated, Frac result) {}

  static Frac eval(String expression) {
    return value(parse(expression));
  }

  static Expr parse(String expression) {
    Deque<Expr> values = new ArrayDeque<>();
    Deque<String> ops = new ArrayDeque<>();
    for (String t : tokens(expression)) {
      char c = t.charAt(0);
      if (Character.isDigit(c)) {
        values.push(new Num(new BigInteger(t)));
      } else if (c == '(') {
        ops.push(t);
      } else if (c == ')') {
        while (!ops.peek().equals("(")) {
          reduce(values, ops.pop());
        }
        ops.pop();
      } else if (c == 'u') {
        ops.push(t); // right-associative, highest precedence: nothing to reduce yet
      } else {
        while (!ops.isEmpty() && !ops.peek().equals("(") && prec(ops.peek()) >= prec(t)) {
          reduce(values, ops.pop());
        }
        ops.push(t);
      }
    }
    while (!ops.isEmpty()) {
      reduce(values, ops.pop());
    }
    if (values.size() != 1) {
      throw new IllegalArgumentException("malformed: " + expression);
    }
    return values.pop();
  }

  static Frac value(Expr e) {
    if (e instanceof Num n) {
      return new Frac(n.v(), BigInteger.ONE);
    }
    if (e instanceof Neg g) {
      Frac v = value(g.e());
      return new Frac(v.n().negate(), v.d());
    }
    Bin b = (Bin) e;
    return value(b.l()).apply(b.op(), value(b.r()));
  }

  /** The binary operations in post-order; a negation of an operation is folded into it. */
  static List<Op> steps(Expr e) {
    List<Op> out = new ArrayList<>();
    steps(e, false, out);
    return out;
  }

  private static void steps(Expr e, boolean negated, List<Op> out) {
    if (e instanceof Neg g) {
      steps(g.e(), true, out);
    } else if (e instanceof Bin b) {
      steps(b.l(), false, out);
      steps(b.r(), false, out);
      Frac v = value(b);
      out.add(new Op(value(b.l()), b.op(), value(b.r()), negated,
          negated ? new Frac(v.n().negate(), v.d()) : v));
    }
  }

  private static int prec(String op) {
    return switch (op) {
      case "u" -> 3;
      case "*", "/" -> 2;
      default -> 1;
    };
  }

  private static void reduce(Deque<Expr> values, String op) {
    if (op.equals("u")) {
      values.push(new Neg(values.pop()));
      return;
    }
    Expr b = values.pop();
    Expr a = values.pop();
    values.push(new Bin(op.charAt(0), a, b));
  }

  /** Number of binary operators in the expression. */
  static int binaryOperators(String expression) {
    int count = 0;
    for (String t : tokens(expression)) {
      if (t.length() == 1 && "+-*/".contains(t)) {
        count++;
      }
    }
    return count;
  }
}
