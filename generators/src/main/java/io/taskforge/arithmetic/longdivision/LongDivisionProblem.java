package io.taskforge.arithmetic.longdivision;

/**
 * A whole-number division to work out by long division, giving a quotient and a remainder.
 *
 * @param dividend the number divided, a decimal digit string without sign or leading zeros
 * @param divisor the number divided by (at least 2)
 * @param mode {@code final} (only quotient and remainder are scored) or {@code trace} (every
 *     bring-down step is scored)
 */
public record LongDivisionProblem(String dividend, String divisor, String mode) {}
