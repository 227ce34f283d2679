package io.taskforge.planning.slidingtile;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code planning.sliding-tile}, written apart from the verifier and the
 * model: its own strict reader of the canonical plan (one lower-case word {@code up}, {@code down},
 * {@code left} or {@code right} per line) and its own simulator on a grid of rows, which finds the
 * tile that slides by the convention and swaps it with the blank.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps} (two different neighbours exchanged),
 * {@code insert-step}, {@code duplicate-step}, {@code truncate} (the last move missing),
 * {@code reverse-one} (one move replaced by its opposite), {@code other-convention} (every move
 * replaced by its opposite, as if the other naming convention were used), and the valid
 * {@code detour} (a possible move and its undoing inserted: a longer plan that still works).
 */
public final class SlidingTileOracle implements TaskOracle<SlidingTileProblem> {
  private static final List<String> WORDS = List.of("up", "down", "left", "right");
  private static final int PER_KIND = 2;

  @Override
  public String taskId() {
    return SlidingTileTask.ID;
  }

  @Override
  public Class<SlidingTileProblem> problemType() {
    return SlidingTileProblem.class;
  }

  @Override
  public List<String> equivalentForms(SlidingTileProblem problem, String gold, Rng rng) {
    List<String> words = parse(gold);
    List<String> forms = new ArrayList<>();
    if (words == null) {
      return forms;
    }
    StringBuilder numbered = new StringBuilder();
    StringBuilder stepped = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    StringBuilder moveWord = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    StringBuilder shouting = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      numbered.append(i + 1).append(i % 2 == 0 ? ". " : ") ").append(w).append('\n');
      stepped.append("Step ").append(i + 1).append(": ").append(w).append(".\r\n");
      letters.append(i % 3 == 0 ? w.substring(0, 1) : w.substring(0, 1).toUpperCase(Locale.ROOT)).append('\n');
      moveWord.append(i % 2 == 0 ? "move " : "Slide ").append(w).append('\n');
      bullets.append(i % 2 == 0 ? "- " : "* ").append(w).append("\n\n");
      shouting.append("  ").append(w.toUpperCase(Locale.ROOT)).append("  \n");
    }
    forms.add(numbered.toString());
    forms.add(stepped.toString());
    forms.add(letters.toString());
    forms.add(moveWord.toString());
    forms.add(bullets.toString());
    forms.add(shouting.toString());
    forms.add("```\n" + gold + "\n```");
    forms.add("Here is the plan.\n<answer>\n" + gold + "\n</answer>");
    return forms;
  }

  @Override
  public List<Mutant> mutants(SlidingTileProblem problem, String gold, Rng rng) {
    List<String> lines = parse(gold);
    List<Mutant> out = new ArrayList<>();
    if (lines == null) {
      return out;
    }
    int n = lines.size();
    for (int r = 0; r < PER_KIND && n > 0; r++) {
      List<String> m = new ArrayList<>(lines);
      m.remove(rng.nextInt(n));
      add(out, problem, "drop-step", m);
    }
    for (int r = 0; r < PER_KIND && n > 1; r++) {
      int i = rng.nextInt(n - 1);
      if (!lines.get(i).equals(lines.get(i + 1))) {
        List<String> m = new ArrayList<>(lines);
        m.set(i, lines.get(i + 1));
        m.set(i + 1, lines.get(i));
        add(out, problem, "swap-steps", m);
      }
    }
    for (int r = 0; r < PER_KIND; r++) {
      List<String> m = new ArrayList<>(lines);
      m.add(rng.nextInt(n + 1), rng.pick(WORDS));
      add(out, problem, "insert-step", m);
    }
    if (n > 0) {
      List<String> m = new ArrayList<>(lines);
      int i = rng.nextInt(n);
      m.add(i, lines.get(i));
      add(out, problem, "duplicate-step", m);
      add(out, problem, "truncate", lines.subList(0, n - 1));
      List<String> one = new ArrayList<>(lines);
      int k = rng.nextInt(n);
      one.set(k, opposite(lines.get(k)));
      add(out, problem, "reverse-one", one);
      List<String> all = new ArrayList<>();
      for (String w : lines) {
        all.add(opposite(w));
      }
      add(out, problem, "other-convention", all);
    }
    for (int at : new int[] {0, rng.nextInt(n + 1), n}) {
      Grid g = new Grid(problem);
      boolean ok = true;
      for (int i = 0; i < at && ok; i++) {
        ok = g.apply(lines.get(i));
      }
      if (!ok) {
        continue;
      }
      List<String> possible = new ArrayList<>();
      for (String w : WORDS) {
        if (g.canApply(w)) {
          possible.add(w);
        }
      }
      String w = rng.pick(possible);
      List<String> m = new ArrayList<>(lines);
      m.add(at, opposite(w));
      m.add(at, w);
      add(out, problem, "detour", m);
    }
    return out;
  }

  @Override
  public boolean accepts(SlidingTileProblem problem, String canonicalAnswer) {
    List<String> words = parse(canonicalAnswer);
    if (words == null || words.isEmpty()) {
      return false;
    }
    Grid g = new Grid(problem);
    for (String w : words) {
      if (!g.apply(w)) {
        return false;
      }
    }
    return g.solved();
  }

  private void add(List<Mutant> out, SlidingTileProblem problem, String kind, List<String> lines) {
    String text = String.join("\n", lines);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  private static String opposite(String w) {
    return switch (w) {
      case "up" -> "down";
      case "down" -> "up";
      case "left" -> "right";
      default -> "left";
    };
  }

  /** Strictly reads canonical lines; null when any line is not exactly one of the four words. */
  static List<String> parse(String text) {
    List<String> words = new ArrayList<>();
    if (text.isEmpty()) {
      return words;
    }
    for (String line : text.split("\n", -1)) {
      if (!WORDS.contains(line)) {
        return null;
      }
      words.add(line);
    }
    return words;
  }

  /** The board as rows of numbers and the position of the blank. */
  private static final class Grid {
    final int[][] rows;
    final int[][] goal;
    final boolean tileNames;
    int br;
    int bc;

    Grid(SlidingTileProblem p) {
      int n = p.size();
      rows = new int[n][n];
      goal = new int[n][n];
      for (int r = 0; r < n; r++) {
        for (int c = 0; c < n; c++) {
          rows[r][c] = p.board().get(r).get(c);
          goal[r][c] = p.goal().get(r).get(c);
          if (rows[r][c] == 0) {
            br = r;
            bc = c;
          }
        }
      }
      tileNames = p.convention().equals("tile");
    }

    /** Where the tile that moves comes from, relative to the blank: {row, column}. */
    private int[] source(String w) {
      // Under "tile" the word is the direction the tile moves, so it comes from the other side.
      int sign = tileNames ? -1 : 1;
      return switch (w) {
        case "up" -> new int[] {-sign, 0};
        case "down" -> new int[] {sign, 0};
        case "left" -> new int[] {0, -sign};
        default -> new int[] {0, sign};
      };
    }

    boolean canApply(String w) {
      int[] d = source(w);
      int r = br + d[0];
      int c = bc + d[1];
      return r >= 0 && c >= 0 && r < rows.length && c < rows.length;
    }

    boolean apply(String w) {
      if (!canApply(w)) {
        return false;
      }
      int[] d = source(w);
      int r = br + d[0];
      int c = bc + d[1];
      rows[br][bc] = rows[r][c];
      rows[r][c] = 0;
      br = r;
      bc = c;
      return true;
    }

    boolean solved() {
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows.length; c++) {
          if (rows[r][c] != goal[r][c]) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
