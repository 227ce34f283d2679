package io.taskforge.arithmetic.longdivision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LongDivisionTaskTest {
  private static final Pattern LINE = Pattern.compile("(\\d+) \u00F7 (\\d+) = (\\d) R (\\d+)");
  private final LongDivisionTask task = new LongDivisionTask();

  private Generated<LongDivisionProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  /** Long division with long arithmetic on the digits (every level's divisor fits in a long). */
  static long[] divideByHand(String dividend, long d) {
    StringBuilder q = new StringBuilder();
    long rest = 0;
    for (int i = 0; i < dividend.length(); i++) {
      rest = rest * 10 + (dividend.charAt(i) - '0');
      q.append(rest / d);
      rest %= d;
    }
    String quotient = q.toString().replaceFirst("^0+(?=.)", "");
    return new long[] {quotient.length(), rest};
  }

  static String quotientByHand(String dividend, long d) {
    StringBuilder q = new StringBuilder();
    long rest = 0;
    for (int i = 0; i < dividend.length(); i++) {
      rest = rest * 10 + (dividend.charAt(i) - '0');
      q.append(rest / d);
      rest %= d;
    }
    return q.toString().replaceFirst("^0+(?=.)", "");
  }

  @Test
  void defaultsAreLevelFiveAndParamsAreChecked() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    assertThat(task.level(1).getInt("dividend_digits")).isEqualTo(2);
    assertThat(task.level(10).getInt("dividend_digits")).isGreaterThanOrEqualTo(40);
    assertThatThrownBy(() -> task.resolve(5, Map.of("divisor_digits", "7")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'divisor_digits'").hasMessageContaining("'dividend_digits'");
  }

  @Test
  void goldAndEveryTraceLineAgreeWithAnIndependentDivision() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.resolve(level, Map.of("mode", "trace"));
      for (int i = 0; i < 60; i++) {
        Generated<LongDivisionProblem> g = make(p, 3, i);
        String n = g.problem().dividend();
        String divisor = g.problem().divisor();
        assertThat(n).matches("[1-9][0-9]*").hasSize(p.getInt("dividend_digits"));
        assertThat(divisor).matches("[1-9][0-9]*").hasSize(p.getInt("divisor_digits"));
        long d = Long.parseLong(divisor);
        assertThat(d).isGreaterThanOrEqualTo(2);
        String q = quotientByHand(n, d);
        long r = divideByHand(n, d)[1];
        assertThat(r != 0).isEqualTo(p.getBool("remainder"));
        java.math.BigInteger[] check = new java.math.BigInteger(n).divideAndRemainder(java.math.BigInteger.valueOf(d));
        assertThat(check[0].toString()).isEqualTo(q);
        assertThat(check[1].longValue()).isEqualTo(r);
        LongDivisionSolution s = (LongDivisionSolution) g.solution();
        String result = r == 0 ? q : q + " R " + r;
        assertThat(s.result()).isEqualTo(result);
        assertThat(g.answer()).isEqualTo(String.join("\n", s.trace()) + "\nResult: " + result);
        // the trace: the shortest leading part >= d, then one digit brought down per line
        int start = 1;
        while (Long.parseLong(n.substring(0, start)) < d) {
          start++;
        }
        assertThat(s.trace()).hasSize(n.length() - start + 1);
        long partial = Long.parseLong(n.substring(0, start));
        StringBuilder digits = new StringBuilder();
        for (int k = 0; k < s.trace().size(); k++) {
          Matcher m = LINE.matcher(s.trace().get(k));
          assertThat(m.matches()).as(s.trace().get(k)).isTrue();
          assertThat(Long.parseLong(m.group(1))).isEqualTo(partial);
          assertThat(m.group(2)).isEqualTo(divisor);
          long digit = Long.parseLong(m.group(3));
          long rest = Long.parseLong(m.group(4));
          assertThat(digit * d + rest).isEqualTo(partial);
          assertThat(rest).isBetween(0L, d - 1);
          digits.append(digit);
          if (k + 1 < s.trace().size()) {
            partial = rest * 10 + (n.charAt(start + k) - '0');
          } else {
            assertThat(rest).isEqualTo(r);
          }
        }
        assertThat(digits.toString()).isEqualTo(q);
        Generated<LongDivisionProblem> f = make(task.level(level), 3, i);
        long fd = Long.parseLong(f.problem().divisor());
        long fr = divideByHand(f.problem().dividend(), fd)[1];
        String fq = quotientByHand(f.problem().dividend(), fd);
        assertThat(f.answer()).isEqualTo(fr == 0 ? fq : fq + " R " + fr);
      }
    }
  }

  @Test
  void exactAndOneDigitDivisionsAreDelivered() {
    Params exact = task.resolve(8, Map.of("remainder", "false"));
    for (int i = 0; i < 50; i++) {
      Generated<LongDivisionProblem> g = make(exact, 1, i);
      assertThat(divideByHand(g.problem().dividend(), Long.parseLong(g.problem().divisor()))[1]).isZero();
      assertThat(g.answer()).doesNotContain("R");
    }
    Params tiny = task.resolve(1, Map.of("remainder", "true"));
    for (int i = 0; i < 50; i++) {
      Generated<LongDivisionProblem> g = make(tiny, 1, i);
      assertThat(g.problem().dividend()).hasSize(2);
      assertThat(g.answer()).contains(" R ");
    }
  }

  @Test
  void sameStreamSameInstanceAndJsonRoundTrip() throws Exception {
    Params p = task.resolve(9, Map.of("mode", "trace"));
    Generated<LongDivisionProblem> a = make(p, 9, 4);
    Generated<LongDivisionProblem> b = make(p, 9, 4);
    assertThat(b.problem()).isEqualTo(a.problem());
    assertThat(b.answer()).isEqualTo(a.answer());
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(a.problem()), LongDivisionProblem.class))
        .isEqualTo(a.problem());
    LongDivisionSolution s = (LongDivisionSolution) a.solution();
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(s), LongDivisionSolution.class)).isEqualTo(s);
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
    assertThat(quotientByHand("7403", 6)).isEqualTo("1233");
    assertThat(divideByHand("7403", 6)[1]).isEqualTo(5);
    assertThat(task.answerFormat()).contains("'7 \u00F7 6 = 1 R 1', then '14 \u00F7 6 = 2 R 2', then '20 \u00F7 6 = 3 R 2', "
        + "then '23 \u00F7 6 = 3 R 5', then 'Result: 1233 R 5'");
  }
}
