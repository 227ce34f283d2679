package io.taskforge.arithmetic.longmultiplication;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.long-multiplication}.
 *
 * @param digits digits of the multiplicand (the number on top)
 * @param multiplierDigits digits of the multiplier (the number below, taken digit by digit)
 * @param mode final result only, or the partial-product trace
 */
public record LongMultiplicationParams(int digits, int multiplierDigits, AnswerMode mode) {

  static LongMultiplicationParams from(Params p) {
    return new LongMultiplicationParams(p.getInt("digits"), p.getInt("multiplier_digits"), AnswerMode.from(p));
  }
}
