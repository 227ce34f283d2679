package io.taskforge.arithmetic.traceerrors;

import java.util.List;

/**
 * The gold: where the trace first goes wrong, and how it was made.
 *
 * @param firstWrongStep the number of the first wrong step, or {@code none}
 * @param faults the injected faults, by step
 * @param correctTrace the trace as it should read, one line per step
 */
public record TraceErrorsSolution(String firstWrongStep, List<Fault> faults, List<String> correctTrace) {

  /**
   * One injected fault.
   *
   * @param step the step it is in
   * @param kind {@code slip}, {@code propagated} or {@code copy}
   */
  public record Fault(int step, String kind) {}
}
