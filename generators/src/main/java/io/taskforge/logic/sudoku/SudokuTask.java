package io.taskforge.logic.sudoku;

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
import java.util.Locale;
import java.util.Map;

/**
 * {@code logic.sudoku}: fill a 4×4 to 16×16 sudoku with exactly the requested number of blanks and a
 * unique solution; the hardest human technique it needs can be bounded from both sides.
 */
public final class SudokuTask implements Task<SudokuProblem> {
  public static final String ID = "logic.sudoku";

  /** Supported sides, each with its box shape (see {@link Geometry#ofSize}). */
  static final int[] SIZES = {4, 6, 8, 9, 12, 16};
  /**
   * The most blanks per size in {@link #SIZES}: counts that random blanking reaches in a few percent
   * of draws or more (the fewest clues known to be possible are lower still, but would take
   * arbitrarily many draws).
   */
  static final int[] MAX_BLANKS = {12, 28, 47, 60, 98, 160};
  /** Puzzles tried against the technique bounds before a request is refused as out of reach. */
  static final int MAX_PUZZLES = 1_000;

  private static final List<String> TECHNIQUES = techniqueNames();

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("size", 9, 4, 16,
          "side of the grid: 4 (2x2 boxes), 6 (2x3), 8 (2x4), 9 (3x3), 12 (3x4) or 16 (4x4)"),
      ParamSpec.integer("blanks", 45, 1, 160,
          "exact number of empty cells; at most 12 (size 4), 28 (6), 47 (8), 60 (9), 98 (12), 160 (16)"),
      ParamSpec.choice("min-technique", "naked-single", TECHNIQUES,
          "the hardest technique a person needs must be at least this (search = guessing required)"),
      ParamSpec.choice("max-technique", "search", TECHNIQUES,
          "the hardest technique a person needs must be at most this (search = no limit)"));

  /** size, blanks, min-technique per level 1..10 (max-technique stays search). */
  private static final Object[][] LADDER = {
    {4, 6, "naked-single"},
    {4, 10, "naked-single"},
    {6, 16, "naked-single"},
    {6, 24, "naked-single"},
    {9, 45, "naked-single"},
    {9, 51, "naked-single"},
    {9, 55, "naked-single"},
    {9, 57, "naked-pair"},
    {9, 58, "search"},
    {16, 145, "naked-single"},
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
    return "Fill in a sudoku (4x4 to 16x16) with a unique solution: every row, column and box holds each number once.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    Object[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("size", row[0]);
    all.put("blanks", row[1]);
    all.put("min-technique", row[2]);
    return all;
  }

  @Override
  public void validate(Params params) {
    SudokuParams p = SudokuParams.from(params);
    int i = sizeIndex(p.size());
    if (i < 0) {
      throw new ParamException("param 'size' must be one of 4, 6, 8, 9, 12 or 16, got " + p.size());
    }
    if (p.blanks() > MAX_BLANKS[i]) {
      throw new ParamException("param 'blanks' must be at most " + MAX_BLANKS[i] + " for size " + p.size()
          + " (a " + p.size() + "x" + p.size() + " grid), got " + p.blanks());
    }
    if (p.minTechnique().rank() > p.maxTechnique().rank()) {
      throw new ParamException("params 'min-technique' and 'max-technique': the minimum ("
          + name(p.minTechnique()) + ") must not be harder than the maximum (" + name(p.maxTechnique()) + ")");
    }
    if (p.size() == 4 && p.minTechnique().rank() > Technique.NAKED_SINGLE.rank()) {
      throw new ParamException("param 'min-technique' must be naked-single for size 4, since naked singles"
          + " solve every 4x4 sudoku with a unique solution, got " + name(p.minTechnique()));
    }
  }

  static int sizeIndex(int size) {
    for (int i = 0; i < SIZES.length; i++) {
      if (SIZES[i] == size) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Class<SudokuProblem> problemType() {
    return SudokuProblem.class;
  }

  @Override
  public Generated<SudokuProblem> generate(Params params, Rng rng) {
    validate(params);
    SudokuParams p = SudokuParams.from(params);
    Geometry g = Geometry.ofSize(p.size());
    PuzzleMaker maker = new PuzzleMaker(g);
    boolean bounded = p.minTechnique().rank() > Technique.NAKED_SINGLE.rank()
        || p.maxTechnique() != Technique.SEARCH;
    for (int attempt = 0; attempt < MAX_PUZZLES; attempt++) {
      PuzzleMaker.Made made = maker.make(p.blanks(), rng);
      Technique hardest = new LogicalSolver(g, made.puzzle()).hardest();
      if (!bounded
          || (hardest.rank() >= p.minTechnique().rank() && hardest.rank() <= p.maxTechnique().rank())) {
        return build(g, made, hardest, maker.solver());
      }
    }
    throw new ParamException("params 'min-technique' and 'max-technique': no " + p.size() + "x" + p.size()
        + " sudoku with " + p.blanks() + " blanks needing a technique from " + name(p.minTechnique()) + " to "
        + name(p.maxTechnique()) + " turned up in " + MAX_PUZZLES + " puzzles; widen the range or change 'blanks'");
  }

  private static Generated<SudokuProblem> build(Geometry g, PuzzleMaker.Made made, Technique hardest, BitSolver solver) {
    int[] puzzle = made.puzzle();
    int solutions = solver.count(puzzle, 2);
    if (solutions != 1) {
      throw new IllegalStateException("a generated sudoku has " + solutions + " solutions");
    }
    long nodes = solver.nodes();
    int blanks = 0;
    for (int v : puzzle) {
      blanks += v == 0 ? 1 : 0;
    }
    SudokuProblem problem = SudokuProblem.of(g.boxRows, g.boxCols, puzzle);
    SudokuProblem solved = SudokuProblem.of(g.boxRows, g.boxCols, made.solution());
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("size", g.n)
        .put("cells", g.cells)
        .put("blanks", blanks)
        .put("givens", g.cells - blanks)
        .put("technique-rank", hardest.rank())
        .put("technique", hardest.label())
        .put("search-nodes", nodes)
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("size", g.n)
        .put("box_rows", g.boxRows)
        .put("box_cols", g.boxCols)
        .put("boxes", g.n)
        .put("blanks", blanks)
        .put("givens", g.cells - blanks)
        .put("grid_lines", GridText.boxed(g, puzzle))
        .put("zero_rows", GridText.zeroRows(g, puzzle))
        .put("given_cells", GridText.givens(g, puzzle))
        .put("row_format", g.n > 9
            ? "its " + g.n + " numbers separated by single spaces"
            : "its " + g.n + " digits")
        .put("row_example", exampleRow(g.n))
        .buildOrThrow();
    return Generated.of(
        problem,
        new SudokuSolution(solved.grid(), hardest.label()),
        GridText.answer(g, made.solution()),
        metrics,
        view,
        CanonicalForm.of(g, puzzle));
  }

  /** 1..n written as one answer row (not a row of this puzzle's solution). */
  private static String exampleRow(int n) {
    StringBuilder sb = new StringBuilder();
    for (int d = 1; d <= n; d++) {
      if (n > 9 && d > 1) {
        sb.append(' ');
      }
      sb.append(d);
    }
    return sb.toString();
  }

  static Technique technique(String name) {
    for (Technique t : Technique.values()) {
      if (name(t).equals(name)) {
        return t;
      }
    }
    throw new ParamException("unknown technique '" + name + "'; known: " + String.join(", ", TECHNIQUES));
  }

  /** The param spelling of a technique, e.g. {@code pointing-box-line}. */
  static String name(Technique t) {
    return t.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static List<String> techniqueNames() {
    List<String> names = new ArrayList<>();
    for (Technique t : Technique.values()) {
      if (t != Technique.NONE) {
        names.add(name(t));
      }
    }
    return List.copyOf(names);
  }

  @Override
  public String answerFormat() {
    return "Write the completed grid, one row per line from top to bottom, with every cell filled (the"
        + " givens included). Up to 9x9, write each row as its digits, e.g. `534678912`; above 9x9, as its"
        + " numbers separated by spaces, e.g. `12 3 16 ...`. Read leniently: spaces, commas, semicolons, `|`,"
        + " `[` and `]` may separate cells; blank lines, code fences and border lines made only of such"
        + " characters and `-`, `+`, `=` are skipped; a row label ending in a colon (`Row 1:`) is ignored;"
        + " a `0` or `.` is a cell left empty (it scores as wrong). Any other text on a line (letters, words)"
        + " makes the answer unreadable. The answer is read from the last <answer>...</answer> block (or"
        + " else a final `Answer:` line and the lines after it).";
  }

  @Override
  public String scoring() {
    return "Correct (score 1) when the grid keeps every given number and each row, column and box holds"
        + " each number from 1 to the size exactly once; the verifier checks these rules, not the text of"
        + " the gold answer. Otherwise the score is the share of blank cells whose number matches the"
        + " puzzle's unique solution (found by the verifier's own solver), as PARTIAL, or 0 as"
        + " CONSTRAINT_VIOLATED when none match; the reason names the first broken rule (a changed given,"
        + " a repeated number in a row, column or box). A grid that cannot be read (wrong number of rows or"
        + " of cells in a row, a number out of range, stray text) scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("size", "blanks");
  }
}
