package io.taskforge.logic.formula;

/**
 * A short, unambiguous prefix text of a formula, for canonical forms and fingerprints: variable
 * {@code v} true is {@code v}, false is {@code !v}; the constants are {@code T} and {@code F};
 * connectives are {@code not(…)}, {@code and(…)}, {@code or(…)}, {@code xor(…)}, {@code iff(…)},
 * {@code imp(…)} with comma-separated operands.
 */
public final class CompactForm {
  private CompactForm() {}

  public static String of(Formula f) {
    StringBuilder sb = new StringBuilder();
    append(sb, f);
    return sb.toString();
  }

  public static void append(StringBuilder sb, Formula f) {
    if (f instanceof Formula.Is is) {
      if (!is.value()) {
        sb.append('!');
      }
      sb.append(is.var());
    } else if (f instanceof Formula.Not not) {
      sb.append("not(");
      append(sb, not.operand());
      sb.append(')');
    } else if (f instanceof Formula.And and) {
      appendAll(sb, "and(", and.operands());
    } else if (f instanceof Formula.Or or) {
      appendAll(sb, "or(", or.operands());
    } else if (f instanceof Formula.Const c) {
      sb.append(c.value() ? 'T' : 'F');
    } else if (f instanceof Formula.Xor xor) {
      appendAll(sb, "xor(", xor.operands());
    } else if (f instanceof Formula.Iff iff) {
      sb.append("iff(");
      append(sb, iff.left());
      sb.append(',');
      append(sb, iff.right());
      sb.append(')');
    } else {
      Formula.Implies imp = (Formula.Implies) f;
      sb.append("imp(");
      append(sb, imp.antecedent());
      sb.append(',');
      append(sb, imp.consequent());
      sb.append(')');
    }
  }

  private static void appendAll(StringBuilder sb, String open, java.util.List<Formula> operands) {
    sb.append(open);
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      append(sb, operands.get(i));
    }
    sb.append(')');
  }
}
