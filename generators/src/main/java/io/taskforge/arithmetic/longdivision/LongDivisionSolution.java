package io.taskforge.arithmetic.longdivision;

import java.util.List;

/**
 * The gold long division.
 *
 * @param trace the reference trace, one line per quotient digit: the first line divides the
 *     shortest leading part of the dividend that is at least the divisor, each later line brings
 *     down the next digit ({@code 53 ÷ 6 = 8 R 5})
 * @param result the answer: {@code Q R r}, or {@code Q} when the remainder is 0
 * @param quotient the quotient
 * @param remainder the remainder
 * @param partials the partial dividend of each line
 * @param remainders the remainder of each line
 */
public record LongDivisionSolution(
    List<String> trace, String result, String quotient, String remainder, List<String> partials, List<String> remainders) {}
