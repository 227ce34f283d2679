package io.taskforge.logic.booleanexpressions;

import io.taskforge.logic.formula.Formula;

/**
 * A boolean expression over the constants {@code True} and {@code False}.
 *
 * @param expression the expression as shown to the model, e.g. {@code not (True xor False) and True}
 * @param parentheses {@code full} (every compound operand is parenthesized) or {@code minimal} (only
 *     where precedence needs it: {@code not} binds tightest, then {@code and}, then {@code xor}, then
 *     {@code or})
 * @param tree the same expression as a formula without variables (its structure is the text's)
 */
public record BooleanExpressionsProblem(String expression, String parentheses, Formula tree) {
  public static final String FULL = "full";
  public static final String MINIMAL = "minimal";
}
