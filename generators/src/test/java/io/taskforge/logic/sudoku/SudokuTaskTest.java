package io.taskforge.logic.sudoku;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SudokuTaskTest {
  private final SudokuTask task = new SudokuTask();

  private Generated<SudokuProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 2024, index)));
  }

  private static int seedsFor(int level) {
    return level <= 7 ? 40 : level <= 9 ? 12 : 6;
  }

  private static int[] cells(SudokuProblem p) {
    int n = p.size();
    int[] g = new int[n * n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        g[r * n + c] = p.grid().get(r).get(c);
      }
    }
    return g;
  }

  @Test
  void goldIsTheUniqueSolutionAndBlanksAreExactAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      int blanks = p.getInt("blanks");
      for (int i = 0; i < seedsFor(level); i++) {
        Generated<SudokuProblem> g = generate(p, i);
        SudokuProblem problem = g.problem();
        int n = problem.size();
        assertThat(n).isEqualTo(p.getInt("size"));
        assertThat(problem.boxRows() * problem.boxCols()).isEqualTo(n);
        int[] puzzle = cells(problem);
        int zeros = 0;
        for (int v : puzzle) {
          zeros += v == 0 ? 1 : 0;
        }
        assertThat(zeros).as("level %d index %d blanks", level, i).isEqualTo(blanks);
        assertThat(g.metrics().get("blanks")).isEqualTo(blanks);

        ExactCoverCounter counter = new ExactCoverCounter(problem.boxRows(), problem.boxCols());
        assertThat(counter.count(puzzle, 2)).as("level %d index %d solutions", level, i).isEqualTo(1);
        int[] gold = SimpleRules.readAnswer(g.answer(), n);
        assertThat(gold).as("level %d index %d gold", level, i).isEqualTo(counter.solution());
        assertThat(SimpleRules.valid(gold, n, problem.boxRows(), problem.boxCols())).isTrue();
        SudokuSolution solution = (SudokuSolution) g.solution();
        assertThat(cells(new SudokuProblem(n, problem.boxRows(), problem.boxCols(), solution.grid()))).isEqualTo(gold);
      }
    }
  }

  @Test
  void requestedBlanksAreDeliveredExactlyUpToEachSizesMaximum() {
    int[][] requests = {
      {4, 1}, {4, 12}, {6, 1}, {6, 27}, {6, 28}, {8, 40}, {8, 47}, {9, 1}, {9, 30}, {9, 59}, {9, 60},
      {12, 80}, {16, 60},
    };
    for (int[] req : requests) {
      Params p = task.resolve(5, Map.of("size", String.valueOf(req[0]), "blanks", String.valueOf(req[1])));
      int count = req[1] >= 59 || req[0] >= 12 ? 1 : 5;
      for (int i = 0; i < count; i++) {
        SudokuProblem problem = generate(p, i).problem();
        int[] puzzle = cells(problem);
        int zeros = 0;
        for (int v : puzzle) {
          zeros += v == 0 ? 1 : 0;
        }
        assertThat(zeros).as("size %d blanks %d", req[0], req[1]).isEqualTo(req[1]);
        assertThat(new ExactCoverCounter(problem.boxRows(), problem.boxCols()).count(puzzle, 2)).isEqualTo(1);
      }
    }
  }

  @Test
  void techniqueBoundsAreRespected() {
    // At most naked singles: a naive naked-singles pass solves every puzzle.
    Params easy = task.resolve(6, Map.of("max-technique", "naked-single"));
    for (int i = 0; i < 15; i++) {
      Generated<SudokuProblem> g = generate(easy, i);
      SudokuProblem p = g.problem();
      int[] done = SimpleRules.singles(cells(p), p.size(), p.boxRows(), p.boxCols(), false);
      assertThat(SimpleRules.complete(done)).isTrue();
      assertThat(g.metrics().get("technique")).isEqualTo("naked single");
      assertThat(g.metrics().get("technique-rank")).isEqualTo(1);
    }
    // Needs search (level 9): naked and hidden singles alone get stuck.
    Params hard = task.level(9);
    for (int i = 0; i < 8; i++) {
      Generated<SudokuProblem> g = generate(hard, i);
      SudokuProblem p = g.problem();
      int[] stuck = SimpleRules.singles(cells(p), p.size(), p.boxRows(), p.boxCols(), true);
      assertThat(SimpleRules.complete(stuck)).isFalse();
      assertThat(g.metrics().get("technique")).isEqualTo("search");
      assertThat(g.metrics().get("technique-rank")).isEqualTo(13);
    }
    // A range in the middle.
    Params middle = task.resolve(7, Map.of("min-technique", "naked-pair", "max-technique", "xy-wing"));
    for (int i = 0; i < 8; i++) {
      int rank = (Integer) generate(middle, i).metrics().get("technique-rank");
      assertThat(rank).isBetween(Technique.NAKED_PAIR.rank(), Technique.XY_WING.rank());
    }
  }

  @Test
  void singlesOnlyPuzzlesAreRankedAsSuch() {
    // Whatever the logical solver says needs at most hidden singles, a naive singles pass must solve.
    Params p = task.level(6);
    for (int i = 0; i < 60; i++) {
      Generated<SudokuProblem> g = generate(p, i);
      int rank = (Integer) g.metrics().get("technique-rank");
      SudokuProblem pr = g.problem();
      int[] done = SimpleRules.singles(cells(pr), pr.size(), pr.boxRows(), pr.boxCols(), true);
      if (rank <= Technique.HIDDEN_SINGLE.rank()) {
        assertThat(SimpleRules.complete(done)).as("index %d", i).isTrue();
      } else {
        assertThat(SimpleRules.complete(done)).as("index %d ranked %d", i, rank).isFalse();
      }
    }
  }

  @Test
  void logicalSolverNeverPlacesAWrongNumber() {
    for (int level : new int[] {4, 5, 7, 8, 9}) {
      Params p = task.level(level);
      for (int i = 0; i < 30; i++) {
        Generated<SudokuProblem> g = generate(p, i);
        SudokuProblem pr = g.problem();
        Geometry geo = new Geometry(pr.boxRows(), pr.boxCols());
        LogicalSolver solver = new LogicalSolver(geo, cells(pr));
        Technique t = solver.hardest();
        int[] partial = solver.grid();
        int[] gold = SimpleRules.readAnswer(g.answer(), pr.size());
        int[] candidates = solver.candidates();
        for (int c = 0; c < partial.length; c++) {
          if (partial[c] != 0) {
            assertThat(partial[c]).as("level %d index %d cell %d", level, i, c).isEqualTo(gold[c]);
          } else {
            assertThat(candidates[c] & (1 << (gold[c] - 1))).as("level %d index %d cell %d keeps its number", level, i, c)
                .isNotZero();
          }
        }
        assertThat(SimpleRules.complete(partial)).isEqualTo(t != Technique.SEARCH);
      }
    }
  }

  @Test
  void everyUniqueFourByFourPuzzleFallsToNakedSingles() {
    // Backs the validation rule that refuses min-technique above naked-single for size 4: all 4x4
    // grids with a fixed first row (the rest follow by renaming numbers) and every subset of givens.
    List<int[]> grids = new ArrayList<>();
    fillFourByFour(new int[] {1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 4, grids);
    assertThat(grids).hasSize(12);
    ExactCoverCounter counter = new ExactCoverCounter(2, 2);
    int unique = 0;
    for (int[] full : grids) {
      for (int mask = 0; mask < 1 << 16; mask++) {
        int[] puzzle = new int[16];
        for (int c = 0; c < 16; c++) {
          puzzle[c] = (mask >> c & 1) != 0 ? full[c] : 0;
        }
        if (SimpleRules.complete(SimpleRules.singles(puzzle, 4, 2, 2, false))) {
          unique++;
        } else {
          assertThat(counter.count(puzzle, 2)).as("puzzle %s", java.util.Arrays.toString(puzzle)).isEqualTo(2);
        }
      }
    }
    assertThat(unique).isPositive();
  }

  private static void fillFourByFour(int[] g, int cell, List<int[]> out) {
    if (cell == 16) {
      out.add(g.clone());
      return;
    }
    for (int v = 1; v <= 4; v++) {
      if (SimpleRules.allowed(g, 4, 2, 2, cell / 4, cell % 4, v)) {
        g[cell] = v;
        fillFourByFour(g, cell + 1, out);
        g[cell] = 0;
      }
    }
  }

  @Test
  void sameSeedSameInstanceAndDistinctAcrossIndices() {
    Params p = task.level(7);
    Set<String> forms = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Generated<SudokuProblem> a = generate(p, i);
      Generated<SudokuProblem> b = generate(p, i);
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.metrics()).isEqualTo(b.metrics());
      assertThat(a.canonicalForm()).isEqualTo(b.canonicalForm());
      forms.add(a.canonicalForm());
    }
    assertThat(forms).hasSize(20);
  }

  @Test
  void canonicalFormIgnoresRenamingAndBoxPreservingSymmetries() {
    for (int level : new int[] {3, 5, 10}) {
      Generated<SudokuProblem> g = generate(task.level(level), 3);
      SudokuProblem p = g.problem();
      int n = p.size();
      Geometry geo = new Geometry(p.boxRows(), p.boxCols());
      int[] puzzle = cells(p);
      int[] rename = new Rng(level).permutation(n);
      int[] changed = new int[n * n];
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          int v = puzzle[r * n + c];
          // Mirror left-right and rename the numbers.
          changed[r * n + (n - 1 - c)] = v == 0 ? 0 : rename[v - 1] + 1;
        }
      }
      assertThat(CanonicalForm.of(geo, changed)).isEqualTo(g.canonicalForm());
      if (p.boxRows() == p.boxCols()) {
        int[] transposed = new int[n * n];
        for (int r = 0; r < n; r++) {
          for (int c = 0; c < n; c++) {
            transposed[c * n + r] = puzzle[r * n + c];
          }
        }
        assertThat(CanonicalForm.of(geo, transposed)).isEqualTo(g.canonicalForm());
      }
      int[] other = generate(task.level(level), 4).problem().grid().stream()
          .flatMap(List::stream).mapToInt(Integer::intValue).toArray();
      assertThat(CanonicalForm.of(geo, other)).isNotEqualTo(g.canonicalForm());
    }
  }

  @Test
  void problemSurvivesAJsonRoundTrip() throws Exception {
    for (int level : new int[] {1, 3, 5, 10}) {
      Generated<SudokuProblem> g = generate(task.level(level), 0);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(tree.get("grid").get(0).get(0).isInt()).isTrue();
      SudokuProblem back = Json.MAPPER.convertValue(tree, SudokuProblem.class);
      assertThat(back).isEqualTo(g.problem());
      String text = Json.MAPPER.writeValueAsString(g.problem());
      assertThat(Json.MAPPER.readValue(text, SudokuProblem.class)).isEqualTo(g.problem());
      assertThat(Json.MAPPER.writeValueAsString(g.solution())).contains("\"grid\"");
    }
  }

  @Test
  void metricsAreRecorded() {
    Generated<SudokuProblem> g = generate(task.level(5), 1);
    assertThat(g.metrics().keySet())
        .containsExactly("size", "cells", "blanks", "givens", "technique-rank", "technique", "search-nodes");
    assertThat((Integer) g.metrics().get("givens") + (Integer) g.metrics().get("blanks")).isEqualTo(81);
    assertThat((Long) g.metrics().get("search-nodes")).isPositive();
    assertThat(task.level(5)).isEqualTo(task.schema().defaults());
  }

  @Test
  void impossibleRequestsAreRefusedNamingTheParam() {
    assertThatThrownBy(() -> task.resolve(5, Map.of("size", "5")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'size'").hasMessageContaining("4, 6, 8, 9, 12 or 16");
    assertThatThrownBy(() -> task.resolve(5, Map.of("size", "9", "blanks", "61")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'blanks'").hasMessageContaining("at most 60");
    assertThatThrownBy(() -> task.resolve(1, Map.of("blanks", "13")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'blanks'").hasMessageContaining("at most 12");
    assertThatThrownBy(() -> task.resolve(5, Map.of("min-technique", "x-wing", "max-technique", "naked-pair")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'min-technique'").hasMessageContaining("'max-technique'");
    assertThatThrownBy(() -> task.resolve(1, Map.of("min-technique", "hidden-single")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'min-technique'").hasMessageContaining("size 4");
    assertThatThrownBy(() -> task.resolve(5, Map.of("blanks", "161")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'blanks'").hasMessageContaining("from 1 to 160");
  }

  @Test
  void ladderRisesInSizeAndBlanks() {
    int size = 0;
    int blanks = 0;
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      assertThat(p.getInt("size")).isGreaterThanOrEqualTo(size);
      assertThat(p.getInt("blanks")).isGreaterThan(blanks);
      size = p.getInt("size");
      blanks = p.getInt("blanks");
    }
  }
}
