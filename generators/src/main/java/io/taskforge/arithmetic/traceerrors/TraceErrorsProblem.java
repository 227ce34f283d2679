package io.taskforge.arithmetic.traceerrors;

import java.util.List;

/**
 * A computation, and a step-by-step trace of it that may contain faults.
 *
 * @param kind {@code chain} (a running value: start with a number, apply each instruction in turn),
 *     {@code variables} (named given numbers, each step defines a new name from two earlier ones) or
 *     {@code recurrence} (two given terms, each step adds the two terms before it)
 * @param inputs the named given numbers ({@code a, b, ...} or {@code x1, x2}); none for a chain
 * @param steps the trace, step 1 first
 */
public record TraceErrorsProblem(String kind, List<Given> inputs, List<TraceStep> steps) {
  public TraceErrorsProblem {
    inputs = List.copyOf(inputs);
    steps = List.copyOf(steps);
  }

  /** A named given number. */
  public record Given(String name, String value) {}

  /**
   * One step of the trace: what it must compute, and what it writes.
   *
   * <p>An operand source is {@code #k} (the true result of step {@code k}, an earlier step), the
   * name of a given number, or a decimal integer literal (the chain's start value and instruction
   * operands). A step is right when its written operands equal the true values of their sources and
   * its written result equals the true result.
   *
   * @param name the name the step defines ({@code t3}, {@code x5}); empty for a chain
   * @param op {@code +}, {@code -} or {@code *}; {@code -} is {@code left - right}
   * @param left the left operand's source
   * @param right the right operand's source
   * @param shownLeft the left operand as the trace writes it
   * @param shownRight the right operand as the trace writes it
   * @param shownResult the result as the trace writes it
   */
  public record TraceStep(
      String name, String op, String left, String right, String shownLeft, String shownRight, String shownResult) {}
}
