package io.taskforge.arithmetic.fractions;

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
import org.junit.jupiter.api.Test;

class FractionsTaskTest {
  private final FractionsTask task = new FractionsTask();

  private Params params(int level, String mode) {
    return task.schema().withText(task.level(level), Map.of("mode", mode), task.id());
  }

  private Generated<FractionsProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  @Test
  void defaultsAreLevelFiveAndTheModeIsNotPartOfTheLadder() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      assertThat(task.level(level).getString("mode")).isEqualTo("final");
      assertThat(task.levelOverrides(level)).doesNotContainKey("mode");
    }
    assertThatThrownBy(() -> task.level(0)).isInstanceOf(ParamException.class);
  }

  @Test
  void unreducedFractionsNeedRoomForOne() {
    Params p = task.schema().with(task.level(5), Map.of("max_denominator", 3), task.id());
    assertThatThrownBy(() -> task.validate(p))
        .isInstanceOf(ParamException.class)
        .hasMessageContaining("max_denominator")
        .hasMessageContaining("unreduced");
    Params ok = task.schema().with(task.level(5), Map.of("max_denominator", 3, "unreduced", false), task.id());
    task.validate(ok);
    Params four = task.schema().with(task.level(5), Map.of("max_denominator", 4), task.id());
    for (int i = 0; i < 50; i++) {
      checkDelivered(four, make(four, 3, i));
    }
  }

  @Test
  void goldAnswerIsTheIndependentValueInLowestTerms() {
    for (int level = 1; level <= 10; level++) {
      Params p = params(level, "final");
      for (int i = 0; i < 300; i++) {
        Generated<FractionsProblem> g = make(p, 17, i);
        BigInteger[] v = Calc.eval(g.problem().expression());
        assertThat(g.answer()).as("level %d: %s", level, g.problem().expression()).isEqualTo(Calc.text(v));
        assertThat(v[0].gcd(v[1])).isEqualTo(BigInteger.ONE);
        assertThat(v[0].signum()).isNotZero();
      }
    }
  }

  @Test
  void everyTraceLineKeepsTheValueAndDoesOneRewriteOfItsKind() {
    for (int level = 1; level <= 10; level++) {
      Params p = params(level, "trace");
      for (int i = 0; i < 100; i++) {
        Generated<FractionsProblem> g = make(p, 5, i);
        String expr = g.problem().expression();
        FractionsSolution s = (FractionsSolution) g.solution();
        BigInteger[] value = Calc.eval(expr);
        assertThat(s.trace()).hasSameSizeAs(s.rules()).hasSize(g.problem().referenceSteps());
        assertThat(s.result()).isEqualTo(Calc.text(value));
        List<String> before = Calc.numbers(expr);
        String previous = expr;
        for (int k = 0; k < s.trace().size(); k++) {
          String line = s.trace().get(k);
          String where = "level " + level + " step " + (k + 1) + " of " + expr + ": " + line;
          assertThat(line).as(where).isNotEqualTo(previous);
          assertThat(Calc.text(Calc.eval(line))).as(where).isEqualTo(Calc.text(value));
          List<String> after = Calc.numbers(line);
          String rule = s.rules().get(k);
          switch (rule) {
            case "compute" -> assertThat(after).as(where).hasSize(before.size() - 1);
            case "reduce" -> {
              assertThat(after).as(where).hasSameSizeAs(before);
              assertThat(differences(before, after)).as(where).isEqualTo(1);
            }
            case "reciprocal" -> {
              assertThat(after).as(where).hasSameSizeAs(before);
              assertThat(differences(before, after)).as(where).isLessThanOrEqualTo(1); // ÷ 1 becomes × 1
              assertThat(count(line, '\u00F7')).as(where).isEqualTo(count(previous, '\u00F7') - 1);
            }
            case "common-denominator" -> {
              assertThat(after).as(where).hasSameSizeAs(before);
              assertThat(differences(before, after)).as(where).isBetween(1, 2);
            }
            default -> throw new AssertionError(rule);
          }
          if (rule.equals("reduce")) {
            assertThat(reducedCount(after)).as(where).isEqualTo(reducedCount(before) + 1);
          }
          before = after;
          previous = line;
        }
        assertThat(before).hasSize(1);
        assertThat(s.trace().get(s.trace().size() - 1)).isEqualTo(g.answer().substring(g.answer().lastIndexOf(' ') + 1));
        assertThat(g.answer()).isEqualTo(String.join("\n", s.trace()) + "\nResult: " + s.result());
      }
    }
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  private static int differences(List<String> a, List<String> b) {
    int d = 0;
    for (int i = 0; i < a.size(); i++) {
      d += a.get(i).equals(b.get(i)) ? 0 : 1;
    }
    return d;
  }

  private static int reducedCount(List<String> numbers) {
    int n = 0;
    for (String s : numbers) {
      BigInteger[] f = Calc.fraction(s);
      n += f[0].gcd(f[1]).equals(BigInteger.ONE) ? 1 : 0;
    }
    return n;
  }

  @Test
  void deliversWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 200; i++) {
        checkDelivered(p, make(p, 11, i));
      }
    }
    Params manyAdd = task.schema().with(task.level(1), Map.of("operands", 16, "max_denominator", 999), task.id());
    for (int i = 0; i < 30; i++) {
      checkDelivered(manyAdd, make(manyAdd, 2, i));
    }
  }

  private static void checkDelivered(Params p, Generated<FractionsProblem> g) {
    String expr = g.problem().expression();
    List<String> numbers = Calc.numbers(expr);
    int max = p.getInt("max_denominator");
    assertThat(numbers).as(expr).hasSize(p.getInt("operands"));
    boolean big = false;
    boolean negative = false;
    boolean unreduced = false;
    for (String n : numbers) {
      BigInteger[] f = Calc.fraction(n);
      assertThat(f[1]).as(expr).isBetween(BigInteger.TWO, BigInteger.valueOf(max));
      assertThat(f[0].signum()).as(expr).isNotZero();
      big |= f[1].compareTo(BigInteger.valueOf(max / 2)) > 0;
      negative |= f[0].signum() < 0;
      unreduced |= !f[0].gcd(f[1]).equals(BigInteger.ONE);
    }
    assertThat(big).as(expr).isTrue();
    assertThat(negative).as(expr).isEqualTo(p.getBool("negatives"));
    assertThat(unreduced).as(expr).isEqualTo(p.getBool("unreduced"));
    boolean multiplicative = expr.contains("\u00D7") || expr.contains("\u00F7");
    if (p.getString("operations").equals("add")) {
      assertThat(multiplicative).as(expr).isFalse();
    } else {
      assertThat(multiplicative).as(expr).isTrue();
    }
    // no zero value anywhere, and no negative one without negatives
    for (String sub : Calc.subexpressionValues(expr)) {
      assertThat(sub).as(expr).isNotEqualTo("0");
      if (!p.getBool("negatives")) {
        assertThat(sub).as(expr).doesNotStartWith("-");
      }
    }
    assertThat(g.metrics().get("operands")).isEqualTo(p.getInt("operands"));
    assertThat(g.canonicalForm()).isEqualTo(expr.replace(" ", ""));
    assertThat(g.view()).containsEntry("expression", expr);
  }

  @Test
  void sameStreamSameInstance() {
    Params p = params(7, "trace");
    for (int i = 0; i < 30; i++) {
      Generated<FractionsProblem> a = make(p, 9, i);
      Generated<FractionsProblem> b = make(p, 9, i);
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.solution()).isEqualTo(b.solution());
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.metrics()).isEqualTo(b.metrics());
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() {
    for (int level = 1; level <= 10; level++) {
      Generated<FractionsProblem> g = make(params(level, "trace"), 1, level);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, FractionsProblem.class)).isEqualTo(g.problem());
      assertThat(tree.get("mode").asText()).isEqualTo("trace");
      JsonNode sol = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(sol, FractionsSolution.class)).isEqualTo(g.solution());
      assertThat(sol.has("trace")).isTrue();
      assertThat(sol.has("result")).isTrue();
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
        Generated<FractionsProblem> g = make(p, 23, i);
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

  @Test
  void theDocumentedExampleIsWhatTheReferenceTraceDoes() {
    // 1/2 + 2/3 × 3/5, as in answerFormat(): built by hand and traced by the generator's own rules
    FractionsGenerator.Node root = node('+', leaf(1, 2), node('\u00D7', leaf(2, 3), leaf(3, 5)));
    assertThat(FractionsGenerator.write(root)).isEqualTo("1/2 + 2/3 \u00D7 3/5");
    FractionsGenerator.Trace trace = new FractionsGenerator.Trace(root);
    trace.run();
    assertThat(trace.lines).containsExactly("1/2 + 6/15", "1/2 + 2/5", "5/10 + 4/10", "9/10");
    assertThat(trace.rules).containsExactly("compute", "reduce", "common-denominator", "compute");
    assertThat(task.answerFormat()).contains("'1/2 + 6/15', '1/2 + 2/5', '5/10 + 4/10', '9/10'");
  }

  private static FractionsGenerator.Node leaf(long n, long d) {
    FractionsGenerator.Node x = new FractionsGenerator.Node();
    x.becomeLeaf(BigInteger.valueOf(n), BigInteger.valueOf(d));
    return x;
  }

  private static FractionsGenerator.Node node(char op, FractionsGenerator.Node l, FractionsGenerator.Node r) {
    FractionsGenerator.Node x = new FractionsGenerator.Node();
    x.op = op;
    x.left = l;
    x.right = r;
    return x;
  }
}
