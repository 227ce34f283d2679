package io.taskforge.planning.sokoban;

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
import io.taskforge.planning.core.Simulation;
import io.taskforge.planning.pddl.Fact;
import io.taskforge.planning.pddl.Pddl;
import io.taskforge.planning.pddl.PddlDomain;
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.planning.pddl.PddlProblem;
import io.taskforge.planning.pddl.StripsModel;
import io.taskforge.search.BreadthFirst;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SokobanTaskTest {
  private final SokobanTask task = new SokobanTask();

  private Generated<SokobanProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  private static int metric(Generated<?> g, String name) {
    return ((Number) g.metrics().get(name)).intValue();
  }

  @Test
  void levelFiveIsTheDefaultAndTheLadderGrows() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int previousArea = 0;
    int previousMin = 0;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params p = task.level(level);
      int area = p.getInt("width") * p.getInt("height");
      assertThat(area).isGreaterThanOrEqualTo(previousArea);
      assertThat(p.getInt("min_pushes")).isGreaterThanOrEqualTo(previousMin);
      previousArea = area;
      previousMin = p.getInt("min_pushes");
    }
    assertThatThrownBy(() -> task.resolve(5, Map.of("min_pushes", "20", "max_pushes", "10")))
        .isInstanceOf(ParamException.class).hasMessageContaining("min_pushes").hasMessageContaining("max_pushes");
    assertThatThrownBy(() -> task.resolve(5, Map.of("width", "3", "height", "3", "boxes", "3")))
        .isInstanceOf(ParamException.class).hasMessageContaining("boxes");
  }

  @Test
  void goldPlansSolveTheLevelInAnIndependentSimulatorAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      int min = params.getInt("min_pushes");
      int max = params.getInt("max_pushes");
      for (int i = 0; i < (level <= 6 ? 15 : 3); i++) {
        Generated<SokobanProblem> g = generate(params, i);
        List<String> rows = g.problem().board();
        assertThat(rows).hasSize(params.getInt("height") + 2);
        assertThat(rows.get(0)).hasSize(params.getInt("width") + 2).matches("#+");
        String all = String.join("", rows);
        int boxes = params.getInt("boxes");
        assertThat(all.chars().filter(c -> c == '$' || c == '*').count()).isEqualTo(boxes);
        assertThat(all.chars().filter(c -> c == '.' || c == '*' || c == '+').count()).isEqualTo(boxes);
        assertThat(all.chars().filter(c -> c == '@' || c == '+').count()).isEqualTo(1);
        ReferenceSokoban ref = new ReferenceSokoban(rows);
        assertThat(ref.solves(g.answer())).as("level %s index %s", level, i).isTrue();
        int length = g.answer().split("\n").length;
        boolean proven = (Boolean) g.metrics().get("optimal_proven");
        assertThat(metric(g, proven ? "optimal_length" : "best_known_length")).isEqualTo(length);
        assertThat(g.problem().referenceLength()).isEqualTo(length);
        assertThat(g.problem().referenceOptimal()).isEqualTo(proven);
        assertThat(metric(g, "lower_bound")).isLessThanOrEqualTo(length);
        assertThat(metric(g, "optimal_pushes")).isBetween(min, max).isLessThanOrEqualTo(metric(g, "plan_pushes"));
        assertThat(metric(g, "plan_pushes")).isEqualTo(ref.pushesIn(g.answer()));
        SokobanSolution solution = (SokobanSolution) g.solution();
        assertThat(solution.plan()).isEqualTo(List.of(g.answer().split("\n")));
        assertThat(solution.length()).isEqualTo(length);
        if (level <= 6) {
          assertThat(proven).as("level %s index %s", level, i).isTrue();
        }
      }
    }
  }

  @Test
  void pushAndMoveOptimaMatchIndependentBreadthFirstSearches() {
    for (int level = 1; level <= 5; level++) {
      for (int i = 0; i < (level <= 3 ? 12 : 4); i++) {
        Generated<SokobanProblem> g = generate(task.level(level), i);
        ReferenceSokoban ref = new ReferenceSokoban(g.problem().board());
        assertThat(metric(g, "optimal_pushes")).as("level %s index %s", level, i).isEqualTo(ref.fewestPushes());
        if (level <= 4) {
          assertThat(metric(g, "optimal_length")).as("level %s index %s", level, i).isEqualTo(ref.fewestMoves());
        }
      }
    }
  }

  @Test
  void withATinySearchLimitTheBestKnownPlanIsFlaggedAndTheBoundIsAdmissible() {
    Params params = task.resolve(4, Map.of("search_limit", "2"));
    int flagged = 0;
    for (int i = 0; i < 12; i++) {
      Generated<SokobanProblem> g = generate(params, i);
      ReferenceSokoban ref = new ReferenceSokoban(g.problem().board());
      int fewest = ref.fewestMoves();
      assertThat(ref.solves(g.answer())).isTrue();
      assertThat(metric(g, "lower_bound")).isLessThanOrEqualTo(fewest);
      if (!(Boolean) g.metrics().get("optimal_proven")) {
        flagged++;
        assertThat(metric(g, "best_known_length")).isGreaterThanOrEqualTo(fewest);
        assertThat(g.metrics()).doesNotContainKey("optimal_length");
        // The best known plan is push-optimal.
        assertThat(metric(g, "plan_pushes")).isEqualTo(metric(g, "optimal_pushes"));
      } else {
        assertThat(metric(g, "optimal_length")).isEqualTo(fewest);
      }
    }
    assertThat(flagged).isPositive();
  }

  @Test
  void generationIsDeterministic() {
    Params params = task.level(6);
    for (int i = 0; i < 8; i++) {
      Generated<SokobanProblem> a = generate(params, i);
      Generated<SokobanProblem> b = generate(params, i);
      assertThat(b.problem()).isEqualTo(a.problem());
      assertThat(b.answer()).isEqualTo(a.answer());
      assertThat(b.metrics()).isEqualTo(a.metrics());
      assertThat(b.view()).isEqualTo(a.view());
      assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 8}) {
      Generated<SokobanProblem> g = generate(task.level(level), 3);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, SokobanProblem.class)).isEqualTo(g.problem());
      String text = Json.MAPPER.writeValueAsString(g.problem());
      assertThat(Json.MAPPER.readValue(text, SokobanProblem.class)).isEqualTo(g.problem());
      JsonNode solution = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(solution, SokobanSolution.class)).isEqualTo(g.solution());
    }
  }

  @Test
  void theCanonicalFormIgnoresRotationsAndReflections() {
    for (int i = 0; i < 10; i++) {
      Generated<SokobanProblem> g = generate(task.level(5), i);
      List<String> rows = g.problem().board();
      List<String> turned = new ArrayList<>();
      for (int c = 0; c < rows.get(0).length(); c++) {
        StringBuilder sb = new StringBuilder();
        for (int r = rows.size() - 1; r >= 0; r--) {
          char ch = rows.get(r).charAt(c);
          sb.append(ch == '_' ? ' ' : ch);
        }
        turned.add(sb.toString());
      }
      assertThat(SokobanCanonical.of(turned)).isEqualTo(g.canonicalForm());
      List<String> mirrored = new ArrayList<>();
      for (String row : rows) {
        mirrored.add(new StringBuilder(row).reverse().toString());
      }
      assertThat(SokobanCanonical.of(mirrored)).isEqualTo(g.canonicalForm());
      List<String> moved = new ArrayList<>(rows);
      moved.set(0, rows.get(0).replaceFirst("#", "_"));
      assertThat(SokobanCanonical.of(moved)).isNotEqualTo(g.canonicalForm());
    }
  }

  @Test
  void difficultyMetricsRiseWithTheLevel() {
    List<String> metrics = task.difficultyMetrics();
    long[] previous = new long[metrics.size()];
    long[] first = new long[metrics.size()];
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      List<Generated<SokobanProblem>> gs = new ArrayList<>();
      for (int i = 0; i < (level <= 6 ? 21 : 9); i++) {
        gs.add(generate(task.level(level), i));
      }
      for (int m = 0; m < metrics.size(); m++) {
        List<Integer> values = new ArrayList<>();
        for (Generated<SokobanProblem> g : gs) {
          values.add(metric(g, metrics.get(m)));
        }
        Collections.sort(values);
        int median = values.get(values.size() / 2);
        assertThat(median).as("%s at level %s", metrics.get(m), level).isGreaterThanOrEqualTo((int) previous[m]);
        previous[m] = median;
        if (level == 1) {
          first[m] = median;
        }
      }
    }
    for (int m = 0; m < metrics.size(); m++) {
      assertThat(previous[m]).isGreaterThan(first[m]);
    }
  }

  // --- PDDL -----------------------------------------------------------------------------------

  @Test
  void pddlExportsParseBackAndTheGoldPlanSolvesThem() {
    for (int level : new int[] {1, 3, 5}) {
      for (int i = 0; i < 3; i++) {
        Generated<SokobanProblem> g = generate(task.level(level), i);
        PddlFiles files = task.pddl(g.problem());
        PddlDomain domain = Pddl.parseDomain(files.domainText());
        PddlProblem problem = Pddl.parseProblem(files.problemText());
        assertThat(domain).isEqualTo(files.domain());
        assertThat(problem).isEqualTo(files.problem());
        List<Fact> plan = SokobanPddl.actions(g.problem(), moves(g.answer()));
        StripsModel strips = new StripsModel(domain, problem);
        assertThat(Simulation.run(strips, plan).solved()).as("level %s index %s", level, i).isTrue();
        assertThat(Simulation.run(strips, plan.subList(0, plan.size() - 1)).solved()).isFalse();
      }
    }
  }

  @Test
  void breadthFirstSearchOverThePddlExportFindsTheOptimalLength() {
    for (int i = 0; i < 2; i++) {
      Generated<SokobanProblem> g = generate(task.level(1), i);
      PddlFiles files = task.pddl(g.problem());
      SearchResult<Fact> r = BreadthFirst.search(new StripsModel(files.domain(), files.problem()).searchSpace(),
          SearchLimits.expansions(200_000));
      assertThat(r.solved()).isTrue();
      assertThat(r.cost()).isEqualTo(metric(g, "optimal_length"));
    }
  }

  private static List<SokobanMove> moves(String answer) {
    List<SokobanMove> out = new ArrayList<>();
    for (String line : answer.split("\n")) {
      out.add(switch (line) {
        case "U" -> SokobanMove.UP;
        case "D" -> SokobanMove.DOWN;
        case "L" -> SokobanMove.LEFT;
        default -> SokobanMove.RIGHT;
      });
    }
    return out;
  }
}
