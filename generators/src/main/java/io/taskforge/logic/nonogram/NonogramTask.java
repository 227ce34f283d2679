package io.taskforge.logic.nonogram;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.nonogram}: recover a picture of filled and empty cells from the lengths of the runs
 * of filled cells in every row and column. Every puzzle has exactly one solution.
 */
public final class NonogramTask implements Task<NonogramProblem> {
  public static final String ID = "logic.nonogram";
  /** Below this side length no puzzle needs guessing often enough to be found quickly. */
  static final int MIN_GUESSING_SIDE = 5;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("width", 8, 2, 30, "number of columns"),
      ParamSpec.integer("height", 8, 2, 30, "number of rows"),
      ParamSpec.integer("density", 55, 10, 90,
          "percent of cells filled in the random starting picture (the delivered share is in metric filled-cells)"),
      ParamSpec.bool("needs-guessing", false,
          "false: solvable line by line without guessing; true: line-by-line deduction alone stalls,"
              + " so solving needs at least one trial assumption"));

  /** width, height, density, needs-guessing (0/1) per level 1..10. */
  private static final int[][] LADDER = {
    {4, 4, 65, 0},
    {5, 5, 60, 0},
    {6, 6, 60, 0},
    {7, 7, 55, 0},
    {8, 8, 55, 0},
    {10, 10, 55, 0},
    {12, 12, 50, 0},
    {15, 15, 50, 0},
    {20, 20, 50, 0},
    {25, 25, 50, 1},
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
    return "Solve a nonogram: fill the grid so that every row and column shows exactly its clue's runs of filled cells.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("width", row[0]);
    all.put("height", row[1]);
    all.put("density", row[2]);
    all.put("needs-guessing", row[3] == 1);
    return all;
  }

  @Override
  public void validate(Params params) {
    NonogramParams p = NonogramParams.from(params);
    if (p.needsGuessing() && Math.min(p.width(), p.height()) < MIN_GUESSING_SIDE) {
      throw new ParamException("params 'needs-guessing', 'width' and 'height': with needs-guessing=true width and"
          + " height must be at least " + MIN_GUESSING_SIDE + ", got " + p.width() + "x" + p.height());
    }
  }

  @Override
  public Class<NonogramProblem> problemType() {
    return NonogramProblem.class;
  }

  @Override
  public Generated<NonogramProblem> generate(Params params, Rng rng) {
    validate(params);
    NonogramParams p = NonogramParams.from(params);
    int w = p.width();
    int h = p.height();
    NonogramMaker.Puzzle puzzle = NonogramMaker.make(p, rng);
    boolean[] filled = puzzle.filled();

    ImmutableList.Builder<String> rows = ImmutableList.builderWithExpectedSize(h);
    StringBuilder answer = new StringBuilder((w + 1) * h);
    int filledCells = 0;
    for (int r = 0; r < h; r++) {
      StringBuilder row = new StringBuilder(w);
      for (int c = 0; c < w; c++) {
        boolean f = filled[r * w + c];
        filledCells += f ? 1 : 0;
        row.append(f ? '#' : '.');
      }
      rows.add(row.toString());
      if (r > 0) {
        answer.append('\n');
      }
      answer.append(row);
    }

    List<List<Integer>> rowClues = asLists(puzzle.rowClues());
    List<List<Integer>> columnClues = asLists(puzzle.columnClues());
    int clueNumbers = 0;
    for (List<Integer> l : rowClues) {
      clueNumbers += l.size();
    }
    for (List<Integer> l : columnClues) {
      clueNumbers += l.size();
    }
    NonogramSolver.Outcome out = puzzle.outcome();
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("width", w)
        .put("height", h)
        .put("cells", w * h)
        .put("filled-cells", filledCells)
        .put("clue-numbers", clueNumbers)
        .put("line-solves", out.lineSolves())
        .put("search-nodes", out.searchNodes())
        .put("line-solvable", out.lineSolvable())
        .buildOrThrow();
    List<String> rowTexts = clueTexts(rowClues);
    List<String> columnTexts = clueTexts(columnClues);
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("width", w)
        .put("height", h)
        .put("row_clues", rowTexts)
        .put("column_clues", columnTexts)
        .put("clue_picture", CluePicture.render(rowClues, columnClues))
        .put("example_row", exampleRow(w))
        .buildOrThrow();
    return Generated.of(
        new NonogramProblem(w, h, rowClues, columnClues),
        rows.build(),
        answer.toString(),
        metrics,
        view,
        canonical(filled, w, h));
  }

  private static List<List<Integer>> asLists(int[][] clues) {
    ImmutableList.Builder<List<Integer>> b = ImmutableList.builderWithExpectedSize(clues.length);
    for (int[] clue : clues) {
      ImmutableList.Builder<Integer> l = ImmutableList.builderWithExpectedSize(clue.length);
      for (int n : clue) {
        l.add(n);
      }
      b.add(l.build());
    }
    return b.build();
  }

  /** Each clue as text: its numbers separated by spaces, or {@code 0} for a line with no filled cell. */
  static List<String> clueTexts(List<List<Integer>> clues) {
    List<String> texts = new ArrayList<>(clues.size());
    for (List<Integer> clue : clues) {
      texts.add(clueText(clue));
    }
    return List.copyOf(texts);
  }

  static String clueText(List<Integer> clue) {
    if (clue.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder(3 * clue.size());
    for (int i = 0; i < clue.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(clue.get(i).intValue());
    }
    return sb.toString();
  }

  /** A row in the answer format, for the format's illustration: alternating runs, not a solution row. */
  private static String exampleRow(int w) {
    StringBuilder sb = new StringBuilder(w);
    for (int c = 0; c < w; c++) {
      sb.append(c % 3 == 2 ? '.' : '#');
    }
    return sb.toString();
  }

  /**
   * The smallest of the picture's 8 images under rotation and reflection (each with its own
   * dimensions): a mirrored or rotated puzzle has mirrored or rotated clues and the same difficulty.
   */
  static String canonical(boolean[] filled, int w, int h) {
    String best = null;
    for (int t = 0; t < 8; t++) {
      boolean transpose = (t & 4) != 0;
      boolean flipRows = (t & 2) != 0;
      boolean flipColumns = (t & 1) != 0;
      int outW = transpose ? h : w;
      int outH = transpose ? w : h;
      StringBuilder sb = new StringBuilder(outW * outH + outH + 8).append(outW).append('x').append(outH);
      for (int r = 0; r < outH; r++) {
        sb.append('/');
        for (int c = 0; c < outW; c++) {
          int sr = transpose ? c : r;
          int sc = transpose ? r : c;
          if (flipRows) {
            sr = h - 1 - sr;
          }
          if (flipColumns) {
            sc = w - 1 - sc;
          }
          sb.append(filled[sr * w + sc] ? '#' : '.');
        }
      }
      String s = sb.toString();
      if (best == null || s.compareTo(best) < 0) {
        best = s;
      }
    }
    return best;
  }

  @Override
  public String answerFormat() {
    return "Give the solved grid, one row per line from top to bottom, each row having exactly as many cells"
        + " as the grid is wide, written left to right with `#` for a filled cell and `.` for an empty"
        + " cell (`1` and `0` are accepted too), e.g. `##.#.` for a row of width 5. Spaces and tabs"
        + " between cells are ignored, as are blank lines and Markdown code-fence lines (```); no other"
        + " text may be in the answer. The answer is read from the last <answer>...</answer> block (or"
        + " else a final `Answer:` line and the lines after it).";
  }

  @Override
  public String scoring() {
    return "Correct (score 1) when every row and every column shows exactly its clue: the lengths of its"
        + " runs of filled cells, in order (every puzzle has exactly one such grid). A grid of the right"
        + " size that breaks a clue earns chance-corrected credit for the cells that agree with that"
        + " solution (found by the verifier's own solver): (agreeing - b) / (cells - b), where b is what the"
        + " best all-empty or all-filled grid would agree on, as PARTIAL, or 0 (CONSTRAINT_VIOLATED); the reason names"
        + " the first row or column whose runs differ from its clue. A grid with the wrong number of rows"
        + " or cells, or another symbol, scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("cells", "filled-cells", "line-solves");
  }
}
