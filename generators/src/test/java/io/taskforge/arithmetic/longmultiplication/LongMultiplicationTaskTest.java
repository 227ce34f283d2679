package io.taskforge.arithmetic.longmultiplication;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LongMultiplicationTaskTest {
  private static final Pattern PARTIAL = Pattern.compile("(\\d+) \u00D7 ([1-9])(0*) = (\\d+)");
  private static final Pattern SUM = Pattern.compile("(\\d+) \\+ (\\d+) = (\\d+)");
  private final LongMultiplicationTask task = new LongMultiplicationTask();

  private Generated<LongMultiplicationProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  /** Schoolbook multiplication on reversed digit arrays, independent of BigInteger. */
  static String multiplyByHand(String a, String b) {
    int[] acc = new int[a.length() + b.length() + 1];
    for (int i = 0; i < a.length(); i++) {
      for (int j = 0; j < b.length(); j++) {
        acc[i + j] += (a.charAt(a.length() - 1 - i) - '0') * (b.charAt(b.length() - 1 - j) - '0');
      }
    }
    for (int i = 0; i < acc.length - 1; i++) {
      acc[i + 1] += acc[i] / 10;
      acc[i] %= 10;
    }
    return digits(acc);
  }

  static String addByHand(String a, String b) {
    int[] acc = new int[Math.max(a.length(), b.length()) + 1];
    for (String s : new String[] {a, b}) {
      for (int i = 0; i < s.length(); i++) {
        acc[i] += s.charAt(s.length() - 1 - i) - '0';
      }
    }
    for (int i = 0; i < acc.length - 1; i++) {
      acc[i + 1] += acc[i] / 10;
      acc[i] %= 10;
    }
    return digits(acc);
  }

  private static String digits(int[] reversed) {
    StringBuilder sb = new StringBuilder();
    for (int i = reversed.length - 1; i >= 0; i--) {
      if (sb.length() > 0 || reversed[i] != 0 || i == 0) {
        sb.append(reversed[i]);
      }
    }
    return sb.toString();
  }

  @Test
  void defaultsAreLevelFiveAndTheLadderGrows() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    assertThat(task.level(1).getInt("digits")).isEqualTo(2);
    assertThat(task.level(1).getInt("multiplier_digits")).isEqualTo(2);
    assertThat(task.level(10).getInt("digits")).isGreaterThanOrEqualTo(40);
    for (int level = 1; level <= 10; level++) {
      assertThat(task.level(level).getString("mode")).isEqualTo("final");
    }
  }

  @Test
  void goldProductAndEveryTraceLineAgreeWithAnIndependentMultiplication() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.resolve(level, Map.of("mode", "trace"));
      for (int i = 0; i < 40; i++) {
        Generated<LongMultiplicationProblem> g = make(p, 3, i);
        String a = g.problem().multiplicand();
        String b = g.problem().multiplier();
        assertThat(a).matches("[1-9][0-9]*").hasSize(p.getInt("digits"));
        assertThat(b).matches("[1-9][0-9]*").hasSize(p.getInt("multiplier_digits"));
        String product = multiplyByHand(a, b);
        LongMultiplicationSolution s = (LongMultiplicationSolution) g.solution();
        assertThat(s.result()).isEqualTo(product);
        assertThat(new java.math.BigInteger(product)).isEqualTo(new java.math.BigInteger(a).multiply(new java.math.BigInteger(b)));
        List<String> partials = new ArrayList<>();
        int line = 0;
        for (int k = 0; k < b.length(); k++) {
          char d = b.charAt(b.length() - 1 - k);
          if (d == '0') {
            continue;
          }
          Matcher m = PARTIAL.matcher(s.trace().get(line++));
          assertThat(m.matches()).isTrue();
          assertThat(m.group(1)).isEqualTo(a);
          assertThat(m.group(2).charAt(0)).isEqualTo(d);
          assertThat(m.group(3)).hasSize(k);
          String value = multiplyByHand(a, String.valueOf(d)) + "0".repeat(k);
          assertThat(m.group(4)).isEqualTo(value);
          partials.add(value);
        }
        assertThat(s.partialProducts()).containsExactlyElementsOf(partials);
        String running = partials.get(0);
        for (int j = 1; j < partials.size(); j++) {
          Matcher m = SUM.matcher(s.trace().get(line++));
          assertThat(m.matches()).isTrue();
          assertThat(m.group(1)).isEqualTo(running);
          assertThat(m.group(2)).isEqualTo(partials.get(j));
          running = addByHand(running, partials.get(j));
          assertThat(m.group(3)).isEqualTo(running);
        }
        assertThat(line).isEqualTo(s.trace().size());
        assertThat(running).isEqualTo(product);
        assertThat(g.answer()).isEqualTo(String.join("\n", s.trace()) + "\nResult: " + product);
        Generated<LongMultiplicationProblem> f = make(task.level(level), 3, i);
        assertThat(f.answer()).isEqualTo(multiplyByHand(f.problem().multiplicand(), f.problem().multiplier()));
      }
    }
  }

  @Test
  void sameStreamSameInstanceAndJsonRoundTrip() throws Exception {
    Params p = task.resolve(8, Map.of("mode", "trace"));
    Generated<LongMultiplicationProblem> a = make(p, 9, 4);
    Generated<LongMultiplicationProblem> b = make(p, 9, 4);
    assertThat(b.problem()).isEqualTo(a.problem());
    assertThat(b.answer()).isEqualTo(a.answer());
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(a.problem()), LongMultiplicationProblem.class))
        .isEqualTo(a.problem());
    LongMultiplicationSolution s = (LongMultiplicationSolution) a.solution();
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(s), LongMultiplicationSolution.class)).isEqualTo(s);
  }

  @Test
  void canonicalFormIsTheSameForSwappedOperands() {
    Generated<LongMultiplicationProblem> g = make(task.resolve(5, Map.of("digits", "4", "multiplier_digits", "4")), 1, 1);
    String a = g.problem().multiplicand();
    String b = g.problem().multiplier();
    String lo = a.compareTo(b) <= 0 ? a : b;
    String hi = a.compareTo(b) <= 0 ? b : a;
    assertThat(g.canonicalForm()).isEqualTo("final:" + lo + "*" + hi);
  }

  @Test
  void difficultyMetricMediansRiseWithTheLevel() {
    for (String metric : task.difficultyMetrics()) {
      long previous = Long.MIN_VALUE;
      long first = 0;
      for (int level = 1; level <= 10; level++) {
        long[] values = new long[31];
        for (int i = 0; i < values.length; i++) {
          values[i] = ((Number) make(task.level(level), 77, i).metrics().get(metric)).longValue();
        }
        Arrays.sort(values);
        long median = values[values.length / 2];
        assertThat(median).as("%s at level %d", metric, level).isGreaterThanOrEqualTo(previous);
        first = level == 1 ? median : first;
        previous = median;
      }
      assertThat(previous).as(metric).isGreaterThan(first);
    }
  }

  @Test
  void exampleIsRight() {
    assertThat(multiplyByHand("47", "36")).isEqualTo("1692");
    assertThat(task.answerFormat()).contains("'47 \u00D7 6 = 282'").contains("'47 \u00D7 30 = 1410'")
        .contains("'282 + 1410 = 1692'").contains("'Result: 1692'");
  }
}
