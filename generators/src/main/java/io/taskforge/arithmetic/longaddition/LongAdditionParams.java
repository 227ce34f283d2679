package io.taskforge.arithmetic.longaddition;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.long-addition}.
 *
 * @param addends how many numbers are added
 * @param digits digits of the longest addend (at least one addend has exactly this many)
 * @param ragged whether the addends have different lengths (at least one is shorter); otherwise
 *     every addend has exactly {@code digits} digits
 * @param mode final result only, or the column-by-column trace
 */
public record LongAdditionParams(int addends, int digits, boolean ragged, AnswerMode mode) {

  static LongAdditionParams from(Params p) {
    return new LongAdditionParams(p.getInt("addends"), p.getInt("digits"), p.getBool("ragged"), AnswerMode.from(p));
  }
}
