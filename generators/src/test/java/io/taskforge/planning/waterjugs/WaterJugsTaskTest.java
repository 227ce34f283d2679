package io.taskforge.planning.waterjugs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableSet;
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
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.planning.pddl.StripsModel;
import io.taskforge.search.BreadthFirst;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaterJugsTaskTest {
  private final WaterJugsTask task = new WaterJugsTask();

  private Generated<WaterJugsProblem> generate(Params params, long seed, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, seed, index)));
  }

  private static int metric(Generated<?> g, String name) {
    return ((Number) g.metrics().get(name)).intValue();
  }

  @Test
  void levelFiveIsTheDefaultAndBadParamsAreRefused() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    assertThatThrownBy(() -> task.resolve(5, Map.of("jugs", "6", "max_capacity", "60")))
        .isInstanceOf(ParamException.class).hasMessageContaining("jugs=6").hasMessageContaining("max_capacity=60");
    assertThatThrownBy(() -> task.resolve(1, Map.of("jugs", "4", "max_capacity", "4")))
        .isInstanceOf(ParamException.class).hasMessageContaining("max_capacity");
    assertThatThrownBy(() -> task.resolve(1, Map.of("impossible_percent", "50", "max_capacity", "3")))
        .isInstanceOf(ParamException.class).hasMessageContaining("impossible_percent");
    assertThatThrownBy(() -> task.resolve(1, Map.of("tap", "false")))
        .isInstanceOf(ParamException.class).hasMessageContaining("tap=false").hasMessageContaining("jugs");
    assertThat(task.resolve(4, Map.of("tap", "false")).getBool("tap")).isFalse();
  }

  @Test
  void goldAnswersAreCheckedByAnIndependentExhaustiveSearchAtEveryLevel() {
    int impossible = 0;
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < (level <= 3 ? 20 : level <= 6 ? 8 : 2); i++) {
        Generated<WaterJugsProblem> g = generate(params, 42, i);
        WaterJugsProblem p = g.problem();
        ReferenceWaterJugs ref = new ReferenceWaterJugs(p);
        ReferenceWaterJugs.Search search = ref.search();
        assertThat(p.solvable()).as("level %s index %s", level, i).isEqualTo(search.distance() >= 0);
        assertThat(metric(g, "reachable_states")).isEqualTo(search.reachable());
        WaterJugsSolution solution = (WaterJugsSolution) g.solution();
        if (p.solvable()) {
          assertThat(ref.isGoal(ref.replay(g.answer()))).isTrue();
          int length = g.answer().split("\n").length;
          assertThat(length).isEqualTo(search.distance()).isGreaterThanOrEqualTo(2);
          assertThat(metric(g, "optimal_length")).isEqualTo(length);
          assertThat(metric(g, "depth")).isEqualTo(length);
          assertThat(p.optimalLength()).isEqualTo(length);
          assertThat(solution.plan()).containsExactly(g.answer().split("\n"));
          assertThat(solution.cost()).isEqualTo(length);
        } else {
          impossible++;
          assertThat(g.answer()).isEqualTo("impossible");
          assertThat(metric(g, "optimal_length")).isEqualTo(-1);
          assertThat(metric(g, "depth")).isEqualTo(search.eccentricity());
          assertThat(solution.plan()).isEmpty();
          assertThat(solution.solvable()).isFalse();
        }
        assertThat(ref.isGoal(p.initial().stream().mapToInt(Integer::intValue).toArray())).isFalse();
        List<Integer> caps = p.capacities();
        assertThat(caps).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).isBetween(2, params.getInt("max_capacity")));
        assertThat(p.goal().stream().filter(t -> t >= 0).count()).isEqualTo(params.getInt("targets"));
      }
    }
    assertThat(impossible).isBetween(4, 25);
  }

  @Test
  void withoutATapJugsStartWithWaterAndOnlyPour() {
    Params params = task.resolve(5, Map.of("tap", "false", "jugs", "4", "max_capacity", "12", "impossible_percent", "50"));
    int impossible = 0;
    for (int i = 0; i < 40; i++) {
      Generated<WaterJugsProblem> g = generate(params, 3, i);
      WaterJugsProblem p = g.problem();
      ReferenceWaterJugs.Search search = new ReferenceWaterJugs(p).search();
      assertThat(p.solvable()).isEqualTo(search.distance() >= 0);
      if (p.solvable()) {
        assertThat(g.answer().split("\n").length).isEqualTo(search.distance());
        assertThat(g.answer()).doesNotContain("fill").doesNotContain("empty");
      } else {
        impossible++;
      }
      assertThat(p.initial().stream().mapToInt(Integer::intValue).sum()).isPositive();
    }
    assertThat(impossible).isBetween(8, 32);
  }

  @Test
  void theCensusPlanIsTheSharedBreadthFirstSearchPlan() {
    for (int level : new int[] {1, 3, 4, 6}) {
      for (int i = 0; i < 10; i++) {
        Generated<WaterJugsProblem> g = generate(task.level(level), 9, i);
        if (!g.problem().solvable()) {
          continue;
        }
        WaterJugsModel model = WaterJugsModel.of(g.problem());
        List<JugAction> plan = WaterJugsSolver.search(model, 10_000_000);
        List<String> lines = new ArrayList<>();
        for (JugAction a : plan) {
          lines.add(a.text(g.problem().jugs()));
        }
        assertThat(String.join("\n", lines)).isEqualTo(g.answer());
        assertThat(Simulation.run(model, plan).solved()).isTrue();
      }
    }
  }

  @Test
  void impossibleSharesFollowTheParam() {
    for (int percent : new int[] {0, 50, 100}) {
      Params params = task.resolve(3, Map.of("impossible_percent", String.valueOf(percent)));
      int impossible = 0;
      for (int i = 0; i < 60; i++) {
        impossible += generate(params, 1, i).problem().solvable() ? 0 : 1;
      }
      assertThat(impossible).isBetween(percent * 60 / 100 - 12 < 0 ? 0 : percent * 60 / 100 - 12,
          Math.min(60, percent * 60 / 100 + 12));
      if (percent == 0 || percent == 100) {
        assertThat(impossible).isEqualTo(percent * 60 / 100);
      }
    }
  }

  @Test
  void generationIsDeterministicAndTheProblemRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      for (int i = 0; i < 4; i++) {
        Generated<WaterJugsProblem> a = generate(task.level(level), 42, i);
        Generated<WaterJugsProblem> b = generate(task.level(level), 42, i);
        assertThat(b.problem()).isEqualTo(a.problem());
        assertThat(b.answer()).isEqualTo(a.answer());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.view()).isEqualTo(a.view());
        JsonNode tree = Json.MAPPER.valueToTree(a.problem());
        assertThat(Json.MAPPER.convertValue(tree, WaterJugsProblem.class)).isEqualTo(a.problem());
        assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(a.problem()), WaterJugsProblem.class))
            .isEqualTo(a.problem());
        assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.solution()), WaterJugsSolution.class))
            .isEqualTo(a.solution());
      }
    }
  }

  @Test
  void renamingAndReorderingJugsKeepsTheCanonicalForm() {
    Generated<WaterJugsProblem> g = generate(task.level(6), 42, 0);
    WaterJugsProblem p = g.problem();
    List<Integer> order = new ArrayList<>(List.of(2, 0, 1));
    WaterJugsProblem q = new WaterJugsProblem(List.of("X", "Y", "Z"), pick(p.capacities(), order), pick(p.initial(), order),
        p.tap(), pick(p.goal(), order), p.solvable(), p.optimality(), p.optimalLength());
    assertThat(WaterJugsTask.canonical(q)).isEqualTo(g.canonicalForm());
    WaterJugsProblem other = new WaterJugsProblem(p.jugs(), p.capacities(), p.initial(), !p.tap(), p.goal(),
        p.solvable(), p.optimality(), p.optimalLength());
    assertThat(WaterJugsTask.canonical(other)).isNotEqualTo(g.canonicalForm());
  }

  private static List<Integer> pick(List<Integer> values, List<Integer> order) {
    List<Integer> out = new ArrayList<>();
    for (int i : order) {
      out.add(values.get(i));
    }
    return out;
  }

  @Test
  void pddlExportsReadBackAndTheGoldSolvesThemInTheStripsInterpreter() {
    for (boolean tap : new boolean[] {true, false}) {
      for (int level = tap ? 1 : 4; level <= 4; level++) {
        Params params = task.resolve(level, Map.of("tap", String.valueOf(tap)));
        for (int i = 0; i < 3; i++) {
          Generated<WaterJugsProblem> g = generate(params, 42, i);
          PddlFiles files = task.pddl(g.problem());
          assertThat(Pddl.parseDomain(files.domainText())).isEqualTo(files.domain());
          assertThat(Pddl.parseProblem(files.problemText())).isEqualTo(files.problem());
          if (!g.problem().solvable()) {
            continue;
          }
          StripsModel strips = new StripsModel(files.domain(), files.problem());
          Simulation<ImmutableSet<Fact>> run = Simulation.run(strips, pddlPlan(g.problem(), g.answer()));
          assertThat(run.solved()).as("tap %s level %s: %s", tap, level, run.violation()).isTrue();
        }
      }
    }
  }

  @Test
  void breadthFirstSearchOverTheExportOfTinyInstancesAgreesOnLengthAndImpossibility() {
    WaterJugsProblem solvable = new WaterJugsProblem(List.of("A", "B"), List.of(3, 4), List.of(0, 0), true,
        List.of(-1, 2), true, false, 6);
    WaterJugsProblem impossible = new WaterJugsProblem(List.of("A", "B"), List.of(2, 4), List.of(0, 0), true,
        List.of(-1, 3), false, false, -1);
    for (WaterJugsProblem p : List.of(solvable, impossible)) {
      ReferenceWaterJugs.Search ref = new ReferenceWaterJugs(p).search();
      PddlFiles files = WaterJugsPddl.of(p);
      SearchResult<Fact> r = BreadthFirst.search(new StripsModel(files.domain(), files.problem()).searchSpace(),
          SearchLimits.expansions(100_000));
      assertThat(r.solved()).isEqualTo(p.solvable());
      assertThat(r.cost()).isEqualTo(ref.distance());
    }
  }

  /** The gold as ground PDDL actions, levels read off the reference simulator's state. */
  private static List<Fact> pddlPlan(WaterJugsProblem p, String answer) {
    ReferenceWaterJugs ref = new ReferenceWaterJugs(p);
    int[] s = p.initial().stream().mapToInt(Integer::intValue).toArray();
    List<Fact> plan = new ArrayList<>();
    for (String line : answer.split("\n")) {
      String[] w = line.split(" ");
      int x = p.jugs().indexOf(w[1]);
      int[] t = ref.apply(s, line);
      String jx = "jug-" + w[1].toLowerCase(java.util.Locale.ROOT);
      switch (w[0]) {
        case "fill" -> plan.add(Fact.of("fill", jx, "l" + s[x], "l" + p.capacities().get(x)));
        case "empty" -> plan.add(Fact.of("empty", jx, "l" + s[x], "l0"));
        default -> {
          int y = p.jugs().indexOf(w[2]);
          plan.add(Fact.of("pour", jx, "jug-" + w[2].toLowerCase(java.util.Locale.ROOT), "l" + s[x], "l" + s[y],
              "l" + p.capacities().get(y), "l" + t[x], "l" + t[y]));
        }
      }
      s = t;
    }
    return plan;
  }
}
