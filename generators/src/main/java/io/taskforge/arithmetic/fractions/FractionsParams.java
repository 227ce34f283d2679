package io.taskforge.arithmetic.fractions;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.fractions}.
 *
 * @param operands number of fractions in the expression
 * @param maxDenominator largest denominator written; at least one fraction has a denominator above
 *     half of it
 * @param allOperations {@code true}: {@code + - × ÷} with at least one {@code ×} or {@code ÷};
 *     {@code false}: only {@code +} and {@code -}
 * @param negatives whether negative fractions appear (at least one literal); when false every value
 *     met in the evaluation is positive
 * @param unreduced whether some fractions are written unreduced (at least one, e.g. {@code 6/8})
 * @param mode final or trace answers
 */
public record FractionsParams(
    int operands, int maxDenominator, boolean allOperations, boolean negatives, boolean unreduced, AnswerMode mode) {

  static FractionsParams from(Params p) {
    return new FractionsParams(
        p.getInt("operands"),
        p.getInt("max_denominator"),
        p.getString("operations").equals("all"),
        p.getBool("negatives"),
        p.getBool("unreduced"),
        AnswerMode.from(p));
  }
}
