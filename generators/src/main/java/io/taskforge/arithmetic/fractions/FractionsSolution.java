package io.taskforge.arithmetic.fractions;

import java.util.List;

/**
 * The reference trace: the whole expression after each rewrite, innermost and leftmost operation
 * first.
 *
 * @param trace the step lines, each the whole expression after one rewrite
 * @param rules the rewrite each step performs, one of {@code reduce} (a fraction divided through by
 *     the gcd of its terms), {@code common-denominator} (both operands of a {@code +} or {@code -}
 *     over their least common denominator), {@code reciprocal} ({@code ÷ p/q} becomes {@code × q/p})
 *     and {@code compute} (one operation on two numbers, its result not yet reduced)
 * @param result the value in lowest terms
 */
public record FractionsSolution(List<String> trace, List<String> rules, String result) {}
