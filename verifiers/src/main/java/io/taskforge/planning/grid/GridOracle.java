package io.taskforge.planning.grid;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code planning.grid}, written apart from the verifier and the model:
 * its own strict reader of the canonical plan (one lower-case word {@code up}, {@code down},
 * {@code left} or {@code right} per line) and its own walker over the board's rows, with a set of
 * held key letters.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps} (two different neighbours exchanged),
 * {@code insert-step}, {@code duplicate-step}, {@code truncate} (the last move missing),
 * {@code reverse-one} (one move replaced by its opposite), {@code into-wall} (one move replaced by a
 * move into a wall where it stands), and the valid {@code detour} (a possible move and its undoing
 * inserted: a longer plan that still works).
 */
public final class GridOracle implements TaskOracle<GridProblem> {
  private static final List<String> WORDS = List.of("up", "down", "left", "right");
  private static final int PER_KIND = 2;

  @Override
  public String taskId() {
    return GridTask.ID;
  }

  @Override
  public Class<GridProblem> problemType() {
    return GridProblem.class;
  }

  @Override
  public List<String> equivalentForms(GridProblem problem, String gold, Rng rng) {
    List<String> words = parse(gold);
    List<String> forms = new ArrayList<>();
    if (words == null) {
      return forms;
    }
    StringBuilder numbered = new StringBuilder();
    StringBuilder stepped = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    StringBuilder verbs = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    StringBuilder shouting = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      numbered.append(i + 1).append(i % 2 == 0 ? ". " : ") ").append(w).append('\n');
      stepped.append("Step ").append(i + 1).append(": ").append(w).append(".\r\n");
      letters.append(i % 2 == 0 ? w.substring(0, 1).toUpperCase(Locale.ROOT) : w.substring(0, 1)).append('\n');
      verbs.append(i % 2 == 0 ? "move " : "Go ").append(w).append('\n');
      bullets.append(i % 2 == 0 ? "- " : "* ").append(w).append("\n\n");
      shouting.append("  ").append(w.toUpperCase(Locale.ROOT)).append(";\n");
    }
    forms.add(numbered.toString());
    forms.add(stepped.toString());
    forms.add(letters.toString());
    forms.add(verbs.toString());
    forms.add(bullets.toString());
    forms.add(shouting.toString());
    forms.add("```\n" + gold + "\n```");
    return forms;
  }

  @Override
  public List<Mutant> mutants(GridProblem problem, String gold, Rng rng) {
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
      int at = rng.nextInt(n);
      Walker w = walkTo(problem, lines, at);
      if (w != null) {
        for (String word : WORDS) {
          if (w.wallAhead(word)) {
            List<String> bump = new ArrayList<>(lines);
            bump.set(at, word);
            add(out, problem, "into-wall", bump);
            break;
          }
        }
      }
    }
    for (int at : new int[] {0, rng.nextInt(n + 1), n}) {
      Walker w = walkTo(problem, lines, at);
      if (w == null) {
        continue;
      }
      List<String> possible = new ArrayList<>();
      for (String word : WORDS) {
        if (w.copy().step(word)) {
          possible.add(word);
        }
      }
      if (possible.isEmpty()) {
        continue;
      }
      String word = rng.pick(possible);
      List<String> m = new ArrayList<>(lines);
      m.add(at, opposite(word));
      m.add(at, word);
      add(out, problem, "detour", m);
    }
    return out;
  }

  @Override
  public boolean accepts(GridProblem problem, String canonicalAnswer) {
    List<String> words = parse(canonicalAnswer);
    if (words == null || words.isEmpty()) {
      return false;
    }
    Walker w = new Walker(problem.board());
    for (String word : words) {
      if (!w.step(word)) {
        return false;
      }
    }
    return w.onGoal();
  }

  private void add(List<Mutant> out, GridProblem problem, String kind, List<String> lines) {
    String text = String.join("\n", lines);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  /** The walker after the first {@code steps} moves, or null when one of them fails. */
  private static Walker walkTo(GridProblem problem, List<String> lines, int steps) {
    Walker w = new Walker(problem.board());
    for (int i = 0; i < steps; i++) {
      if (!w.step(lines.get(i))) {
        return null;
      }
    }
    return w;
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

  /** A walker on the board's rows, with the set of key letters held. */
  private static final class Walker {
    final List<String> rows;
    final boolean[] held;
    int row;
    int col;

    Walker(List<String> rows) {
      this.rows = rows;
      this.held = new boolean[26];
      for (int r = 0; r < rows.size(); r++) {
        int c = rows.get(r).indexOf('S');
        if (c >= 0) {
          row = r;
          col = c;
        }
      }
    }

    private Walker(Walker w) {
      this.rows = w.rows;
      this.held = w.held.clone();
      this.row = w.row;
      this.col = w.col;
    }

    Walker copy() {
      return new Walker(this);
    }

    private char at(int r, int c) {
      if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).length()) {
        return '#';
      }
      return rows.get(r).charAt(c);
    }

    private int[] target(String word) {
      return switch (word) {
        case "up" -> new int[] {row - 1, col};
        case "down" -> new int[] {row + 1, col};
        case "left" -> new int[] {row, col - 1};
        default -> new int[] {row, col + 1};
      };
    }

    boolean wallAhead(String word) {
      int[] t = target(word);
      return at(t[0], t[1]) == '#';
    }

    boolean step(String word) {
      int[] t = target(word);
      char ch = at(t[0], t[1]);
      if (ch == '#') {
        return false;
      }
      if (ch >= 'A' && ch <= 'F' && !held[ch - 'A']) {
        return false;
      }
      if (ch >= 'a' && ch <= 'f') {
        held[ch - 'a'] = true;
      }
      row = t[0];
      col = t[1];
      return true;
    }

    boolean onGoal() {
      return at(row, col) == 'G';
    }
  }
}
