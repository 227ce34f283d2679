package io.taskforge.arithmetic.linearsystem;

import java.util.List;

/**
 * The reference solution: Gaussian elimination (the first row with a nonzero entry as pivot, rows
 * below cleared one at a time), then back substitution from the last unknown.
 *
 * @param trace the step lines: row operations with their resulting rows, then one {@code name =
 *     value} line per unknown
 * @param result the answer, {@code x = …, y = …} in column order
 * @param values the solution values in column order, reduced fractions or integers
 * @param determinant the determinant of the coefficient matrix, as an integer string
 */
public record LinearSystemSolution(List<String> trace, String result, List<String> values, String determinant) {}
