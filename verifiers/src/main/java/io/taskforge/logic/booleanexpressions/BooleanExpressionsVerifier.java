package io.taskforge.logic.booleanexpressions;

import io.taskforge.logic.formula.Formula;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Keywords;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.List;

/**
 * Scores a one-word answer, {@code True} or {@code False} (as {@link Keywords} reads it), against the
 * value of the problem's expression tree, evaluated here with the truth tables of not/and/xor/or.
 */
public final class BooleanExpressionsVerifier implements Verifier<BooleanExpressionsProblem> {
  /** Deeper trees are refused as corrupt: the evaluation recurses once per level. */
  static final int MAX_DEPTH = 200;

  @Override
  public String taskId() {
    return BooleanExpressionsTask.ID;
  }

  @Override
  public Class<BooleanExpressionsProblem> problemType() {
    return BooleanExpressionsProblem.class;
  }

  @Override
  public Verdict verify(BooleanExpressionsProblem problem, String response) {
    if (problem == null || problem.tree() == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the instance has no expression to evaluate");
    }
    int computed = value(problem.tree(), 0);
    if (computed < 0) {
      return Verdict.of(Status.BAD_PROBLEM,
          "the expression is not made of True/False, not, and, xor and or (or is nested too deeply)");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    int word = Keywords.match(extracted.answer(), "true", "false");
    if (word < 0) {
      return Verdict.invalidFormat("the answer must be the single word True or False, got "
          + Keywords.quote(extracted.answer()));
    }
    boolean answered = word == 0;
    boolean value = computed == 1;
    String actual = value ? "True" : "False";
    if (answered == value) {
      return Verdict.correct("the expression evaluates to " + actual);
    }
    return Verdict.wrong("the expression evaluates to " + actual + ", not " + (answered ? "True" : "False"));
  }

  /** The value (1 true, 0 false) of a variable-free not/and/xor/or tree, or -1 when it is not one. */
  private static int value(Formula f, int depth) {
    if (depth > MAX_DEPTH) {
      return -1;
    }
    if (f instanceof Formula.Const c) {
      return c.value() ? 1 : 0;
    }
    if (f instanceof Formula.Not not) {
      int v = value(not.operand(), depth + 1);
      return v < 0 ? -1 : 1 - v;
    }
    List<Formula> operands;
    int kind;
    if (f instanceof Formula.And and) {
      operands = and.operands();
      kind = 0;
    } else if (f instanceof Formula.Xor xor) {
      operands = xor.operands();
      kind = 1;
    } else if (f instanceof Formula.Or or) {
      operands = or.operands();
      kind = 2;
    } else {
      return -1;
    }
    int all = 1;
    int any = 0;
    int odd = 0;
    for (int i = 0; i < operands.size(); i++) {
      int v = value(operands.get(i), depth + 1);
      if (v < 0) {
        return -1;
      }
      all &= v;
      any |= v;
      odd ^= v;
    }
    return kind == 0 ? all : kind == 1 ? odd : any;
  }
}
