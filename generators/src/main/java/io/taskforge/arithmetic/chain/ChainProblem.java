package io.taskforge.arithmetic.chain;

import java.util.List;

/**
 * A running computation: a start value and operations applied to it one after another.
 *
 * @param start the start value, a positive integer
 * @param operations the operations in order
 * @param mode {@code final} (only the end value is scored) or {@code trace} (every step is scored)
 */
public record ChainProblem(int start, List<Operation> operations, String mode) {

  /**
   * One operation on the running value.
   *
   * @param op {@code add}, {@code subtract}, {@code multiply} or {@code divide} (always exact)
   * @param operand the positive integer added, subtracted, multiplied by or divided by
   */
  public record Operation(String op, int operand) {}
}
