package io.taskforge.logic.booleanexpressions;

import io.taskforge.logic.formula.Formula;
import java.util.List;

/**
 * Renders a variable-free formula as text over {@code True}, {@code False}, {@code not}, {@code and},
 * {@code xor} and {@code or}.
 *
 * <p>With full parentheses every operand of {@code and}/{@code xor}/{@code or} that is not a constant
 * is put in parentheses, so no precedence is needed: {@code (not True) and (False or True)}. With
 * minimal parentheses only what precedence requires is: {@code not} binds tightest, then
 * {@code and}, then {@code xor}, then {@code or} (as {@code &}, {@code ^}, {@code |} in C or Python),
 * so {@code not True and False or True} is {@code ((not True) and False) or True}. In both modes the
 * operand of {@code not} is parenthesized when it is a binary connective, and an operand whose
 * connective is the same as its parent's is parenthesized (it is never generated).
 */
public final class ExpressionText {
  private ExpressionText() {}

  public static String of(Formula f, boolean minimal) {
    StringBuilder sb = new StringBuilder(64);
    append(sb, f, minimal);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Formula f, boolean minimal) {
    if (f instanceof Formula.Const c) {
      sb.append(c.value() ? "True" : "False");
    } else if (f instanceof Formula.Not not) {
      sb.append("not ");
      Formula operand = not.operand();
      boolean parens = precedence(operand) > 0;
      open(sb, parens);
      append(sb, operand, minimal);
      close(sb, parens);
    } else if (f instanceof Formula.And and) {
      join(sb, and.operands(), " and ", precedence(f), minimal);
    } else if (f instanceof Formula.Xor xor) {
      join(sb, xor.operands(), " xor ", precedence(f), minimal);
    } else if (f instanceof Formula.Or or) {
      join(sb, or.operands(), " or ", precedence(f), minimal);
    } else {
      throw new IllegalArgumentException("boolean expressions have no " + f.getClass().getSimpleName());
    }
  }

  private static void join(StringBuilder sb, List<Formula> operands, String word, int parent, boolean minimal) {
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        sb.append(word);
      }
      Formula operand = operands.get(i);
      int p = precedence(operand);
      boolean parens = minimal ? p > 0 && p <= parent : !(operand instanceof Formula.Const);
      open(sb, parens);
      append(sb, operand, minimal);
      close(sb, parens);
    }
  }

  /** 0 for what needs no parentheses anywhere (constants, not), else 3 and, 2 xor, 1 or. */
  private static int precedence(Formula f) {
    if (f instanceof Formula.And) {
      return 3;
    }
    if (f instanceof Formula.Xor) {
      return 2;
    }
    if (f instanceof Formula.Or) {
      return 1;
    }
    return 0;
  }

  private static void open(StringBuilder sb, boolean parens) {
    if (parens) {
      sb.append('(');
    }
  }

  private static void close(StringBuilder sb, boolean parens) {
    if (parens) {
      sb.append(')');
    }
  }
}
