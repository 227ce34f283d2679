package io.taskforge.arithmetic.chain;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChainTaskTest {
  private final ChainTask task = new ChainTask();
  private static final Pattern STEP = Pattern.compile("(-?\\d+) ([-+×÷]) (\\d+) = (-?\\d+)");

  private Params params(int level, String mode) {
    return task.schema().with(task.level(level), Map.of("mode", mode), task.id());
  }

  private Generated<ChainProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  @Test
  void defaultsAreLevelFiveAndParamsAreChecked() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      task.validate(task.level(level));
    }
    assertThatThrownBy(() -> task.level(0)).isInstanceOf(ParamException.class);
    Params tooFew = task.schema().with(task.level(5), Map.of("steps", 1), task.id());
    assertThatThrownBy(() -> task.validate(tooFew)).isInstanceOf(ParamException.class).hasMessageContaining("steps");
    Params bigFactor = task.schema().with(task.level(5), Map.of("digits", 2, "factor_digits", 3), task.id());
    assertThatThrownBy(() -> task.validate(bigFactor)).isInstanceOf(ParamException.class)
        .hasMessageContaining("factor_digits").hasMessageContaining("digits");
  }

  /**
   * The independent evaluation: the chain is read back from the prompt's sentence ("start with 7; add
   * 12; ...") and run with BigDecimal, each division checked to be exact.
   */
  private static List<BigDecimal> evaluateSentence(String chain) {
    String[] parts = chain.split("; ");
    assertThat(parts[0]).startsWith("start with ");
    BigDecimal v = new BigDecimal(parts[0].substring("start with ".length()));
    List<BigDecimal> values = new ArrayList<>();
    values.add(v);
    for (int i = 1; i < parts.length; i++) {
      String s = parts[i];
      if (s.startsWith("add ")) {
        v = v.add(new BigDecimal(s.substring(4)));
      } else if (s.startsWith("subtract ")) {
        v = v.subtract(new BigDecimal(s.substring(9)));
      } else if (s.startsWith("multiply by ")) {
        v = v.multiply(new BigDecimal(s.substring(12)));
      } else {
        assertThat(s).startsWith("divide by ");
        BigDecimal[] qr = v.divideAndRemainder(new BigDecimal(s.substring(10)));
        assertThat(qr[1].signum()).as("exact division in %s", chain).isZero();
        v = qr[0];
      }
      values.add(v);
    }
    return values;
  }

  @Test
  void goldAnswersAndTracesMatchAnIndependentEvaluationAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        Params p = params(level, mode);
        for (int i = 0; i < 250; i++) {
          Generated<ChainProblem> g = make(p, 17, i);
          String chain = (String) g.view().get("chain");
          List<BigDecimal> values = evaluateSentence(chain);
          String end = values.get(values.size() - 1).toPlainString();
          ChainSolution sol = (ChainSolution) g.solution();
          assertThat(sol.result()).as(chain).isEqualTo(end);
          // the problem record says the same as the sentence
          ChainProblem pr = g.problem();
          assertThat(chain).startsWith("start with " + pr.start() + "; ");
          assertThat(pr.operations()).hasSize(values.size() - 1);
          if (mode.equals("final")) {
            assertThat(g.answer()).isEqualTo(end);
            continue;
          }
          String[] lines = g.answer().split("\n");
          assertThat(lines).hasSize(values.size());
          assertThat(lines[lines.length - 1]).isEqualTo("Result: " + end);
          for (int k = 0; k + 1 < lines.length; k++) {
            Matcher m = STEP.matcher(lines[k]);
            assertThat(m.matches()).as(lines[k]).isTrue();
            assertThat(new BigDecimal(m.group(1))).isEqualByComparingTo(values.get(k));
            assertThat(new BigDecimal(m.group(4))).isEqualByComparingTo(values.get(k + 1));
            ChainProblem.Operation o = pr.operations().get(k);
            assertThat(Integer.parseInt(m.group(3))).isEqualTo(o.operand());
            assertThat(m.group(2)).isEqualTo(switch (o.op()) {
              case "add" -> "+";
              case "subtract" -> "-";
              case "multiply" -> "×";
              default -> "÷";
            });
            assertThat(sol.trace().get(k)).isEqualTo(lines[k]);
            assertThat(sol.values().get(k)).isEqualTo(values.get(k + 1).toPlainString());
          }
        }
      }
    }
  }

  @Test
  void deliversExactlyWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 300; i++) {
        checkDelivered(p, make(p, 11, i));
      }
    }
    // extremes of the schema
    for (Map<String, Object> extreme : List.<Map<String, Object>>of(
        Map.of("steps", 2, "digits", 1, "factor_digits", 1, "operations", "all", "negatives", false),
        Map.of("steps", 1, "digits", 1, "factor_digits", 1, "operations", "multiply", "negatives", false),
        Map.of("steps", 1, "digits", 1, "factor_digits", 6, "operations", "add", "negatives", false),
        Map.of("steps", 200, "digits", 9, "factor_digits", 6, "operations", "all", "negatives", true),
        Map.of("steps", 60, "digits", 1, "factor_digits", 1, "operations", "all", "negatives", false),
        Map.of("steps", 40, "digits", 6, "factor_digits", 6, "operations", "all", "negatives", false))) {
      Params p = task.schema().with(task.schema().defaults(), extreme, task.id());
      for (int i = 0; i < 40; i++) {
        checkDelivered(p, make(p, 3, i));
      }
    }
  }

  private static void checkDelivered(Params p, Generated<ChainProblem> g) {
    ChainProblem pr = g.problem();
    String ops = p.getString("operations");
    assertThat(pr.operations()).hasSize(p.getInt("steps"));
    assertThat(Integer.toString(pr.start())).hasSize(p.getInt("digits"));
    List<BigDecimal> values = evaluateSentence((String) g.view().get("chain"));
    boolean mul = false;
    boolean div = false;
    for (int k = 0; k < pr.operations().size(); k++) {
      ChainProblem.Operation o = pr.operations().get(k);
      String digits = Integer.toString(o.operand());
      switch (o.op()) {
        case "add", "subtract" -> assertThat(digits).hasSize(p.getInt("digits"));
        case "multiply", "divide" -> {
          assertThat(digits).hasSize(p.getInt("factor_digits"));
          assertThat(o.operand()).isGreaterThanOrEqualTo(2);
          mul |= o.op().equals("multiply");
          div |= o.op().equals("divide");
        }
        default -> throw new AssertionError(o.op());
      }
      BigDecimal after = values.get(k + 1);
      assertThat(after.signum()).as("a running value of zero").isNotZero();
      if (!p.getBool("negatives")) {
        assertThat(after.signum()).isPositive();
      }
    }
    assertThat(mul).isEqualTo(!ops.equals("add"));
    assertThat(div).isEqualTo(ops.equals("all"));
    assertThat(g.metrics().get("steps")).isEqualTo(p.getInt("steps"));
    int maxDigits = 0;
    for (BigDecimal v : values) {
      maxDigits = Math.max(maxDigits, v.abs().toPlainString().length());
    }
    assertThat(g.metrics().get("max_value_digits")).isEqualTo(maxDigits);
  }

  @Test
  void sameStreamSameInstance() {
    Params p = params(8, "trace");
    for (int i = 0; i < 50; i++) {
      Generated<ChainProblem> a = make(p, 9, i);
      Generated<ChainProblem> b = make(p, 9, i);
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.solution()).isEqualTo(b.solution());
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.metrics()).isEqualTo(b.metrics());
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() {
    for (int level = 1; level <= 10; level++) {
      Generated<ChainProblem> g = make(params(level, level % 2 == 0 ? "trace" : "final"), 1, level);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, ChainProblem.class)).isEqualTo(g.problem());
      JsonNode sol = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(sol, ChainSolution.class)).isEqualTo(g.solution());
      assertThat(tree.get("operations").get(0).has("op")).isTrue();
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
        Generated<ChainProblem> g = make(p, 23, i);
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
