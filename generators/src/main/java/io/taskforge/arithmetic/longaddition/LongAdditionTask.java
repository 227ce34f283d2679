package io.taskforge.arithmetic.longaddition;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code arithmetic.long-addition}: add several whole numbers in columns, from the ones column
 * leftwards, carrying into the next column; the trace shows every column with its carry.
 *
 * <p>Levels grow the number of addends and their length (2 two-digit numbers at level 1, 10
 * numbers of up to 45 digits at level 10); from level 4 the addends have different lengths. At
 * least one addend has exactly {@code digits} digits; with {@code ragged}, at least one is shorter.
 */
public final class LongAdditionTask implements Task<LongAdditionProblem> {
  public static final String ID = "arithmetic.long-addition";
  static final int MAX_DIGITS = 500;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("addends", 3, 2, 20, "how many numbers are added"),
      ParamSpec.integer("digits", 8, 1, MAX_DIGITS, "digits of the longest addend (at least one has exactly this many)"),
      ParamSpec.bool("ragged", true,
          "addends of different lengths (at least one shorter than digits); false: every addend has exactly digits digits"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, 2, false),
      level(2, 3, false),
      level(2, 5, false),
      level(3, 6, true),
      level(3, 8, true),
      level(4, 12, true),
      level(5, 18, true),
      level(6, 25, true),
      level(8, 32, true),
      level(10, 45, true));

  private static Map<String, Object> level(int addends, int digits, boolean ragged) {
    return ImmutableMap.of("addends", addends, "digits", digits, "ragged", ragged);
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
    return "Add several whole numbers column by column with carries (schoolbook long addition), optionally showing every column.";
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
    LongAdditionParams p = LongAdditionParams.from(params);
    if (p.ragged() && p.digits() < 2) {
      throw new ParamException("param 'ragged' can be true only when 'digits' is at least 2 (an addend must be shorter), got digits "
          + p.digits());
    }
  }

  @Override
  public Class<LongAdditionProblem> problemType() {
    return LongAdditionProblem.class;
  }

  @Override
  public Generated<LongAdditionProblem> generate(Params params, Rng rng) {
    validate(params);
    LongAdditionParams p = LongAdditionParams.from(params);
    int[] lengths = lengths(p, rng);
    List<String> addends = new ArrayList<>(p.addends());
    int totalDigits = 0;
    for (int len : lengths) {
      addends.add(Digits.random(rng, len));
      totalDigits += len;
    }
    Columns c = Columns.add(addends, p.digits());
    String result = c.result();
    List<String> trace = c.trace();
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(7)
        .put("addends", p.addends())
        .put("digits", p.digits())
        .put("total_digits", totalDigits)
        .put("steps", trace.size())
        .put("carries", c.carryCount())
        .put("max_carry", c.maxCarry())
        .put("answer_digits", result.length())
        .buildOrThrow();
    LongAdditionProblem problem = new LongAdditionProblem(List.copyOf(addends), p.mode().wire());
    return Generated.of(
        problem,
        new LongAdditionSolution(trace, result, c.sums(), c.carries()),
        p.mode().answer(trace, result),
        metrics,
        ImmutableMap.of(
            "addends", List.copyOf(addends),
            "expression", String.join(" + ", addends),
            "stacked", stacked(addends),
            "count", addends.size()),
        canonical(addends, p.mode()));
  }

  /** The length of each addend: one has the full length; with ragged, another is shorter. */
  private static int[] lengths(LongAdditionParams p, Rng rng) {
    int n = p.addends();
    int[] lengths = new int[n];
    int full = rng.nextInt(n);
    for (int i = 0; i < n; i++) {
      lengths[i] = p.ragged() && i != full ? rng.between(Math.max(1, p.digits() / 2), p.digits()) : p.digits();
    }
    if (p.ragged()) {
      boolean shorter = false;
      for (int len : lengths) {
        shorter |= len < p.digits();
      }
      if (!shorter) {
        int other = (full + 1 + rng.nextInt(n - 1)) % n;
        lengths[other] = rng.between(1, p.digits() - 1);
      }
    }
    return lengths;
  }

  /** The addends right-aligned, the last with a plus sign, and a rule below: a written sum. */
  private static String stacked(List<String> addends) {
    int width = 0;
    for (String a : addends) {
      width = Math.max(width, a.length());
    }
    StringBuilder sb = new StringBuilder((width + 3) * (addends.size() + 1));
    for (int i = 0; i < addends.size(); i++) {
      String a = addends.get(i);
      sb.append(i == addends.size() - 1 ? "+ " : "  ");
      sb.append(" ".repeat(width - a.length())).append(a).append('\n');
    }
    return sb.append("-".repeat(width + 2)).toString();
  }

  /** The addends sorted (their order does not change the problem) and the mode. */
  private static String canonical(List<String> addends, AnswerMode mode) {
    List<String> sorted = new ArrayList<>(addends);
    sorted.sort((a, b) -> a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b));
    return mode.wire() + ":" + String.join("+", sorted);
  }

  @Override
  public String answerFormat() {
    return "Final mode (mode=final): the answer is the sum as one whole number, read from the last "
        + "<answer>...</answer> block (else a final 'Answer:' line); thousands commas in groups of three "
        + "(12,345), surrounding whitespace, a leading +, wrappers such as $...$, \\boxed{...} or backticks, and "
        + "any exact number equal to a whole number (1200.0, 1.2e3) are read, while words or a second number "
        + "make the answer unreadable (a shown trace ending in a 'Result:' line is read by that line). Trace mode (mode=trace): one line per column, from the ones "
        + "column (column 1) leftwards, each 'column K: <terms> = <total>, write <digit>, carry <carry>'. The "
        + "terms are the column's digits of the addends (an addend too short to reach the column has none) "
        + "and the carry from column K-1 when it is not 0, in any order, joined by '+'; zero terms may be left "
        + "out. The total is their sum, the digit written is its last digit and the carry is the rest (total "
        + "divided by 10, rounded down; it may have several digits). Lines may be numbered ('1.', 'Step 1:') or "
        + "bulleted; 'col' may stand for 'column', case and spaces are free, the commas may be semicolons or "
        + "left out, ', carry 0' may be left out, a remark in parentheses after the column number or at the end "
        + "of a line is ignored, and after the leftmost column of the longest addend, columns "
        + "holding only a non-zero carry may follow. The last line is 'Result: <sum>'. Example for 58 + 67: "
        + "'column 1: 8 + 7 = 15, write 5, carry 1', then 'column 2: 5 + 6 + 1 = 12, write 2, carry 1', then "
        + "'Result: 125' (the final carry gives the leading digits).";
  }

  @Override
  public String scoring() {
    return "Final mode: score 1 (CORRECT) when the number equals the sum, which the verifier computes itself; "
        + "otherwise 0, with status WRONG for another number and INVALID_FORMAT for an answer that is not one "
        + "number. Trace mode: each column line is re-computed from the addends and the carry written in the "
        + "line before (its column number, its terms, total, digit and carry), and the first wrong or unreadable "
        + "line ends the check. Score 1 only when every line is right, the columns reach the leftmost column of "
        + "the longest addend and the Result line is the sum; otherwise min(k, r) / (max(n, r) + 1), where k is "
        + "the number of lines right before the first wrong one, n the number of lines written and r the number "
        + "of columns in the reference trace (status PARTIAL; at 0, ILLEGAL_STEP for a wrong first line, WRONG when "
        + "the lines are right but the result is not, INVALID_FORMAT when there are no lines). The verdict's "
        + "details give first_error_step.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("steps", "total_digits", "answer_digits");
  }
}
