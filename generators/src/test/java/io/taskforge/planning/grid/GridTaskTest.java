package io.taskforge.planning.grid;

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

class GridTaskTest {
  private final GridTask task = new GridTask();

  private Generated<GridProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  private static int metric(Generated<?> g, String name) {
    return ((Number) g.metrics().get(name)).intValue();
  }

  private static List<String> words(String answer) {
    return List.of(answer.split("\n"));
  }

  @Test
  void levelFiveIsTheDefaultAndTheLadderGrows() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int previousCells = 0;
    int previousKeys = 0;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params p = task.level(level);
      int cells = p.getInt("rows") * p.getInt("cols");
      assertThat(cells).isGreaterThanOrEqualTo(previousCells);
      assertThat(p.getInt("keys")).isGreaterThanOrEqualTo(previousKeys);
      previousCells = cells;
      previousKeys = p.getInt("keys");
    }
    assertThatThrownBy(() -> task.resolve(5, Map.of("rows", "2", "cols", "3", "keys", "2")))
        .isInstanceOf(ParamException.class).hasMessageContaining("keys").hasMessageContaining("rows");
    assertThatThrownBy(() -> task.resolve(5, Map.of("keys", "7"))).isInstanceOf(ParamException.class);
  }

  @Test
  void goldPlansAreShortestAndEveryDoorIsNeededAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 25; i++) {
        Generated<GridProblem> g = generate(params, i);
        List<String> board = g.problem().board();
        assertThat(board).hasSize(2 * params.getInt("rows") + 1);
        assertThat(board.get(0)).hasSize(2 * params.getInt("cols") + 1).matches("#+");
        assertThat(ReferenceGrid.solves(board, words(g.answer()))).as("level %s index %s", level, i).isTrue();
        int shortest = ReferenceGrid.shortest(board);
        assertThat(metric(g, "optimal_length")).isEqualTo(shortest).isEqualTo(words(g.answer()).size())
            .isEqualTo(g.problem().referenceLength());
        assertThat(g.problem().referenceOptimal()).isTrue();
        assertThat(((GridSolution) g.solution()).plan()).isEqualTo(words(g.answer()));

        String all = String.join("", board);
        int keys = params.getInt("keys");
        assertThat(metric(g, "keys")).isEqualTo(keys);
        assertThat(all.chars().filter(ch -> ch == 'S').count()).isEqualTo(1);
        assertThat(all.chars().filter(ch -> ch == 'G').count()).isEqualTo(1);
        assertThat(all.chars().filter(ch -> ch >= 'a' && ch <= 'f').count()).isEqualTo(keys);
        assertThat(all.chars().filter(ch -> ch >= 'A' && ch <= 'F').count()).isEqualTo(keys);
        for (int k = 0; k < keys; k++) {
          char key = (char) ('a' + k);
          assertThat(all).contains(String.valueOf(key)).contains(String.valueOf(Character.toUpperCase(key)));
          // Without its key (the key cell turned to floor) the goal is out of reach: the door is needed.
          List<String> keyless = new ArrayList<>();
          for (String row : board) {
            keyless.add(row.replace(key, '.'));
          }
          assertThat(ReferenceGrid.shortest(keyless)).as("door %s needed", Character.toUpperCase(key)).isEqualTo(-1);
        }
        assertThat(metric(g, "route_length") + metric(g, "key_detour")).isEqualTo(shortest);
        assertThat(metric(g, "cells")).isEqualTo((int) all.chars().filter(ch -> ch != '#').count());
      }
    }
  }

  @Test
  void generationIsDeterministic() {
    Params params = task.level(8);
    for (int i = 0; i < 10; i++) {
      Generated<GridProblem> a = generate(params, i);
      Generated<GridProblem> b = generate(params, i);
      assertThat(b.problem()).isEqualTo(a.problem());
      assertThat(b.answer()).isEqualTo(a.answer());
      assertThat(b.metrics()).isEqualTo(a.metrics());
      assertThat(b.view()).isEqualTo(a.view());
      assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Generated<GridProblem> g = generate(task.level(level), 3);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, GridProblem.class)).isEqualTo(g.problem());
      String text = Json.MAPPER.writeValueAsString(g.problem());
      assertThat(Json.MAPPER.readValue(text, GridProblem.class)).isEqualTo(g.problem());
      JsonNode solution = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(solution, GridSolution.class)).isEqualTo(g.solution());
    }
  }

  @Test
  void theCanonicalFormIgnoresRotationsReflectionsAndColourNames() {
    for (int level : new int[] {3, 6, 9}) {
      for (int i = 0; i < 10; i++) {
        Generated<GridProblem> g = generate(task.level(level), i);
        List<String> board = g.problem().board();
        // Rotate a quarter turn and swap two colours' letters.
        List<String> turned = new ArrayList<>();
        int h = board.size();
        int w = board.get(0).length();
        for (int c = 0; c < w; c++) {
          StringBuilder sb = new StringBuilder();
          for (int r = h - 1; r >= 0; r--) {
            char ch = board.get(r).charAt(c);
            ch = switch (ch) {
              case 'a' -> 'b';
              case 'b' -> 'a';
              case 'A' -> 'B';
              case 'B' -> 'A';
              default -> ch;
            };
            sb.append(ch);
          }
          turned.add(sb.toString());
        }
        assertThat(GridCanonical.of(turned)).isEqualTo(g.canonicalForm());
        List<String> moved = new ArrayList<>(board);
        String row = moved.get(1);
        int s = row.indexOf('.');
        if (s >= 0) {
          moved.set(1, row.substring(0, s) + '#' + row.substring(s + 1));
          assertThat(GridCanonical.of(moved)).isNotEqualTo(g.canonicalForm());
        }
      }
    }
  }

  @Test
  void difficultyMetricsRiseWithTheLevel() {
    List<String> metrics = task.difficultyMetrics();
    long[] previous = new long[metrics.size()];
    long[] first = new long[metrics.size()];
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      List<Generated<GridProblem>> gs = new ArrayList<>();
      for (int i = 0; i < 31; i++) {
        gs.add(generate(task.level(level), i));
      }
      for (int m = 0; m < metrics.size(); m++) {
        List<Integer> values = new ArrayList<>();
        for (Generated<GridProblem> g : gs) {
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
        Generated<GridProblem> g = generate(task.level(level), i);
        PddlFiles files = task.pddl(g.problem());
        PddlDomain domain = Pddl.parseDomain(files.domainText());
        PddlProblem problem = Pddl.parseProblem(files.problemText());
        assertThat(domain).isEqualTo(files.domain());
        assertThat(problem).isEqualTo(files.problem());
        StripsModel strips = new StripsModel(domain, problem);
        List<Fact> plan = groundPlan(g);
        assertThat(Simulation.run(strips, plan).solved()).as("level %s index %s", level, i).isTrue();
        assertThat(Simulation.run(strips, plan.subList(0, plan.size() - 1)).solved()).isFalse();
      }
    }
  }

  @Test
  void breadthFirstSearchOverThePddlExportFindsTheOptimalLength() {
    List<Generated<GridProblem>> small = new ArrayList<>();
    small.add(generate(task.level(1), 0));
    small.add(generate(task.level(1), 1));
    small.add(generate(task.resolve(1, Map.of("rows", "2", "cols", "4", "keys", "1")), 0));
    for (Generated<GridProblem> g : small) {
      PddlFiles files = task.pddl(g.problem());
      SearchResult<Fact> r = BreadthFirst.search(new StripsModel(files.domain(), files.problem()).searchSpace(),
          SearchLimits.expansions(100_000));
      assertThat(r.solved()).isTrue();
      assertThat(r.cost()).isEqualTo(metric(g, "optimal_length"));
    }
  }

  private static List<Fact> groundPlan(Generated<GridProblem> g) {
    GridModel model = GridModel.of(g.problem());
    GridState state = model.initial();
    List<Fact> plan = new ArrayList<>();
    for (String word : words(g.answer())) {
      Step step = Step.valueOf(word.toUpperCase(java.util.Locale.ROOT));
      plan.add(GridPddl.action(model, state, step));
      state = model.apply(state, step);
    }
    return plan;
  }
}
