package io.taskforge.arithmetic.expression;

/**
 * An arithmetic expression to evaluate exactly.
 *
 * @param expression integers, {@code + - * /}, unary minus and parentheses in ordinary infix syntax
 *     (standard precedence, left-associative, unary minus binding tightest), e.g.
 *     {@code 7 - 3 * (-(2 + 4) / 5)}
 */
public record ExpressionProblem(String expression) {}
