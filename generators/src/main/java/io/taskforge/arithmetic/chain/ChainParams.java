package io.taskforge.arithmetic.chain;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.chain}.
 *
 * @param steps number of operations applied to the start value
 * @param digits digits of the start value and of every number added or subtracted (exactly this many)
 * @param factorDigits digits of every multiplier and divisor (exactly this many; a one-digit factor is 2 to 9)
 * @param operations {@code add} (add and subtract), {@code multiply} (also multiply, at least once) or
 *     {@code all} (also divide, exactly, at least once)
 * @param negatives whether the running value may drop below zero
 * @param mode final or trace
 */
public record ChainParams(
    int steps, int digits, int factorDigits, String operations, boolean negatives, AnswerMode mode) {

  static final String ADD = "add";
  static final String MULTIPLY = "multiply";
  static final String ALL = "all";

  static ChainParams from(Params p) {
    return new ChainParams(p.getInt("steps"), p.getInt("digits"), p.getInt("factor_digits"),
        p.getString("operations"), p.getBool("negatives"), AnswerMode.from(p));
  }

  boolean multiplies() {
    return !operations.equals(ADD);
  }

  boolean divides() {
    return operations.equals(ALL);
  }
}
