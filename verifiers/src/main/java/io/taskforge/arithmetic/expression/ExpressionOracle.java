package io.taskforge.arithmetic.expression;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Property-testing oracle for {@code arithmetic.expression}, written apart from
 * {@link ExpressionVerifier}: it evaluates the problem's expression by shunting-yard into postfix
 * and a stack machine over its own BigInteger fractions (not {@link InfixEvaluator}'s recursive
 * descent, not {@code Rational}), and reads answers with its own strict reader (an integer, a
 * fraction {@code p/q}, or a decimal with an optional exponent; nothing else).
 *
 * <p>Mutant kinds: {@code off-by-one} (value ± 1), {@code sign-flip}, {@code swap-fraction}
 * (numerator and denominator exchanged), {@code unreduced} ({@code 6/8} for {@code 3/4}: valid),
 * {@code decimal} (the exact decimal: valid when the value terminates), {@code rounded} (a decimal
 * approximation to 1, 2 or 4 places that is not exact: wrong), {@code truncated} (the integer part), {@code digit} (one digit of the
 * numerator changed), {@code no-precedence} (the expression evaluated left to right),
 * {@code mixed-number} ({@code 1 1/2}, documented as unreadable) and {@code repeated} (the answer
 * twice, a second number).
 */
public final class ExpressionOracle implements TaskOracle<ExpressionProblem> {

  @Override
  public String taskId() {
    return ExpressionTask.ID;
  }

  @Override
  public Class<ExpressionProblem> problemType() {
    return ExpressionProblem.class;
  }

  @Override
  public List<String> equivalentForms(ExpressionProblem problem, String gold, Rng rng) {
    Frac v = readAnswer(gold);
    List<String> forms = new ArrayList<>();
    if (v == null) {
      return forms;
    }
    String text = v.toString();
    forms.add(" \n" + text + "\t\n");
    forms.add(v.signum() < 0 ? "\u2212" + v.negate() : "+" + text);
    int k = 2 + rng.nextInt(8);
    forms.add(v.n.multiply(BigInteger.valueOf(k)) + "/" + v.d.multiply(BigInteger.valueOf(k)));
    if (!v.isInteger()) {
      forms.add(v.n + " / " + v.d);
      forms.add((v.signum() < 0 ? "-" : "") + "\\frac{" + v.n.abs() + "}{" + v.d + "}");
    }
    String decimal = v.exactDecimal();
    if (decimal != null && !v.isInteger()) {
      forms.add(decimal);
      forms.add(decimal + "000");
      forms.add(new BigDecimal(decimal).unscaledValue() + "e-" + new BigDecimal(decimal).scale());
    }
    if (v.isInteger() && v.n.abs().compareTo(BigInteger.valueOf(1000)) >= 0) {
      forms.add(thousands(v.n));
    }
    forms.add("$" + text + "$");
    forms.add("\\boxed{" + text + "}");
    forms.add("`" + text + "`");
    forms.add("**" + text + "**");
    forms.add("(" + text + ")");
    return forms;
  }

  @Override
  public List<Mutant> mutants(ExpressionProblem problem, String gold, Rng rng) {
    Frac v = readAnswer(gold);
    List<Mutant> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    add(out, problem, "off-by-one", v.plus(Frac.ONE).toString());
    add(out, problem, "off-by-one", v.plus(Frac.ONE.negate()).toString());
    add(out, problem, "sign-flip", v.negate().toString());
    if (v.signum() != 0) {
      add(out, problem, "swap-fraction", (v.signum() < 0 ? "-" : "") + v.d + "/" + v.n.abs());
    }
    int k = 2 + rng.nextInt(8);
    add(out, problem, "unreduced", v.n.multiply(BigInteger.valueOf(k)) + "/" + v.d.multiply(BigInteger.valueOf(k)));
    String decimal = v.isInteger() ? v.n + ".0" : v.exactDecimal();
    if (decimal != null) {
      add(out, problem, "decimal", decimal);
    }
    if (!v.isInteger()) {
      for (int places : new int[] {1, 2, 4}) {
        BigDecimal rounded = new BigDecimal(v.n).divide(new BigDecimal(v.d), places, RoundingMode.HALF_EVEN);
        if (!v.equals(readAnswer(rounded.toPlainString()))) {
          add(out, problem, "rounded", rounded.toPlainString());
        }
      }
      add(out, problem, "truncated", v.n.divide(v.d).toString());
      if (v.n.abs().compareTo(v.d) > 0) {
        BigInteger whole = v.n.abs().divide(v.d);
        add(out, problem, "mixed-number",
            (v.signum() < 0 ? "-" : "") + whole + " " + v.n.abs().mod(v.d) + "/" + v.d);
      }
    }
    String numerator = v.n.abs().toString();
    int at = rng.nextInt(numerator.length());
    char old = numerator.charAt(at);
    char digit = (char) ('0' + (old - '0' + 1 + rng.nextInt(9)) % 10);
    if (at == 0 && digit == '0' && numerator.length() > 1) {
      digit = old == '9' ? '1' : (char) (old + 1);
    }
    String changed = numerator.substring(0, at) + digit + numerator.substring(at + 1);
    add(out, problem, "digit", (v.signum() < 0 ? "-" : "") + changed + (v.isInteger() ? "" : "/" + v.d));
    Frac flat = evaluate(problem.expression(), false);
    if (flat != null) {
      add(out, problem, "no-precedence", flat.toString());
    }
    add(out, problem, "repeated", v + " " + v);
    return out;
  }

