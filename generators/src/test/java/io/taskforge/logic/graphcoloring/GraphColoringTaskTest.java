package io.taskforge.logic.graphcoloring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphColoringTaskTest {
  private final GraphColoringTask task = new GraphColoringTask();

  private Generated<GraphColoringProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 2024, index)));
  }

  private Params with(Map<String, ?> values) {
    Params p = task.schema().with(task.schema().defaults(), values, task.id());
    task.validate(p);
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // An independent checker and exact search, sharing nothing with the production solver.

  /** Reads the canonical gold text: line v is {@code "v: c"}. */
  private static int[] readGold(int n, String answer) {
    String[] lines = answer.split("\n");
    assertThat(lines).hasSize(n);
    int[] color = new int[n + 1];
    for (int v = 1; v <= n; v++) {
      String[] parts = lines[v - 1].split(": ");
      assertThat(parts).hasSize(2);
      assertThat(parts[0]).isEqualTo(String.valueOf(v));
      color[v] = Integer.parseInt(parts[1]);
    }
    return color;
  }

  private static boolean proper(GraphColoringProblem p, int[] color) {
    for (int v = 1; v <= p.vertices(); v++) {
      if (color[v] < 1 || color[v] > p.colors()) {
        return false;
      }
    }
    for (List<Integer> e : p.edges()) {
      if (color[e.get(0)] == color[e.get(1)]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the graph is c-colourable: plain backtracking over vertices in a fixed breadth-first
   * order from vertex 1 (so each vertex after the first of its component has a coloured
   * neighbour), domains as bit masks; colour symmetry broken by never opening more than one new
   * colour at a time.
   */
  static boolean colorable(GraphColoringProblem p, int c) {
    int n = p.vertices();
    List<List<Integer>> adj = new ArrayList<>();
    for (int v = 0; v <= n; v++) {
      adj.add(new ArrayList<>());
    }
    for (List<Integer> e : p.edges()) {
      adj.get(e.get(0)).add(e.get(1));
      adj.get(e.get(1)).add(e.get(0));
    }
    int[] order = new int[n];
    boolean[] seen = new boolean[n + 1];
    int size = 0;
    for (int s = 1; s <= n; s++) {
      if (seen[s]) {
        continue;
      }
      seen[s] = true;
      order[size++] = s;
      for (int head = size - 1; head < size; head++) {
        for (int u : adj.get(order[head])) {
          if (!seen[u]) {
            seen[u] = true;
            order[size++] = u;
          }
        }
      }
    }
    return backtrack(order, 0, new int[n + 1], adj, c, 0);
  }

  private static boolean backtrack(int[] order, int i, int[] color, List<List<Integer>> adj, int c, int used) {
    if (i == order.length) {
      return true;
    }
    int v = order[i];
    int taken = 0;
    for (int u : adj.get(v)) {
      if (color[u] > 0) {
        taken |= 1 << color[u];
      }
    }
    for (int col = 1; col <= Math.min(c, used + 1); col++) {
      if ((taken & (1 << col)) == 0) {
        color[v] = col;
        if (backtrack(order, i + 1, color, adj, c, Math.max(used, col))) {
          return true;
        }
        color[v] = 0;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void goldColoringIsProperAndKIsTheChromaticNumberAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      int count = level <= 6 ? 40 : 12;
      for (int i = 0; i < count; i++) {
        Generated<GraphColoringProblem> g = generate(p, i);
        GraphColoringProblem problem = g.problem();
        int[] gold = readGold(problem.vertices(), g.answer());
        assertThat(proper(problem, gold)).as("level %d index %d", level, i).isTrue();
        Map<?, ?> solution = (Map<?, ?>) ((Map<?, ?>) g.solution()).get("coloring");
        for (int v = 1; v <= problem.vertices(); v++) {
          assertThat(solution.get(String.valueOf(v))).isEqualTo(gold[v]);
        }
        // minimum is on at every level: k colours suffice (gold) and k-1 do not.
        assertThat(colorable(problem, problem.colors() - 1)).as("level %d index %d", level, i).isFalse();
        assertThat(problem.chromaticNumber()).isEqualTo(problem.colors());
        assertThat(problem.colorsIsChromatic()).isTrue();
        assertThat(g.metrics().get("chromatic-number")).isEqualTo(problem.colors());
        assertThat(g.metrics().get("colors-is-chromatic")).isEqualTo(true);
      }
    }
  }

  @Test
  void withoutMinimumTheRecordedChromaticNumberIsExact() {
    Params p = with(Map.of("vertices", 12, "colors", 4, "edges", 14, "minimum", false));
    int below = 0;
    for (int i = 0; i < 40; i++) {
      GraphColoringProblem problem = generate(p, i).problem();
      int chi = problem.chromaticNumber();
      assertThat(chi).isBetween(2, 4);
      assertThat(colorable(problem, chi)).isTrue();
      assertThat(colorable(problem, chi - 1)).isFalse();
      assertThat(problem.colorsIsChromatic()).isEqualTo(chi == 4);
      below += chi < 4 ? 1 : 0;
    }
    assertThat(below).as("sparse graphs often need fewer colours").isPositive();
  }

  @Test
  void deliversWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      GraphColoringParams gp = GraphColoringParams.from(p);
      for (int i = 0; i < 15; i++) {
        Generated<GraphColoringProblem> g = generate(p, i);
        GraphColoringProblem problem = g.problem();
        assertThat(problem.vertices()).isEqualTo(gp.vertices());
        assertThat(problem.colors()).isEqualTo(gp.colors());
        assertThat(problem.edges()).hasSize(gp.edges()).doesNotHaveDuplicates();
        List<Integer> previous = null;
        for (List<Integer> e : problem.edges()) {
          assertThat(e).hasSize(2);
          assertThat(e.get(0)).isBetween(1, gp.vertices() - 1).isLessThan(e.get(1));
          assertThat(e.get(1)).isBetween(2, gp.vertices());
          if (previous != null) {
            assertThat(previous.get(0) < e.get(0) || (previous.get(0).equals(e.get(0)) && previous.get(1) < e.get(1)))
                .as("edges sorted").isTrue();
          }
          previous = e;
        }
        assertThat(g.metrics().get("edges")).isEqualTo(gp.edges());
        assertThat(g.metrics().get("vertices")).isEqualTo(gp.vertices());
        assertThat(g.metrics().keySet()).containsAll(task.difficultyMetrics());
        assertThat((List<?>) g.view().get("edges")).hasSize(gp.edges());
        assertThat((List<?>) g.view().get("neighbours")).hasSize(gp.vertices());
      }
    }
  }

  @Test
  void plantedClassesAreBalancedAndColoursNamedInOrderOfFirstUse() {
    Generated<GraphColoringProblem> g = generate(task.level(9), 3);
    int[] gold = readGold(g.problem().vertices(), g.answer());
    int[] sizes = new int[g.problem().colors() + 1];
    int seen = 0;
    for (int v = 1; v < gold.length; v++) {
      sizes[gold[v]]++;
      assertThat(gold[v]).isLessThanOrEqualTo(seen + 1);
      seen = Math.max(seen, gold[v]);
    }
    for (int c = 1; c < sizes.length; c++) {
      assertThat(sizes[c]).isEqualTo(g.problem().vertices() / g.problem().colors());
    }
  }

  @Test
  void problemSurvivesAJsonRoundTrip() {
    for (int level : new int[] {1, 5, 10}) {
      for (int i = 0; i < 5; i++) {
        GraphColoringProblem problem = generate(task.level(level), i).problem();
        JsonNode tree = Json.MAPPER.valueToTree(problem);
        assertThat(Json.MAPPER.convertValue(tree, GraphColoringProblem.class)).isEqualTo(problem);
      }
    }
  }

  @Test
  void paramRulesNameTheParams() {
    assertThatThrownBy(() -> with(Map.of("vertices", 3, "colors", 4)))
        .isInstanceOf(ParamException.class).hasMessageContaining("'colors'");
    assertThatThrownBy(() -> with(Map.of("vertices", 6, "colors", 3, "edges", 13)))
        .isInstanceOf(ParamException.class).hasMessageContaining("'edges'").hasMessageContaining("12");
    assertThatThrownBy(() -> with(Map.of("vertices", 6, "colors", 4, "edges", 5)))
        .isInstanceOf(ParamException.class).hasMessageContaining("'minimum'");
    // Too few edges to force every colour: a clear error after the bounded redraws.
    Params sparse = with(Map.of("vertices", 60, "colors", 4, "edges", 6));
    assertThatThrownBy(() -> generate(sparse, 0))
        .isInstanceOf(ParamException.class).hasMessageContaining("'minimum'");
  }
}
