package io.taskforge.logic.futoshiki;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.futoshiki}: fill an n×n grid with 1..n, each once per row and column, keeping the
 * given numbers and the inequalities between neighbouring cells. Every puzzle has exactly one
 * solution, and (within a bounded search) no inequality can be left out without losing that.
 */
public final class FutoshikiTask implements Task<FutoshikiProblem> {
  public static final String ID = "logic.futoshiki";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("size", 6, 3, 9, "side of the grid; the numbers are 1 to size"),
      ParamSpec.integer("givens", 2, 0, 40,
          "cells whose number is shown (exactly this many); inequalities are then added until the solution is unique"));

  /** size, givens per level 1..10. */
  private static final int[][] LADDER = {
    {4, 3},
    {4, 1},
    {5, 3},
    {5, 1},
    {6, 2},
    {7, 2},
    {7, 0},
    {8, 1},
    {9, 2},
    {9, 0},
  };

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Solve a futoshiki: complete a Latin square that keeps the given numbers and the inequalities between neighbouring cells.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("size", row[0]);
    all.put("givens", row[1]);
    return all;
  }

  @Override
  public void validate(Params params) {
    FutoshikiParams p = FutoshikiParams.from(params);
    int most = p.size() * p.size() / 2;
    if (p.givens() > most) {
      throw new ParamException("params 'givens' and 'size': with size=" + p.size() + " at most " + most
          + " givens (half the cells) are allowed, got " + p.givens());
    }
  }

  @Override
  public Class<FutoshikiProblem> problemType() {
    return FutoshikiProblem.class;
  }

  @Override
  public Generated<FutoshikiProblem> generate(Params params, Rng rng) {
    validate(params);
    FutoshikiParams p = FutoshikiParams.from(params);
    int n = p.size();
    FutoshikiMaker.Puzzle puzzle = FutoshikiMaker.make(p, rng);
    int[] solution = puzzle.solution();
    int[] givens = puzzle.givens();
    int[] less = puzzle.less();
    int[] greater = puzzle.greater();

    ImmutableList.Builder<List<Integer>> grid = ImmutableList.builderWithExpectedSize(n);
    ImmutableList.Builder<List<Integer>> solved = ImmutableList.builderWithExpectedSize(n);
    StringBuilder answer = new StringBuilder(2 * n * n);
    for (int r = 0; r < n; r++) {
      ImmutableList.Builder<Integer> g = ImmutableList.builderWithExpectedSize(n);
      ImmutableList.Builder<Integer> s = ImmutableList.builderWithExpectedSize(n);
      if (r > 0) {
        answer.append('\n');
      }
      for (int c = 0; c < n; c++) {
        g.add(givens[r * n + c]);
        s.add(solution[r * n + c]);
        if (c > 0) {
          answer.append(' ');
        }
        answer.append(solution[r * n + c]);
      }
      grid.add(g.build());
      solved.add(s.build());
    }
    ImmutableList.Builder<FutoshikiProblem.Inequality> inequalities = ImmutableList.builderWithExpectedSize(less.length);
    for (int e = 0; e < less.length; e++) {
      inequalities.add(new FutoshikiProblem.Inequality(less[e] / n, less[e] % n, greater[e] / n, greater[e] % n));
    }

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("size", n)
        .put("cells", n * n)
        .put("givens", p.givens())
        .put("blanks", n * n - p.givens())
        .put("inequalities", less.length)
        .put("search-nodes", puzzle.outcome().nodes())
        .buildOrThrow();
    StringBuilder exampleRow = new StringBuilder();
    for (int v = 1; v <= n; v++) {
      exampleRow.append(v > 1 ? " " : "").append(v);
    }
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("size", n)
        .put("picture", FutoshikiText.picture(n, givens, less, greater))
        .put("givens", FutoshikiText.givenSentences(n, givens))
        .put("inequalities", FutoshikiText.inequalitySentences(n, less, greater))
        .put("inequality_formulas", FutoshikiText.inequalityFormulas(n, less, greater))
        .put("example_row", exampleRow.toString())
        .buildOrThrow();
    return Generated.of(
        new FutoshikiProblem(n, grid.build(), inequalities.build()),
        solved.build(),
        answer.toString(),
        metrics,
        view,
        canonical(n, givens, less, greater));
  }

  /**
   * The smallest encoding of the puzzle over its 8 rotations and reflections, each also with every
   * number v replaced by n + 1 - v (which turns every inequality round): such variants are the same
   * puzzle in disguise.
   */
  static String canonical(int n, int[] givens, int[] less, int[] greater) {
    String best = null;
    int cells = n * n;
    for (int t = 0; t < 16; t++) {
      boolean complement = (t & 8) != 0;
      int[] g = new int[cells];
      char[] right = new char[cells];
      char[] down = new char[cells];
      java.util.Arrays.fill(right, '.');
      java.util.Arrays.fill(down, '.');
      for (int i = 0; i < cells; i++) {
        int v = givens[i];
        g[map(t, n, i)] = v == 0 || !complement ? v : n + 1 - v;
      }
      for (int e = 0; e < less.length; e++) {
        int s = map(t, n, complement ? greater[e] : less[e]);
        int l = map(t, n, complement ? less[e] : greater[e]);
        int a = Math.min(s, l);
        if (Math.abs(s - l) == 1) {
          right[a] = s < l ? '<' : '>';
        } else {
          down[a] = s < l ? '<' : '>';
        }
      }
      StringBuilder sb = new StringBuilder(3 * cells + 4).append(n).append(':');
      for (int i = 0; i < cells; i++) {
        sb.append((char) ('0' + g[i])).append(right[i]).append(down[i]);
      }
      String s = sb.toString();
      if (best == null || s.compareTo(best) < 0) {
        best = s;
      }
    }
    return best;
  }

  /** Where cell i goes under symmetry t (bit 2: transpose, bit 1: flip rows, bit 0: flip columns). */
  private static int map(int t, int n, int i) {
    int r = i / n;
    int c = i % n;
    if ((t & 4) != 0) {
      int x = r;
      r = c;
      c = x;
    }
    if ((t & 2) != 0) {
      r = n - 1 - r;
    }
    if ((t & 1) != 0) {
      c = n - 1 - c;
    }
    return r * n + c;
  }

  @Override
  public String answerFormat() {
    return "Give the completed grid (givens included), one row per line from top to bottom, each row"
        + " as its numbers from left to right separated by single spaces, e.g. `2 4 1 3` for a row of a"
        + " 4x4 grid. Read leniently: numbers may also be written together (`2413`) or separated by"
        + " commas, semicolons or `|`; blank lines, code fences and border lines made only of such"
        + " characters and `-`, `+`, `=` are skipped; a row label ending in a colon (`Row 1:`) is"
        + " ignored; a `0` or `.` is a cell left empty (it scores as wrong). Any other text on a line"
        + " (letters, inequality signs) makes the answer unreadable. The answer is read from the last"
        + " <answer>...</answer> block (or else a final `Answer:` line and the lines after it).";
  }

  @Override
  public String scoring() {
    return "Correct (score 1) when every row and every column holds each of 1 to n exactly once, every"
        + " given number is kept and every inequality holds (every puzzle has exactly one such grid)."
        + " A readable grid that changes a given scores 0; one that keeps the givens but breaks a rule"
        + " scores the share s of blank cells whose number matches that solution (found by the verifier's"
        + " own solver), corrected for chance as (s - 1/n) / (1 - 1/n), as PARTIAL, or 0"
        + " (CONSTRAINT_VIOLATED); the reason names the first broken rule (a changed"
        + " given, a repeated number in a row or column, or an inequality). A grid with the wrong number"
        + " of rows or numbers, or a number outside 0 to n, scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("size", "blanks");
  }
}
