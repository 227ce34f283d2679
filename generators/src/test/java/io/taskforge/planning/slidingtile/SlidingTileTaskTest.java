package io.taskforge.planning.slidingtile;

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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlidingTileTaskTest {
  private final SlidingTileTask task = new SlidingTileTask();

  private Generated<SlidingTileProblem> generate(Params params, long index) {
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
    int previousSize = 0;
    int previousMin = 0;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params p = task.level(level);
      assertThat(p.getInt("size")).isGreaterThanOrEqualTo(previousSize);
      assertThat(p.getInt("min_length")).isGreaterThan(previousMin);
      assertThat(p.getBool("optimality")).isFalse();
      previousSize = p.getInt("size");
      previousMin = p.getInt("min_length");
    }
    assertThatThrownBy(() -> task.resolve(5, Map.of("min_length", "30", "max_length", "20")))
        .isInstanceOf(ParamException.class).hasMessageContaining("min_length").hasMessageContaining("max_length");
    assertThatThrownBy(() -> task.resolve(5, Map.of("min_length", "29", "max_length", "40")))
        .isInstanceOf(ParamException.class).hasMessageContaining("min_length").hasMessageContaining("size");
    assertThatThrownBy(() -> task.resolve(5, Map.of("size", "6"))).isInstanceOf(ParamException.class);
    assertThatThrownBy(() -> task.resolve(5, Map.of("convention", "diagonal"))).isInstanceOf(ParamException.class);
  }

  @Test
  void goldPlansSolveSolvableStartsInAnIndependentSimulatorAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      int size = params.getInt("size");
      int min = params.getInt("min_length");
      int max = params.getInt("max_length");
      int count = level <= 7 ? 30 : 8;
      for (int i = 0; i < count; i++) {
        Generated<SlidingTileProblem> g = generate(params, i);
        SlidingTileProblem p = g.problem();
        int[] start = ReferenceSlidingTile.cells(p.board());
        assertThat(p.size()).isEqualTo(size);
        assertThat(ReferenceSlidingTile.isStandardGoal(ReferenceSlidingTile.cells(p.goal()))).isTrue();
        assertThat(ReferenceSlidingTile.solvable(size, start)).as("parity of %s", Arrays.toString(start)).isTrue();
        assertThat(ReferenceSlidingTile.isStandardGoal(start)).isFalse();

        int[] end = ReferenceSlidingTile.replay(size, start, words(g.answer()), p.convention());
        assertThat(end).as("level %s index %s", level, i).isNotNull();
        assertThat(ReferenceSlidingTile.isStandardGoal(end)).as("level %s index %s", level, i).isTrue();

        SlidingTileSolution solution = (SlidingTileSolution) g.solution();
        int length = words(g.answer()).size();
        assertThat(solution.plan()).isEqualTo(words(g.answer()));
        assertThat(solution.length()).isEqualTo(length).isEqualTo(p.referenceLength());
        assertThat(metric(g, "tiles")).isEqualTo(size * size - 1);
        boolean proven = (Boolean) g.metrics().get("optimal_proven");
        assertThat(solution.optimal()).isEqualTo(proven).isEqualTo(p.referenceOptimal());
        int bound = metric(g, "lower_bound");
        assertThat(bound).isGreaterThanOrEqualTo(min).isLessThanOrEqualTo(length);
        assertThat(length).isLessThanOrEqualTo(max);
        assertThat(metric(g, "heuristic")).isLessThanOrEqualTo(bound);
        assertThat(metric(g, "manhattan")).isLessThanOrEqualTo(metric(g, "heuristic"));
        if (proven) {
          assertThat(metric(g, "optimal_length")).isEqualTo(length).isEqualTo(bound);
          assertThat(g.metrics()).doesNotContainKey("best_known_length");
        } else {
          assertThat(metric(g, "best_known_length")).isEqualTo(length);
          assertThat(g.metrics()).doesNotContainKey("optimal_length");
        }
        if (level <= 8) {
          assertThat(proven).as("level %s index %s is proven optimal", level, i).isTrue();
        }
      }
    }
  }

  @Test
  void eightPuzzleOptimaMatchACompleteBreadthFirstTable() {
    assertThat(ReferenceSlidingTile.eightPuzzleStates()).isEqualTo(181_440);
    for (int level = 1; level <= 5; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 40; i++) {
        Generated<SlidingTileProblem> g = generate(params, i);
        int distance = ReferenceSlidingTile.eightPuzzleDistance(ReferenceSlidingTile.cells(g.problem().board()));
        assertThat(metric(g, "optimal_length")).as("level %s index %s", level, i).isEqualTo(distance);
      }
    }
    // The hardest band of the 8-puzzle, too.
    Params hard = task.resolve(5, Map.of("min_length", "25", "max_length", "31"));
    for (int i = 0; i < 10; i++) {
      Generated<SlidingTileProblem> g = generate(hard, i);
      int distance = ReferenceSlidingTile.eightPuzzleDistance(ReferenceSlidingTile.cells(g.problem().board()));
      assertThat(metric(g, "optimal_length")).isEqualTo(distance).isBetween(25, 31);
    }
  }

  @Test
  void largerPuzzlesOptimaMatchAnIndependentIdaStar() {
    for (Params params : List.of(task.level(6), task.resolve(8, Map.of("min_length", "14", "max_length", "20")))) {
      for (int i = 0; i < 4; i++) {
        Generated<SlidingTileProblem> g = generate(params, i);
        int[] start = ReferenceSlidingTile.cells(g.problem().board());
        assertThat(metric(g, "optimal_length")).isEqualTo(ReferenceSlidingTile.optimalLength(g.problem().size(), start));
      }
    }
  }

  @Test
  void withoutSearchTheBestKnownPlanIsFlaggedAndTheBoundIsAdmissible() {
    Params params = task.resolve(5, Map.of("search_limit", "0", "min_length", "12", "max_length", "24"));
    for (int i = 0; i < 40; i++) {
      Generated<SlidingTileProblem> g = generate(params, i);
      int[] start = ReferenceSlidingTile.cells(g.problem().board());
      int distance = ReferenceSlidingTile.eightPuzzleDistance(start);
      assertThat(g.metrics().get("optimal_proven")).isEqualTo(false);
      assertThat(g.problem().referenceOptimal()).isFalse();
      assertThat(metric(g, "lower_bound")).isBetween(12, distance);
      assertThat(metric(g, "best_known_length")).isGreaterThanOrEqualTo(distance).isLessThanOrEqualTo(24);
      int[] end = ReferenceSlidingTile.replay(3, start, words(g.answer()), "blank");
      assertThat(ReferenceSlidingTile.isStandardGoal(end)).isTrue();
    }
  }

  @Test
  void theTileConventionNamesTheSameMovesTheOtherWay() {
    Params blank = task.level(4);
    Params tile = task.resolve(4, Map.of("convention", "tile"));
    for (int i = 0; i < 10; i++) {
      // The same random stream: the convention only changes how moves are written.
      Generated<SlidingTileProblem> a = task.generate(blank, new Rng(i));
      Generated<SlidingTileProblem> b = task.generate(tile, new Rng(i));
      assertThat(b.problem().board()).isEqualTo(a.problem().board());
      assertThat(b.problem().convention()).isEqualTo("tile");
      List<String> flipped = new ArrayList<>();
      for (String w : words(a.answer())) {
        flipped.add(switch (w) {
          case "up" -> "down";
          case "down" -> "up";
          case "left" -> "right";
          default -> "left";
        });
      }
      assertThat(words(b.answer())).isEqualTo(flipped);
      assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
      assertThat((String) b.view().get("convention_text")).contains("tile").isNotEqualTo(a.view().get("convention_text"));
    }
  }

  @Test
  void generationIsDeterministic() {
    for (int level : new int[] {3, 7}) {
      Params params = task.level(level);
      for (int i = 0; i < 10; i++) {
        Generated<SlidingTileProblem> a = generate(params, i);
        Generated<SlidingTileProblem> b = generate(params, i);
        assertThat(b.problem()).isEqualTo(a.problem());
        assertThat(b.answer()).isEqualTo(a.answer());
        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.view()).isEqualTo(a.view());
        assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
      }
    }
  }

  @Test
  void problemAndSolutionRoundTripThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Generated<SlidingTileProblem> g = generate(task.level(level), 3);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, SlidingTileProblem.class)).isEqualTo(g.problem());
      String text = Json.MAPPER.writeValueAsString(g.problem());
      assertThat(Json.MAPPER.readValue(text, SlidingTileProblem.class)).isEqualTo(g.problem());
      JsonNode solution = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(solution, SlidingTileSolution.class)).isEqualTo(g.solution());
    }
  }

  @Test
  void viewRendersTheBoard() {
    Generated<SlidingTileProblem> g = generate(task.level(6), 0);
    @SuppressWarnings("unchecked")
    List<String> rows = (List<String>) g.view().get("board_rows");
    assertThat(rows).hasSize(4);
    for (int r = 0; r < 4; r++) {
      List<String> cells = List.of(rows.get(r).strip().split(" +"));
      List<String> expected = new ArrayList<>();
      for (int t : g.problem().board().get(r)) {
        expected.add(t == 0 ? "_" : String.valueOf(t));
      }
      assertThat(cells).isEqualTo(expected);
      assertThat(rows.get(r)).hasSize(4 * 2 + 3);
    }
    assertThat(g.view().get("puzzle")).isEqualTo("15-puzzle");
    assertThat((List<?>) g.view().get("goal_lines")).first().isEqualTo("Row 1: 1, 2, 3, 4");
  }

  @Test
  void theCanonicalFormIgnoresTheDiagonalMirror() {
    for (int size = 3; size <= 5; size++) {
      Rng rng = new Rng(size);
      for (int i = 0; i < 20; i++) {
        int[] cells = rng.permutation(size * size);
        int[] mirror = new int[cells.length];
        for (int k = 0; k < cells.length; k++) {
          int t = cells[k];
          // tile t belongs at (r, c); in the mirror the tile that belongs at (c, r) stands at the mirrored cell
          int renamed = t == 0 ? 0 : ((t - 1) % size) * size + (t - 1) / size + 1;
          mirror[(k % size) * size + k / size] = renamed;
        }
        assertThat(SlidingTileTask.canonical(size, mirror)).isEqualTo(SlidingTileTask.canonical(size, cells));
        int[] swapped = cells.clone();
        int a = swapped[0] == 0 ? 2 : 0;
        int b = swapped[1] == 0 ? 2 : 1;
        int t = swapped[a];
        swapped[a] = swapped[b];
        swapped[b] = t;
        assertThat(SlidingTileTask.canonical(size, swapped)).isNotEqualTo(SlidingTileTask.canonical(size, cells));
      }
    }
  }

  @Test
  void difficultyMetricsRiseWithTheLevel() {
    long[] previous = new long[task.difficultyMetrics().size()];
    long[] first = new long[previous.length];
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      List<Generated<SlidingTileProblem>> gs = new ArrayList<>();
      for (int i = 0; i < 11; i++) {
        gs.add(generate(params, i));
      }
      for (int m = 0; m < previous.length; m++) {
        List<Integer> values = new ArrayList<>();
        for (Generated<SlidingTileProblem> g : gs) {
          values.add(metric(g, task.difficultyMetrics().get(m)));
        }
        Collections.sort(values);
        int median = values.get(values.size() / 2);
        assertThat(median).as("%s at level %s", task.difficultyMetrics().get(m), level)
            .isGreaterThanOrEqualTo((int) previous[m]);
        previous[m] = median;
        if (level == 1) {
          first[m] = median;
        }
      }
    }
    for (int m = 0; m < previous.length; m++) {
      assertThat(previous[m]).isGreaterThan(first[m]);
    }
  }

  // --- PDDL -----------------------------------------------------------------------------------

  @Test
  void pddlExportsParseBackAndTheGoldPlanSolvesThem() {
    for (String convention : List.of("blank", "tile")) {
      for (int level : new int[] {1, 4, 7}) {
        Params params = task.resolve(level, Map.of("convention", convention));
        for (int i = 0; i < 3; i++) {
          Generated<SlidingTileProblem> g = generate(params, i);
          PddlFiles files = task.pddl(g.problem());
          PddlDomain domain = Pddl.parseDomain(files.domainText());
          PddlProblem problem = Pddl.parseProblem(files.problemText());
          assertThat(domain).isEqualTo(files.domain());
          assertThat(problem).isEqualTo(files.problem());

          StripsModel strips = new StripsModel(domain, problem);
          List<Fact> plan = groundPlan(g);
          Simulation<?> run = Simulation.run(strips, plan);
          assertThat(run.solved()).as("%s level %s index %s: %s", convention, level, i, run).isTrue();
          // A plan that stops one move early fails there too.
          assertThat(Simulation.run(strips, plan.subList(0, plan.size() - 1)).solved()).isFalse();
        }
      }
    }
  }

  @Test
  void breadthFirstSearchOverThePddlExportFindsTheOptimalLength() {
    for (String convention : List.of("blank", "tile")) {
      Params params = task.resolve(1, Map.of("convention", convention));
      for (int i = 0; i < 3; i++) {
        Generated<SlidingTileProblem> g = generate(params, i);
        PddlFiles files = task.pddl(g.problem());
        SearchResult<Fact> r = BreadthFirst.search(new StripsModel(files.domain(), files.problem()).searchSpace(),
            SearchLimits.expansions(100_000));
        assertThat(r.solved()).isTrue();
        assertThat(r.cost()).isEqualTo(metric(g, "optimal_length"));
        // Its plan, read back as answer words, is a valid plan too.
        List<String> answer = new ArrayList<>();
        for (Fact f : r.plan()) {
          answer.add(f.predicate());
        }
        int[] end = ReferenceSlidingTile.replay(3, ReferenceSlidingTile.cells(g.problem().board()), answer, convention);
        assertThat(ReferenceSlidingTile.isStandardGoal(end)).isTrue();
      }
    }
  }

  /** The gold plan as ground PDDL actions, found by replaying it on the task's model. */
  private static List<Fact> groundPlan(Generated<SlidingTileProblem> g) {
    SlidingTileModel model = SlidingTileModel.of(g.problem());
    MoveNames names = model.names();
    TileBoard b = model.initial();
    List<Fact> plan = new ArrayList<>();
    for (String word : words(g.answer())) {
      TileMove direction = TileMove.valueOf(word.toUpperCase(java.util.Locale.ROOT));
      TileMove move = TileMove.named(direction, names);
      Fact action = SlidingTilePddl.action(b, move, names);
      assertThat(action.predicate()).isEqualTo(word);
      plan.add(action);
      b = b.move(move);
    }
    return plan;
  }
}
