package io.taskforge.logic.nonogram;

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

class NonogramTaskTest {
  private final NonogramTask task = new NonogramTask();

  private Generated<NonogramProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 2024, index)));
  }

  private static int seedsFor(int level) {
    return level <= 7 ? 40 : level == 8 ? 15 : 6;
  }

  /** The gold answer text read strictly: rows of '#' and '.'. */
  private static boolean[] read(String answer, int w, int h) {
    String[] lines = answer.split("\n", -1);
    assertThat(lines).hasSize(h);
    boolean[] g = new boolean[w * h];
    for (int r = 0; r < h; r++) {
      assertThat(lines[r]).hasSize(w).matches("[#.]+");
      for (int c = 0; c < w; c++) {
        g[r * w + c] = lines[r].charAt(c) == '#';
      }
    }
    return g;
  }

  @Test
  void goldAnswerIsTheOnlySolutionAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < seedsFor(level); i++) {
        Generated<NonogramProblem> g = generate(p, i);
        NonogramProblem problem = g.problem();
        boolean[] gold = read(g.answer(), problem.width(), problem.height());
        List<boolean[]> solutions = new CandidateSolver(problem).solutions(2);
        assertThat(solutions).as("level %d index %d", level, i).hasSize(1);
        assertThat(solutions.get(0)).as("level %d index %d", level, i).isEqualTo(gold);
        assertThat(g.solution()).isEqualTo(List.of(g.answer().split("\n")));
      }
    }
  }

  @Test
  void levelsDeliverTheirSizeAndGuessingRequirement() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      NonogramParams np = NonogramParams.from(p);
      for (int i = 0; i < Math.min(seedsFor(level), 10); i++) {
        Generated<NonogramProblem> g = generate(p, i);
        assertThat(g.problem().width()).isEqualTo(np.width());
        assertThat(g.problem().height()).isEqualTo(np.height());
        assertThat(g.problem().rows()).hasSize(np.height());
        assertThat(g.problem().columns()).hasSize(np.width());
        // Line logic alone (the independent solver's, which reaches the same fixed point as any
        // complete line solver) finishes the puzzle exactly when no guessing is needed.
        int[][] state = new CandidateSolver(g.problem()).lineLogic();
        boolean complete = true;
        for (int[] row : state) {
          for (int v : row) {
            complete &= v != 0;
          }
        }
        assertThat(complete).as("level %d index %d line-solvable", level, i).isEqualTo(!np.needsGuessing());
        assertThat(g.metrics().get("line-solvable")).isEqualTo(complete);
        assertThat(((Number) g.metrics().get("search-nodes")).longValue() > 0).isEqualTo(np.needsGuessing());
        assertThat(g.metrics().get("cells")).isEqualTo(np.width() * np.height());
        long filled = g.answer().chars().filter(ch -> ch == '#').count();
        assertThat(((Number) g.metrics().get("filled-cells")).longValue()).isEqualTo(filled);
      }
    }
  }

  @Test
  void rectangularGridsAndExplicitParamsWork() {
    Params p = task.resolve(5, Map.of("width", "12", "height", "5", "density", "40"));
    for (int i = 0; i < 20; i++) {
      Generated<NonogramProblem> g = generate(p, i);
      assertThat(g.problem().width()).isEqualTo(12);
      assertThat(g.problem().height()).isEqualTo(5);
      assertThat(new CandidateSolver(g.problem()).solutions(2)).hasSize(1);
    }
    Params guess = task.resolve(5, Map.of("width", "9", "height", "7", "needs-guessing", "true"));
    for (int i = 0; i < 5; i++) {
      Generated<NonogramProblem> g = generate(guess, i);
      assertThat(g.metrics().get("line-solvable")).isEqualTo(false);
      assertThat(new CandidateSolver(g.problem()).solutions(2)).hasSize(1);
    }
  }

  @Test
  void defaultsAreLevelFiveAndParamsAreChecked() {
    assertThat(task.level(5)).isEqualTo(task.schema().defaults());
    assertThatThrownBy(() -> task.resolve(5, Map.of("needs-guessing", "true", "width", "4")))
        .isInstanceOf(ParamException.class)
        .hasMessageContaining("needs-guessing")
        .hasMessageContaining("width");
    assertThatThrownBy(() -> task.resolve(5, Map.of("density", "95")))
        .isInstanceOf(ParamException.class)
        .hasMessageContaining("density");
  }

  @Test
  void sameSeedSameInstanceAndSeedsDiffer() {
    Params p = task.level(6);
    List<String> canon = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Generated<NonogramProblem> a = generate(p, i);
      Generated<NonogramProblem> b = generate(p, i);
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.metrics()).isEqualTo(b.metrics());
      assertThat(a.view()).isEqualTo(b.view());
      canon.add(a.canonicalForm());
    }
    assertThat(canon).doesNotHaveDuplicates();
  }

  @Test
  void problemSurvivesAJsonRoundTrip() {
    for (int level : new int[] {1, 5, 10}) {
      Generated<NonogramProblem> g = generate(task.level(level), 3);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, NonogramProblem.class)).isEqualTo(g.problem());
      assertThat(tree.get("rows").get(0).isArray()).isTrue();
    }
  }

  @Test
  void canonicalFormIsTheSameForMirroredAndRotatedPictures() {
    Generated<NonogramProblem> g = generate(task.resolve(5, Map.of("width", "7", "height", "5")), 1);
    int w = 7;
    int h = 5;
    boolean[] pic = read(g.answer(), w, h);
    boolean[] mirrored = new boolean[w * h];
    boolean[] turned = new boolean[w * h];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        mirrored[r * w + (w - 1 - c)] = pic[r * w + c];
        // Rotated a quarter turn clockwise: an h-wide, w-high picture.
        turned[c * h + (h - 1 - r)] = pic[r * w + c];
      }
    }
    assertThat(NonogramTask.canonical(mirrored, w, h)).isEqualTo(g.canonicalForm());
    assertThat(NonogramTask.canonical(turned, h, w)).isEqualTo(g.canonicalForm());
  }

  @Test
  void cluePictureShowsEveryClue() {
    Generated<NonogramProblem> g = generate(task.level(8), 0);
    String picture = (String) g.view().get("clue_picture");
    String[] lines = picture.split("\n");
    int header = lines.length - g.problem().height();
    for (int r = 0; r < g.problem().height(); r++) {
      String line = lines[header + r].strip();
      String clue = NonogramTask.clueText(g.problem().rows().get(r));
      assertThat(line).startsWith(clue + " ").endsWith(".");
      assertThat(line.substring(clue.length()).replace(" ", "")).isEqualTo(".".repeat(g.problem().width()));
    }
    for (String line : lines) {
      assertThat(line).doesNotEndWith(" ");
    }
    // Column clues read top to bottom in the header, right-aligned over their column's cells.
    List<Integer> dots = new ArrayList<>();
    for (int i = 0; i < lines[header].length(); i++) {
      if (lines[header].charAt(i) == '.') {
        dots.add(i);
      }
    }
    assertThat(dots).hasSize(g.problem().width());
    for (int c = 0; c < g.problem().width(); c++) {
      int end = dots.get(c) + 1;
      StringBuilder read = new StringBuilder();
      for (int k = 0; k < header; k++) {
        String line = lines[k];
        if (line.length() < end) {
          continue;
        }
        int start = end;
        while (start > 0 && Character.isDigit(line.charAt(start - 1))) {
          start--;
        }
        if (start < end) {
          read.append(read.length() > 0 ? " " : "").append(line, start, end);
        }
      }
      assertThat(read.toString()).as("column %d", c + 1).isEqualTo(NonogramTask.clueText(g.problem().columns().get(c)));
    }
  }
}
