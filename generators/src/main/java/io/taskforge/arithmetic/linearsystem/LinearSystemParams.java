package io.taskforge.arithmetic.linearsystem;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.linear-system}.
 *
 * @param variables the number of unknowns and of equations
 * @param maxCoefficient coefficients are integers in {@code [-maxCoefficient, maxCoefficient]}, at
 *     least one of that size
 * @param fractional whether the solution has a non-integer value (constants drawn at random) or is
 *     made of nonzero integers (constants computed from it)
 * @param maxValue bound on the absolute solution values (integer solutions) or on the absolute
 *     constants (fractional solutions)
 * @param mode final or trace answers
 */
public record LinearSystemParams(int variables, int maxCoefficient, boolean fractional, int maxValue, AnswerMode mode) {

  static LinearSystemParams from(Params p) {
    return new LinearSystemParams(
        p.getInt("variables"),
        p.getInt("max_coefficient"),
        p.getBool("fractional"),
        p.getInt("max_value"),
        AnswerMode.from(p));
  }
}
