package io.taskforge.arithmetic.modular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ModularTaskTest {
  private final ModularTask task = new ModularTask();
  private static final Pattern POWER = Pattern.compile("(\\d+)\\^(\\d+) ≡ (\\d+)(?:\\^2| × (\\d+)) = (\\d+)(?: ≡ (\\d+))? \\(mod (\\d+)\\)");
  private static final Pattern DIVISION = Pattern.compile("(\\d+) = (\\d+) × (\\d+) \\+ (\\d+)");
  private static final Pattern COMBINATION = Pattern.compile("(\\d+) = (.+?)(?: = (-?\\d+) × (\\d+) ([-+]) (\\d+) × (\\d+))?");
  private static final Pattern SOLUTION = Pattern.compile("x ≡ (-?\\d+)(?: × (\\d+) = (-?\\d+))?(?: ≡ (\\d+))? \\(mod (\\d+)\\)");

  private Params params(int level, String mode) {
    return task.schema().with(task.level(level), Map.of("mode", mode), task.id());
  }

  private Generated<ModularProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  private static BigInteger big(String s) {
    return new BigInteger(s);
  }

  @Test
  void defaultsAreLevelFiveAndEveryLevelIsValid() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      task.validate(task.level(level));
    }
    assertThatThrownBy(() -> task.level(0)).isInstanceOf(ParamException.class);
  }

  /** All solutions of a·x ≡ b (mod m) in 0..m-1, by trying every x (small m) or by library gcd/inverse. */
  private static List<BigInteger> solutions(BigInteger a, BigInteger b, BigInteger m) {
    List<BigInteger> out = new ArrayList<>();
    if (m.compareTo(BigInteger.valueOf(3_000)) <= 0) {
      for (int x = 0; x < m.intValue(); x++) {
        if (a.multiply(BigInteger.valueOf(x)).subtract(b).mod(m).signum() == 0) {
          out.add(BigInteger.valueOf(x));
        }
      }
      return out;
    }
    BigInteger g = a.gcd(m);
    if (b.mod(g).signum() != 0) {
      return out;
    }
    BigInteger m1 = m.divide(g);
    BigInteger x0 = b.divide(g).multiply(a.divide(g).modInverse(m1)).mod(m1);
    for (BigInteger x = x0; x.compareTo(m) < 0; x = x.add(m1)) {
      out.add(x);
    }
    return out;
  }

  /** Exact value of an expression of integers with + - × and parentheses, by recursive descent. */
  private static BigInteger evaluate(String s) {
    int[] pos = {0};
    BigInteger v = sum(s.replace(" ", ""), pos);
    assertThat(pos[0]).as(s).isEqualTo(s.replace(" ", "").length());
    return v;
  }

  private static BigInteger sum(String s, int[] pos) {
    BigInteger v = product(s, pos);
    while (pos[0] < s.length() && (s.charAt(pos[0]) == '+' || s.charAt(pos[0]) == '-')) {
      char op = s.charAt(pos[0]++);
      BigInteger r = product(s, pos);
      v = op == '+' ? v.add(r) : v.subtract(r);
    }
    return v;
  }

  private static BigInteger product(String s, int[] pos) {
    BigInteger v = atom(s, pos);
    while (pos[0] < s.length() && s.charAt(pos[0]) == '×') {
      pos[0]++;
      v = v.multiply(atom(s, pos));
    }
    return v;
  }

  private static BigInteger atom(String s, int[] pos) {
    if (s.charAt(pos[0]) == '-') {
      pos[0]++;
      return atom(s, pos).negate();
    }
    if (s.charAt(pos[0]) == '(') {
      pos[0]++;
      BigInteger v = sum(s, pos);
      assertThat(s.charAt(pos[0]++)).isEqualTo(')');
      return v;
    }
    int start = pos[0];
    while (pos[0] < s.length() && Character.isDigit(s.charAt(pos[0]))) {
      pos[0]++;
    }
    return new BigInteger(s.substring(start, pos[0]));
  }

  @Test
  void goldAnswersAndTracesMatchAnIndependentSolutionAtEveryLevel() {
    Map<String, Integer> seen = new TreeMap<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        Params p = params(level, mode);
        for (int i = 0; i < 100; i++) {
          Generated<ModularProblem> g = make(p, 5, i);
          ModularProblem pr = g.problem();
          ModularSolution sol = (ModularSolution) g.solution();
          BigInteger a = big(pr.a());
          BigInteger m = big(pr.m());
          String expected;
          switch (pr.kind()) {
            case "power" -> expected = a.modPow(big(pr.e()), m).toString();
            case "inverse" -> {
              List<BigInteger> xs = solutions(a, BigInteger.ONE, m);
              assertThat(xs.size()).isLessThanOrEqualTo(1);
              expected = xs.isEmpty() ? "none" : xs.get(0).toString();
            }
            default -> {
              List<BigInteger> xs = solutions(a, big(pr.b()), m);
              if (xs.isEmpty()) {
                expected = "none";
              } else {
                BigInteger step = m.divide(BigInteger.valueOf(xs.size()));
                assertThat(xs.get(0)).isLessThan(step);
                expected = "x ≡ " + xs.get(0) + " (mod " + step + ")";
              }
              assertThat(sol.solutions()).isEqualTo(xs.size());
            }
          }
          seen.merge(pr.kind() + (expected.equals("none") ? " none" : ""), 1, Integer::sum);
          assertThat(sol.result()).as("%s", pr).isEqualTo(expected);
          if (mode.equals("final")) {
            assertThat(g.answer()).isEqualTo(expected);
          } else {
            String[] lines = g.answer().split("\n");
            assertThat(lines[lines.length - 1]).isEqualTo("Result: " + expected);
            List<String> steps = List.of(lines).subList(0, lines.length - 1);
            assertThat(steps).isEqualTo(sol.trace());
            if (pr.kind().equals("power")) {
              checkPowerTrace(pr, steps);
            } else {
              checkEuclidTrace(pr, sol, steps, !expected.equals("none"));
            }
            assertThat(g.metrics().get("steps")).isEqualTo(steps.size());
          }
        }
      }
    }
    assertThat(seen.keySet()).containsExactly("congruence", "congruence none", "inverse", "inverse none", "power");
  }

  /** Left-to-right binary: exponents are the prefixes of e's bits, each product exact and reduced. */
  private static void checkPowerTrace(ModularProblem pr, List<String> steps) {
    BigInteger a = big(pr.a());
    BigInteger m = big(pr.m());
    String bits = big(pr.e()).toString(2);
    BigInteger residue = a;
    BigInteger k = BigInteger.ONE;
    int line = 0;
    for (int i = 1; i < bits.length(); i++) {
      for (boolean multiply : bits.charAt(i) == '1' ? new boolean[] {false, true} : new boolean[] {false}) {
        Matcher mt = POWER.matcher(steps.get(line++));
        assertThat(mt.matches()).as(steps.get(line - 1)).isTrue();
        assertThat(big(mt.group(1))).isEqualTo(a);
        k = multiply ? k.add(BigInteger.ONE) : k.shiftLeft(1);
        assertThat(big(mt.group(2))).isEqualTo(k);
        assertThat(big(mt.group(3))).isEqualTo(residue);
        BigInteger other = multiply ? big(mt.group(4)) : residue;
        assertThat(mt.group(4) != null).isEqualTo(multiply);
        if (multiply) {
          assertThat(other).isEqualTo(a);
        }
        BigInteger product = residue.multiply(other);
        assertThat(big(mt.group(5))).isEqualTo(product);
        residue = product.mod(m);
        assertThat(mt.group(6) == null ? product : big(mt.group(6))).isEqualTo(residue);
        assertThat(big(mt.group(7))).isEqualTo(m);
        assertThat(residue).isEqualTo(a.modPow(k, m));
      }
    }
    assertThat(line).isEqualTo(steps.size());
    assertThat(k).isEqualTo(big(pr.e()));
  }

  /** Divisions follow Euclid from (m, a); combinations are true identities; the solution line is right. */
  private static void checkEuclidTrace(ModularProblem pr, ModularSolution sol, List<String> steps, boolean answerable) {
    BigInteger a = big(pr.a());
    BigInteger m = big(pr.m());
    BigInteger x = m;
    BigInteger y = a;
    BigInteger g = a.gcd(m);
    assertThat(sol.gcd()).isEqualTo(g.toString());
    BigInteger lastCoefficient = null;
    boolean solutionSeen = false;
    for (int i = 0; i < steps.size(); i++) {
      String step = steps.get(i);
      Matcher d = DIVISION.matcher(step);
      Matcher s = SOLUTION.matcher(step);
      if (d.matches()) {
        assertThat(big(d.group(1))).isEqualTo(x);
        assertThat(big(d.group(3))).isEqualTo(y);
        BigInteger q = big(d.group(2));
        BigInteger r = big(d.group(4));
        assertThat(q.multiply(y).add(r)).isEqualTo(x);
        assertThat(r.signum()).isGreaterThanOrEqualTo(0);
        assertThat(r).isLessThan(y);
        x = y;
        y = r;
      } else if (s.matches()) {
        assertThat(answerable).isTrue();
        assertThat(i).isEqualTo(steps.size() - 1);
        BigInteger m1 = m.divide(g);
        assertThat(big(s.group(5))).isEqualTo(m1);
        BigInteger coefficient = big(s.group(1));
        assertThat(coefficient).isEqualTo(lastCoefficient == null ? BigInteger.ONE : lastCoefficient);
        BigInteger rhs = pr.kind().equals("inverse") ? BigInteger.ONE : big(pr.b()).divide(g);
        assertThat(s.group(2) == null ? BigInteger.ONE : big(s.group(2))).isEqualTo(rhs);
        BigInteger value = coefficient.multiply(rhs);
        BigInteger reduced = value.mod(m1);
        assertThat(s.group(4) == null ? value : big(s.group(4))).isEqualTo(reduced);
        // the stated solution really solves the congruence
        assertThat(a.multiply(reduced).subtract(pr.kind().equals("inverse") ? BigInteger.ONE : big(pr.b())).mod(m).signum())
            .isZero();
        solutionSeen = true;
      } else {
        Matcher c = COMBINATION.matcher(step);
        assertThat(c.matches()).as(step).isTrue();
        BigInteger r = big(c.group(1));
        assertThat(r).isEqualTo(y); // the remainder just produced
        assertThat(evaluate(c.group(2))).as(step).isEqualTo(r);
        if (c.group(3) != null) {
          BigInteger sa = big(c.group(3));
          BigInteger t = big(c.group(6)).multiply(c.group(5).equals("-") ? BigInteger.ONE.negate() : BigInteger.ONE);
          assertThat(big(c.group(4))).isEqualTo(a);
          assertThat(big(c.group(7))).isEqualTo(m);
          assertThat(sa.multiply(a).add(t.multiply(m))).isEqualTo(r);
          lastCoefficient = sa;
        } else {
          // the first remainder: m - q·a
          lastCoefficient = m.subtract(r).divide(a).negate();
        }
      }
    }
    assertThat(solutionSeen).isEqualTo(answerable);
    if (!answerable) {
      assertThat(y.signum()).as("divisions down to remainder 0").isZero();
    }
  }

  @Test
  void deliversWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      int none = 0;
      int inverseOrCongruence = 0;
      int several = 0;
      for (int i = 0; i < 600; i++) {
        Generated<ModularProblem> g = make(p, 11, i);
        ModularProblem pr = g.problem();
        assertThat(pr.m()).hasSize(p.getInt("digits")).doesNotStartWith("0");
        BigInteger m = big(pr.m());
        assertThat(m).isGreaterThanOrEqualTo(BigInteger.valueOf(3));
        BigInteger a = big(pr.a());
        assertThat(a).isBetween(BigInteger.TWO, m.subtract(BigInteger.ONE));
        ModularSolution sol = (ModularSolution) g.solution();
        if (pr.kind().equals("power")) {
          assertThat(big(pr.e()).bitLength()).isEqualTo(p.getInt("exponent_bits"));
          assertThat(pr.b()).isEmpty();
        } else {
          inverseOrCongruence++;
          none += sol.solutions() == 0 ? 1 : 0;
          several += sol.solutions() > 1 ? 1 : 0;
          assertThat(pr.e()).isEmpty();
          if (pr.kind().equals("congruence")) {
            assertThat(big(pr.b())).isBetween(BigInteger.ONE, m.subtract(BigInteger.ONE));
          }
        }
      }
      if (p.getBool("unsolvable")) {
        assertThat(none).isBetween(inverseOrCongruence / 10, inverseOrCongruence * 3 / 10);
      } else {
        assertThat(none).isZero();
      }
      assertThat(several).isPositive();
    }
  }

  @Test
  void everyKindAloneAndExtremeSizes() {
    for (String kind : new String[] {"power", "inverse", "congruence"}) {
      for (int digits : new int[] {1, 2, 60}) {
        Params p = task.schema().with(task.schema().defaults(),
            Map.of("kind", kind, "digits", digits, "exponent_bits", digits == 60 ? 300 : 2, "mode", "trace"), task.id());
        for (int i = 0; i < 40; i++) {
          Generated<ModularProblem> g = make(p, 7, i);
          assertThat(g.problem().kind()).isEqualTo(kind);
          assertThat(g.problem().m()).hasSize(digits);
          assertThat(g.answer()).contains("Result: ");
        }
      }
    }
  }

  @Test
  void sameStreamSameInstance() {
    Params p = params(8, "trace");
    for (int i = 0; i < 50; i++) {
      Generated<ModularProblem> a = make(p, 9, i);
      Generated<ModularProblem> b = make(p, 9, i);
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.solution()).isEqualTo(b.solution());
      assertThat(a.answer()).isEqualTo(b.answer());
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 3; i++) {
        Generated<ModularProblem> g = make(params(level, level % 2 == 0 ? "trace" : "final"), 1, level * 10 + i);
        JsonNode tree = Json.MAPPER.valueToTree(g.problem());
        assertThat(Json.MAPPER.convertValue(tree, ModularProblem.class)).isEqualTo(g.problem());
        JsonNode sol = Json.MAPPER.valueToTree(g.solution());
        assertThat(Json.MAPPER.convertValue(sol, ModularSolution.class)).isEqualTo(g.solution());
      }
    }
  }

  @Test
  void difficultyMetricMediansRiseWithTheLevel() {
    List<String> names = task.difficultyMetrics();
    long[][] medians = new long[10][names.size()];
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      List<List<Long>> values = new ArrayList<>();
      names.forEach(n -> values.add(new ArrayList<>()));
      for (int i = 0; i < 201; i++) {
        Generated<ModularProblem> g = make(p, 23, i);
        for (int m = 0; m < names.size(); m++) {
          values.get(m).add(((Number) g.metrics().get(names.get(m))).longValue());
        }
      }
      for (int m = 0; m < names.size(); m++) {
        Collections.sort(values.get(m));
        medians[level - 1][m] = values.get(m).get(100);
      }
    }
    for (int m = 0; m < names.size(); m++) {
      for (int level = 2; level <= 10; level++) {
        assertThat(medians[level - 1][m]).as(names.get(m) + " at level " + level)
            .isGreaterThanOrEqualTo(medians[level - 2][m]);
      }
      assertThat(medians[9][m]).isGreaterThan(medians[0][m]);
    }
  }
}
