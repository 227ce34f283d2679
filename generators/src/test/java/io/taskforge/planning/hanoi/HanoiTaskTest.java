package io.taskforge.planning.hanoi;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HanoiTaskTest {
  private final HanoiTask task = new HanoiTask();

  private Generated<HanoiProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  private static int metric(Generated<?> g, String name) {
    return ((Number) g.metrics().get(name)).intValue();
  }

  private static String start(HanoiProblem p) {
    return ReferenceHanoi.state(p.initial(), p.disks());
  }

  private static String goal(HanoiProblem p) {
    return ReferenceHanoi.state(p.goal(), p.disks());
  }

  @Test
  void levelFiveIsTheDefaultAndBadSizesAreRefused() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int previous = 0;
    for (int level = 1; level <= 10; level++) {
      int disks = task.level(level).getInt("disks");
      assertThat(disks).isGreaterThan(previous);
      previous = disks;
    }
    assertThatThrownBy(() -> task.resolve(5, Map.of("pegs", "4", "disks", "10")))
        .isInstanceOf(ParamException.class).hasMessageContaining("disks").hasMessageContaining("pegs=4")
        .hasMessageContaining("at most 9");
    assertThat(task.resolve(5, Map.of("pegs", "4", "disks", "9")).getInt("disks")).isEqualTo(9);
    assertThat(task.resolve(5, Map.of("pegs", "6", "disks", "6")).getInt("disks")).isEqualTo(6);
  }

  @Test
  void goldPlansReachTheGoalInAnIndependentSimulatorAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 30; i++) {
        Generated<HanoiProblem> g = generate(params, i);
        HanoiProblem p = g.problem();
        assertThat(p.disks()).isEqualTo(params.getInt("disks"));
        assertThat(p.pegs()).hasSize(params.getInt("pegs"));
        assertThat(start(p)).isNotEqualTo(goal(p));
        assertThat(ReferenceHanoi.replay(start(p), g.answer())).as("level %s index %s", level, i).isEqualTo(goal(p));
        int length = g.answer().split("\n").length;
        assertThat(metric(g, "optimal_length")).isEqualTo(length);
        assertThat(p.optimalLength()).isEqualTo(length);
        HanoiSolution solution = (HanoiSolution) g.solution();
        assertThat(solution.plan()).containsExactly(g.answer().split("\n"));
        assertThat(solution.cost()).isEqualTo(length);
        int misplaced = 0;
        for (int d = 0; d < p.disks(); d++) {
          misplaced += start(p).charAt(d) != goal(p).charAt(d) ? 1 : 0;
        }
        assertThat(metric(g, "misplaced")).isEqualTo(misplaced);
        if (params.getString("configuration").equals("standard")) {
          assertThat(length).isEqualTo((1 << p.disks()) - 1);
        }
      }
    }
  }

  @Test
  void goldLengthsAreOptimalAccordingToBreadthFirstSearch() {
    int[][] sizes = {{3, 1}, {3, 2}, {3, 4}, {3, 6}, {3, 7}, {4, 3}, {4, 5}, {4, 6}, {5, 4}, {6, 3}};
    for (int[] size : sizes) {
      for (String config : List.of("standard", "tower", "random")) {
        Params params = task.resolve(5, Map.of("pegs", String.valueOf(size[0]), "disks", String.valueOf(size[1]),
            "configuration", config));
        for (int i = 0; i < (config.equals("standard") ? 3 : 25); i++) {
          Generated<HanoiProblem> g = generate(params, i);
          int optimum = ReferenceHanoi.distance(start(g.problem()), goal(g.problem()), size[0]);
          assertThat(metric(g, "optimal_length")).as("%s %s %s", Arrays.toString(size), config, i).isEqualTo(optimum);
        }
      }
    }
  }

  @Test
  void theThreePegDistanceIsExactAndTheMultiPegBoundAdmissible() {
    Rng rng = new Rng(3);
    for (int n = 1; n <= 6; n++) {
      for (int i = 0; i < 60; i++) {
        long a = randomState(n, 3, rng);
        long b = randomState(n, 3, rng);
        int bfs = ReferenceHanoi.distance(letters(a, n), letters(b, n), 3);
        assertThat(HanoiSolver.distance3(a, b, n)).as("n=%s %s -> %s", n, letters(a, n), letters(b, n)).isEqualTo(bfs);
      }
    }
    for (int pegs = 4; pegs <= 5; pegs++) {
      for (int n = 1; n <= 5; n++) {
        for (int i = 0; i < 30; i++) {
          long a = randomState(n, pegs, rng);
          long b = randomState(n, pegs, rng);
          int bfs = ReferenceHanoi.distance(letters(a, n), letters(b, n), pegs);
          assertThat(HanoiSolver.lowerBound(a, b, n)).isBetween(Math.min(bfs, 1), bfs);
        }
      }
    }
  }

  private static long randomState(int n, int pegs, Rng rng) {
    long s = 0;
    for (int d = 1; d <= n; d++) {
      s = HanoiModel.with(s, d, rng.nextInt(pegs));
    }
    return s;
  }

  private static String letters(long s, int n) {
    StringBuilder sb = new StringBuilder();
    for (int d = 1; d <= n; d++) {
      sb.append((char) ('A' + HanoiModel.peg(s, d)));
    }
    return sb.toString();
  }

  @Test
  void breadthFirstSearchOverTheModelFindsTheGoldLength() {
    for (int pegs = 3; pegs <= 4; pegs++) {
      Params params = task.resolve(5, Map.of("pegs", String.valueOf(pegs), "disks", "5"));
      for (int i = 0; i < 15; i++) {
        Generated<HanoiProblem> g = generate(params, i);
        var r = BreadthFirst.search(HanoiModel.of(g.problem()).searchSpace(), SearchLimits.expansions(1_000_000));
        assertThat(r.cost()).isEqualTo(metric(g, "optimal_length"));
      }
    }
  }

  @Test
  void generationIsDeterministicAndTheProblemRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Params params = task.level(level);
      for (int i = 0; i < 5; i++) {
        Generated<HanoiProblem> a = generate(params, i);
        Generated<HanoiProblem> b = generate(params, i);
        assertThat(b.problem()).isEqualTo(a.problem());
        assertThat(b.answer()).isEqualTo(a.answer());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.view()).isEqualTo(a.view());
        JsonNode tree = Json.MAPPER.valueToTree(a.problem());
        assertThat(Json.MAPPER.convertValue(tree, HanoiProblem.class)).isEqualTo(a.problem());
        String text = Json.MAPPER.writeValueAsString(a.problem());
        assertThat(Json.MAPPER.readValue(text, HanoiProblem.class)).isEqualTo(a.problem());
        assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.solution()), HanoiSolution.class))
            .isEqualTo(a.solution());
      }
    }
  }

  @Test
  void canonicalFormsCollideExactlyForProblemsThatDifferOnlyInPegNames() {
    int n = 3;
    int pegs = 3;
    List<int[]> perms = List.of(new int[] {0, 1, 2}, new int[] {0, 2, 1}, new int[] {1, 0, 2},
        new int[] {1, 2, 0}, new int[] {2, 0, 1}, new int[] {2, 1, 0});
    Map<String, String> formOfClass = new HashMap<>();
    Set<String> forms = new HashSet<>();
    int states = 27;
    for (int a = 0; a < states; a++) {
      for (int b = 0; b < states; b++) {
        long s = fromIndex(a, n, pegs);
        long t = fromIndex(b, n, pegs);
        String smallest = null;
        for (int[] perm : perms) {
          String key = letters(permute(s, n, perm), n) + letters(permute(t, n, perm), n);
          smallest = smallest == null || key.compareTo(smallest) < 0 ? key : smallest;
        }
        String form = HanoiTask.canonical(s, t, n, pegs);
        String previous = formOfClass.putIfAbsent(smallest, form);
        assertThat(form).isEqualTo(previous == null ? form : previous);
        forms.add(form);
      }
    }
    assertThat(forms).hasSameSizeAs(formOfClass.keySet());
  }

  private static long fromIndex(int index, int n, int pegs) {
    long s = 0;
    for (int d = 1; d <= n; d++) {
      s = HanoiModel.with(s, d, index % pegs);
      index /= pegs;
    }
    return s;
  }

  private static long permute(long s, int n, int[] perm) {
    long t = 0;
    for (int d = 1; d <= n; d++) {
      t = HanoiModel.with(t, d, perm[HanoiModel.peg(s, d)]);
    }
    return t;
  }

  @Test
  void pddlExportsReadBackAndTheGoldSolvesThemInTheStripsInterpreter() {
    for (int pegs = 3; pegs <= 4; pegs++) {
      for (int level = 1; level <= 7; level++) {
        Params params = task.resolve(level, Map.of("pegs", String.valueOf(pegs)));
        for (int i = 0; i < 3; i++) {
          Generated<HanoiProblem> g = generate(params, i);
          PddlFiles files = task.pddl(g.problem());
          assertThat(Pddl.parseDomain(files.domainText())).isEqualTo(files.domain());
          assertThat(Pddl.parseProblem(files.problemText())).isEqualTo(files.problem());
          StripsModel strips = new StripsModel(Pddl.parseDomain(files.domainText()),
              Pddl.parseProblem(files.problemText()));
          List<Fact> plan = pddlPlan(g.problem(), g.answer());
          Simulation<ImmutableSet<Fact>> run = Simulation.run(strips, plan);
          assertThat(run.solved()).as("pegs %s level %s: %s", pegs, level, run.violation()).isTrue();
          if (g.problem().disks() <= 3) {
            var r = BreadthFirst.search(strips.searchSpace(), SearchLimits.expansions(1_000_000));
            assertThat(r.cost()).isEqualTo(plan.size());
          }
        }
      }
    }
  }

  /** The gold as PDDL ground actions, each read off the reference simulator's state. */
  private static List<Fact> pddlPlan(HanoiProblem p, String answer) {
    String s = start(p);
    List<Fact> plan = new ArrayList<>();
    for (String line : answer.split("\n")) {
      String[] w = line.split(" ");
      int d = Integer.parseInt(w[1]);
      char x = w[2].charAt(0);
      char y = w[3].charAt(0);
      String from = "peg-" + Character.toLowerCase(x);
      for (int e = d + 1; e <= p.disks(); e++) {
        if (s.charAt(e - 1) == x) {
          from = "d" + e;
          break;
        }
      }
      int target = ReferenceHanoi.top(s, y);
      plan.add(Fact.of("move", "d" + d, from, target == 0 ? "peg-" + Character.toLowerCase(y) : "d" + target));
      s = ReferenceHanoi.apply(s, line);
    }
    return plan;
  }
}
