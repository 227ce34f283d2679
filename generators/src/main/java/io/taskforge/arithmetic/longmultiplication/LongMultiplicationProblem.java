package io.taskforge.arithmetic.longmultiplication;

/**
 * A product to work out by long multiplication.
 *
 * @param multiplicand the number on top, a decimal digit string without sign or leading zeros
 * @param multiplier the number below, whose digits give the partial products
 * @param mode {@code final} (only the product is scored) or {@code trace} (the partial products and
 *     their sums are scored)
 */
public record LongMultiplicationProblem(String multiplicand, String multiplier, String mode) {}
