package io.taskforge.planning.routing;

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
import io.taskforge.planning.routing.RoutingProblem.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingTaskTest {
  private final RoutingTask task = new RoutingTask();

  private Generated<RoutingProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  @Test
  void levelFiveIsTheDefaultAndTheLadderGrows() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int previous = 0;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params p = task.level(level);
      assertThat(p.getInt("customers")).isGreaterThan(previous);
      previous = p.getInt("customers");
      assertThat(p.getInt("vehicles") == 1).isEqualTo(level <= 4);
    }
  }

  @Test
  void crossParamRulesNameTheParams() {
    assertThatThrownBy(() -> task.resolve(1, Map.of("vehicles", "2")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'vehicles'").hasMessageContaining("'capacity'");
    assertThatThrownBy(() -> task.resolve(5, Map.of("capacity", "5")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'capacity'");
    assertThatThrownBy(() -> task.resolve(10, Map.of("capacity", "10")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'capacity'");
  }

  @Test
  void goldPlansAreFeasibleAndCostTheOptimumAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 30; i++) {
        Generated<RoutingProblem> g = generate(params, i);
        RoutingProblem p = g.problem();
        assertThat(p.customers()).hasSize(params.getInt("customers"));
        assertThat(p.vehicles()).isEqualTo(params.getInt("vehicles"));
        Set<String> points = new HashSet<>();
        points.add(p.depot().x() + "," + p.depot().y());
        for (Site c : p.customers()) {
          assertThat(points.add(c.x() + "," + c.y())).as("distinct sites").isTrue();
          assertThat(c.x()).isBetween(0, params.getInt("grid"));
          assertThat(c.demand()).isBetween(p.capacity() > 0 ? 1 : 0, p.capacity() > 0 ? 9 : 0);
          assertThat(c.name()).isNotEqualTo("D");
        }
        int cost = BruteForceRouting.cost(p, g.answer());
        assertThat(cost).as("level %s index %s", level, i).isEqualTo(p.optimalCost())
            .isEqualTo(g.metrics().get("optimal_cost")).isEqualTo(((RoutingSolution) g.solution()).cost());
      }
    }
  }

  @Test
  void theOptimumIsConfirmedByBruteForceOnSmallInstances() {
    for (int level = 1; level <= 7; level++) {
      Params params = task.level(level);
      for (int i = 0; i < (level <= 5 ? 25 : level == 6 ? 6 : 2); i++) {
        Generated<RoutingProblem> g = generate(params, i);
        assertThat(new BruteForceRouting(g.problem()).optimum()).as("level %s index %s", level, i)
            .isEqualTo(g.problem().optimalCost());
      }
    }
    // capacities that bind: three vehicles of 12 for six customers
    Params tight = task.resolve(4, Map.of("vehicles", "3", "capacity", "12"));
    for (int i = 0; i < 20; i++) {
      Generated<RoutingProblem> g = generate(tight, i);
      assertThat(new BruteForceRouting(g.problem()).optimum()).isEqualTo(g.problem().optimalCost());
      assertThat(BruteForceRouting.cost(g.problem(), g.answer())).isEqualTo(g.problem().optimalCost());
    }
  }

  @Test
  void generationIsDeterministicAndRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Params params = task.level(level);
      for (int i = 0; i < 5; i++) {
        Generated<RoutingProblem> a = generate(params, i);
        Generated<RoutingProblem> b = generate(params, i);
        assertThat(b.problem()).isEqualTo(a.problem());
        assertThat(b.answer()).isEqualTo(a.answer());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.view()).isEqualTo(a.view());
        JsonNode tree = Json.MAPPER.valueToTree(a.problem());
        assertThat(Json.MAPPER.convertValue(tree, RoutingProblem.class)).isEqualTo(a.problem());
        assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(a.problem()), RoutingProblem.class))
            .isEqualTo(a.problem());
        assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.solution()), RoutingSolution.class))
            .isEqualTo(a.solution());
      }
    }
  }

  @Test
  void theCanonicalFormIgnoresNames() {
    RoutingProblem p = generate(task.level(6), 1).problem();
    List<Site> renamed = new ArrayList<>();
    for (int i = p.customers().size() - 1; i >= 0; i--) {
      Site c = p.customers().get(i);
      renamed.add(new Site("C" + i, c.x(), c.y(), c.demand()));
    }
    RoutingProblem q = new RoutingProblem(p.depot(), renamed, p.vehicles(), p.capacity(), p.optimalCost());
    assertThat(RoutingTask.canonical(q)).isEqualTo(RoutingTask.canonical(p));
    assertThat(RoutingTask.canonical(generate(task.level(6), 2).problem())).isNotEqualTo(RoutingTask.canonical(p));
  }

  @Test
  void customerNamesSkipTheDepot() {
    assertThat(List.of(RoutingTask.customerName(0), RoutingTask.customerName(2), RoutingTask.customerName(3),
        RoutingTask.customerName(13))).containsExactly("A", "C", "E", "O");
  }

  @Test
  void viewListsSitesAndDistances() {
    Generated<RoutingProblem> g = generate(task.level(5), 0);
    assertThat((List<?>) g.view().get("site_lines")).hasSize(8);
    assertThat((List<?>) g.view().get("distance_table")).hasSize(9);
    assertThat(g.view().get("capacitated")).isEqualTo(true);
  }
}
