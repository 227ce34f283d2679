package io.taskforge.arithmetic.traceerrors;

import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.trace-errors}.
 *
 * @param kind the computation traced: {@code chain}, {@code variables}, {@code recurrence}, or
 *     {@code mixed} (one of the three per instance, uniformly)
 * @param steps trace length (exact)
 * @param faults faults injected into a faulty trace, at distinct steps (exact)
 * @param faultKinds which faults: {@code slip} (a wrong result that later steps ignore),
 *     {@code propagated} (a wrong result that later steps use), {@code copy} (an operand copied
 *     wrongly, the step computed from it and later steps using its result), or {@code all}
 * @param digits given numbers have at most this many digits
 * @param cleanPercent the chance, in percent, that an instance has no fault at all
 */
public record TraceErrorsParams(
    String kind, int steps, int faults, String faultKinds, int digits, int cleanPercent) {

  static TraceErrorsParams from(Params p) {
    return new TraceErrorsParams(
        p.getString("kind"), p.getInt("steps"), p.getInt("faults"), p.getString("fault_kinds"),
        p.getInt("digits"), p.getInt("clean_percent"));
  }
}
