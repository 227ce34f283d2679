package io.taskforge.arithmetic.expression;

import io.taskforge.math.Rational;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.Optional;

/**
 * Scores {@code arithmetic.expression}: the extracted answer must be one number (read by
 * {@link Numbers}) equal to the exact value of the expression, which this verifier computes itself.
 * All or nothing.
 */
public final class ExpressionVerifier implements Verifier<ExpressionProblem> {
  private static final int SHOWN_CHARS = 40;

  @Override
  public String taskId() {
    return ExpressionTask.ID;
  }

  @Override
  public Class<ExpressionProblem> problemType() {
    return ExpressionProblem.class;
  }

  @Override
  public Verdict verify(ExpressionProblem problem, String response) {
    Optional<Rational> value = InfixEvaluator.evaluate(problem.expression());
    if (value.isEmpty()) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's expression cannot be evaluated");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    Optional<Rational> given = Numbers.parse(answer);
    if (given.isEmpty()) {
      return Verdict.invalidFormat(
          "the answer " + shown(answer) + " is not a single number (an integer, a fraction p/q or a decimal)");
    }
    if (given.get().equals(value.get())) {
      return Verdict.correct("the answer equals the value of the expression");
    }
    return Verdict.wrong("the answer " + shown(answer) + " is not the value of the expression");
  }

  /** The answer quoted for a reason, shortened and with control characters made visible. */
  private static String shown(String answer) {
    StringBuilder sb = new StringBuilder(SHOWN_CHARS + 8).append('\'');
    int n = Math.min(answer.length(), SHOWN_CHARS);
    for (int i = 0; i < n; i++) {
      char c = answer.charAt(i);
      sb.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '?' : c);
    }
    if (answer.length() > SHOWN_CHARS) {
      sb.append('…');
    }
    return sb.append('\'').toString();
  }
}
