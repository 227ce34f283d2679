package io.taskforge.datasets.check;

import io.taskforge.arithmetic.expression.ExpressionProblem;
import io.taskforge.math.Rational;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.Optional;

/**
 * Test-only: a copy of the arithmetic.expression verifier with a planted bug, the one a peer
 * toolkit shipped: it evaluates the expression strictly left to right, ignoring precedence
 * ({@code 2 + 3 * 4} is 20). Parentheses and unary minus are still honoured.
 */
final class LeftToRightExpressionVerifier implements Verifier<ExpressionProblem> {
  @Override
  public String taskId() {
    return "arithmetic.expression";
  }

  @Override
  public Class<ExpressionProblem> problemType() {
    return ExpressionProblem.class;
  }

  @Override
  public Verdict verify(ExpressionProblem problem, String response) {
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    Optional<Rational> given = Numbers.parse(extracted.answer());
    if (given.isEmpty()) {
      return Verdict.invalidFormat("not a number");
    }
    Rational value = new Reader(problem.expression()).sequence();
    return given.get().equals(value) ? Verdict.correct("equal") : Verdict.wrong("not equal");
  }

  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    /** operand (op operand)*, applied left to right: the bug. */
    Rational sequence() {
      Rational acc = operand();
      while (true) {
        skip();
        if (pos >= s.length() || s.charAt(pos) == ')') {
          return acc;
        }
        char op = s.charAt(pos++);
        Rational r = operand();
        acc = switch (op) {
          case '+' -> acc.add(r);
          case '-' -> acc.subtract(r);
          case '*' -> acc.multiply(r);
          default -> r.signum() == 0 ? Rational.ZERO : acc.divide(r);
        };
      }
    }

    private Rational operand() {
      skip();
      char c = s.charAt(pos);
      if (c == '-') {
        pos++;
        return operand().negate();
      }
      if (c == '(') {
        pos++;
        Rational r = sequence();
        pos++; // ')'
        return r;
      }
      int start = pos;
      while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
      return Rational.of(Long.parseLong(s.substring(start, pos)));
    }

    private void skip() {
      while (pos < s.length() && s.charAt(pos) == ' ') {
        pos++;
      }
    }
  }
}
