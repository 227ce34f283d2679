package io.taskforge.logic.nonogram;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Property-testing oracle for {@code logic.nonogram}, independent of {@link NonogramVerifier}: its
 * own strict reader of the canonical answer (exactly {@code height} lines of exactly {@code width}
 * characters {@code #} or {@code .}) and its own clue check, which lists each line's runs and
 * compares the lists.
 */
public final class NonogramOracle implements TaskOracle<NonogramProblem> {
  private static final int PER_KIND = 3;

  @Override
  public String taskId() {
    return NonogramTask.ID;
  }

  @Override
  public Class<NonogramProblem> problemType() {
    return NonogramProblem.class;
  }

  @Override
  public List<String> equivalentForms(NonogramProblem problem, String gold, Rng rng) {
    boolean[][] g = read(problem, gold);
    if (g == null) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    forms.add(gold.replace("\n", "\r\n"));
    forms.add("\n\n  " + gold.replace("\n", "  \n\t") + "\n\n");
    forms.add(render(g, '#', '.', " "));
    forms.add(render(g, '1', '0', ""));
    forms.add(render(g, '1', '0', " "));
    forms.add("```\n" + gold + "\n```");
    forms.add("```text\n" + render(g, '#', '.', " ") + "\n```\n");
    forms.add(gold.replace("\n", "\n\n"));
    // Symbols may be mixed freely.
    StringBuilder mixed = new StringBuilder(gold);
    for (int i = 0; i < mixed.length(); i++) {
      if (rng.nextBoolean()) {
        char c = mixed.charAt(i);
        mixed.setCharAt(i, c == '#' ? '1' : c == '.' ? '0' : c);
      }
    }
    forms.add(mixed.toString());
    return forms;
  }

  @Override
  public List<Mutant> mutants(NonogramProblem problem, String gold, Rng rng) {
    boolean[][] g = read(problem, gold);
    if (g == null) {
      return List.of();
    }
    int h = g.length;
    int w = g[0].length;
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < PER_KIND; i++) {
      boolean[][] m = copy(g);
      int r = rng.nextInt(h);
      int c = rng.nextInt(w);
      m[r][c] = !m[r][c];
      add(out, problem, "flip-cell", m);

      if (h > 1) {
        m = copy(g);
        int a = rng.nextInt(h);
        int b = (a + 1 + rng.nextInt(h - 1)) % h;
        boolean[] t = m[a];
        m[a] = m[b];
        m[b] = t;
        add(out, problem, "swap-rows", m);
      }

      if (w > 1) {
        m = copy(g);
        int a = rng.nextInt(w);
        int b = (a + 1 + rng.nextInt(w - 1)) % w;
        for (boolean[] row : m) {
          boolean t = row[a];
          row[a] = row[b];
          row[b] = t;
        }
        add(out, problem, "swap-columns", m);

        m = copy(g);
        r = rng.nextInt(h);
        boolean last = m[r][w - 1];
        System.arraycopy(g[r], 0, m[r], 1, w - 1);
        m[r][0] = last;
        add(out, problem, "rotate-row", m);
      }

      if (w > 1 && h > 1) {
        // Toggle the four cells of a 2x2 block: where they form a checkerboard, this is the classic
        // swap that keeps every line's count of filled cells.
        m = copy(g);
        r = rng.nextInt(h - 1);
        c = rng.nextInt(w - 1);
        for (int dr = 0; dr < 2; dr++) {
          for (int dc = 0; dc < 2; dc++) {
            m[r + dr][c + dc] = !m[r + dr][c + dc];
          }
        }
        add(out, problem, "toggle-2x2", m);
      }

      m = copy(g);
      for (boolean[] row : m) {
        for (int k = 0; k < w / 2; k++) {
          boolean t = row[k];
          row[k] = row[w - 1 - k];
          row[w - 1 - k] = t;
        }
      }
      add(out, problem, "mirror", m);
    }
    if (h == w) {
      boolean[][] t = new boolean[w][h];
      for (int r = 0; r < h; r++) {
        for (int c = 0; c < w; c++) {
          t[c][r] = g[r][c];
        }
      }
      add(out, problem, "transpose", t);
    }
    boolean[][] inverted = copy(g);
    for (boolean[] row : inverted) {
      for (int c = 0; c < w; c++) {
        row[c] = !row[c];
      }
    }
    add(out, problem, "invert", inverted);
    // Malformed: a row missing, a row one cell too long.
    String[] lines = gold.split("\n", -1);
    if (lines.length > 1) {
      out.add(new Mutant("drop-row", String.join("\n", List.of(lines).subList(1, lines.length)), false));
    }
    out.add(new Mutant("long-row", gold + ".", false));
    add(out, problem, "all-empty", new boolean[h][w]);
    return out;
  }

  private void add(List<Mutant> out, NonogramProblem problem, String kind, boolean[][] grid) {
    String text = render(grid, '#', '.', "");
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  @Override
  public boolean accepts(NonogramProblem problem, String canonicalAnswer) {
    boolean[][] g = read(problem, canonicalAnswer);
    if (g == null) {
      return false;
    }
    int h = problem.height();
    int w = problem.width();
    for (int r = 0; r < h; r++) {
      List<Integer> runs = new ArrayList<>();
      int run = 0;
      for (int c = 0; c <= w; c++) {
        if (c < w && g[r][c]) {
          run++;
        } else if (run > 0) {
          runs.add(run);
          run = 0;
        }
      }
      if (!runs.equals(problem.rows().get(r))) {
        return false;
      }
    }
    for (int c = 0; c < w; c++) {
      List<Integer> runs = new ArrayList<>();
      int run = 0;
      for (int r = 0; r <= h; r++) {
        if (r < h && g[r][c]) {
          run++;
        } else if (run > 0) {
          runs.add(run);
          run = 0;
        }
      }
      if (!runs.equals(problem.columns().get(c))) {
        return false;
      }
    }
    return true;
  }

  /** The canonical format, strictly: height lines of width '#'/'.' characters; null otherwise. */
  private static boolean[][] read(NonogramProblem problem, String text) {
    String[] lines = text.split("\n", -1);
    int h = problem.height();
    int w = problem.width();
    if (lines.length != h || h < 1 || w < 1) {
      return null;
    }
    boolean[][] g = new boolean[h][w];
    for (int r = 0; r < h; r++) {
      if (lines[r].length() != w) {
        return null;
      }
      for (int c = 0; c < w; c++) {
        char ch = lines[r].charAt(c);
        if (ch != '#' && ch != '.') {
          return null;
        }
        g[r][c] = ch == '#';
      }
    }
    return g;
  }

  private static String render(boolean[][] g, char filled, char empty, String between) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < g.length; r++) {
      if (r > 0) {
        sb.append('\n');
      }
      for (int c = 0; c < g[r].length; c++) {
        if (c > 0) {
          sb.append(between);
        }
        sb.append(g[r][c] ? filled : empty);
      }
    }
    return sb.toString();
  }

  private static boolean[][] copy(boolean[][] g) {
    boolean[][] m = new boolean[g.length][];
    for (int r = 0; r < g.length; r++) {
      m[r] = g[r].clone();
    }
    return m;
  }
}
