package io.taskforge.arithmetic.longmultiplication;

import java.util.List;

/**
 * The gold long multiplication.
 *
 * @param trace the reference trace: the partial product of each non-zero digit of the multiplier
 *     with its place value, ones digit first ({@code 4732 × 50 = 236600}), then their running sums
 *     ({@code 28392 + 236600 = 264992})
 * @param result the product
 * @param partialProducts the partial products in trace order
 * @param runningSums the running sums in trace order (empty when there is one partial product)
 */
public record LongMultiplicationSolution(
    List<String> trace, String result, List<String> partialProducts, List<String> runningSums) {}
