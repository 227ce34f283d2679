package io.taskforge.logic.booleanexpressions;

import io.taskforge.core.Params;

/** The typed params of {@code logic.boolean-expressions}; see {@link BooleanExpressionsTask#schema()}. */
record BooleanExpressionsParams(int depth, int width, boolean xor, boolean minimalParentheses) {

  static BooleanExpressionsParams from(Params p) {
    return new BooleanExpressionsParams(
        p.getInt("depth"), p.getInt("width"), p.getBool("xor"),
        p.getString("parentheses").equals(BooleanExpressionsProblem.MINIMAL));
  }
}
