package io.taskforge.logic.futoshiki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.logic.grid.LatinSquares;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FutoshikiTaskTest {
  private final FutoshikiTask task = new FutoshikiTask();

  private Generated<FutoshikiProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 2024, index)));
  }

  private static int seedsFor(int level) {
    return level <= 7 ? 25 : 2;
  }

  /** The gold answer read strictly: n lines of n numbers separated by single spaces. */
  private static int[] read(String answer, int n) {
    String[] lines = answer.split("\n", -1);
    assertThat(lines).hasSize(n);
    int[] g = new int[n * n];
    for (int r = 0; r < n; r++) {
      String[] parts = lines[r].split(" ", -1);
      assertThat(parts).hasSize(n);
      for (int c = 0; c < n; c++) {
        g[r * n + c] = Integer.parseInt(parts[c]);
      }
    }
    return g;
  }

  @Test
  void goldAnswerIsTheOnlySolutionAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < seedsFor(level); i++) {
        Generated<FutoshikiProblem> g = generate(p, i);
        FutoshikiProblem problem = g.problem();
        int[] gold = read(g.answer(), problem.size());
        List<int[]> solutions = SatCounter.solutions(problem);
        assertThat(solutions).as("level %d index %d", level, i).hasSize(1);
        assertThat(solutions.get(0)).as("level %d index %d", level, i).isEqualTo(gold);
      }
    }
  }

  @Test
  void levelsDeliverTheirSizeAndExactlyTheirGivens() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      FutoshikiParams fp = FutoshikiParams.from(p);
      for (int i = 0; i < (level <= 7 ? 10 : 3); i++) {
        Generated<FutoshikiProblem> g = generate(p, i);
        FutoshikiProblem problem = g.problem();
        int n = problem.size();
        assertThat(n).isEqualTo(fp.size());
        assertThat(problem.grid()).hasSize(n).allSatisfy(row -> assertThat(row).hasSize(n));
        int[] gold = read(g.answer(), n);
        assertThat(LatinSquares.isLatin(gold, n)).isTrue();
        int givens = 0;
        for (int r = 0; r < n; r++) {
          for (int c = 0; c < n; c++) {
            int v = problem.grid().get(r).get(c);
            if (v != 0) {
              givens++;
              assertThat(v).isEqualTo(gold[r * n + c]);
            }
          }
        }
        assertThat(givens).isEqualTo(fp.givens());
        for (FutoshikiProblem.Inequality q : problem.inequalities()) {
          assertThat(Math.abs(q.smallerRow() - q.largerRow()) + Math.abs(q.smallerColumn() - q.largerColumn())).isEqualTo(1);
          assertThat(gold[q.smallerRow() * n + q.smallerColumn()]).isLessThan(gold[q.largerRow() * n + q.largerColumn()]);
        }
        assertThat(g.metrics().get("inequalities")).isEqualTo(problem.inequalities().size());
        assertThat(g.metrics().get("blanks")).isEqualTo(n * n - fp.givens());
        assertThat(g.solution()).isEqualTo(toRows(gold, n));
      }
    }
  }

  private static List<List<Integer>> toRows(int[] g, int n) {
    List<List<Integer>> rows = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<Integer> row = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        row.add(g[r * n + c]);
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void smallPuzzlesNeedEveryInequality() {
    // Up to 5x5 the generator's bounded test of each inequality never runs out of budget, so the
    // puzzles are minimal: without any one inequality a second solution appears.
    for (int level = 1; level <= 4; level++) {
      for (int i = 0; i < 6; i++) {
        FutoshikiProblem p = generate(task.level(level), i).problem();
        for (int k = 0; k < p.inequalities().size(); k++) {
          List<FutoshikiProblem.Inequality> fewer = new ArrayList<>(p.inequalities());
          fewer.remove(k);
          assertThat(SatCounter.solutions(new FutoshikiProblem(p.size(), p.grid(), fewer)))
              .as("level %d index %d without inequality %d", level, i, k).hasSize(2);
        }
      }
    }
  }

  @Test
  void thePictureShowsExactlyTheGivensAndInequalities() {
    for (int level : new int[] {1, 5, 9}) {
      for (int i = 0; i < 5; i++) {
        Generated<FutoshikiProblem> g = generate(task.level(level), i);
        FutoshikiProblem p = g.problem();
        int n = p.size();
        String[] lines = ((String) g.view().get("picture")).split("\n", -1);
        assertThat(lines).hasSize(2 * n - 1);
        List<FutoshikiProblem.Inequality> read = new ArrayList<>();
        for (int r = 0; r < n; r++) {
          String line = lines[2 * r];
          for (int c = 0; c < n; c++) {
            char cell = line.charAt(4 * c);
            assertThat(cell == '.' ? 0 : cell - '0').isEqualTo(p.grid().get(r).get(c));
            char sign = 4 * c + 2 < line.length() ? line.charAt(4 * c + 2) : ' ';
            if (sign == '<') {
              read.add(new FutoshikiProblem.Inequality(r, c, r, c + 1));
            } else if (sign == '>') {
              read.add(new FutoshikiProblem.Inequality(r, c + 1, r, c));
            } else {
              assertThat(sign).isEqualTo(' ');
            }
            if (r + 1 < n) {
              String between = lines[2 * r + 1];
              char v = 4 * c < between.length() ? between.charAt(4 * c) : ' ';
              if (v == '^') {
                read.add(new FutoshikiProblem.Inequality(r, c, r + 1, c));
              } else if (v == 'v') {
                read.add(new FutoshikiProblem.Inequality(r + 1, c, r, c));
              } else {
                assertThat(v).isEqualTo(' ');
              }
            }
          }
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(p.inequalities());
        for (String line : lines) {
          assertThat(line).doesNotEndWith(" ");
        }
        assertThat((List<?>) g.view().get("inequalities")).hasSize(p.inequalities().size());
      }
    }
  }

  @Test
  void defaultsAreLevelFiveAndParamsAreChecked() {
    assertThat(task.level(5)).isEqualTo(task.schema().defaults());
    assertThatThrownBy(() -> task.resolve(5, Map.of("size", "4", "givens", "9")))
        .isInstanceOf(ParamException.class)
        .hasMessageContaining("givens")
        .hasMessageContaining("size");
    Params many = task.resolve(5, Map.of("size", "5", "givens", "12"));
    Generated<FutoshikiProblem> g = generate(many, 0);
    assertThat(g.metrics().get("givens")).isEqualTo(12);
    assertThat(SatCounter.solutions(g.problem())).hasSize(1);
    Params three = task.resolve(5, Map.of("size", "3", "givens", "0"));
    for (int i = 0; i < 10; i++) {
      assertThat(SatCounter.solutions(generate(three, i).problem())).hasSize(1);
    }
  }

  @Test
  void sameSeedSameInstanceAndSeedsDiffer() {
    Params p = task.level(6);
    List<String> canon = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Generated<FutoshikiProblem> a = generate(p, i);
      Generated<FutoshikiProblem> b = generate(p, i);
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.metrics()).isEqualTo(b.metrics());
      assertThat(a.view()).isEqualTo(b.view());
      canon.add(a.canonicalForm());
    }
    assertThat(canon).doesNotHaveDuplicates();
  }

  @Test
  void problemSurvivesAJsonRoundTrip() {
    for (int level : new int[] {1, 5, 10}) {
      Generated<FutoshikiProblem> g = generate(task.level(level), 3);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, FutoshikiProblem.class)).isEqualTo(g.problem());
      assertThat(tree.get("inequalities").get(0).has("smallerRow")).isTrue();
    }
  }

  @Test
  void canonicalFormIgnoresRotationReflectionAndReversedNumbers() {
    Generated<FutoshikiProblem> g = generate(task.level(5), 1);
    FutoshikiProblem p = g.problem();
    int n = p.size();
    // Transpose and replace v by n + 1 - v: every inequality turns round.
    int[] givens = new int[n * n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        int v = p.grid().get(r).get(c);
        givens[c * n + r] = v == 0 ? 0 : n + 1 - v;
      }
    }
    int m = p.inequalities().size();
    int[] less = new int[m];
    int[] greater = new int[m];
    for (int k = 0; k < m; k++) {
      FutoshikiProblem.Inequality q = p.inequalities().get(k);
      less[k] = q.largerColumn() * n + q.largerRow();
      greater[k] = q.smallerColumn() * n + q.smallerRow();
    }
    assertThat(FutoshikiTask.canonical(n, givens, less, greater)).isEqualTo(g.canonicalForm());
  }
}
