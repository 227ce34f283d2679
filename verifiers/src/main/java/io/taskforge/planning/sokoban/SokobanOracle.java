package io.taskforge.planning.sokoban;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code planning.sokoban}, written apart from the verifier and the
 * model: its own strict reader of the canonical plan (one capital letter {@code U}, {@code D},
 * {@code L} or {@code R} per line) and its own simulator on a character grid of the level.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps} (two different neighbours exchanged),
 * {@code insert-step}, {@code duplicate-step}, {@code truncate} (the last move missing),
 * {@code reverse-one} (one move replaced by its opposite), {@code into-wall} (one move replaced by a
 * move into a wall where it stands), and the valid {@code detour} (a step onto free floor and back,
 * which moves no box: a longer plan that still works).
 */
public final class SokobanOracle implements TaskOracle<SokobanProblem> {
  private static final List<String> LETTERS = List.of("U", "D", "L", "R");
  private static final int PER_KIND = 2;

  @Override
  public String taskId() {
    return SokobanTask.ID;
  }

  @Override
  public Class<SokobanProblem> problemType() {
    return SokobanProblem.class;
  }

  @Override
  public List<String> equivalentForms(SokobanProblem problem, String gold, Rng rng) {
    List<String> moves = parse(gold);
    List<String> forms = new ArrayList<>();
    if (moves == null) {
      return forms;
    }
    StringBuilder numbered = new StringBuilder();
    StringBuilder words = new StringBuilder();
    StringBuilder lower = new StringBuilder();
    StringBuilder verbs = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    for (int i = 0; i < moves.size(); i++) {
      String m = moves.get(i);
      String word = switch (m) {
        case "U" -> "up";
        case "D" -> "down";
        case "L" -> "left";
        default -> "right";
      };
      numbered.append(i + 1).append(i % 2 == 0 ? ". " : ") ").append(m).append('\n');
      words.append("Step ").append(i + 1).append(": ").append(i % 2 == 0 ? word : word.toUpperCase(Locale.ROOT))
          .append(".\r\n");
      lower.append(m.toLowerCase(Locale.ROOT)).append("\n\n");
      verbs.append(i % 2 == 0 ? "move " : "Push ").append(word).append('\n');
      bullets.append(i % 2 == 0 ? "- " : "* ").append(m).append(";\n");
    }
    forms.add(numbered.toString());
    forms.add(words.toString());
    forms.add(lower.toString());
    forms.add(verbs.toString());
    forms.add(bullets.toString());
    forms.add("```\n" + gold + "\n```");
    return forms;
  }

  @Override
  public List<Mutant> mutants(SokobanProblem problem, String gold, Rng rng) {
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
      m.add(rng.nextInt(n + 1), rng.pick(LETTERS));
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
      Level level = levelAfter(problem, lines, at);
      if (level != null) {
        for (String letter : LETTERS) {
          if (level.ahead(letter) == '#') {
            List<String> bump = new ArrayList<>(lines);
            bump.set(at, letter);
            add(out, problem, "into-wall", bump);
            break;
          }
        }
      }
    }
    for (int at : new int[] {0, rng.nextInt(n + 1), n}) {
      Level level = levelAfter(problem, lines, at);
      if (level == null) {
        continue;
      }
      List<String> free = new ArrayList<>();
      for (String letter : LETTERS) {
        char ahead = level.ahead(letter);
        if (ahead != '#' && ahead != '$') {
          free.add(letter);
        }
      }
      if (free.isEmpty()) {
        continue;
      }
      String letter = rng.pick(free);
      List<String> m = new ArrayList<>(lines);
      m.add(at, opposite(letter));
      m.add(at, letter);
      add(out, problem, "detour", m);
    }
    return out;
  }

  @Override
  public boolean accepts(SokobanProblem problem, String canonicalAnswer) {
    List<String> moves = parse(canonicalAnswer);
    if (moves == null || moves.isEmpty()) {
      return false;
    }
    Level level = new Level(problem.board());
    for (String m : moves) {
      if (!level.step(m)) {
        return false;
      }
    }
    return level.solved();
  }

  private void add(List<Mutant> out, SokobanProblem problem, String kind, List<String> lines) {
    String text = String.join("\n", lines);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  private static Level levelAfter(SokobanProblem problem, List<String> lines, int steps) {
    Level level = new Level(problem.board());
    for (int i = 0; i < steps; i++) {
      if (!level.step(lines.get(i))) {
        return null;
      }
    }
    return level;
  }

  private static String opposite(String m) {
    return switch (m) {
      case "U" -> "D";
      case "D" -> "U";
      case "L" -> "R";
      default -> "L";
    };
  }

  /** Strictly reads canonical lines; null when any line is not exactly one of the four letters. */
  static List<String> parse(String text) {
    List<String> moves = new ArrayList<>();
    if (text.isEmpty()) {
      return moves;
    }
    for (String line : text.split("\n", -1)) {
      if (!LETTERS.contains(line)) {
        return null;
      }
      moves.add(line);
    }
    return moves;
  }

  /** The level as a grid of what stands on each cell ('#', '$' or ' ') plus the goals and the player. */
  private static final class Level {
    final char[][] things;
    final boolean[][] goals;
    int row;
    int col;

    Level(List<String> rows) {
      int width = 0;
      for (String r : rows) {
        width = Math.max(width, r.length());
      }
      things = new char[rows.size()][width];
      goals = new boolean[rows.size()][width];
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < width; c++) {
          char ch = c < rows.get(r).length() ? rows.get(r).charAt(c) : '#';
          things[r][c] = ch == '#' ? '#' : ch == '$' || ch == '*' ? '$' : ' ';
          goals[r][c] = ch == '.' || ch == '*' || ch == '+';
          if (ch == '@' || ch == '+') {
            row = r;
            col = c;
          }
        }
      }
    }

    private char at(int r, int c) {
      return r < 0 || c < 0 || r >= things.length || c >= things[r].length ? '#' : things[r][c];
    }

    private int dr(String m) {
      return m.equals("U") ? -1 : m.equals("D") ? 1 : 0;
    }

    private int dc(String m) {
      return m.equals("L") ? -1 : m.equals("R") ? 1 : 0;
    }

    char ahead(String m) {
      return at(row + dr(m), col + dc(m));
    }

    boolean step(String m) {
      int r = row + dr(m);
      int c = col + dc(m);
      char t = at(r, c);
      if (t == '#') {
        return false;
      }
      if (t == '$') {
        int r2 = r + dr(m);
        int c2 = c + dc(m);
        if (at(r2, c2) != ' ') {
          return false;
        }
        things[r2][c2] = '$';
        things[r][c] = ' ';
      }
      row = r;
      col = c;
      return true;
    }

    boolean solved() {
      for (int r = 0; r < things.length; r++) {
        for (int c = 0; c < things[r].length; c++) {
          if (goals[r][c] && things[r][c] != '$') {
            return false;
          }
        }
      }
      return true;
    }
  }
}
