package io.taskforge.arithmetic.fractions;

/**
 * An expression over fractions to evaluate exactly, with the answer in lowest terms.
 *
 * @param expression fractions {@code p/q} (negative ones as {@code -p/q}, in parentheses after an
 *     operator), the operators {@code + - × ÷} and parentheses, with the usual precedence ({@code ×
 *     ÷} before {@code + -}, left to right), e.g. {@code 3/4 - (5/6 + 1/4) ÷ 7/8}
 * @param referenceSteps the number of steps in the reference trace (the {@code r} of the trace
 *     scoring rule)
 * @param mode {@code final} (only the value is scored) or {@code trace} (every rewrite is scored)
 */
public record FractionsProblem(String expression, int referenceSteps, String mode) {}
