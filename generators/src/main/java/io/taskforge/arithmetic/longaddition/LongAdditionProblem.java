package io.taskforge.arithmetic.longaddition;

import java.util.List;

/**
 * Numbers to add in columns.
 *
 * @param addends the numbers, as decimal digit strings without sign or leading zeros, in the order
 *     shown to the model
 * @param mode {@code final} (only the sum is scored) or {@code trace} (the column trace is scored)
 */
public record LongAdditionProblem(List<String> addends, String mode) {}
