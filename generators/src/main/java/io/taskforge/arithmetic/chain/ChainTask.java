package io.taskforge.arithmetic.chain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code arithmetic.chain}: "start with 7; add 12; multiply by 3; ..." — apply a list of operations
 * to a running value, exactly, and give the end value (or the trace of every step).
 *
 * <p>Every value stays an integer: divisions are exact by construction (see {@link ChainGenerator}).
 * Levels grow the number of steps, the size of the numbers added and of the factors, bring in
 * multiplication (level 3), division (level 4) and negative running values (level 5). What the
 * params ask is delivered: exactly {@code steps} operations, operands of exactly the asked digits,
 * at least one multiplication and one division when they are on.
 */
public final class ChainTask implements Task<ChainProblem> {
  public static final String ID = "arithmetic.chain";
  static final int MAX_STEPS = 200;
  /** A worked example of the trace format (for "start with 7; add 12; multiply by 3; subtract 60"). */
  static final String EXAMPLE = "7 + 12 = 19\n19 \u00D7 3 = 57\n57 - 60 = -3\nResult: -3";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("steps", 6, 1, MAX_STEPS, "number of operations applied to the start value"),
      ParamSpec.integer("digits", 3, 1, 9,
          "digits of the start value and of every number added or subtracted (exactly this many)"),
      ParamSpec.integer("factor_digits", 1, 1, 6,
          "digits of every multiplier and divisor (exactly this many; one-digit factors are 2 to 9)"),
      ParamSpec.choice("operations", ChainParams.ALL,
          List.of(ChainParams.ADD, ChainParams.MULTIPLY, ChainParams.ALL),
          "add: add and subtract; multiply: also multiply (at least once); all: also divide exactly (at least once)"),
      ParamSpec.bool("negatives", true, "whether the running value may drop below zero"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, 1, 1, ChainParams.ADD, false),
      level(3, 2, 1, ChainParams.ADD, false),
      level(4, 2, 1, ChainParams.MULTIPLY, false),
      level(5, 2, 1, ChainParams.ALL, false),
      level(6, 3, 1, ChainParams.ALL, true),
      level(8, 3, 2, ChainParams.ALL, true),
      level(12, 4, 2, ChainParams.ALL, true),
      level(16, 4, 2, ChainParams.ALL, true),
      level(24, 5, 3, ChainParams.ALL, true),
      level(32, 6, 3, ChainParams.ALL, true));

  private static Map<String, Object> level(int steps, int digits, int factorDigits, String ops, boolean negatives) {
    return ImmutableMap.of("steps", steps, "digits", digits, "factor_digits", factorDigits, "operations", ops,
        "negatives", negatives);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Apply a chain of operations (add, subtract, multiply, divide exactly) to a running value and give the end value.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new ParamException("level must be an integer from 1 to 10, got " + level);
    }
    return LEVELS.get(level - 1);
  }

  @Override
  public void validate(Params params) {
    ChainParams p = ChainParams.from(params);
    if (p.divides() && p.steps() < 2) {
      throw new ParamException("param 'steps' must be at least 2 when operations is all (one multiplication and one division), got "
          + p.steps());
    }
    if (p.divides() && p.factorDigits() > p.digits()) {
      throw new ParamException("param 'factor_digits' must be at most 'digits' (" + p.digits()
          + ") when operations is all, so every division can be made exact, got " + p.factorDigits());
    }
  }

  @Override
  public Class<ChainProblem> problemType() {
    return ChainProblem.class;
  }

  @Override
  public Generated<ChainProblem> generate(Params params, Rng rng) {
    validate(params);
    ChainParams p = ChainParams.from(params);
    ChainGenerator.Chain c = new ChainGenerator(p, rng).generate();
    int n = c.ops().length;
    List<ChainProblem.Operation> operations = new ArrayList<>(n);
    List<String> trace = new ArrayList<>(n);
    List<String> values = new ArrayList<>(n);
    List<String> phrases = new ArrayList<>(n);
    StringBuilder canonical = new StringBuilder(16 * n).append(c.start());
    BigInteger before = BigInteger.valueOf(c.start());
    int maxValueDigits = digits(before);
    int multiplications = 0;
    int divisions = 0;
    int negativeValues = 0;
    for (int i = 0; i < n; i++) {
      int op = c.ops()[i];
      long operand = c.operands()[i];
      BigInteger after = c.values().get(i);
      operations.add(new ChainProblem.Operation(ChainGenerator.NAMES[op], (int) operand));
      trace.add(before + " " + ChainGenerator.SYMBOLS[op] + " " + operand + " = " + after);
      values.add(after.toString());
      phrases.add(phrase(op, operand));
      canonical.append(';').append(ChainGenerator.NAMES[op]).append(' ').append(operand);
      maxValueDigits = Math.max(maxValueDigits, digits(after));
      multiplications += op == ChainGenerator.MUL ? 1 : 0;
      divisions += op == ChainGenerator.DIV ? 1 : 0;
      negativeValues += after.signum() < 0 ? 1 : 0;
      before = after;
    }
    String result = before.toString();
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(8)
        .put("steps", n)
        .put("digits", p.digits())
        .put("factor_digits", p.factorDigits())
        .put("multiplications", multiplications)
        .put("divisions", divisions)
        .put("negative_values", negativeValues)
        .put("max_value_digits", maxValueDigits)
        .put("answer_digits", digits(before))
        .buildOrThrow();
    String start = Long.toString(c.start());
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "start", start,
        "instructions", ImmutableList.copyOf(phrases),
        "chain", "start with " + start + "; " + String.join("; ", phrases),
        "example", EXAMPLE);
    return Generated.of(
        new ChainProblem((int) c.start(), ImmutableList.copyOf(operations), p.mode().wire()),
        new ChainSolution(ImmutableList.copyOf(trace), ImmutableList.copyOf(values), result),
        p.mode().answer(trace, result),
        metrics,
        view,
        canonical.toString());
  }

  private static int digits(BigInteger v) {
    return v.abs().toString().length();
  }

  private static String phrase(int op, long operand) {
    return switch (op) {
      case ChainGenerator.ADD -> "add " + operand;
      case ChainGenerator.SUB -> "subtract " + operand;
      case ChainGenerator.MUL -> "multiply by " + operand;
      default -> "divide by " + operand;
    };
  }


  @Override
  public String answerFormat() {
    return "The answer is read from the last <answer>...</answer> block (else a final 'Answer:' line). "
        + "With mode=final it is the end value as one integer (-1234); a leading + or Unicode minus, thousands "
        + "commas in groups of three (12,345) and wrappers such as $...$ or \\boxed{...} are read, and if the answer "
        + "shows a trace, the value on its last 'Result:' line counts. With mode=trace it is the work, one line per "
        + "operation in the given order, each 'a op b = c' with a the running value before the operation, b the "
        + "operand and c the new value; op is + , - (or \u2212), \u00D7 (or *, x, \u00B7) or \u00F7 (or /, :); for + and "
        + "\u00D7 the two numbers may be written in either order (3 \u00D7 19 = 57); numbers may be negative "
        + "(-12 \u00F7 4 = -3, or 12 + (-15) = -3 after swapping) and may use thousands commas; 'Step 3:' or '3.' "
        + "numbering, bullets and blank lines are ignored; after the last step comes the line 'Result: <end value>'. "
        + "Example for 'start with 7; add 12; multiply by 3; subtract 60': 7 + 12 = 19 / 19 \u00D7 3 = 57 / "
        + "57 - 60 = -3 / Result: -3 (one step per line).";
  }

  @Override
  public String scoring() {
    return "mode=final: 1 (CORRECT) when the number equals the end value, which the verifier computes itself; "
        + "otherwise 0 (WRONG for another number, INVALID_FORMAT when no single integer can be read). "
        + "mode=trace: every step is re-computed from the problem and the running value; full credit needs every "
        + "operation done in order with the right value and the right end value on the Result: line. Otherwise the "
        + "score is k / (max(n, r) + 1), where k is the number of steps right before the first wrong one, n the "
        + "steps written and r the number of operations; the verdict names the first wrong step "
        + "(details.first_error_step). A trace that stops early cannot earn full credit.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("steps", "max_value_digits");
  }
}
