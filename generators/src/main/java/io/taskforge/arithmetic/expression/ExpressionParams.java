package io.taskforge.arithmetic.expression;

import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.expression}.
 *
 * @param operands number of integer literals in the expression
 * @param digits most digits of a literal; literals are drawn from 1 to 10^digits - 1 and at least
 *     one has exactly this many digits
 * @param depth exact maximum nesting depth of parentheses in the written expression
 * @param division whether {@code /} is used (at least once when true)
 * @param unaryMinus whether unary minus is used (at least once when true)
 */
public record ExpressionParams(int operands, int digits, int depth, boolean division, boolean unaryMinus) {

  static ExpressionParams from(Params p) {
    return new ExpressionParams(
        p.getInt("operands"), p.getInt("digits"), p.getInt("depth"), p.getBool("division"), p.getBool("unary_minus"));
  }
}
