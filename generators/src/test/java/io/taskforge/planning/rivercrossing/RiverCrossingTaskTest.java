package io.taskforge.planning.rivercrossing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiverCrossingTaskTest {
  private final RiverCrossingTask task = new RiverCrossingTask();

  private Generated<RiverCrossingProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  static RiverCrossingProblem farmer(List<String> items, List<List<String>> conflicts, int boat) {
    return new RiverCrossingProblem("farmer", 0, 0, items, conflicts, boat, false, 0);
  }

  static final RiverCrossingProblem WOLF_GOAT_CABBAGE = farmer(List.of("wolf", "goat", "cabbage"),
      List.of(List.of("wolf", "goat"), List.of("goat", "cabbage")), 2);

  @Test
  void levelFiveIsTheDefaultAndUnsolvableParamsAreRefused() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    assertThatThrownBy(() -> task.resolve(2, Map.of("size", "4", "boat", "2")))
        .isInstanceOf(ParamException.class).hasMessageContaining("size=4").hasMessageContaining("boat=2");
    assertThatThrownBy(() -> task.resolve(1, Map.of("conflicts", "3")))
        .isInstanceOf(ParamException.class).hasMessageContaining("conflicts=3");
    assertThatThrownBy(() -> task.resolve(5, Map.of("size", "17")))
        .isInstanceOf(ParamException.class).hasMessageContaining("size");
    assertThat(task.resolve(2, Map.of("size", "4", "boat", "3")).getInt("size")).isEqualTo(4);
  }

  @Test
  void classicPuzzlesHaveTheirKnownOptima() {
    assertThat(new ReferenceRiver(WOLF_GOAT_CABBAGE).distance()).isEqualTo(7);
    assertThat(RiverCrossingTask.solve(WOLF_GOAT_CABBAGE).cost()).isEqualTo(7);
    int[][] known = {{3, 2, 11}, {2, 2, 5}, {4, 3, 9}, {5, 3, 11}, {4, 2, -1}, {6, 3, -1}};
    for (int[] k : known) {
      RiverCrossingProblem p = RiverCrossingTask.missionariesProblem(k[0], k[1], false, 0);
      SearchResult<Trip> r = RiverCrossingTask.solve(p);
      assertThat(r == null ? -1 : r.cost()).as("%s pairs, boat %s", k[0], k[1]).isEqualTo(k[2]);
      assertThat(new ReferenceRiver(p).distance()).isEqualTo(k[2]);
    }
  }

  @Test
  void goldPlansAreValidAndShortestByAnIndependentSearchAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < (level <= 7 ? 10 : 2); i++) {
        Generated<RiverCrossingProblem> g = generate(params, i);
        RiverCrossingProblem p = g.problem();
        ReferenceRiver ref = new ReferenceRiver(p);
        assertThat(ref.isGoal(ref.replay(g.answer()))).as("level %s index %s", level, i).isTrue();
        int length = g.answer().split("\n").length;
        if (level <= 8) {
          // levels 9 and 10 (15 and 16 items) are only replayed: their independent search is slow
          assertThat(length).isEqualTo(ref.distance());
        }
        assertThat(((Number) g.metrics().get("optimal_length")).intValue()).isEqualTo(length);
        assertThat(p.optimalLength()).isEqualTo(length);
        assertThat(((RiverCrossingSolution) g.solution()).plan()).containsExactly(g.answer().split("\n"));
        assertThat(p.kind()).isEqualTo(params.getString("kind"));
        if (!p.missionaryKind()) {
          assertThat(p.items()).hasSize(params.getInt("size")).doesNotHaveDuplicates();
          assertThat(p.conflicts()).hasSize(params.getInt("conflicts"));
          assertThat(new HashSet<>(p.conflicts())).hasSameSizeAs(p.conflicts());
        }
      }
    }
  }

  @Test
  void mixedDrawsBothKinds() {
    Params params = task.resolve(1, Map.of("kind", "mixed"));
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Generated<RiverCrossingProblem> g = generate(params, i);
      kinds.add(g.problem().kind());
      assertThat(new ReferenceRiver(g.problem()).distance()).isEqualTo(g.answer().split("\n").length);
    }
    assertThat(kinds).containsExactlyInAnyOrder("missionaries", "farmer");
  }

  @Test
  void generationIsDeterministicAndTheProblemRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 2, 5, 10}) {
      Generated<RiverCrossingProblem> a = generate(task.level(level), 3);
      Generated<RiverCrossingProblem> b = generate(task.level(level), 3);
      assertThat(b.problem()).isEqualTo(a.problem());
      assertThat(b.answer()).isEqualTo(a.answer());
      assertThat(b.metrics()).isEqualTo(a.metrics());
      assertThat(b.view()).isEqualTo(a.view());
      assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
      assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.problem()), RiverCrossingProblem.class))
          .isEqualTo(a.problem());
      assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(a.problem()), RiverCrossingProblem.class))
          .isEqualTo(a.problem());
      assertThat(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(a.solution()), RiverCrossingSolution.class))
          .isEqualTo(a.solution());
    }
  }

  @Test
  void canonicalFormsCollideExactlyForIsomorphicConflictGraphs() {
    // Every graph on five items: the forms must group them exactly as isomorphism does.
    int n = 5;
    List<int[]> pairs = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        pairs.add(new int[] {a, b});
      }
    }
    List<String> items = List.of("wolf", "goat", "cabbage", "fox", "hen");
    Map<String, String> formOfClass = new HashMap<>();
    Set<String> forms = new HashSet<>();
    List<int[]> perms = permutations(n);
    for (int mask = 0; mask < 1 << pairs.size(); mask++) {
      List<List<String>> conflicts = new ArrayList<>();
      for (int e = 0; e < pairs.size(); e++) {
        if ((mask >>> e & 1) != 0) {
          conflicts.add(List.of(items.get(pairs.get(e)[0]), items.get(pairs.get(e)[1])));
        }
      }
      String smallest = null;
      for (int[] perm : perms) {
        boolean[][] adj = new boolean[n][n];
        for (int e = 0; e < pairs.size(); e++) {
          if ((mask >>> e & 1) != 0) {
            adj[perm[pairs.get(e)[0]]][perm[pairs.get(e)[1]]] = true;
            adj[perm[pairs.get(e)[1]]][perm[pairs.get(e)[0]]] = true;
          }
        }
        StringBuilder sb = new StringBuilder();
        for (int a = 0; a < n; a++) {
          for (int b = a + 1; b < n; b++) {
            sb.append(adj[a][b] ? '1' : '0');
          }
        }
        smallest = smallest == null || sb.toString().compareTo(smallest) < 0 ? sb.toString() : smallest;
      }
      String form = RiverCrossingTask.canonical(farmer(items, conflicts, 3));
      String previous = formOfClass.putIfAbsent(smallest, form);
      assertThat(form).isEqualTo(previous == null ? form : previous);
      forms.add(form);
    }
    assertThat(formOfClass).hasSize(34); // the graphs on five vertices
    assertThat(forms).hasSize(34);
    // Renamed and reordered items and pairs keep the form; the boat does not.
    RiverCrossingProblem renamed = farmer(List.of("cabbage", "lion", "wolf"),
        List.of(List.of("wolf", "lion"), List.of("lion", "cabbage")), 2);
    assertThat(RiverCrossingTask.canonical(renamed)).isEqualTo(RiverCrossingTask.canonical(WOLF_GOAT_CABBAGE));
    assertThat(RiverCrossingTask.canonical(farmer(WOLF_GOAT_CABBAGE.items(), WOLF_GOAT_CABBAGE.conflicts(), 3)))
        .isNotEqualTo(RiverCrossingTask.canonical(WOLF_GOAT_CABBAGE));
  }

  private static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] p, boolean[] used, int i, List<int[]> out) {
    if (i == p.length) {
      out.add(p.clone());
      return;
    }
    for (int v = 0; v < p.length; v++) {
      if (!used[v]) {
        used[v] = true;
        p[i] = v;
        permute(p, used, i + 1, out);
        used[v] = false;
      }
    }
  }

  @Test
  void pddlExportsReadBackAndTheGoldSolvesThemInTheStripsInterpreter() {
    for (int level = 1; level <= 7; level++) {
      for (int i = 0; i < 2; i++) {
        Generated<RiverCrossingProblem> g = generate(task.level(level), i);
        PddlFiles files = task.pddl(g.problem());
        assertThat(Pddl.parseDomain(files.domainText())).isEqualTo(files.domain());
        assertThat(Pddl.parseProblem(files.problemText())).isEqualTo(files.problem());
        StripsModel strips = new StripsModel(files.domain(), files.problem());
        Simulation<ImmutableSet<Fact>> run = Simulation.run(strips, pddlPlan(g.problem(), g.answer()));
        assertThat(run.solved()).as("level %s: %s", level, run.violation()).isTrue();
      }
    }
  }

  @Test
  void breadthFirstSearchOverTheExportFindsTheSameOptimum() {
    for (RiverCrossingProblem p : List.of(WOLF_GOAT_CABBAGE, RiverCrossingTask.missionariesProblem(2, 2, false, 0),
        RiverCrossingTask.missionariesProblem(3, 2, false, 0),
        farmer(List.of("fox", "hen", "grain", "dog"), List.of(List.of("fox", "hen"), List.of("hen", "grain"),
            List.of("dog", "fox")), 3))) {
      PddlFiles files = RiverCrossingPddl.of(p);
      SearchResult<Fact> r = BreadthFirst.search(new StripsModel(files.domain(), files.problem()).searchSpace(),
          SearchLimits.expansions(1_000_000));
      assertThat(r.cost()).isEqualTo(new ReferenceRiver(p).distance());
    }
    // Four pairs and a boat for two have no plan in the export either.
    PddlFiles none = RiverCrossingPddl.of(RiverCrossingTask.missionariesProblem(4, 2, false, 0));
    assertThat(BreadthFirst.search(new StripsModel(none.domain(), none.problem()).searchSpace(),
        SearchLimits.expansions(1_000_000)).solved()).isFalse();
  }

  /** The gold as ground PDDL actions, each picked from the trips the state reached so far allows. */
  private static List<Fact> pddlPlan(RiverCrossingProblem p, String answer) {
    RiverCrossingModel model = RiverCrossingModel.of(p);
    long state = model.initial();
    List<Fact> plan = new ArrayList<>();
    for (String line : answer.split("\n")) {
      Trip trip = null;
      for (Trip t : trips(model, state)) {
        if (t.text(p.items()).equals(line)) {
          trip = t;
        }
      }
      plan.add(RiverCrossingPddl.action(p, state, trip));
      state = model.apply(state, trip);
    }
    return plan;
  }

  private static List<Trip> trips(RiverCrossingModel model, long state) {
    List<Trip> out = new ArrayList<>();
    model.successors(state, (t, next, cost) -> out.add(t));
    return out;
  }
}
