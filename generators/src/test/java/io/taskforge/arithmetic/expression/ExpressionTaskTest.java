package io.taskforge.arithmetic.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.arithmetic.expression.ShuntingYard.Expr;
import io.taskforge.arithmetic.expression.ShuntingYard.Frac;
import io.taskforge.arithmetic.expression.ShuntingYard.Op;
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

class ExpressionTaskTest {
  private final ExpressionTask task = new ExpressionTask();

  private Generated<ExpressionProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  @Test
  void defaultsAreLevelFiveAndEveryLevelIsValid() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      task.validate(p);
      assertThat(p.getInt("operands")).isGreaterThanOrEqualTo(2);
    }
    assertThatThrownBy(() -> task.level(11)).isInstanceOf(ParamException.class);
  }

  @Test
  void goldAnswerEqualsAnIndependentEvaluationAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 600; i++) {
        Generated<ExpressionProblem> g = make(p, 17, i);
        String expr = g.problem().expression();
        Frac expected = ShuntingYard.eval(expr);
        assertThat(g.answer()).as("level %d index %d: %s", level, i, expr).isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void answerIsAnIntegerOrAReducedFractionWithTheSignInFront() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 200; i++) {
        String a = make(p, 3, i).answer();
        assertThat(a).matches("-?(0|[1-9][0-9]*)(/[1-9][0-9]*)?");
        int slash = a.indexOf('/');
        if (slash > 0) {
          BigInteger n = new BigInteger(a.substring(0, slash));
          BigInteger d = new BigInteger(a.substring(slash + 1));
          assertThat(n.gcd(d)).isEqualTo(BigInteger.ONE);
          assertThat(d).isGreaterThan(BigInteger.ONE);
        }
      }
    }
  }

  @Test
  void everyTraceStepIsRightAndInEvaluationOrder() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 300; i++) {
        Generated<ExpressionProblem> g = make(p, 5, i);
        String expr = g.problem().expression();
        Frac answer = ShuntingYard.eval(expr);
        List<Op> expected = ShuntingYard.steps(ShuntingYard.parse(expr));
        List<ExpressionSolution.Step> steps = ((ExpressionSolution) g.solution()).steps();
        assertThat(steps).as(expr).hasSize(p.getInt("operands") - 1).hasSize(expected.size());
        for (int k = 0; k < steps.size(); k++) {
          ExpressionSolution.Step step = steps.get(k);
          String where = "level " + level + " step " + k + " of " + expr + ": " + step;
          // the operation, recomputed independently from its own text
          int eq = step.operation().lastIndexOf(" = ");
          String lhs = step.operation().substring(0, eq);
          Frac rhs = fraction(step.operation().substring(eq + 3));
          assertThat(ShuntingYard.eval(lhs)).as(where).isEqualTo(rhs);
          // the operation is the one standard evaluation order performs next
          assertThat(parseOp(lhs, rhs)).as(where).isEqualTo(expected.get(k));
          // the expression after the step still has the value of the whole
          assertThat(ShuntingYard.eval(step.expression())).as(where).isEqualTo(answer);
        }
        assertThat(steps.get(steps.size() - 1).expression()).isEqualTo(g.answer());
      }
    }
  }

  /** Reads {@code a op b} or {@code -(a op b)}, operands written as values ({@code (-7)}, {@code (2/3)}). */
  private static Op parseOp(String lhs, Frac result) {
    boolean negated = lhs.startsWith("-(") && lhs.endsWith(")");
    String inner = negated ? lhs.substring(2, lhs.length() - 1) : lhs;
    String[] parts = inner.split(" ");
    assertThat(parts).as(lhs).hasSize(3);
    assertThat(parts[1]).hasSize(1);
    return new Op(fraction(parts[0]), parts[1].charAt(0), fraction(parts[2]), negated, result);
  }

  private static Frac fraction(String s) {
    String t = s.startsWith("(") && s.endsWith(")") ? s.substring(1, s.length() - 1) : s;
    assertThat(t).matches("-?[0-9]+(/[0-9]+)?");
    int slash = t.indexOf('/');
    return slash < 0
        ? new Frac(new BigInteger(t), BigInteger.ONE)
        : new Frac(new BigInteger(t.substring(0, slash)), new BigInteger(t.substring(slash + 1)));
  }

  @Test
  void deliversExactlyWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 300; i++) {
        checkDelivered(p, make(p, 11, i));
      }
    }
  }

  private static void checkDelivered(Params p, Generated<ExpressionProblem> g) {
    String expr = g.problem().expression();
    Expr tree = ShuntingYard.parse(expr);
    List<String> tokens = ShuntingYard.tokens(expr);
    int literals = 0;
    int maxDigits = 0;
    boolean division = false;
    boolean unary = false;
    for (String t : tokens) {
      if (Character.isDigit(t.charAt(0))) {
        literals++;
        maxDigits = Math.max(maxDigits, t.length());
        assertThat(t).as(expr).doesNotStartWith("0");
      }
      division |= t.equals("/");
      unary |= t.equals("u");
    }
    assertThat(literals).as(expr).isEqualTo(p.getInt("operands"));
    assertThat(maxDigits).as(expr).isEqualTo(p.getInt("digits"));
    assertThat(division).as(expr).isEqualTo(p.getBool("division"));
    assertThat(unary).as(expr).isEqualTo(p.getBool("unary_minus"));
    assertThat(independentDepth(expr)).as(expr).isEqualTo(p.getInt("depth"));
    assertThat(g.metrics().get("depth")).isEqualTo(p.getInt("depth"));
    assertThat(g.metrics().get("operands")).isEqualTo(p.getInt("operands"));
    assertThat(noZeroDivisor(tree)).as(expr).isTrue();
    assertThat(expr).doesNotContain("--").doesNotContain("- -").doesNotContain("* -").doesNotContain("/ -")
        .doesNotContain("+ -");
    assertThat(g.canonicalForm()).isEqualTo(expr.replace(" ", ""));
  }

  private static int independentDepth(String s) {
    int d = 0;
    int max = 0;
    for (char c : s.toCharArray()) {
      if (c == '(') {
        max = Math.max(max, ++d);
      } else if (c == ')') {
        d--;
        assertThat(d).isGreaterThanOrEqualTo(0);
      }
    }
    assertThat(d).isZero();
    return max;
  }

  private static boolean noZeroDivisor(Expr e) {
    if (e instanceof ShuntingYard.Neg n) {
      return noZeroDivisor(n.e());
    }
    if (e instanceof ShuntingYard.Bin b) {
      if (b.op() == '/' && ShuntingYard.value(b.r()).n().signum() == 0) {
        return false;
      }
      return noZeroDivisor(b.l()) && noZeroDivisor(b.r());
    }
    return true;
  }

  @Test
  void everyReachableDepthIsDeliveredForSmallAndExtremeParams() {
    for (boolean division : new boolean[] {false, true}) {
      for (boolean unary : new boolean[] {false, true}) {
        for (int operands = 2; operands <= Shapes.MAX_OPERANDS; operands += operands < 9 ? 1 : 5) {
          long reach = Shapes.of(division, unary).rootReach(operands);
          int max = 63 - Long.numberOfLeadingZeros(reach);
          // depths form an interval from 0
          assertThat(reach).isEqualTo((1L << (max + 1)) - 1);
          for (int depth = 0; depth <= max; depth++) {
            Params p = params(operands, operands > 8 ? 2 : 1, depth, division, unary);
            for (int i = 0; i < 5; i++) {
              checkDelivered(p, make(p, depth, i));
            }
          }
          // hand-counted limits: every operation can add a level only with the help of negations
          assertThat(max).isEqualTo(unary ? 2 * operands - 2 : operands - 2);
          if (max + 1 <= 2 * Shapes.MAX_OPERANDS - 2) {
            Params tooDeep = params(operands, 1, max + 1, division, unary);
            assertThatThrownBy(() -> task.validate(tooDeep))
                .isInstanceOf(ParamException.class)
                .hasMessageContaining("depth")
                .hasMessageContaining("operands");
          }
        }
      }
    }
  }

  @Test
  void depthLimitsMatchHandCountedCases() {
    // a + b cannot hold parentheses; -(a + b) and a * (-b) hold one level
    assertThat(Shapes.of(false, false).rootReach(2)).isEqualTo(1L);
    assertThat(Shapes.of(true, true).rootReach(2)).isEqualTo(0b111L); // -(6 / (-3))
    // a * (b + c)
    assertThat(Shapes.of(false, false).rootReach(3)).isEqualTo(0b11L);
  }

  private Params params(int operands, int digits, int depth, boolean division, boolean unary) {
    return task.schema().with(task.schema().defaults(), Map.of(
        "operands", operands, "digits", digits, "depth", depth, "division", division, "unary_minus", unary),
        task.id());
  }

  @Test
  void sameStreamSameInstance() {
    Params p = task.level(7);
    for (int i = 0; i < 50; i++) {
      Generated<ExpressionProblem> a = make(p, 9, i);
      Generated<ExpressionProblem> b = make(p, 9, i);
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.solution()).isEqualTo(b.solution());
      assertThat(a.metrics()).isEqualTo(b.metrics());
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() {
    for (int level = 1; level <= 10; level++) {
      Generated<ExpressionProblem> g = make(task.level(level), 1, level);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, ExpressionProblem.class)).isEqualTo(g.problem());
      JsonNode sol = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(sol, ExpressionSolution.class)).isEqualTo(g.solution());
      assertThat(sol.get("steps").get(0).has("operation")).isTrue();
      assertThat(sol.get("steps").get(0).has("expression")).isTrue();
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
        Generated<ExpressionProblem> g = make(p, 23, i);
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
  void examplesLookAsDocumented() {
    Params p = task.level(5);
    boolean negatedGroup = false;
    boolean wrappedNegative = false;
    boolean fraction = false;
    for (int i = 0; i < 400; i++) {
      Generated<ExpressionProblem> g = make(p, 2, i);
      String e = g.problem().expression();
      negatedGroup |= e.startsWith("-(") || e.contains(" -(") || e.contains("(-(");
      wrappedNegative |= e.matches(".*[-+*/] \\(-[0-9].*");
      fraction |= g.answer().contains("/");
      assertThat(g.view()).containsEntry("expression", e);
    }
    assertThat(negatedGroup).isTrue();
    assertThat(wrappedNegative).isTrue();
    assertThat(fraction).isTrue();
  }
}
