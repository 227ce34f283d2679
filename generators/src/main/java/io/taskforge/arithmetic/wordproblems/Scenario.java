package io.taskforge.arithmetic.wordproblems;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.math.Rational;
import java.util.List;

/**
 * One symbolic word-problem template, compiled from its YAML declaration by {@link ScenarioLoader}:
 * variables (integer ranges, value lists, derived expressions, persons, objects), a base stage and
 * extension stages (each adds clauses, named intermediate quantities, constraints and possibly a new
 * question), and no-op clauses (irrelevant facts with their own numbers).
 *
 * <p>Numeric values live in a slot array ({@code Rational[]}, one slot per variable, no-op variable
 * and quantity); text values in a string array (one entry per interpolation name). Instances are
 * made by {@link ScenarioSampler}.
 *
 * @param id unique, e.g. {@code pencil-packs}
 * @param topic the kind of story (shopping, travel, ...)
 * @param vars the numeric variables, in draw order
 * @param persons the person variables
 * @param objects the object variables
 * @param where constraints over the variables, always checked
 * @param stages stage 0 is the base problem; stage {@code k} is the k-th extra step
 * @param noops the no-op clauses
 * @param slots the size of the numeric slot array
 * @param texts the size of the text value array
 * @param slotOf numeric slot by name (variables, no-op variables, quantities)
 * @param textOf text index by interpolation name
 * @param example fixed variable values with the answer for each number of extra steps, checked by a
 *     test against hand-computed answers
 */
record Scenario(
    String id,
    String topic,
    ImmutableList<NumVar> vars,
    ImmutableList<PersonVar> persons,
    ImmutableList<ObjectVar> objects,
    ImmutableList<Formula> where,
    ImmutableList<Stage> stages,
    ImmutableList<Noop> noops,
    int slots,
    int texts,
    ImmutableMap<String, Integer> slotOf,
    ImmutableMap<String, Integer> textOf,
    Example example) {

  /** The most extra steps this scenario supports. */
  int maxExtraSteps() {
    return stages.size() - 1;
  }

  /**
   * A numeric variable: drawn uniformly from {@code min, min + step, ..., max}, with min and max
   * multiplied by {@code 10^min(magnitude - 1, scale)}, or from {@code values}, or computed by
   * {@code expr} from earlier variables. The value is the drawn integer divided by
   * {@code 10^decimals}.
   *
   * @param text index of its story text, or -1 for a hidden variable
   * @param scale the largest power of ten the magnitude may multiply its range by (0: none), so a
   *     scenario keeps its numbers plausible
   */
  record NumVar(
      String name, int slot, int text, long min, long max, long step, int decimals, int scale,
      boolean hidden, ImmutableList<Long> values, Formula expr) {

    boolean derived() {
      return expr != null;
    }
  }

  /**
   * A person: their name and pronouns fill {@code p}, {@code p_subj} (she/he), {@code p_obj}
   * (her/him), {@code p_poss} (her/his), {@code p_refl} (herself/himself), {@code p_Subj} and
   * {@code p_Poss} (capitalized).
   *
   * @param text index of the first of the seven consecutive text entries
   */
  record PersonVar(String name, int text) {
    static final List<String> SUFFIXES = List.of("", "_subj", "_obj", "_poss", "_refl", "_Subj", "_Poss");
  }

  /**
   * An object drawn from a named pool: {@code f} is the plural, {@code f_one} the singular,
   * {@code f_a} the singular with its article ({@code an apple}).
   *
   * @param text index of the first of the three consecutive text entries
   */
  record ObjectVar(String name, String pool, int text) {
    static final List<String> SUFFIXES = List.of("", "_one", "_a");
  }

  /** What a quantity's value may be. */
  enum ValueType {
    /** A positive integer (the default). */
    COUNT,
    /** A non-negative integer. */
    WHOLE,
    /** A positive amount with at most two decimal places. */
    MONEY,
    /** Any positive rational. */
    POSITIVE;

    boolean admits(Rational v) {
      return switch (this) {
        case COUNT -> v.signum() > 0 && v.isInteger();
        case WHOLE -> v.signum() >= 0 && v.isInteger();
        case MONEY -> v.signum() > 0 && NumberText.hasAtMostPlaces(v, 2);
        case POSITIVE -> v.signum() > 0;
      };
    }
  }

  /**
   * A named intermediate quantity.
   *
   * @param about a noun phrase saying what it is ("the number of pencils ${p} buys")
   */
  record Let(String name, int slot, Formula expr, TextTemplate about, ValueType type) {}

  /**
   * A stage: its clauses (no-op clauses may follow the stage, never split it), its quantities,
   * constraints, question (null: the previous stage's) and the quantity the question asks for.
   */
  record Stage(
      ImmutableList<TextTemplate> sentences,
      ImmutableList<Let> lets,
      ImmutableList<Formula> where,
      TextTemplate question,
      String answer,
      int answerSlot) {}

  /** An irrelevant clause with its own variables and constraints (which may mention main variables). */
  record Noop(int index, ImmutableList<NumVar> vars, ImmutableList<Formula> where, TextTemplate text) {}

  /**
   * Fixed values of the drawn variables, and the expected answer for 0, 1, ... extra steps.
   *
   * @param vars values by variable name (decimal variables by their decimal value)
   * @param answers one per stage
   */
  record Example(ImmutableMap<String, Rational> vars, ImmutableList<Rational> answers) {}
}
