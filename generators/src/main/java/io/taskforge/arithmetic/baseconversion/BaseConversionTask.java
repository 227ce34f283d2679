package io.taskforge.arithmetic.baseconversion;

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
 * {@code arithmetic.base-conversion}: write a number given in one base (2 to 36) in another; the
 * trace reads the number into base 10 (Horner's rule, or the positional expansion) and writes it in
 * the target base by repeated division with remainders.
 *
 * <p>Levels grow the value (2 decimal digits at level 1, 40 at level 10) and the bases (up to 9, then
 * 16, 20 and 36), and move from conversions out of base 10 and into base 10 to conversions between two
 * other bases. The value has exactly {@code digits} decimal digits, and the number has at least two
 * digits in both bases, so every trace has work to show.
 */
public final class BaseConversionTask implements Task<BaseConversionProblem> {
  public static final String ID = "arithmetic.base-conversion";
  static final int MAX_DIGITS = 200;
  static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final BigInteger[] SMALL = new BigInteger[37];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = BigInteger.valueOf(i);
    }
  }

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("digits", 6, 2, MAX_DIGITS, "decimal digits of the number's value (exactly this many)"),
      ParamSpec.choice("direction", BaseConversionParams.MIXED,
          List.of(BaseConversionParams.FROM_DECIMAL, BaseConversionParams.TO_DECIMAL, BaseConversionParams.BETWEEN,
              BaseConversionParams.MIXED),
          "from-decimal: base 10 to another base; to-decimal: another base to base 10; between: two bases other "
              + "than 10; mixed: one of the three per instance"),
      ParamSpec.integer("max_base", 16, 3, 36, "the largest base used; bases are drawn from 2 to max_base (never 10 "
          + "on the non-decimal side)"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, BaseConversionParams.FROM_DECIMAL, 9),
      level(3, BaseConversionParams.TO_DECIMAL, 9),
      level(3, BaseConversionParams.MIXED, 16),
      level(4, BaseConversionParams.MIXED, 16),
      level(6, BaseConversionParams.MIXED, 16),
      level(8, BaseConversionParams.BETWEEN, 20),
      level(12, BaseConversionParams.BETWEEN, 36),
      level(18, BaseConversionParams.BETWEEN, 36),
      level(28, BaseConversionParams.BETWEEN, 36),
      level(40, BaseConversionParams.BETWEEN, 36));

  private static Map<String, Object> level(int digits, String direction, int maxBase) {
    return ImmutableMap.of("digits", digits, "direction", direction, "max_base", maxBase);
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
    return "Convert a whole number between bases 2 to 36, by Horner's rule into base 10 and repeated division out of it.";
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
  public Class<BaseConversionProblem> problemType() {
    return BaseConversionProblem.class;
  }

  @Override
  public Generated<BaseConversionProblem> generate(Params params, Rng rng) {
    BaseConversionParams p = BaseConversionParams.from(params);
    BigInteger value = value(p.digits(), rng);
    String direction = p.direction().equals(BaseConversionParams.MIXED)
        ? List.of(BaseConversionParams.FROM_DECIMAL, BaseConversionParams.TO_DECIMAL, BaseConversionParams.BETWEEN)
            .get(rng.nextInt(3))
        : p.direction();
    // value >= 10 > any base drawn below it, so both representations have at least two digits
    int limit = value.compareTo(SMALL[36]) >= 0 ? p.maxBase() : Math.min(p.maxBase(), value.intValueExact());
    int from = 10;
    int to = 10;
    switch (direction) {
      case BaseConversionParams.FROM_DECIMAL -> to = base(limit, -1, rng);
      case BaseConversionParams.TO_DECIMAL -> from = base(limit, -1, rng);
      default -> {
        from = base(limit, -1, rng);
        to = base(limit, from, rng);
      }
    }
    String number = write(value, from);
    String result = write(value, to);
    List<String> trace = new ArrayList<>();
    if (from != 10) {
      horner(number, from, trace);
    }
    if (to != 10) {
      divisions(value, to, trace);
    }
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(6)
        .put("value_digits", value.toString().length())
        .put("from_base", from)
        .put("to_base", to)
        .put("source_digits", number.length())
        .put("target_digits", result.length())
        .put("steps", trace.size())
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "number", number,
        "from_base", from,
        "to_base", to,
        "from_name", baseName(from),
        "to_name", baseName(to),
        "letters", from > 10 || to > 10,
        "example", example(from, to),
        "example_title", exampleTitle(from, to));
    return Generated.of(
        new BaseConversionProblem(number, from, to, p.mode().wire()),
        new BaseConversionSolution(ImmutableList.copyOf(trace), value.toString(), result),
        p.mode().answer(trace, result),
        metrics,
        view,
        number + "|" + from + "|" + to);
  }

  /** A value of exactly {@code digits} decimal digits, uniform. */
  private static BigInteger value(int digits, Rng rng) {
    StringBuilder sb = new StringBuilder(digits);
    sb.append((char) ('1' + rng.nextInt(9)));
    for (int i = 1; i < digits; i++) {
      sb.append((char) ('0' + rng.nextInt(10)));
    }
    return new BigInteger(sb.toString());
  }

  /** A base from 2 to {@code limit}, not 10 and not {@code other}. */
  private static int base(int limit, int other, Rng rng) {
    while (true) {
      int b = rng.between(2, limit);
      if (b != 10 && b != other) {
        return b;
      }
    }
  }

  /** The digits of {@code v} in base {@code b}, upper-case letters above 9. */
  static String write(BigInteger v, int b) {
    return v.toString(b).toUpperCase(java.util.Locale.ROOT);
  }

  private static void horner(String number, int base, List<String> trace) {
    BigInteger acc = SMALL[DIGITS.indexOf(number.charAt(0))];
    BigInteger b = SMALL[base];
    for (int i = 1; i < number.length(); i++) {
      int d = DIGITS.indexOf(number.charAt(i));
      BigInteger next = acc.multiply(b).add(SMALL[d]);
      trace.add(acc + " \u00D7 " + base + " + " + d + " = " + next);
      acc = next;
    }
  }

  private static void divisions(BigInteger value, int base, List<String> trace) {
    BigInteger b = SMALL[base];
    BigInteger n = value;
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(b);
      int r = qr[1].intValue();
      trace.add(n + " \u00F7 " + base + " = " + qr[0] + " remainder " + r + (r > 9 ? " (" + DIGITS.charAt(r) + ")" : ""));
      n = qr[0];
    }
  }

  private static String baseName(int b) {
    return switch (b) {
      case 2 -> "base 2 (binary)";
      case 8 -> "base 8 (octal)";
      case 10 -> "base 10 (decimal)";
      case 16 -> "base 16 (hexadecimal)";
      default -> "base " + b;
    };
  }

  /** A worked example of the trace format for the same kind of conversion (each side base 10 or not). */
  private static String example(int from, int to) {
    StringBuilder sb = new StringBuilder();
    if (from != 10) {
      sb.append("1 \u00D7 16 + 10 = 26\n26 \u00D7 16 + 7 = 423\n");
    }
    if (to != 10) {
      sb.append("423 \u00F7 8 = 52 remainder 7\n52 \u00F7 8 = 6 remainder 4\n6 \u00F7 8 = 0 remainder 6\n");
    }
    return sb.append("Result: ").append(to == 10 ? "423" : "647").toString();
  }

  /** What the example converts. */
  private static String exampleTitle(int from, int to) {
    return from != 10 && to != 10 ? "1A7 from base 16 to base 8"
        : from != 10 ? "1A7 from base 16 to base 10" : "423 from base 10 to base 8";
  }

  @Override
  public String answerFormat() {
    return "The answer is read from the last <answer>...</answer> block (else a final 'Answer:' line). "
        + "With mode=final it is the number in the target base: its digits, most significant first, digits above 9 "
        + "as letters A=10 ... Z=35 in either case; leading zeros, spaces between digit groups, a matching base "
        + "marker (_16, _{16}, a subscript, '(base 16)', or 0x / 0b / 0o for bases 16 / 2 / 8) and wrappers such "
        + "as $...$ or \\boxed{...} are read; a base-10 result may use thousands commas. If the answer shows a "
        + "trace, its last 'Result:' line counts. With mode=trace it is the work, one step per line, then "
        + "'Result: <number in the target base>'. (1) Into base 10, when the number is not in base 10: either "
        + "Horner's rule, one line per digit after the first, 'acc \u00D7 base + digit = new' (acc starts as the "
        + "leading digit; 26 \u00D7 16 + 7 = 423), or the positional expansion: terms 'digit \u00D7 base^exponent' "
        + "(every term written so, also ^1 and ^0; zero digits may be left out), alone ('10 \u00D7 16^1 = 160') or "
        + "summed on one line ('1 \u00D7 16^2 + 10 \u00D7 16^1 + 7 \u00D7 16^0 = 256 + 160 + 7 = 423'), and sum "
        + "lines adding values found before ('256 + 160 + 7 = 423'), in any order; one method per trace. (2) Out "
        + "of base 10, when the target is not base 10: repeated division of the value, then of each quotient, "
        + "by the target base until the quotient is 0, one line each: 'n \u00F7 base = q remainder r' (\u00F7 or /, "
        + "'remainder', 'rem' or 'R'; or 'n = q \u00D7 base + r'); the remainders read from last to first are the "
        + "digits. Digits and remainders may be written as decimal numbers or letters, optionally both "
        + "('remainder 10 (A)'); \u00D7 may be * or \u00B7 (not x). Example, 1A7 from base 16 to base 8: "
        + "1 \u00D7 16 + 10 = 26 / 26 \u00D7 16 + 7 = 423 / 423 \u00F7 8 = 52 remainder 7 / 52 \u00F7 8 = 6 "
        + "remainder 4 / 6 \u00F7 8 = 0 remainder 6 / Result: 647 (one step per line).";
  }

  @Override
  public String scoring() {
    return "mode=final: 1 (CORRECT) when the number read in the target base has the value of the given number, "
        + "which the verifier computes itself; otherwise 0 (WRONG, or INVALID_FORMAT when it is not a number in the "
        + "target base, e.g. a digit too large for the base). mode=trace: every step is re-computed (the Horner "
        + "accumulator and digit, each positional term's digit and power, each sum of values found before, each "
        + "division's dividend, quotient and remainder); full credit needs the whole conversion (all digits read "
        + "in, the division carried to quotient 0) and the right Result. Otherwise the score is k / (max(n, r) + 1), "
        + "where k is the number of steps right before the first wrong one, n the steps written and r the steps of "
        + "the reference trace; the verdict names the first wrong step (details.first_error_step).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("value_digits", "steps");
  }
}
