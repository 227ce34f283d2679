package io.taskforge.arithmetic.modular;

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
 * {@code arithmetic.modular}: modular exponentiation (square-and-multiply trace), modular inverses
 * (extended Euclid trace) and linear congruences a·x ≡ b (mod m) (extended Euclid, then the
 * solution class).
 *
 * <p>A congruence with g = gcd(a, m) dividing b has g solutions modulo m, which are all the x with
 * x ≡ x0 (mod m/g): that class is the answer. An inverse that does not exist, or a congruence with
 * no solution, has the answer {@code none}. Levels grow the modulus (1 to 20 digits) and the exponent
 * (3 to 48 bits); unanswerable instances join at level 3.
 */
public final class ModularTask implements Task<ModularProblem> {
  public static final String ID = "arithmetic.modular";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.choice("kind", ModularParams.MIXED,
          List.of(ModularParams.POWER, ModularParams.INVERSE, ModularParams.CONGRUENCE, ModularParams.MIXED),
          "power: a^e mod m; inverse: a^-1 mod m; congruence: solve a·x ≡ b (mod m); mixed: one of the three per instance"),
      ParamSpec.integer("digits", 3, 1, 100, "decimal digits of the modulus (exactly this many; the modulus is at least 3)"),
      ParamSpec.integer("exponent_bits", 8, 2, 1024, "bits of the exponent of a power (exactly this many)"),
      ParamSpec.bool("unsolvable", true,
          "inverses and congruences may have no answer (one instance in five), answered 'none'"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(1, 3, false),
      level(2, 4, false),
      level(2, 5, true),
      level(3, 6, true),
      level(3, 8, true),
      level(4, 10, true),
      level(6, 14, true),
      level(9, 20, true),
      level(14, 32, true),
      level(20, 48, true));

