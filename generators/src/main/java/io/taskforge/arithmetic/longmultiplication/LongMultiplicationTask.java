package io.taskforge.arithmetic.longmultiplication;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.arithmetic.digits.Digits;
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
 * {@code arithmetic.long-multiplication}: multiply two whole numbers the schoolbook way, one partial
 * product per digit of the multiplier (shifted by its place value), then add the partial products.
 *
 * <p>Levels grow both operands, from 2 × 2 digits at level 1 to 40 × 30 digits at level 10. The
 * operands have exactly the digits asked (the first digit non-zero); the multiplier's other digits
 * may be 0, and a zero digit has no partial product in the reference trace.
 */
public final class LongMultiplicationTask implements Task<LongMultiplicationProblem> {
  public static final String ID = "arithmetic.long-multiplication";
  static final int MAX_DIGITS = 300;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("digits", 5, 1, MAX_DIGITS, "digits of the multiplicand (the number on top)"),
      ParamSpec.integer("multiplier_digits", 4, 1, MAX_DIGITS,
          "digits of the multiplier (the number below, one partial product per non-zero digit)"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, 2),
      level(3, 2),
      level(3, 3),
      level(4, 3),
      level(5, 4),
      level(7, 5),
      level(10, 7),
      level(15, 10),
      level(25, 16),
      level(40, 30));

  private static Map<String, Object> level(int digits, int multiplierDigits) {
    return ImmutableMap.of("digits", digits, "multiplier_digits", multiplierDigits);
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
    return "Multiply two whole numbers by long multiplication (partial products, then their sum), optionally showing every step.";
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
  public Class<LongMultiplicationProblem> problemType() {
    return LongMultiplicationProblem.class;
  }

  @Override
  public Generated<LongMultiplicationProblem> generate(Params params, Rng rng) {
    LongMultiplicationParams p = LongMultiplicationParams.from(params);
    String top = Digits.random(rng, p.digits());
    String bottom = Digits.random(rng, p.multiplierDigits());
    BigInteger a = new BigInteger(top);
    List<String> partials = new ArrayList<>(bottom.length());
    List<String> trace = new ArrayList<>(2 * bottom.length());
    List<BigInteger> values = new ArrayList<>(bottom.length());
    StringBuilder factor = new StringBuilder(bottom.length());
    for (int place = 0; place < bottom.length(); place++) {
      int d = Digits.digitAt(bottom, place);
      if (d == 0) {
        continue;
      }
      factor.setLength(0);
      factor.append(d).append("0".repeat(place));
      BigInteger product = a.multiply(BigInteger.valueOf(d)).multiply(BigInteger.TEN.pow(place));
      String text = product.toString();
      partials.add(text);
      values.add(product);
      trace.add(top + " \u00D7 " + factor + " = " + text);
    }
    List<String> sums = new ArrayList<>(values.size());
    BigInteger running = values.get(0);
    for (int i = 1; i < values.size(); i++) {
      BigInteger next = running.add(values.get(i));
      String text = next.toString();
      trace.add(running + " + " + values.get(i) + " = " + text);
      sums.add(text);
      running = next;
    }
    String result = running.toString();
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(6)
        .put("digits", p.digits())
        .put("multiplier_digits", p.multiplierDigits())
        .put("partial_products", partials.size())
        .put("steps", trace.size())
        .put("answer_digits", result.length())
        .put("operand_digits", p.digits() + p.multiplierDigits())
        .buildOrThrow();
    return Generated.of(
        new LongMultiplicationProblem(top, bottom, p.mode().wire()),
        new LongMultiplicationSolution(List.copyOf(trace), result, List.copyOf(partials), List.copyOf(sums)),
        p.mode().answer(trace, result),
        metrics,
        ImmutableMap.of(
            "multiplicand", top,
            "multiplier", bottom,
            "expression", top + " \u00D7 " + bottom,
            "stacked", stacked(top, bottom)),
        canonical(top, bottom, p.mode()));
  }

  /** The operands right-aligned, the multiplier with a times sign, and a rule below. */
  private static String stacked(String top, String bottom) {
    int width = Math.max(top.length(), bottom.length()) + 2;
    return " ".repeat(width - top.length()) + top + "\n"
        + "\u00D7" + " ".repeat(width - 1 - bottom.length()) + bottom + "\n"
        + "-".repeat(width);
  }

  /** The operands in a fixed order (a × b is b × a) and the mode. */
  private static String canonical(String a, String b, AnswerMode mode) {
    boolean swap = a.length() > b.length() || (a.length() == b.length() && a.compareTo(b) > 0);
    return mode.wire() + ":" + (swap ? b + "*" + a : a + "*" + b);
  }

  @Override
  public String answerFormat() {
    return "Final mode (mode=final): the answer is the product as one whole number, read from the last "
        + "<answer>...</answer> block (else a final 'Answer:' line); thousands commas in groups of three "
        + "(12,345), surrounding whitespace, a leading +, wrappers such as $...$, \\boxed{...} or backticks, and "
        + "any exact number equal to a whole number (1200.0, 1.2e3) are read, while words or a second number "
        + "make the answer unreadable (a shown trace ending in a 'Result:' line is read by that line). Trace mode (mode=trace): one step per line, of two kinds, "
        + "then a last line 'Result: <product>'. A partial-product line 'A × D = P' multiplies the whole "
        + "multiplicand A by one digit of the multiplier written with its place value D (the tens digit 5 "
        + "as 50, the hundreds digit 3 as 300) and gives the product P; the two factors may be swapped, and "
        + "the roles of the two numbers may be swapped for the whole trace (the multiplier times each digit "
        + "of the multiplicand). A sum line 'X + Y (+ ...) = S' adds two or more partial products or earlier "
        + "sums, each used once. Every non-zero digit needs its partial product (zero digits may be skipped "
        + "or written as 'A × 0 = 0'); partial products may come in any order, and the sums may add them in "
        + "any grouping (all at once, or a running total), as long as everything is added up into one number, "
        + "the result. Accepted: × * x or · for times, thousands commas in numbers, free spacing, numbered "
        + "('1.', 'Step 1:') or bulleted lines, and a remark in parentheses at the end of a line (ignored). Example for 47 × 36: '47 × 6 = 282', then '47 × 30 = 1410', "
        + "then '282 + 1410 = 1692', then 'Result: 1692'.";
  }

  @Override
  public String scoring() {
    return "Final mode: score 1 (CORRECT) when the number equals the product, which the verifier computes "
        + "itself; otherwise 0, with status WRONG for another number and INVALID_FORMAT for an answer that is "
        + "not one number. Trace mode: each line is re-computed (a partial product must multiply the whole "
        + "multiplicand by a digit of the multiplier at its place value not used before, and be right; a sum "
        + "must add values the trace already has and not yet added, and be right); the first wrong or "
        + "unreadable line ends the check. Score 1 only when every line is right, every non-zero digit has its "
        + "partial product, everything is summed into one number and the Result line is the product; otherwise "
        + "min(k, r) / (max(n, r) + 1), where k is the number of lines right before the first wrong one, n the "
        + "number of lines written and r the number of lines of the reference trace (status PARTIAL; at 0, "
        + "ILLEGAL_STEP for a wrong first line, WRONG when the lines are right but the result is not, "
        + "INVALID_FORMAT when there are no lines). The verdict's details give first_error_step.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("operand_digits", "steps", "answer_digits");
  }
}
