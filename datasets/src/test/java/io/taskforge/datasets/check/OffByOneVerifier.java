package io.taskforge.datasets.check;

import io.taskforge.arithmetic.expression.ExpressionProblem;
import io.taskforge.math.Rational;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.Verifiers;
import java.util.Optional;

/**
 * Test-only: the real arithmetic.expression verifier wrapped with a planted bug, a tolerance that
 * accepts any answer within one of the value.
 */
final class OffByOneVerifier implements Verifier<ExpressionProblem> {
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
    Verdict real = Verifiers.verify(taskId(), problem, response);
    if (real.correct()) {
      return real;
    }
    Answers.Extracted extracted = Answers.extract(response);
    Optional<Rational> given = extracted.ok() ? Numbers.parse(extracted.answer()) : Optional.empty();
    if (given.isEmpty()) {
      return real;
    }
    for (Rational nearby : new Rational[] {given.get().add(Rational.ONE), given.get().subtract(Rational.ONE)}) {
      if (Verifiers.verify(taskId(), problem, nearby.toString()).correct()) {
        return Verdict.correct("close enough");
      }
    }
    return real;
  }
}
