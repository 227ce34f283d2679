package io.taskforge.arithmetic.longdivision;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.long-division}.
 *
 * @param dividendDigits digits of the dividend
 * @param divisorDigits digits of the divisor (fewer than the dividend's)
 * @param remainder whether the division leaves a non-zero remainder (true) or divides exactly
 * @param mode final result only, or the long-division trace
 */
public record LongDivisionParams(int dividendDigits, int divisorDigits, boolean remainder, AnswerMode mode) {

  static LongDivisionParams from(Params p) {
    return new LongDivisionParams(
        p.getInt("dividend_digits"), p.getInt("divisor_digits"), p.getBool("remainder"), AnswerMode.from(p));
  }
}
