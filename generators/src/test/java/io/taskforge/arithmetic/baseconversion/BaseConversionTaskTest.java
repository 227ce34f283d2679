package io.taskforge.arithmetic.baseconversion;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BaseConversionTaskTest {
  private final BaseConversionTask task = new BaseConversionTask();
  private static final Pattern HORNER = Pattern.compile("(\\d+) × (\\d+) \\+ (\\d+) = (\\d+)");
  private static final Pattern DIVISION = Pattern.compile("(\\d+) ÷ (\\d+) = (\\d+) remainder (\\d+)( \\(([0-9A-Z])\\))?");

  private Params params(int level, String mode) {
    return task.schema().with(task.level(level), Map.of("mode", mode), task.id());
  }

  private Generated<BaseConversionProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  // ---- an independent conversion: digit values summed with powers, and repeated subtraction-free long division ----

  private static int digitValue(char c) {
    return Character.isDigit(c) ? c - '0' : c - 'A' + 10;
  }

  /** Positional expansion: sum of digit × base^position, powers built by repeated multiplication. */
  static BigInteger expand(String number, int base) {
    BigInteger sum = BigInteger.ZERO;
    BigInteger power = BigInteger.ONE;
    for (int i = number.length() - 1; i >= 0; i--) {
      int d = digitValue(number.charAt(i));
      assertThat(d).isBetween(0, base - 1);
      sum = sum.add(power.multiply(BigInteger.valueOf(d)));
      power = power.multiply(BigInteger.valueOf(base));
    }
    return sum;
  }

  /** Digits by finding, from the top, how many times each power fits. */
  static String digitsOf(BigInteger v, int base) {
    List<BigInteger> powers = new ArrayList<>();
    BigInteger b = BigInteger.valueOf(base);
    for (BigInteger p = BigInteger.ONE; p.compareTo(v) <= 0; p = p.multiply(b)) {
      powers.add(p);
    }
    StringBuilder sb = new StringBuilder();
    BigInteger rest = v;
    for (int i = powers.size() - 1; i >= 0; i--) {
      int d = 0;
      while (rest.compareTo(powers.get(i)) >= 0) {
        rest = rest.subtract(powers.get(i));
        d++;
      }
      sb.append("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".charAt(d));
    }
    return sb.length() == 0 ? "0" : sb.toString();
  }

  @Test
  void theIndependentConversionWorksOnHandExamples() {
    assertThat(expand("1A7", 16)).isEqualTo(BigInteger.valueOf(423));
    assertThat(digitsOf(BigInteger.valueOf(423), 8)).isEqualTo("647");
    assertThat(digitsOf(BigInteger.valueOf(35), 36)).isEqualTo("Z");
    assertThat(digitsOf(BigInteger.valueOf(36), 36)).isEqualTo("10");
  }

  @Test
  void defaultsAreLevelFiveAndEveryLevelIsValid() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      task.validate(task.level(level));
    }
    assertThatThrownBy(() -> task.level(11)).isInstanceOf(ParamException.class);
  }

  @Test
  void goldAnswersAndTracesMatchAnIndependentConversionAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        Params p = params(level, mode);
        for (int i = 0; i < 150; i++) {
          Generated<BaseConversionProblem> g = make(p, 5, i);
          BaseConversionProblem pr = g.problem();
          BigInteger value = expand(pr.number(), pr.fromBase());
          String target = digitsOf(value, pr.toBase());
          BaseConversionSolution sol = (BaseConversionSolution) g.solution();
          assertThat(sol.result()).isEqualTo(target);
          assertThat(sol.decimal()).isEqualTo(value.toString());
          if (mode.equals("final")) {
            assertThat(g.answer()).isEqualTo(target);
            continue;
          }
          String[] lines = g.answer().split("\n");
          assertThat(lines[lines.length - 1]).isEqualTo("Result: " + target);
          int k = 0;
          if (pr.fromBase() != 10) {
            // Horner lines: the accumulator is the value of the digits read so far
            for (int read = 1; read < pr.number().length(); read++, k++) {
              Matcher m = HORNER.matcher(lines[k]);
              assertThat(m.matches()).as(lines[k]).isTrue();
              assertThat(new BigInteger(m.group(1))).isEqualTo(expand(pr.number().substring(0, read), pr.fromBase()));
              assertThat(Integer.parseInt(m.group(2))).isEqualTo(pr.fromBase());
              assertThat(Integer.parseInt(m.group(3))).isEqualTo(digitValue(pr.number().charAt(read)));
              assertThat(new BigInteger(m.group(4))).isEqualTo(expand(pr.number().substring(0, read + 1), pr.fromBase()));
            }
          }
          if (pr.toBase() != 10) {
            // division lines: dividend = the value without its last j target digits
            for (int j = 0; j < target.length(); j++, k++) {
              Matcher m = DIVISION.matcher(lines[k]);
              assertThat(m.matches()).as(lines[k]).isTrue();
              String upper = target.substring(0, target.length() - j);
              assertThat(new BigInteger(m.group(1))).isEqualTo(expand(upper, pr.toBase()));
              assertThat(Integer.parseInt(m.group(2))).isEqualTo(pr.toBase());
              String quotient = upper.substring(0, upper.length() - 1);
              assertThat(new BigInteger(m.group(3)))
                  .isEqualTo(quotient.isEmpty() ? BigInteger.ZERO : expand(quotient, pr.toBase()));
              int r = digitValue(upper.charAt(upper.length() - 1));
              assertThat(Integer.parseInt(m.group(4))).isEqualTo(r);
              assertThat(m.group(6)).isEqualTo(r > 9 ? String.valueOf(upper.charAt(upper.length() - 1)) : null);
            }
          }
          assertThat(k).isEqualTo(lines.length - 1).isEqualTo(sol.trace().size());
          assertThat(g.metrics().get("steps")).isEqualTo(k);
        }
      }
    }
  }

  @Test
  void deliversExactlyWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      Set<String> directions = new TreeSet<>();
      for (int i = 0; i < 300; i++) {
        directions.add(checkDelivered(p, make(p, 11, i)));
      }
      if (p.getString("direction").equals("mixed")) {
        assertThat(directions).containsExactly("between", "from-decimal", "to-decimal");
      } else {
        assertThat(directions).containsExactly(p.getString("direction"));
      }
    }
    for (Map<String, Object> extreme : List.<Map<String, Object>>of(
        Map.of("digits", 2, "direction", "between", "max_base", 3),
        Map.of("digits", 2, "direction", "from-decimal", "max_base", 36),
        Map.of("digits", 2, "direction", "to-decimal", "max_base", 36),
        Map.of("digits", 200, "direction", "between", "max_base", 36),
        Map.of("digits", 60, "direction", "mixed", "max_base", 3))) {
      Params p = task.schema().with(task.schema().defaults(), extreme, task.id());
      for (int i = 0; i < 30; i++) {
        checkDelivered(p, make(p, 3, i));
      }
    }
  }

  private static String checkDelivered(Params p, Generated<BaseConversionProblem> g) {
    BaseConversionProblem pr = g.problem();
    BigInteger value = expand(pr.number(), pr.fromBase());
    assertThat(value.toString()).hasSize(p.getInt("digits"));
    assertThat(pr.number()).doesNotStartWith("0").matches("[0-9A-Z]+");
    assertThat(pr.number().length()).isGreaterThanOrEqualTo(2);
    assertThat(digitsOf(value, pr.toBase()).length()).isGreaterThanOrEqualTo(2);
    assertThat(pr.fromBase()).isNotEqualTo(pr.toBase());
    for (int b : new int[] {pr.fromBase(), pr.toBase()}) {
      assertThat(b).isBetween(2, Math.max(10, p.getInt("max_base")));
    }
    String direction = pr.fromBase() == 10 ? "from-decimal" : pr.toBase() == 10 ? "to-decimal" : "between";
    if (!p.getString("direction").equals("mixed")) {
      assertThat(direction).isEqualTo(p.getString("direction"));
    }
    assertThat(g.canonicalForm()).isEqualTo(pr.number() + "|" + pr.fromBase() + "|" + pr.toBase());
    assertThat(g.view()).containsEntry("number", pr.number()).containsEntry("from_base", pr.fromBase());
    return direction;
  }

  @Test
  void sameStreamSameInstance() {
    Params p = params(7, "trace");
    for (int i = 0; i < 50; i++) {
      Generated<BaseConversionProblem> a = make(p, 9, i);
      Generated<BaseConversionProblem> b = make(p, 9, i);
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.solution()).isEqualTo(b.solution());
      assertThat(a.answer()).isEqualTo(b.answer());
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() {
    for (int level = 1; level <= 10; level++) {
      Generated<BaseConversionProblem> g = make(params(level, level % 2 == 0 ? "trace" : "final"), 1, level);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, BaseConversionProblem.class)).isEqualTo(g.problem());
      JsonNode sol = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(sol, BaseConversionSolution.class)).isEqualTo(g.solution());
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
        Generated<BaseConversionProblem> g = make(p, 23, i);
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
