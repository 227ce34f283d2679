package io.taskforge.arithmetic.longdivision;

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
 * {@code arithmetic.long-division}: divide a whole number by a shorter one by long division,
 * bringing down one digit at a time; the answer is the quotient and the remainder.
 *
 * <p>Levels grow both numbers, from a 2-digit dividend and a 1-digit divisor at level 1 to 45 and
 * 12 digits at level 10. With {@code remainder} the division always leaves a non-zero remainder;
 * without it, it is always exact. The divisor is at least 2.
 */
public final class LongDivisionTask implements Task<LongDivisionProblem> {
  public static final String ID = "arithmetic.long-division";
  static final int MAX_DIVIDEND_DIGITS = 400;
  static final int MAX_DIVISOR_DIGITS = 100;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("dividend_digits", 7, 2, MAX_DIVIDEND_DIGITS, "digits of the dividend"),
      ParamSpec.integer("divisor_digits", 2, 1, MAX_DIVISOR_DIGITS,
          "digits of the divisor (fewer than dividend_digits; the divisor is at least 2)"),
      ParamSpec.bool("remainder", true, "true: the division leaves a non-zero remainder; false: it divides exactly"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, 1, false),
      level(3, 1, true),
      level(4, 1, true),
      level(6, 2, true),
      level(7, 2, true),
      level(10, 3, true),
      level(14, 4, true),
      level(20, 6, true),
      level(30, 8, true),
      level(45, 12, true));

  private static Map<String, Object> level(int dividend, int divisor, boolean remainder) {
    return ImmutableMap.of("dividend_digits", dividend, "divisor_digits", divisor, "remainder", remainder);
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
    return "Divide a whole number by a shorter one by long division, giving quotient and remainder, optionally showing every step.";
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
    LongDivisionParams p = LongDivisionParams.from(params);
    if (p.divisorDigits() >= p.dividendDigits()) {
      throw new ParamException("param 'divisor_digits' must be less than 'dividend_digits' ("
          + p.dividendDigits() + "), got " + p.divisorDigits());
    }
  }

  @Override
  public Class<LongDivisionProblem> problemType() {
    return LongDivisionProblem.class;
  }

  @Override
  public Generated<LongDivisionProblem> generate(Params params, Rng rng) {
    validate(params);
    LongDivisionParams p = LongDivisionParams.from(params);
    String divisor = p.divisorDigits() == 1 ? String.valueOf(rng.between(2, 9)) : Digits.random(rng, p.divisorDigits());
    BigInteger d = new BigInteger(divisor);
    String dividend;
    if (p.remainder()) {
      do {
        dividend = Digits.random(rng, p.dividendDigits());
      } while (new BigInteger(dividend).mod(d).signum() == 0);
    } else {
      BigInteger low = BigInteger.TEN.pow(p.dividendDigits() - 1);
      BigInteger high = BigInteger.TEN.pow(p.dividendDigits()).subtract(BigInteger.ONE);
      BigInteger qLow = low.add(d).subtract(BigInteger.ONE).divide(d);
      BigInteger qHigh = high.divide(d);
      dividend = Digits.between(rng, qLow, qHigh).multiply(d).toString();
    }
    Division div = Division.of(dividend, d);
    String result = div.remainder().signum() == 0 ? div.quotient() : div.quotient() + " R " + div.remainder();
    List<String> trace = div.trace(divisor);
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(6)
        .put("dividend_digits", dividend.length())
        .put("divisor_digits", divisor.length())
        .put("steps", trace.size())
        .put("quotient_digits", div.quotient().length())
        .put("zero_quotient_digits", div.zeroDigits())
        .put("has_remainder", div.remainder().signum() != 0)
        .buildOrThrow();
    return Generated.of(
        new LongDivisionProblem(dividend, divisor, p.mode().wire()),
        new LongDivisionSolution(trace, result, div.quotient(), div.remainder().toString(),
            div.partials(), div.remainders()),
        p.mode().answer(trace, result),
        metrics,
        ImmutableMap.of(
            "dividend", dividend,
            "divisor", divisor,
            "expression", dividend + " \u00F7 " + divisor,
            "remainder", p.remainder()),
        p.mode().wire() + ":" + dividend + "/" + divisor);
  }

  /** The generator's long division: one step per digit after the first chunk. */
  private record Division(List<BigInteger> partialValues, List<Integer> digits, List<BigInteger> remainderValues,
      String quotient, BigInteger remainder) {

    static Division of(String dividend, BigInteger d) {
      int start = 1;
      while (new BigInteger(dividend.substring(0, start)).compareTo(d) < 0) {
        start++;
      }
      List<BigInteger> partials = new ArrayList<>();
      List<Integer> digits = new ArrayList<>();
      List<BigInteger> remainders = new ArrayList<>();
      BigInteger partial = new BigInteger(dividend.substring(0, start));
      StringBuilder q = new StringBuilder();
      BigInteger r = BigInteger.ZERO;
      for (int next = start; ; next++) {
        BigInteger[] qr = partial.divideAndRemainder(d);
        int digit = qr[0].intValueExact();
        partials.add(partial);
        digits.add(digit);
        remainders.add(qr[1]);
        q.append(digit);
        r = qr[1];
        if (next == dividend.length()) {
          break;
        }
        partial = r.multiply(BigInteger.TEN).add(BigInteger.valueOf(dividend.charAt(next) - '0'));
      }
      return new Division(partials, digits, remainders, q.toString(), r);
    }

    List<String> trace(String divisor) {
      List<String> lines = new ArrayList<>(digits.size());
      for (int i = 0; i < digits.size(); i++) {
        lines.add(partialValues.get(i) + " \u00F7 " + divisor + " = " + digits.get(i) + " R " + remainderValues.get(i));
      }
      return List.copyOf(lines);
    }

    List<String> partials() {
      return partialValues.stream().map(BigInteger::toString).toList();
    }

    List<String> remainders() {
      return remainderValues.stream().map(BigInteger::toString).toList();
    }

    int zeroDigits() {
      int n = 0;
      for (int digit : digits) {
        n += digit == 0 ? 1 : 0;
      }
      return n;
    }
  }

  @Override
  public String answerFormat() {
    return "The answer is the quotient and the remainder, written 'Q R r' (1234 R 5), read from the last "
        + "<answer>...</answer> block (else a final 'Answer:' line). Also accepted: 'r', 'rem' or 'remainder' "
        + "for R (any case), labels such as 'quotient 1234, remainder 5', 'q = 1234, r = 5' or '1234 with a "
        + "remainder of 5', thousands commas in the numbers, and free spacing; when the division is exact, "
        + "the quotient alone (1234) or 'Q R 0'. A decimal or fraction (1234.5, 1234 1/2) is not read. In final "
        + "mode (mode=final) that is the whole answer (a shown trace ending in a 'Result:' line is read by that "
        + "line). In trace mode (mode=trace) the answer is the long division, one line per quotient digit, "
        + "'P ÷ D = q R r': P is the part of the dividend being divided, D the divisor, q the quotient digit "
        + "(0 to 9) and r = P - q × D the remainder (÷ or /, and the same spellings of R, are accepted). The "
        + "first line divides a leading part of the dividend (usually the shortest one that is at least the "
        + "divisor; shorter leading parts, giving quotient digits 0, are allowed too); each later line brings "
        + "down the next digit of the dividend after the remainder before it (P = 10 × r + that digit), until "
        + "the last digit is used. Lines may be numbered ('1.', 'Step 1:') or bulleted, and a remark in parentheses at "
        + "the end of a line is ignored. The last line is 'Result: Q R r'. Example for 7403 ÷ 6: '7 ÷ 6 = 1 R 1', then '14 ÷ 6 = 2 R 2', then '20 ÷ 6 = 3 R 2', "
        + "then '23 ÷ 6 = 3 R 5', then 'Result: 1233 R 5'.";
  }

  @Override
  public String scoring() {
    return "Final mode: score 1 (CORRECT) when the quotient and the remainder are right (the verifier "
        + "divides itself; a missing remainder counts as 0), otherwise 0: WRONG for readable numbers with "
        + "another value, INVALID_FORMAT for an answer that cannot be read as documented; no partial credit. "
        + "Trace mode: each line is re-computed (the divisor, the part of the dividend that the previous "
        + "remainder and the next digit give, a one-digit quotient digit, and the remainder), and the first "
        + "wrong or unreadable line ends the check. Score 1 only when every line is right, the last digit of "
        + "the dividend is brought down and the Result line gives the right quotient and remainder; otherwise "
        + "min(k, r) / (max(n, r) + 1), where k is the number of lines right before the first wrong one, n the "
        + "number of lines written and r the number of lines of the reference trace (status PARTIAL; at 0, "
        + "ILLEGAL_STEP for a wrong first line, WRONG when the lines are right but the result is not, "
        + "INVALID_FORMAT when there are no lines). The verdict's details give first_error_step.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("dividend_digits", "divisor_digits", "steps");
  }
}
