package io.taskforge.arithmetic.longaddition;

import java.util.List;

/**
 * The gold column addition.
 *
 * @param trace the reference trace, one line per column from the ones column leftwards, e.g.
 *     {@code column 2: 5 + 6 + 1 = 12, write 2, carry 1}
 * @param result the sum
 * @param columnSums the total of each column (its digits plus the carry in), ones column first
 * @param carries the carry out of each column, ones column first
 */
public record LongAdditionSolution(List<String> trace, String result, List<Integer> columnSums, List<Integer> carries) {}
