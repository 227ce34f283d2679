package io.taskforge.arithmetic.expression;

import java.util.List;

/**
 * The gold evaluation trace: one step per binary operation, innermost and leftmost first (the order
 * standard precedence and left-to-right evaluation give). The last step's expression is the answer.
 *
 * @param steps the operations in evaluation order
 */
public record ExpressionSolution(List<Step> steps) {

  /**
   * One evaluation step.
   *
   * @param operation the operation performed with its result, e.g. {@code 3 * (-2) = -6}; a negation
   *     applied to a parenthesized operation is folded into it: {@code -(3 + 4) = -7}
   * @param expression the whole expression after the step
   */
  public record Step(String operation, String expression) {}
}
