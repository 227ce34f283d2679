package io.taskforge.arithmetic.longaddition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
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

class LongAdditionTaskTest {
  private static final Pattern LINE =
      Pattern.compile("column (\\d+): ([0-9]+(?: \\+ [0-9]+)*) = (\\d+), write (\\d), carry (\\d+)");
  private final LongAdditionTask task = new LongAdditionTask();

  private Generated<LongAdditionProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  private Params trace(int level) {
    return task.resolve(level, Map.of("mode", "trace"));
  }

  /** Schoolbook addition on reversed digit arrays: independent of the generator's column code. */
  static String addByHand(List<String> addends) {
    int width = 0;
    for (String a : addends) {
      width = Math.max(width, a.length());
    }
    int[] acc = new int[width + 4];
    for (String a : addends) {
      for (int i = 0; i < a.length(); i++) {
        acc[i] += a.charAt(a.length() - 1 - i) - '0';
      }
    }
    for (int i = 0; i < acc.length - 1; i++) {
      acc[i + 1] += acc[i] / 10;
      acc[i] %= 10;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = acc.length - 1; i >= 0; i--) {
      if (sb.length() > 0 || acc[i] != 0 || i == 0) {
        sb.append(acc[i]);
      }
    }
    return sb.toString();
  }

  @Test
  void defaultsAreLevelFiveAndLevelsAreValid() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      assertThat(task.level(level).getString("mode")).isEqualTo("final");
    }
    assertThat(task.level(1).getInt("digits")).isEqualTo(2);
    assertThat(task.level(10).getInt("digits")).isGreaterThanOrEqualTo(40);
    assertThatThrownBy(() -> task.resolve(5, Map.of("digits", "1", "ragged", "true")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'ragged'").hasMessageContaining("'digits'");
  }

  @Test
  void goldSumAndEveryTraceLineAgreeWithAnIndependentAddition() {
    for (int level = 1; level <= 10; level++) {
      Params p = trace(level);
      for (int i = 0; i < 60; i++) {
        Generated<LongAdditionProblem> g = make(p, 3, i);
        List<String> addends = g.problem().addends();
        String sum = addByHand(addends);
        LongAdditionSolution s = (LongAdditionSolution) g.solution();
        assertThat(s.result()).isEqualTo(sum);
        assertThat(new java.math.BigInteger(sum))
            .isEqualTo(addends.stream().map(java.math.BigInteger::new).reduce(java.math.BigInteger.ZERO,
                java.math.BigInteger::add));
        int width = addends.stream().mapToInt(String::length).max().orElseThrow();
        assertThat(s.trace()).hasSize(width);
        int carry = 0;
        StringBuilder written = new StringBuilder();
        for (int c = 0; c < width; c++) {
          Matcher m = LINE.matcher(s.trace().get(c));
          assertThat(m.matches()).as(s.trace().get(c)).isTrue();
          assertThat(Integer.parseInt(m.group(1))).isEqualTo(c + 1);
          List<Integer> want = new ArrayList<>();
          for (String a : addends) {
            if (c < a.length()) {
              want.add(a.charAt(a.length() - 1 - c) - '0');
            }
          }
          if (carry > 0) {
            want.add(carry);
          }
          List<Integer> got = Arrays.stream(m.group(2).split(" \\+ ")).map(Integer::valueOf).toList();
          assertThat(got).containsExactlyElementsOf(want);
          int total = want.stream().mapToInt(Integer::intValue).sum();
          assertThat(Integer.parseInt(m.group(3))).isEqualTo(total);
          assertThat(Integer.parseInt(m.group(4))).isEqualTo(total % 10);
          assertThat(Integer.parseInt(m.group(5))).isEqualTo(total / 10);
          carry = total / 10;
          written.insert(0, total % 10);
        }
        assertThat((carry > 0 ? String.valueOf(carry) : "") + written).isEqualTo(sum);
        assertThat(g.answer()).isEqualTo(String.join("\n", s.trace()) + "\nResult: " + sum);
        Generated<LongAdditionProblem> f = make(task.level(level), 3, i);
        assertThat(f.answer()).isEqualTo(addByHand(f.problem().addends()));
      }
    }
  }

  @Test
  void deliversTheAddendsAndLengthsAsked() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      int digits = p.getInt("digits");
      for (int i = 0; i < 80; i++) {
        List<String> addends = make(p, 5, i).problem().addends();
        assertThat(addends).hasSize(p.getInt("addends"));
        assertThat(addends).allSatisfy(a -> {
          assertThat(a).matches("[1-9][0-9]*");
          assertThat(a.length()).isLessThanOrEqualTo(digits);
        });
        assertThat(addends).anySatisfy(a -> assertThat(a).hasSize(digits));
        if (p.getBool("ragged")) {
          assertThat(addends).anySatisfy(a -> assertThat(a.length()).isLessThan(digits));
        } else {
          assertThat(addends).allSatisfy(a -> assertThat(a).hasSize(digits));
        }
      }
    }
    Params extreme = task.resolve(5, Map.of("addends", "20", "digits", "2", "ragged", "true"));
    for (int i = 0; i < 50; i++) {
      List<String> addends = make(extreme, 1, i).problem().addends();
      assertThat(addends).hasSize(20).anySatisfy(a -> assertThat(a).hasSize(1));
    }
  }

  @Test
  void sameStreamSameInstanceAndJsonRoundTrip() throws Exception {
    Params p = trace(7);
    Generated<LongAdditionProblem> a = make(p, 9, 4);
    Generated<LongAdditionProblem> b = make(p, 9, 4);
    assertThat(b.problem()).isEqualTo(a.problem());
    assertThat(b.answer()).isEqualTo(a.answer());
    assertThat(b.metrics()).isEqualTo(a.metrics());
    String json = Json.MAPPER.writeValueAsString(a.problem());
    assertThat(Json.MAPPER.readValue(json, LongAdditionProblem.class)).isEqualTo(a.problem());
    assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.problem()), LongAdditionProblem.class))
        .isEqualTo(a.problem());
    LongAdditionSolution s = (LongAdditionSolution) a.solution();
    assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(s), LongAdditionSolution.class)).isEqualTo(s);
    assertThat(a.problem().mode()).isEqualTo("trace");
  }

  @Test
  void canonicalFormIgnoresTheOrderOfAddends() {
    Generated<LongAdditionProblem> g = make(task.level(6), 1, 1);
    assertThat(g.canonicalForm()).startsWith("final:");
    List<String> sorted = new ArrayList<>(g.problem().addends());
    sorted.sort((x, y) -> x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y));
    assertThat(g.canonicalForm()).isEqualTo("final:" + String.join("+", sorted));
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
        if (level == 1) {
          first = median;
        }
        previous = median;
      }
      assertThat(previous).as(metric).isGreaterThan(first);
    }
  }

  @Test
  void exampleLooksAsDocumented() {
    Columns c = Columns.add(List.of("58", "67"), 2);
    assertThat(c.trace()).containsExactly("column 1: 8 + 7 = 15, write 5, carry 1", "column 2: 5 + 6 + 1 = 12, write 2, carry 1");
    assertThat(c.result()).isEqualTo("125");
    assertThat(task.answerFormat()).contains("column 1: 8 + 7 = 15, write 5, carry 1").contains("Result: 125");
    Columns ragged = Columns.add(List.of("9999", "1", "905"), 4);
    assertThat(ragged.trace()).containsExactly(
        "column 1: 9 + 1 + 5 = 15, write 5, carry 1",
        "column 2: 9 + 0 + 1 = 10, write 0, carry 1",
        "column 3: 9 + 9 + 1 = 19, write 9, carry 1",
        "column 4: 9 + 1 = 10, write 0, carry 1");
    assertThat(ragged.result()).isEqualTo("10905");
  }
}
