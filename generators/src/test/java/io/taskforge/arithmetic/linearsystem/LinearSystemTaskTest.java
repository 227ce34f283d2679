package io.taskforge.arithmetic.linearsystem;

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

class LinearSystemTaskTest {
  private final LinearSystemTask task = new LinearSystemTask();

  private Params params(int level, String mode) {
    return task.schema().withText(task.level(level), Map.of("mode", mode), task.id());
  }

  private Generated<LinearSystemProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  private static BigInteger[] constants(LinearSystemProblem p) {
    return p.constants().stream().map(BigInteger::valueOf).toArray(BigInteger[]::new);
  }

  @Test
  void defaultsAreLevelFiveAndTheModeIsNotPartOfTheLadder() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      assertThat(task.levelOverrides(level)).doesNotContainKey("mode");
    }
    Params tiny = task.schema().with(task.level(5), Map.of("max_value", 1), task.id());
    assertThatThrownBy(() -> task.validate(tiny)).isInstanceOf(ParamException.class)
        .hasMessageContaining("max_value").hasMessageContaining("fractional");
  }

  @Test
  void everySystemHasOneSolutionByAnIndependentDeterminant() {
    for (int level = 1; level <= 10; level++) {
      Params p = params(level, "final");
      for (int i = 0; i < 150; i++) {
        Generated<LinearSystemProblem> g = make(p, 17, i);
        BigInteger[][] a = Bareiss.matrix(g.problem().coefficients());
        BigInteger det = Bareiss.determinant(a);
        assertThat(det.signum()).as("level %d: %s", level, g.problem()).isNotZero();
        assertThat(((LinearSystemSolution) g.solution()).determinant()).isEqualTo(det.toString());
        if (a.length <= 4) {
          assertThat(Bareiss.cofactor(a)).isEqualTo(det);
        }
      }
    }
  }

  @Test
  void goldValuesAreCramersRule() {
    for (int level = 1; level <= 10; level++) {
      Params p = params(level, "final");
      for (int i = 0; i < 150; i++) {
        Generated<LinearSystemProblem> g = make(p, 5, i);
        LinearSystemProblem prob = g.problem();
        BigInteger[][] x = Bareiss.cramer(Bareiss.matrix(prob.coefficients()), constants(prob));
        List<String> expected = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < x.length; j++) {
          expected.add(Bareiss.text(x[j]));
          parts.add(prob.variables().get(j) + " = " + Bareiss.text(x[j]));
        }
        LinearSystemSolution s = (LinearSystemSolution) g.solution();
        assertThat(s.values()).as("level %d: %s", level, prob).isEqualTo(expected);
        assertThat(g.answer()).isEqualTo(String.join(", ", parts)).isEqualTo(s.result());
      }
    }
  }

  @Test
  void goldTraceReplaysWithIndependentArithmetic() {
    for (int level = 1; level <= 10; level++) {
      Params p = params(level, "trace");
      for (int i = 0; i < 60; i++) {
        Generated<LinearSystemProblem> g = make(p, 11, i);
        LinearSystemProblem prob = g.problem();
        int n = prob.variables().size();
        BigInteger[][] x = Bareiss.cramer(Bareiss.matrix(prob.coefficients()), constants(prob));
        Replay replay = new Replay(prob);
        LinearSystemSolution s = (LinearSystemSolution) g.solution();
        assertThat(s.trace()).hasSize(prob.referenceSteps());
        int values = 0;
        for (String line : s.trace()) {
          if (line.startsWith("R")) {
            assertThat(values).as("row operations come before values: %s", line).isZero();
            replay.apply(line);
          } else {
            String name = line.substring(0, line.indexOf(" = "));
            int j = prob.variables().indexOf(name);
            assertThat(line.substring(line.indexOf(" = ") + 3)).as(line).isEqualTo(Bareiss.text(x[j]));
            assertThat(j).as("back substitution from the last unknown").isEqualTo(n - 1 - values);
            values++;
          }
        }
        assertThat(values).isEqualTo(n);
        assertThat(replay.upperTriangular()).as("level %d: %s", level, s.trace()).isTrue();
        assertThat(g.answer()).isEqualTo(String.join("\n", s.trace()) + "\nResult: " + s.result());
      }
    }
  }

  /** Replays canonical row operations with {numerator, denominator} pairs. */
  private static final class Replay {
    final BigInteger[][][] m;
    final int n;

    Replay(LinearSystemProblem p) {
      n = p.variables().size();
      m = new BigInteger[n][n + 1][];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = q(BigInteger.valueOf(p.coefficients().get(i).get(j)), BigInteger.ONE);
        }
        m[i][n] = q(BigInteger.valueOf(p.constants().get(i)), BigInteger.ONE);
      }
    }

    void apply(String line) {
      if (line.contains(" <-> ")) {
        String[] rows = line.split(" <-> ");
        int a = Integer.parseInt(rows[0].substring(1)) - 1;
        int b = Integer.parseInt(rows[1].substring(1)) - 1;
        BigInteger[][] t = m[a];
        m[a] = m[b];
        m[b] = t;
        return;
      }
      // R<r> = R<r> (-|+) [f ]R<c>: [entries | constant]
      String[] halves = line.split(": \\[");
      String[] tokens = halves[0].split(" ");
      int r = Integer.parseInt(tokens[0].substring(1)) - 1;
      assertThat(tokens[2]).isEqualTo(tokens[0]);
      boolean minus = tokens[3].equals("-");
      BigInteger[] f = tokens.length == 6 ? parse(tokens[4]) : q(BigInteger.ONE, BigInteger.ONE);
      int c = Integer.parseInt(tokens[tokens.length - 1].substring(1)) - 1;
      String[] cells = halves[1].substring(0, halves[1].length() - 1).replace(" | ", ", ").split(", ");
      assertThat(cells).hasSize(n + 1);
      for (int j = 0; j <= n; j++) {
        BigInteger[] term = mul(f, m[c][j]);
        BigInteger[] v = minus ? sub(m[r][j], term) : add(m[r][j], term);
        assertThat(v).as(line + " column " + j).isEqualTo(parse(cells[j]));
        m[r][j] = v;
      }
    }

    boolean upperTriangular() {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++) {
          if (m[i][j][0].signum() != 0) {
            return false;
          }
        }
        if (m[i][i][0].signum() == 0) {
          return false;
        }
      }
      return true;
    }

    static BigInteger[] q(BigInteger a, BigInteger b) {
      if (b.signum() < 0) {
        a = a.negate();
        b = b.negate();
      }
      BigInteger g = a.gcd(b);
      return g.signum() == 0 ? new BigInteger[] {a, b} : new BigInteger[] {a.divide(g), b.divide(g)};
    }

    static BigInteger[] parse(String s) {
      int slash = s.indexOf('/');
      return slash < 0 ? q(new BigInteger(s), BigInteger.ONE)
          : q(new BigInteger(s.substring(0, slash)), new BigInteger(s.substring(slash + 1)));
    }

    static BigInteger[] mul(BigInteger[] a, BigInteger[] b) {
      return q(a[0].multiply(b[0]), a[1].multiply(b[1]));
    }

    static BigInteger[] add(BigInteger[] a, BigInteger[] b) {
      return q(a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1]));
    }

    static BigInteger[] sub(BigInteger[] a, BigInteger[] b) {
      return add(a, new BigInteger[] {b[0].negate(), b[1]});
    }
  }

  @Test
  void deliversWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 80; i++) {
        checkDelivered(p, make(p, 23, i));
      }
    }
    Params ones = task.schema().with(task.level(3), Map.of("max_coefficient", 1, "max_value", 1), task.id());
    for (int i = 0; i < 30; i++) {
      checkDelivered(ones, make(ones, 2, i));
    }
  }

  private static void checkDelivered(Params p, Generated<LinearSystemProblem> g) {
    LinearSystemProblem prob = g.problem();
    int n = p.getInt("variables");
    int c = p.getInt("max_coefficient");
    int max = p.getInt("max_value");
    assertThat(prob.variables()).hasSize(n).doesNotHaveDuplicates()
        .isEqualTo(n <= 3 ? List.of("x", "y", "z").subList(0, n) : java.util.stream.IntStream.rangeClosed(1, n)
            .mapToObj(i -> "x" + i).toList());
    assertThat(prob.coefficients()).hasSize(n);
    boolean full = false;
    for (List<Integer> row : prob.coefficients()) {
      assertThat(row).hasSize(n).allSatisfy(v -> assertThat(Math.abs(v)).isLessThanOrEqualTo(c));
      assertThat(row.stream().filter(v -> v != 0).count()).as(prob.toString()).isGreaterThanOrEqualTo(2);
      full |= row.stream().anyMatch(v -> Math.abs(v) == c);
    }
    assertThat(full).as(prob.toString()).isTrue();
    BigInteger[][] x = Bareiss.cramer(Bareiss.matrix(prob.coefficients()), constants(prob));
    boolean integral = true;
    for (BigInteger[] v : x) {
      integral &= v[1].equals(BigInteger.ONE);
    }
    if (p.getBool("fractional")) {
      assertThat(integral).as(prob.toString()).isFalse();
      assertThat(prob.constants()).allSatisfy(b -> assertThat(Math.abs(b)).isLessThanOrEqualTo(max));
    } else {
      assertThat(integral).isTrue();
      for (BigInteger[] v : x) {
        assertThat(v[0].signum()).isNotZero();
        assertThat(v[0].abs()).isLessThanOrEqualTo(BigInteger.valueOf(max));
      }
    }
    assertThat(g.metrics().get("variables")).isEqualTo(n);
    @SuppressWarnings("unchecked")
    List<String> equations = (List<String>) g.view().get("equations");
    assertThat(equations).hasSize(n);
  }

  @Test
  void equationsAreWrittenAsAPersonWould() {
    List<String> xyz = List.of("x", "y", "z");
    assertThat(LinearSystemTask.equation(new int[] {2, -1, 0}, 5, xyz)).isEqualTo("2x - y = 5");
    assertThat(LinearSystemTask.equation(new int[] {-1, 0, 3}, -4, xyz)).isEqualTo("-x + 3z = -4");
    assertThat(LinearSystemTask.equation(new int[] {0, 1, -12}, 0, xyz)).isEqualTo("y - 12z = 0");
  }

  @Test
  void sameStreamSameInstanceAndJsonRoundTrip() {
    for (int level = 1; level <= 10; level++) {
      Params p = params(level, "trace");
      Generated<LinearSystemProblem> a = make(p, 9, level);
      Generated<LinearSystemProblem> b = make(p, 9, level);
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.answer()).isEqualTo(b.answer());
      JsonNode tree = Json.MAPPER.valueToTree(a.problem());
      assertThat(Json.MAPPER.convertValue(tree, LinearSystemProblem.class)).isEqualTo(a.problem());
      JsonNode sol = Json.MAPPER.valueToTree(a.solution());
      assertThat(Json.MAPPER.convertValue(sol, LinearSystemSolution.class)).isEqualTo(a.solution());
      assertThat(sol.has("trace")).isTrue();
      assertThat(sol.has("result")).isTrue();
    }
  }

  @Test
  void reorderedEquationsHaveTheSameCanonicalForm() {
    Generated<LinearSystemProblem> g = make(task.level(5), 3, 0);
    assertThat(g.canonicalForm().split(";")).isSorted().hasSize(4);
  }

  @Test
  void difficultyMetricMediansRiseWithTheLevel() {
    List<String> names = task.difficultyMetrics();
    long[][] medians = new long[10][names.size()];
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      List<List<Long>> values = new ArrayList<>();
      names.forEach(n -> values.add(new ArrayList<>()));
      for (int i = 0; i < 101; i++) {
        Generated<LinearSystemProblem> g = make(p, 29, i);
        for (int m = 0; m < names.size(); m++) {
          values.get(m).add(((Number) g.metrics().get(names.get(m))).longValue());
        }
      }
      for (int m = 0; m < names.size(); m++) {
        Collections.sort(values.get(m));
        medians[level - 1][m] = values.get(m).get(50);
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
