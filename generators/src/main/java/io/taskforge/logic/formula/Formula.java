package io.taskforge.logic.formula;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A propositional formula over numbered boolean variables, as a tree of records.
 *
 * <p>Serialized by Jackson with its connective in an {@code op} property, e.g.
 * {@code {"op":"and","operands":[{"op":"is","var":1,"value":false},…]}}. Variables are numbered
 * from 0 and at most 63, so an assignment fits in a {@code long} (bit {@code v} is variable
 * {@code v}'s value). Tasks give variables a meaning: in knights and knaves, variable {@code v} is
 * person {@code v} and true means knight. Formulas without variables, built from {@link Const}
 * ({@code True}/{@code False}), are plain boolean expressions (as in {@code logic.boolean-expressions}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Formula.Is.class, name = "is"),
  @JsonSubTypes.Type(value = Formula.Not.class, name = "not"),
  @JsonSubTypes.Type(value = Formula.And.class, name = "and"),
  @JsonSubTypes.Type(value = Formula.Or.class, name = "or"),
  @JsonSubTypes.Type(value = Formula.Iff.class, name = "iff"),
  @JsonSubTypes.Type(value = Formula.Implies.class, name = "implies"),
  @JsonSubTypes.Type(value = Formula.Const.class, name = "const"),
  @JsonSubTypes.Type(value = Formula.Xor.class, name = "xor")
})
public sealed interface Formula
    permits Formula.Is, Formula.Not, Formula.And, Formula.Or, Formula.Iff, Formula.Implies,
        Formula.Const, Formula.Xor {

  int MAX_VARS = 64;

  /** The formula's truth value when variable {@code v} has the value of bit {@code v}. */
  boolean eval(long assignment);

  /** Nesting depth of connectives: 0 for a single claim. */
  int depth();

  /** Number of connectives (an and/or of k operands counts once). */
  int connectives();

  /** Number of atomic claims. */
  int atoms();

  /** The variables mentioned, as a bit set. */
  long vars();

  /** The widest and/or (0 when there is none). */
  int maxWidth();

  static Is is(int var, boolean value) {
    return new Is(var, value);
  }

  static Not not(Formula operand) {
    return new Not(operand);
  }

  static And and(Formula... operands) {
    return new And(List.of(operands));
  }

  static Or or(Formula... operands) {
    return new Or(List.of(operands));
  }

  static Iff iff(Formula left, Formula right) {
    return new Iff(left, right);
  }

  static Implies implies(Formula antecedent, Formula consequent) {
    return new Implies(antecedent, consequent);
  }

  static Const constant(boolean value) {
    return value ? Const.TRUE : Const.FALSE;
  }

  static Xor xor(Formula... operands) {
    return new Xor(List.of(operands));
  }

  /** The claim "variable {@code var} has value {@code value}". */
  record Is(int var, boolean value) implements Formula {
    public Is {
      if (var < 0 || var >= MAX_VARS) {
        throw new IllegalArgumentException("var must be in [0, " + MAX_VARS + "), got " + var);
      }
    }

    @Override
    public boolean eval(long assignment) {
      return ((assignment >>> var) & 1L) == 1L == value;
    }

    @Override
    public int depth() {
      return 0;
    }

    @Override
    public int connectives() {
      return 0;
    }

    @Override
    public int atoms() {
      return 1;
    }

    @Override
    public long vars() {
      return 1L << var;
    }

    @Override
    public int maxWidth() {
      return 0;
    }
  }

  record Not(Formula operand) implements Formula {
    public Not {
      requireOperand(operand);
    }

    @Override
    public boolean eval(long assignment) {
      return !operand.eval(assignment);
    }

    @Override
    public int depth() {
      return 1 + operand.depth();
    }

    @Override
    public int connectives() {
      return 1 + operand.connectives();
    }

    @Override
    public int atoms() {
      return operand.atoms();
    }

    @Override
    public long vars() {
      return operand.vars();
    }

    @Override
    public int maxWidth() {
      return operand.maxWidth();
    }
  }

  /** True when every operand is; at least two operands. */
  record And(List<Formula> operands) implements Formula {
    public And {
      operands = requireOperands(operands);
    }

    @Override
    public boolean eval(long assignment) {
      for (Formula f : operands) {
        if (!f.eval(assignment)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int depth() {
      return 1 + maxDepth(operands);
    }

    @Override
    public int connectives() {
      return 1 + sumConnectives(operands);
    }

    @Override
    public int atoms() {
      return sumAtoms(operands);
    }

    @Override
    public long vars() {
      return unionVars(operands);
    }

    @Override
    public int maxWidth() {
      return widest(operands);
    }
  }

  /** True when at least one operand is (inclusive or); at least two operands. */
  record Or(List<Formula> operands) implements Formula {
    public Or {
      operands = requireOperands(operands);
    }

    @Override
    public boolean eval(long assignment) {
      for (Formula f : operands) {
        if (f.eval(assignment)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public int depth() {
      return 1 + maxDepth(operands);
    }

    @Override
    public int connectives() {
      return 1 + sumConnectives(operands);
    }

    @Override
    public int atoms() {
      return sumAtoms(operands);
    }

    @Override
    public long vars() {
      return unionVars(operands);
    }

    @Override
    public int maxWidth() {
      return widest(operands);
    }
  }

  record Iff(Formula left, Formula right) implements Formula {
    public Iff {
      requireOperand(left);
      requireOperand(right);
    }

    @Override
    public boolean eval(long assignment) {
      return left.eval(assignment) == right.eval(assignment);
    }

    @Override
    public int depth() {
      return 1 + Math.max(left.depth(), right.depth());
    }

    @Override
    public int connectives() {
      return 1 + left.connectives() + right.connectives();
    }

    @Override
    public int atoms() {
      return left.atoms() + right.atoms();
    }

    @Override
    public long vars() {
      return left.vars() | right.vars();
    }

    @Override
    public int maxWidth() {
      return Math.max(left.maxWidth(), right.maxWidth());
    }
  }

  record Implies(Formula antecedent, Formula consequent) implements Formula {
    public Implies {
      requireOperand(antecedent);
      requireOperand(consequent);
    }

    @Override
    public boolean eval(long assignment) {
      return !antecedent.eval(assignment) || consequent.eval(assignment);
    }

    @Override
    public int depth() {
      return 1 + Math.max(antecedent.depth(), consequent.depth());
    }

    @Override
    public int connectives() {
      return 1 + antecedent.connectives() + consequent.connectives();
    }

    @Override
    public int atoms() {
      return antecedent.atoms() + consequent.atoms();
    }

    @Override
    public long vars() {
      return antecedent.vars() | consequent.vars();
    }

    @Override
    public int maxWidth() {
      return Math.max(antecedent.maxWidth(), consequent.maxWidth());
    }
  }

  /** The constant {@code True} or {@code False}: an atom that mentions no variable. */
  record Const(boolean value) implements Formula {
    public static final Const TRUE = new Const(true);
    public static final Const FALSE = new Const(false);

    @Override
    public boolean eval(long assignment) {
      return value;
    }

    @Override
    public int depth() {
      return 0;
    }

    @Override
    public int connectives() {
      return 0;
    }

    @Override
    public int atoms() {
      return 1;
    }

    @Override
    public long vars() {
      return 0L;
    }

    @Override
    public int maxWidth() {
      return 0;
    }
  }

  /**
   * Exclusive or: true when an odd number of operands are true (for two operands, exactly one);
   * at least two operands. A chain {@code a xor b xor c} read left to right has the same value.
   */
  record Xor(List<Formula> operands) implements Formula {
    public Xor {
      operands = requireOperands(operands);
    }

    @Override
    public boolean eval(long assignment) {
      boolean odd = false;
      for (Formula f : operands) {
        odd ^= f.eval(assignment);
      }
      return odd;
    }

    @Override
    public int depth() {
      return 1 + maxDepth(operands);
    }

    @Override
    public int connectives() {
      return 1 + sumConnectives(operands);
    }

    @Override
    public int atoms() {
      return sumAtoms(operands);
    }

    @Override
    public long vars() {
      return unionVars(operands);
    }

    @Override
    public int maxWidth() {
      return widest(operands);
    }
  }

  private static void requireOperand(Formula f) {
    if (f == null) {
      throw new IllegalArgumentException("a formula's operand is missing");
    }
  }

  private static List<Formula> requireOperands(List<Formula> operands) {
    if (operands == null || operands.size() < 2) {
      throw new IllegalArgumentException("and/or/xor need at least two operands");
    }
    for (Formula f : operands) {
      requireOperand(f);
    }
    return List.copyOf(operands);
  }

  private static int maxDepth(List<Formula> fs) {
    int d = 0;
    for (Formula f : fs) {
      d = Math.max(d, f.depth());
    }
    return d;
  }

  private static int sumConnectives(List<Formula> fs) {
    int c = 0;
    for (Formula f : fs) {
      c += f.connectives();
    }
    return c;
  }

  private static int sumAtoms(List<Formula> fs) {
    int c = 0;
    for (Formula f : fs) {
      c += f.atoms();
    }
    return c;
  }

  private static long unionVars(List<Formula> fs) {
    long v = 0;
    for (Formula f : fs) {
      v |= f.vars();
    }
    return v;
  }

  private static int widest(List<Formula> fs) {
    int w = fs.size();
    for (Formula f : fs) {
      w = Math.max(w, f.maxWidth());
    }
    return w;
  }
}