  private static Map<String, Object> level(int digits, int bits, boolean unsolvable) {
    return ImmutableMap.of("kind", ModularParams.MIXED, "digits", digits, "exponent_bits", bits, "unsolvable", unsolvable);
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
    return "Modular arithmetic: powers by square-and-multiply, inverses and linear congruences by the extended Euclidean algorithm.";
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
  public Class<ModularProblem> problemType() {
    return ModularProblem.class;
  }

  @Override
  public Generated<ModularProblem> generate(Params params, Rng rng) {
    ModularParams p = ModularParams.from(params);
    ModularGenerator.Drawn d = new ModularGenerator(p, rng).draw();
    String a = d.a().toString();
    String m = d.m().toString();
    String e = d.e() == null ? "" : d.e().toString();
    String b = d.b() == null ? "" : d.b().toString();
    ModularProblem problem = new ModularProblem(d.kind(), a, e, b, m, p.mode().wire());
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(7)
        .put("modulus_digits", m.length())
        .put("exponent_bits", d.e() == null ? 0 : d.e().bitLength())
        .put("euclid_steps", d.euclidSteps())
        .put("steps", d.trace().size())
        .put("solutions", d.solutions())
        .put("answerable", d.solutions() > 0)
        .buildOrThrow();
    ImmutableMap.Builder<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("kind", d.kind())
        .put("a", a)
        .put("m", m)
        .put("m_minus_1", d.m().subtract(java.math.BigInteger.ONE).toString())
        .put("e", e)
        .put("b", b)
        .put("question", question(d.kind(), a, e, b, m, d.m().subtract(java.math.BigInteger.ONE).toString()))
        .put("example", example(d.kind()));
    return Generated.of(
        problem,
        new ModularSolution(d.trace(), d.result(), d.gcd() == null ? "" : d.gcd().toString(),
            d.coefficient() == null ? "" : d.coefficient().toString(), d.solutions()),
        p.mode().answer(d.trace(), d.result()),
        metrics,
        view.buildOrThrow(),
        d.kind() + "|" + a + "|" + e + "|" + b + "|" + m);
  }

  private static String question(String kind, String a, String e, String b, String m, String mMinus1) {
    return switch (kind) {
      case ModularParams.POWER -> "Compute " + a + "^" + e + " mod " + m + ".";
      case ModularParams.INVERSE -> "Find the inverse of " + a + " modulo " + m + ": the x from 0 to " + mMinus1
          + " with " + a + "·x \u2261 1 (mod " + m + "), or say that none exists.";
      default -> "Solve the congruence " + a + "·x \u2261 " + b + " (mod " + m + ") for x: give every solution, or say "
          + "that there is none.";
    };
  }

  /** A worked example of the trace format for the kind. */
  static String example(String kind) {
    return switch (kind) {
      case ModularParams.POWER -> "Example, 5^13 mod 23:\n"
          + "5^2 \u2261 5^2 = 25 \u2261 2 (mod 23)\n"
          + "5^3 \u2261 2 \u00D7 5 = 10 (mod 23)\n"
          + "5^6 \u2261 10^2 = 100 \u2261 8 (mod 23)\n"
          + "5^12 \u2261 8^2 = 64 \u2261 18 (mod 23)\n"
          + "5^13 \u2261 18 \u00D7 5 = 90 \u2261 21 (mod 23)\n"
          + "Result: 21";
      case ModularParams.INVERSE -> "Example, the inverse of 23 modulo 71:\n"
          + "71 = 3 \u00D7 23 + 2\n"
          + "2 = 71 - 3 \u00D7 23\n"
          + "23 = 11 \u00D7 2 + 1\n"
          + "1 = 23 - 11 \u00D7 2 = 34 \u00D7 23 - 11 \u00D7 71\n"
          + "x \u2261 34 (mod 71)\n"
          + "Result: 34";
      default -> "Example, 12·x \u2261 9 (mod 21):\n"
          + "21 = 1 \u00D7 12 + 9\n"
          + "9 = 21 - 1 \u00D7 12\n"
          + "12 = 1 \u00D7 9 + 3\n"
          + "3 = 12 - 1 \u00D7 9 = 2 \u00D7 12 - 1 \u00D7 21\n"
          + "9 = 3 \u00D7 3 + 0\n"
          + "x \u2261 2 \u00D7 3 = 6 (mod 7)\n"
          + "Result: x \u2261 6 (mod 7)";
    };
  }

  @Override
  public String answerFormat() {
    return "The answer is read from the last <answer>...</answer> block (else a final 'Answer:' line). "
        + "mode=final: for a power, the residue a^e mod m as one integer from 0 to m-1 (optionally followed by "
        + "'(mod m)'); for an inverse, the integer x from 0 to m-1 with a\u00B7x \u2261 1 (mod m), or 'none' when it "
        + "does not exist ('x \u2261 34 (mod 71)' is read too); for a congruence a\u00B7x \u2261 b (mod m), the set of all "
        + "solutions as one class 'x \u2261 r (mod m/g)' where g = gcd(a, m) (any representative r), or as the list of "
        + "all solutions modulo m or any multiple of m/g, 'x \u2261 3, 10, 17 (mod 21)', or 'none' when there is no "
        + "solution; a bare number is read as 'x \u2261 r (mod m)' and must then lie in 0..m-1. \u2261 may be =, == or "
        + "\\equiv, the modulus '(mod m)', 'mod m' or \\pmod{m}; 'none' may also be 'no solution' or 'no inverse'. "
        + "If the answer shows a trace, its last 'Result:' line counts. mode=trace: the work, one step per line, "
        + "then 'Result: <answer as above>'; products use \u00D7, * or \u00B7 (x is the unknown), and = and \u2261 are read "
        + "alike. Power steps: 'a^K \u2261 <work> \u2261 R (mod m)', where K is a new exponent reached in one step "
        + "(twice an exponent already computed, or the sum of two; a^1 is known), every part of the line is "
        + "congruent to a^K mod m, and the last part R is the residue from 0 to m-1 (e.g. '5^12 \u2261 8^2 = 64 \u2261 "
        + "18 (mod 23)'); any addition chain works: left-to-right or right-to-left binary, or another. Inverse and "
        + "congruence steps: Euclid divisions 'x = q \u00D7 y + r', starting with m = q \u00D7 a + r and going on with "
        + "the last divisor and remainder until the remainder is 1 or 0 (for a congruence with g > 1, a second "
        + "run on m/g and a/g is allowed); Bezout lines 'r = ... = c \u00D7 u + d \u00D7 v' stating a remainder of the "
        + "divisions as a combination of two other numbers of the divisions (m and a included), every part equal to "
        + "r, in any order (forward, or by back-substitution); the trace must reach 'g = s \u00D7 a + t \u00D7 m' (or "
        + "'1 = s \u00D7 a/g + t \u00D7 m/g'); then solution lines 'x \u2261 <work> \u2261 r (mod M)' with every part "
        + "congruent to the solution, M = m for an inverse and m/g for a congruence (required for a congruence, "
        + "optional for an inverse); an optional reduced line '(a/g)x \u2261 b/g (mod m/g)'. When a divides m, the "
        + "gcd is a itself (s = 1). When there is no answer, the divisions down to remainder 0 and 'Result: none'. "
        + "Example, the inverse of 23 modulo 71: 71 = 3 \u00D7 23 + 2 / 2 = 71 - 3 \u00D7 23 / 23 = 11 \u00D7 2 + 1 / "
        + "1 = 23 - 11 \u00D7 2 = 34 \u00D7 23 - 11 \u00D7 71 / x \u2261 34 (mod 71) / Result: 34 (one step per line).";
  }

  @Override
  public String scoring() {
    return "mode=final: 1 (CORRECT) when the answer states exactly the right residue, inverse, solution set or "
        + "'none', which the verifier computes itself; otherwise 0 (WRONG; INVALID_FORMAT when nothing can be read). "
        + "A congruence answer naming only some of the solutions, or a residue outside 0..m-1, is wrong. "
        + "mode=trace: every step is re-computed (each power line's exponent is reachable and every part is "
        + "congruent to a^K; each division's quotient and remainder; each Bezout line's parts equal its remainder; "
        + "each solution line's parts are congruent to the solution); full credit needs a complete derivation (a^e "
        + "computed; the combination for the gcd and, for a congruence, a solution line; or, with no answer, the "
        + "divisions down to remainder 0) and the right Result. Otherwise the score is k / (max(n, r) + 1), where k "
        + "is the number of steps right before the first wrong one, n the steps written and r the steps of the "
        + "reference trace; the verdict names the first wrong step (details.first_error_step).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("modulus_digits", "steps");
  }
}
