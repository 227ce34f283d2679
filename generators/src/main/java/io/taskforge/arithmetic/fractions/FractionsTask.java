package io.taskforge.arithmetic.fractions;

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
import java.util.List;
import java.util.Map;

/**
 * {@code arithmetic.fractions}: evaluate an expression over fractions exactly and give the value in
 * lowest terms; in trace mode, show every rewrite (common denominators, products, reductions).
 *
 * <p>Levels grow the number of fractions and the size of their denominators; {@code ×} and {@code ÷}
 * join at level 3, unreduced fractions at level 4, negative fractions at level 5.
 */
public final class FractionsTask implements Task<FractionsProblem> {
  public static final String ID = "arithmetic.fractions";
  static final int MAX_OPERANDS = 16;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("operands", 5, 2, MAX_OPERANDS, "number of fractions in the expression"),
      ParamSpec.integer("max_denominator", 12, 2, 999,
          "largest denominator written (at least one fraction has a denominator above half of it)"),
      ParamSpec.choice("operations", "all", List.of("add", "all"),
          "add: only + and -; all: + - × ÷ with at least one × or ÷"),
      ParamSpec.bool("negatives", true,
          "negative fractions appear (at least one); false: every value met in the evaluation is positive"),
      ParamSpec.bool("unreduced", true, "some fractions are written unreduced, like 6/8 (at least one)"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, 6, "add", false, false),
      level(3, 9, "add", false, false),
      level(3, 10, "all", false, false),
      level(4, 12, "all", false, true),
      level(5, 12, "all", true, true),
      level(6, 16, "all", true, true),
      level(7, 20, "all", true, true),
      level(8, 30, "all", true, true),
      level(10, 50, "all", true, true),
      level(12, 99, "all", true, true));

  private static Map<String, Object> level(
      int operands, int maxDenominator, String operations, boolean negatives, boolean unreduced) {
    return ImmutableMap.of("operands", operands, "max_denominator", maxDenominator, "operations", operations,
        "negatives", negatives, "unreduced", unreduced);
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
    return "Evaluate an expression over fractions (+ - × ÷, parentheses) exactly, in lowest terms, optionally "
        + "showing every rewrite.";
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
    FractionsParams p = FractionsParams.from(params);
    if (p.unreduced() && p.maxDenominator() < 4) {
      throw new ParamException(
          "param 'max_denominator' must be at least 4 when unreduced is true "
              + "(the smallest unreduced fraction is 2/4), got "
              + p.maxDenominator());
    }
  }

  @Override
  public Class<FractionsProblem> problemType() {
    return FractionsProblem.class;
  }

  @Override
  public Generated<FractionsProblem> generate(Params params, Rng rng) {
    validate(params);
    FractionsParams p = FractionsParams.from(params);
    FractionsGenerator gen = new FractionsGenerator(p, rng);
    FractionsGenerator.Node root = gen.generate();
    String expression = FractionsGenerator.write(root);
    int multiplications = count(expression, FractionsGenerator.MUL);
    int divisions = count(expression, FractionsGenerator.DIV);
    String result = root.value.toString();
    int depth = FractionsGenerator.depth(root);
    FractionsGenerator.Trace trace = new FractionsGenerator.Trace(root);
    trace.run();
    List<String> lines = List.copyOf(trace.lines);
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(9)
        .put("operands", p.operands())
        .put("depth", depth)
        .put("steps", lines.size())
        .put("multiplications", multiplications)
        .put("divisions", divisions)
        .put("common_denominators", trace.commonDenominators)
        .put("reductions", trace.reductions)
        .put("max_value_digits", trace.maxDigits)
        .put("answer_digits", result.length() - (result.startsWith("-") ? 1 : 0) - (result.contains("/") ? 1 : 0))
        .buildOrThrow();
    return Generated.of(
        new FractionsProblem(expression, lines.size(), p.mode().wire()),
        new FractionsSolution(lines, List.copyOf(trace.rules), result),
        p.mode().answer(lines, result),
        metrics,
        ImmutableMap.of("expression", expression, "reference_steps", lines.size()),
        expression.replace(" ", ""));
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  @Override
  public String answerFormat() {
    return "Final mode: the answer is read from the last <answer>...</answer> block (else a final 'Answer:' line; "
        + "when the work is shown, from its last 'Result:' line) and must be one number equal to the exact value, "
        + "in lowest terms: an integer (-2), a fraction p/q whose terms have no common factor (-7/12, sign in "
        + "front) or a terminating decimal (0.75). Also read: surrounding whitespace, a leading + or Unicode "
        + "minus, spaces around the /, \\frac{p}{q}, and wrapping in $...$, \\boxed{...}, backticks or bold stars; "
        + "a mixed number (1 1/2) is unreadable. Trace mode: the work, one step per line, each line the whole "
        + "expression after exactly one rewrite (a leading '=' and step numbering are allowed), then a last line "
        + "'Result: <value>'. A rewrite is one of: compute one operation whose two operands are numbers (the "
        + "result may be left unreduced); divide the terms of one fraction by a common factor; multiply the "
        + "terms of both operands of one + or - by whole numbers to reach a common denominator (once per "
        + "operation); replace '÷ p/q' by '× q/p'. Operations group as "
        + "written (parentheses first, × ÷ before + -, left to right); independent operations may be done in "
        + "any order. In steps, numbers are integers or p/q with no spaces, a negative one as -p/q (in "
        + "parentheses after an operator), operators + - × ÷ (also the Unicode minus, *, x, ·, :, and / with a "
        + "space before or after it). A first line that restates the problem is not counted. Example for "
        + "1/2 + 2/3 × 3/5: '1/2 + 6/15', '1/2 + 2/5', '5/10 + 4/10', '9/10', then 'Result: 9/10'.";
  }

  @Override
  public String scoring() {
    return "Final mode: 1 (CORRECT) when the number equals the exact value, which the verifier computes itself, and "
        + "is in lowest terms; 0.5 (PARTIAL) when it equals the value but is a fraction whose terms share a factor "
        + "(6/8 for 3/4); otherwise 0 (WRONG, or INVALID_FORMAT when the answer is not one number). Trace mode: "
        + "each step is re-checked against the expression before it (the problem's for step 1): it must be one "
        + "allowed rewrite, computed numbers and rewritten fractions equal in value. Score 1 when every step "
        + "checks, the last step is a single number and the Result equals it and is in lowest terms; otherwise "
        + "min(k, r) / (max(n, r) + 1), where k counts the steps right before the first wrong one, n the steps "
        + "written and r the reference trace's steps (PARTIAL; ILLEGAL_STEP when step 1 is wrong, WRONG when only the result "
        + "fails); the verdict details give first_error_step. A lone number without a 'Result:' line is not a trace "
        + "(INVALID_FORMAT).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("operands", "steps", "max_value_digits");
  }
}
