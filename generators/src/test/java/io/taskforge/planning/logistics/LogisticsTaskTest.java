package io.taskforge.planning.logistics;

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
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.planning.pddl.StripsModel;
import io.taskforge.search.BreadthFirst;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticsTaskTest {
  private final LogisticsTask task = new LogisticsTask();

  private Generated<LogisticsProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  private static int metric(Generated<?> g, String name) {
    return ((Number) g.metrics().get(name)).intValue();
  }

  @Test
  void levelFiveIsTheDefaultAndTheLadderGrows() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int previous = 0;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params p = task.level(level);
      int size = p.getInt("cities") * p.getInt("places") + p.getInt("packages");
      assertThat(size).as("level %s", level).isGreaterThan(previous);
      assertThat(p.getBool("optimality")).isFalse();
      previous = size;
    }
  }

  @Test
  void crossParamRulesNameTheParams() {
    assertThatThrownBy(() -> task.resolve(5, Map.of("airplanes", "0")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'cities'").hasMessageContaining("'airplanes'");
    assertThatThrownBy(() -> task.resolve(1, Map.of("places", "1")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'places'");
    assertThatThrownBy(() -> task.resolve(5, Map.of("packages", "15")))
        .isInstanceOf(ParamException.class).hasMessageContaining("packages");
  }

  @Test
  void goldPlansDeliverEveryPackageInAnIndependentSimulatorAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      int count = level <= 8 ? 40 : 8;
      for (int i = 0; i < count; i++) {
        Generated<LogisticsProblem> g = generate(params, i);
        LogisticsProblem p = g.problem();
        assertThat(p.cities()).hasSize(params.getInt("cities"));
        assertThat(p.places()).hasSize(params.getInt("cities") * params.getInt("places"));
        assertThat(p.trucks()).hasSize(params.getInt("cities"));
        assertThat(p.airplanes()).hasSize(params.getInt("airplanes"));
        assertThat(p.packages()).hasSize(params.getInt("packages"))
            .allSatisfy(k -> assertThat(k.goal()).isNotEqualTo(k.at()));
        assertThat(new ReferenceLogistics(p).solves(g.answer())).as("level %s index %s", level, i).isTrue();

        List<String> lines = List.of(g.answer().split("\n"));
        LogisticsSolution solution = (LogisticsSolution) g.solution();
        boolean proven = (Boolean) g.metrics().get("optimal_proven");
        assertThat(solution.plan()).isEqualTo(lines);
        assertThat(solution.length()).isEqualTo(lines.size()).isEqualTo(metric(g, "plan_length"));
        assertThat(solution.optimal()).isEqualTo(proven).isEqualTo(p.referenceOptimal());
        assertThat(p.referenceLength()).isEqualTo(lines.size());
        assertThat(g.metrics()).containsKey(proven ? "optimal_length" : "best_known_length")
            .doesNotContainKey(proven ? "best_known_length" : "optimal_length");
        assertThat(metric(g, "lower_bound")).isEqualTo(solution.lowerBound()).isLessThanOrEqualTo(lines.size());
        assertThat(proven).isEqualTo(metric(g, "lower_bound") == lines.size());
        if (level <= 8) {
          assertThat(proven).as("levels 1 to 8 are always proven optimal (level %s index %s)", level, i).isTrue();
        }
      }
    }
  }

  @Test
  void goldPlansAreOptimalAccordingToAnIndependentBreadthFirstSearch() {
    for (int level = 1; level <= 5; level++) {
      Params params = task.level(level);
      for (int i = 0; i < (level <= 3 ? 30 : level == 4 ? 12 : 4); i++) {
        Generated<LogisticsProblem> g = generate(params, i);
        assertThat(metric(g, "plan_length")).as("level %s index %s", level, i)
            .isEqualTo(new ReferenceLogistics(g.problem()).optimalLength());
      }
    }
  }

  @Test
  void withoutSearchTheBoundIsAdmissibleAndTheBestKnownPlanIsValid() {
    int unproven = 0;
    for (int level = 3; level <= 5; level++) {
      Params params = task.resolve(level, Map.of("search_limit", "0"));
      for (int i = 0; i < (level == 5 ? 3 : 12); i++) {
        Generated<LogisticsProblem> g = generate(params, i);
        ReferenceLogistics ref = new ReferenceLogistics(g.problem());
        int optimum = ref.optimalLength();
        assertThat(ref.solves(g.answer())).isTrue();
        assertThat(metric(g, "lower_bound")).as("level %s index %s", level, i).isLessThanOrEqualTo(optimum);
        assertThat(metric(g, "plan_length")).isGreaterThanOrEqualTo(optimum);
        if ((Boolean) g.metrics().get("optimal_proven")) {
          assertThat(metric(g, "plan_length")).isEqualTo(optimum);
        } else {
          unproven++;
          assertThat(g.metrics()).containsKey("best_known_length");
          assertThat(g.problem().referenceOptimal()).isFalse();
        }
      }
    }
    assertThat(unproven).as("without search some plans are only best known").isPositive();
  }

  @Test
  void theModelRejectsIllegalStepsWithTheFailedPrecondition() {
    LogisticsProblem p = small();
    LogisticsModel m = new LogisticsModel(p);
    List<LogisticsAction> plan = List.of(
        LogisticsAction.load(true, 0, 0, 1), // p1 is at l1-1, the truck at apt1
        LogisticsAction.drive(0, 0, 1, 0));
    Simulation<LogisticsState> run = Simulation.run(m, plan);
    assertThat(run.failedStep()).isEqualTo(1);
    assertThat(run.violation()).isEqualTo("truck t1 is at apt1, not at l1-1");
    run = Simulation.run(m, List.of(LogisticsAction.drive(0, 0, 2, 0)));
    assertThat(run.violation()).contains("apt2 is not in city c1");
    run = Simulation.run(m, List.of(LogisticsAction.fly(0, 0, 2)));
    assertThat(run.violation()).isEqualTo("airplane a1 is at apt2, not at apt1");
    run = Simulation.run(m, List.of(LogisticsAction.fly(0, 2, 1)));
    assertThat(run.violation()).isEqualTo("l1-1 is not an airport");
    run = Simulation.run(m, List.of(LogisticsAction.fly(0, 2, 0)));
    assertThat(run.solved()).isFalse();
    assertThat(run.unmetGoals()).containsExactly("package p1 is at l1-1, not at apt2");
  }

  /** c1 = {apt1, l1-1}, c2 = {apt2}; t1 at apt1, t2 at apt2, a1 at apt2; p1 from l1-1 to apt2. */
  static LogisticsProblem small() {
    return new LogisticsProblem(List.of("c1", "c2"),
        List.of(new LogisticsProblem.Place("apt1", "c1", true), new LogisticsProblem.Place("l1-1", "c1", false),
            new LogisticsProblem.Place("apt2", "c2", true)),
        List.of(new LogisticsProblem.Vehicle("t1", "apt1"), new LogisticsProblem.Vehicle("t2", "apt2")),
        List.of(new LogisticsProblem.Vehicle("a1", "apt2")),
        List.of(new LogisticsProblem.Cargo("p1", "l1-1", "apt2")), false, 7, true);
  }

  @Test
  void theModelRejectsMalformedProblems() {
    LogisticsProblem p = small();
    assertThatThrownBy(() -> new LogisticsModel(new LogisticsProblem(p.cities(), p.places(), p.trucks(),
        List.of(new LogisticsProblem.Vehicle("a1", "l1-1")), p.packages(), false, 7, true)))
        .hasMessageContaining("not an airport");
    assertThatThrownBy(() -> new LogisticsModel(new LogisticsProblem(p.cities(), p.places(),
        List.of(new LogisticsProblem.Vehicle("t1", "apt1"), new LogisticsProblem.Vehicle("t1", "apt2")),
        p.airplanes(), p.packages(), false, 7, true)))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new LogisticsModel(new LogisticsProblem(null, p.places(), p.trucks(),
        p.airplanes(), p.packages(), false, 7, true))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pddlExportReadsBackAndTheGoldPlanSolvesIt() {
    for (int level : new int[] {1, 3, 5, 7, 9, 10}) {
      for (int i = 0; i < 2; i++) {
        Generated<LogisticsProblem> g = generate(task.level(level), i);
        PddlFiles files = task.pddl(g.problem());
        assertThat(Pddl.parseDomain(files.domainText())).isEqualTo(files.domain());
        assertThat(Pddl.parseProblem(files.problemText())).isEqualTo(files.problem());
        StripsModel strips = new StripsModel(Pddl.parseDomain(files.domainText()), Pddl.parseProblem(files.problemText()));
        List<Fact> plan = new ArrayList<>();
        for (String line : g.answer().split("\n")) {
          plan.add(Pddl.parseAction("(" + line + ")"));
        }
        Simulation<?> run = Simulation.run(strips, plan);
        assertThat(run.solved()).as("level %s index %s: %s", level, i, run).isTrue();
      }
    }
    String domain = LogisticsPddl.export(small()).domainText();
    assertThat(domain).contains("(:requirements :strips :typing)", "(:action drive-truck",
        ":parameters (?airplane - airplane ?loc-from - airport ?loc-to - airport)");
  }

  @Test
  void breadthFirstSearchOverThePddlExportFindsTheSameOptimalLength() {
    for (int level = 1; level <= 4; level++) {
      for (int i = 0; i < (level <= 2 ? 8 : level == 3 ? 3 : 1); i++) {
        Generated<LogisticsProblem> g = generate(task.level(level), i);
        PddlFiles files = task.pddl(g.problem());
        SearchResult<Fact> bfs = BreadthFirst.search(
            new StripsModel(files.domain(), files.problem()).searchSpace(), SearchLimits.expansions(2_000_000));
        assertThat(bfs.solved()).isTrue();
        assertThat(bfs.cost()).as("level %s index %s", level, i).isEqualTo(metric(g, "plan_length"));
      }
    }
  }

  @Test
  void generationIsDeterministicAndRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Params params = task.level(level);
      for (int i = 0; i < 2; i++) {
        Generated<LogisticsProblem> a = generate(params, i);
        Generated<LogisticsProblem> b = generate(params, i);
        assertThat(b.problem()).isEqualTo(a.problem());
        assertThat(b.answer()).isEqualTo(a.answer());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.view()).isEqualTo(a.view());
        assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
        JsonNode tree = Json.MAPPER.valueToTree(a.problem());
        assertThat(Json.MAPPER.convertValue(tree, LogisticsProblem.class)).isEqualTo(a.problem());
        String text = Json.MAPPER.writeValueAsString(a.problem());
        assertThat(Json.MAPPER.readValue(text, LogisticsProblem.class)).isEqualTo(a.problem());
        assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.solution()), LogisticsSolution.class))
            .isEqualTo(a.solution());
      }
    }
  }

  @Test
  void theCanonicalFormIgnoresNamesAndOrder() {
    LogisticsProblem p = small();
    LogisticsProblem renamed = new LogisticsProblem(List.of("x", "y"),
        List.of(new LogisticsProblem.Place("airport-b", "y", true), new LogisticsProblem.Place("home", "x", false),
            new LogisticsProblem.Place("airport-a", "x", true)),
        List.of(new LogisticsProblem.Vehicle("van2", "airport-b"), new LogisticsProblem.Vehicle("van1", "airport-a")),
        List.of(new LogisticsProblem.Vehicle("jet", "airport-b")),
        List.of(new LogisticsProblem.Cargo("box", "home", "airport-b")), false, 7, true);
    assertThat(LogisticsCanonical.of(renamed)).isEqualTo(LogisticsCanonical.of(p));
    LogisticsProblem other = new LogisticsProblem(p.cities(), p.places(), p.trucks(), p.airplanes(),
        List.of(new LogisticsProblem.Cargo("p1", "l1-1", "apt1")), false, 3, true);
    assertThat(LogisticsCanonical.of(other)).isNotEqualTo(LogisticsCanonical.of(p));
  }

  @Test
  void viewDescribesTheWorld() {
    Generated<LogisticsProblem> g = generate(task.level(5), 0);
    assertThat(g.view()).containsKeys("city_lines", "init_lines", "goal_lines", "init_facts", "goal_facts",
        "init_text", "goal_text", "places_text");
    @SuppressWarnings("unchecked")
    List<String> goals = (List<String>) g.view().get("goal_lines");
    assertThat(goals).hasSize(3);
  }
}