  @Override
  public List<String> hostileResponses(ExpressionProblem problem, String gold) {
    Frac v = readAnswer(gold);
    if (v == null) {
      return List.of();
    }
    Frac below = v.plus(Frac.ONE.negate());
    Frac above = v.plus(Frac.ONE);
    return List.of(below + " or " + v + " or " + above, "<answer>" + v + " or " + above + "</answer>");
  }

  @Override
  public boolean accepts(ExpressionProblem problem, String canonicalAnswer) {
    Frac value = evaluate(problem.expression(), true);
    Frac given = readAnswer(canonicalAnswer);
    return value != null && value.equals(given);
  }

  private void add(List<Mutant> out, ExpressionProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  private static String thousands(BigInteger n) {
    String digits = n.abs().toString();
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return (n.signum() < 0 ? "-" : "") + sb;
  }

  // ---- the oracle's own reading of answers ----

  /**
   * Strictly reads {@code -?digits}, {@code -?digits/digits} or {@code -?digits.digits} with an
   * optional {@code e[+-]digits}; null for anything else or a zero denominator.
   */
  static Frac readAnswer(String text) {
    String s = text.strip();
    if (s.length() > 1000) {
      return null;
    }
    boolean negative = s.startsWith("-");
    String body = negative ? s.substring(1) : s;
    int slash = body.indexOf('/');
    if (slash >= 0) {
      String p = body.substring(0, slash);
      String q = body.substring(slash + 1);
      if (!digits(p) || !digits(q)) {
        return null;
      }
      BigInteger den = new BigInteger(q);
      if (den.signum() == 0) {
        return null;
      }
      BigInteger num = new BigInteger(p);
      return Frac.of(negative ? num.negate() : num, den);
    }
    int e = Math.max(body.indexOf('e'), body.indexOf('E'));
    String mantissa = e >= 0 ? body.substring(0, e) : body;
    int exponent = 0;
    if (e >= 0) {
      String exp = body.substring(e + 1);
      boolean negExp = exp.startsWith("-");
      exp = negExp || exp.startsWith("+") ? exp.substring(1) : exp;
      if (!digits(exp) || exp.length() > 4) {
        return null;
      }
      exponent = (negExp ? -1 : 1) * Integer.parseInt(exp);
    }
    int dot = mantissa.indexOf('.');
    String whole = dot < 0 ? mantissa : mantissa.substring(0, dot);
    String fraction = dot < 0 ? "" : mantissa.substring(dot + 1);
    if (!digits(whole) || (dot >= 0 && !digits(fraction))) {
      return null;
    }
    BigInteger num = new BigInteger(whole + fraction);
    int scale = fraction.length() - exponent;
    BigInteger ten = BigInteger.TEN;
    Frac f = scale >= 0 ? Frac.of(num, ten.pow(scale)) : Frac.of(num.multiply(ten.pow(-scale)), BigInteger.ONE);
    return negative ? f.negate() : f;
  }

  private static boolean digits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // ---- the oracle's own evaluation: shunting-yard to postfix, then a stack machine ----

  /**
   * The expression's exact value; null when it is not an expression of integers, {@code + - * /},
   * unary minus and parentheses, or divides by zero. Without {@code precedence}, every binary
   * operator binds equally (left to right): the classic wrong reading, used as a mutant.
   */
  static Frac evaluate(String expression, boolean precedence) {
    if (expression == null || expression.length() > 100_000) {
      return null;
    }
    List<Object> postfix = new ArrayList<>();
    Deque<Character> ops = new ArrayDeque<>();
    boolean expectOperand = true;
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c >= '0' && c <= '9') {
        int start = i;
        while (i < expression.length() && expression.charAt(i) >= '0' && expression.charAt(i) <= '9') {
          i++;
        }
        if (!expectOperand) {
          return null;
        }
        postfix.add(new BigInteger(expression.substring(start, i)));
        expectOperand = false;
      } else if (c == '(') {
        if (!expectOperand) {
          return null;
        }
        ops.push('(');
        i++;
      } else if (c == ')') {
        if (expectOperand) {
          return null;
        }
        while (!ops.isEmpty() && ops.peek() != '(') {
          postfix.add(ops.pop());
        }
        if (ops.isEmpty()) {
          return null;
        }
        ops.pop();
        i++;
      } else if (c == '+' || c == '-' || c == '*' || c == '/') {
        if (expectOperand) {
          if (c != '-') {
            return null;
          }
          ops.push('~'); // prefix negation: pops nothing, binds tightest
        } else {
          while (!ops.isEmpty() && ops.peek() != '(' && rank(ops.peek(), precedence) >= rank(c, precedence)) {
            postfix.add(ops.pop());
          }
          ops.push(c);
          expectOperand = true;
        }
        i++;
      } else {
        return null;
      }
    }
    if (expectOperand) {
      return null;
    }
    while (!ops.isEmpty()) {
      char op = ops.pop();
      if (op == '(') {
        return null;
      }
      postfix.add(op);
    }
    Deque<Frac> stack = new ArrayDeque<>();
    for (Object item : postfix) {
      if (item instanceof BigInteger n) {
        stack.push(Frac.of(n, BigInteger.ONE));
        continue;
      }
      char op = (Character) item;
      if (op == '~') {
        if (stack.isEmpty()) {
          return null;
        }
        stack.push(stack.pop().negate());
        continue;
      }
      if (stack.size() < 2) {
        return null;
      }
      Frac b = stack.pop();
      Frac a = stack.pop();
      Frac r = switch (op) {
        case '+' -> a.plus(b);
        case '-' -> a.plus(b.negate());
        case '*' -> a.times(b);
        default -> b.signum() == 0 ? null : a.times(b.reciprocal());
      };
      if (r == null) {
        return null;
      }
      stack.push(r);
    }
    return stack.size() == 1 ? stack.pop() : null;
  }

  private static int rank(char op, boolean precedence) {
    if (op == '~') {
      return 3;
    }
    if (!precedence) {
      return 1;
    }
    return op == '*' || op == '/' ? 2 : 1;
  }

  /** An exact fraction over BigInteger, reduced, denominator positive. */
  static final class Frac {
    static final Frac ONE = new Frac(BigInteger.ONE, BigInteger.ONE);
    final BigInteger n;
    final BigInteger d;

    private Frac(BigInteger n, BigInteger d) {
      this.n = n;
      this.d = d;
    }

    static Frac of(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Frac(n, d) : new Frac(n.divide(g), d.divide(g));
    }

    Frac plus(Frac o) {
      return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Frac times(Frac o) {
      return of(n.multiply(o.n), d.multiply(o.d));
    }

    Frac negate() {
      return new Frac(n.negate(), d);
    }

    Frac reciprocal() {
      return of(d, n);
    }

    int signum() {
      return n.signum();
    }

    boolean isInteger() {
      return d.equals(BigInteger.ONE);
    }

    /** The exact decimal text when the denominator has no prime factor but 2 and 5, else null. */
    String exactDecimal() {
      BigInteger rest = d;
      int twos = 0;
      int fives = 0;
      BigInteger two = BigInteger.TWO;
      BigInteger five = BigInteger.valueOf(5);
      while (rest.mod(two).signum() == 0) {
        rest = rest.divide(two);
        twos++;
      }
      while (rest.mod(five).signum() == 0) {
        rest = rest.divide(five);
        fives++;
      }
      if (!rest.equals(BigInteger.ONE)) {
        return null;
      }
      int scale = Math.max(twos, fives);
      return new BigDecimal(n).divide(new BigDecimal(d)).setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Frac f && f.n.equals(n) && f.d.equals(d);
    }

    @Override
    public int hashCode() {
      return n.hashCode() * 31 + d.hashCode();
    }

    @Override
    public String toString() {
      return isInteger() ? n.toString() : n + "/" + d;
    }
  }
}
