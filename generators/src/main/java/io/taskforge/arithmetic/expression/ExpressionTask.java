package io.taskforge.arithmetic.expression;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
 * {@code arithmetic.expression}: evaluate an integer expression with {@code + - * /}, unary minus and
 * nested parentheses exactly; the answer is an integer or a reduced fraction.
 *
 * <p>Levels grow the operand count, literal length and parenthesis depth; division and unary minus
 * join at levels 4 and 5. The depth asked for is delivered exactly (see {@link Shapes}); division,
 * unary minus and a literal of full length appear at least once when asked for; a divisor is never
 * zero.
 */
public final class ExpressionTask implements Task<ExpressionProblem> {
  public static final String ID = "arithmetic.expression";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("operands", 6, 2, Shapes.MAX_OPERANDS, "number of integer literals in the expression"),
      ParamSpec.integer("digits", 2, 1, 6,
          "most digits of a literal (literals are 1 to 10^digits - 1; at least one has this many digits)"),
      ParamSpec.integer("depth", 2, 0, 2 * Shapes.MAX_OPERANDS - 2,
          "exact maximum nesting depth of parentheses (at most operands - 2, or 2 * operands - 2 with unary minus)"),
      ParamSpec.bool("division", true, "use division (at least once); results are exact fractions"),
      ParamSpec.bool("unary_minus", true, "use unary minus (at least once), as in -5 or -(3 + 4)"));

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, 1, 0, false, false),
      level(3, 1, 0, false, false),
      level(4, 2, 1, false, false),
      level(5, 2, 1, true, false),
      level(6, 2, 2, true, true),
      level(7, 3, 2, true, true),
      level(8, 3, 3, true, true),
      level(10, 3, 4, true, true),
      level(12, 4, 4, true, true),
      level(14, 4, 5, true, true));

  private static Map<String, Object> level(int operands, int digits, int depth, boolean division, boolean unary) {
    return ImmutableMap.of(
        "operands", operands, "digits", digits, "depth", depth, "division", division, "unary_minus", unary);
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
    return "Evaluate an integer arithmetic expression with + - * /, unary minus and nested parentheses exactly.";
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
    ExpressionParams p = ExpressionParams.from(params);
    long reach = Shapes.of(p.division(), p.unaryMinus()).rootReach(p.operands());
    int max = 63 - Long.numberOfLeadingZeros(reach);
    if (p.depth() > max || (reach & (1L << p.depth())) == 0) {
      throw new ParamException(
          "param 'depth' must be from 0 to " + max + " when operands is " + p.operands()
              + " and unary_minus is " + p.unaryMinus() + ", got " + p.depth());
    }
  }

  @Override
  public Class<ExpressionProblem> problemType() {
    return ExpressionProblem.class;
  }

  @Override
  public Generated<ExpressionProblem> generate(Params params, Rng rng) {
    validate(params); // an unreachable depth would otherwise never be drawn
    ExpressionParams p = ExpressionParams.from(params);
    ExpressionGenerator gen = new ExpressionGenerator(p, rng);
    ExpressionGenerator.Node root = gen.generate();
    String expression = ExpressionGenerator.write(root);
    int maxDigits = maxValueDigits(root);
    List<ExpressionSolution.Step> steps = ExpressionGenerator.trace(root, p.operands());
    String answer = root.value.toString();
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(8)
        .put("operands", p.operands())
        .put("depth", parenDepth(expression))
        .put("steps", steps.size())
        .put("divisions", gen.divisions())
        .put("negations", gen.negations())
        .put("expression_chars", expression.length())
        .put("answer_digits", root.value.digits())
        .put("max_value_digits", maxDigits)
        .buildOrThrow();
    return Generated.of(
        new ExpressionProblem(expression),
        new ExpressionSolution(steps),
        answer,
        metrics,
        ImmutableMap.of("expression", expression),
        canonical(expression));
  }

  /** The deepest nesting of parentheses in the text. */
  static int parenDepth(String s) {
    int depth = 0;
    int max = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        max = Math.max(max, ++depth);
      } else if (c == ')') {
        depth--;
      }
    }
    return max;
  }

  /** Digits (numerator plus denominator) of the largest value met in the evaluation, the answer included. */
  private static int maxValueDigits(ExpressionGenerator.Node node) {
    if (node.head == Shapes.LIT) {
      return node.value.digits();
    }
    int m = node.value.digits();
    m = Math.max(m, maxValueDigits(node.left));
    if (node.right != null) {
      m = Math.max(m, maxValueDigits(node.right));
    }
    return m;
  }

  /** The expression without whitespace: the only freedom in writing it. */
  private static String canonical(String expression) {
    StringBuilder sb = new StringBuilder(expression.length());
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c != ' ') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  @Override
  public String answerFormat() {
    return "The answer is read from the last <answer>...</answer> block (else a final 'Answer:' line) and "
        + "must be one number equal to the exact value: an integer (-12), a fraction p/q with the sign in "
        + "front (-3/4; it need not be reduced) or a terminating decimal (-0.75, 5e-1); a value such as 1/3 "
        + "must be a fraction. Also accepted: surrounding whitespace, a leading + or Unicode minus U+2212, "
        + "spaces around the /, thousands commas in groups of three (12,345), \\frac{p}{q}, and wrapping in "
        + "$...$, \\boxed{...}, backticks, bold stars or one pair of parentheses. Anything else (words, "
        + "x = 3, a second number, a mixed number like 1 1/2) makes the answer unreadable.";
  }

  @Override
  public String scoring() {
    return "Score 1 (CORRECT) when the answer equals the exact value of the expression, which the verifier "
        + "computes itself with exact rational arithmetic; otherwise 0, with status WRONG for a readable "
        + "number of another value and INVALID_FORMAT for an answer that is not a single number. No partial "
        + "credit: a close decimal approximation of a fraction is wrong.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("operands", "depth", "steps", "max_value_digits");
  }
}
