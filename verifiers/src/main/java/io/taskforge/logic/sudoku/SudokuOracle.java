package io.taskforge.logic.sudoku;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Property-testing oracle for {@code logic.sudoku}, independent of {@link SudokuVerifier}: its own
 * strict reader of the canonical answer (exactly {@code size} lines; digits run together up to size
 * 9, else numbers separated by single spaces) and its own rule check by counting, cell coordinates
 * computed here, not taken from the verifier's tables.
 */
public final class SudokuOracle implements TaskOracle<SudokuProblem> {
  private static final int PER_KIND = 3;

  @Override
  public String taskId() {
    return SudokuTask.ID;
  }

  @Override
  public Class<SudokuProblem> problemType() {
    return SudokuProblem.class;
  }

  @Override
  public List<String> equivalentForms(SudokuProblem problem, String gold, Rng rng) {
    int[][] g = read(problem.size(), gold);
    if (g == null) {
      return List.of();
    }
    int n = problem.size();
    List<String> forms = new ArrayList<>();
    forms.add(gold.replace("\n", "\r\n"));
    forms.add("\n  " + gold.replace("\n", "  \n\t") + "\n\n");
    forms.add(render(g, n > 9 ? ", " : " ", false, false, problem));
    forms.add(render(g, n > 9 ? " " : "", true, false, problem));
    forms.add(render(g, n > 9 ? " " : "", false, true, problem));
    forms.add("```\n" + gold + "\n```");
    forms.add("```text\n" + render(g, " ", true, true, problem) + "\n```");
    return forms;
  }

  /** Rows joined by '\n'; cells joined by {@code sep}, optionally with box borders and row labels. */
  private static String render(int[][] g, String sep, boolean boxes, boolean labels, SudokuProblem p) {
    int n = p.size();
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < n; r++) {
      if (boxes && r > 0 && r % p.boxRows() == 0) {
        sb.append("-".repeat(Math.max(3, n * (sep.length() + 1)))).append('\n');
      }
      if (labels) {
        sb.append("Row ").append(r + 1).append(": ");
      }
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          sb.append(boxes && k % p.boxCols() == 0 ? " | " : sep);
        }
        sb.append(g[r][k]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Override
  public List<Mutant> mutants(SudokuProblem problem, String gold, Rng rng) {
    int n = problem.size();
    int[][] g = read(n, gold);
    if (g == null || n < 2) {
      return List.of();
    }
    int[][] givens = givens(problem);
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < PER_KIND; i++) {
      // A blank cell gets another number.
      int[] blank = pickCell(givens, rng, true);
      if (blank != null) {
        int[][] m = copy(g);
        m[blank[0]][blank[1]] = other(g[blank[0]][blank[1]], n, rng);
        out.add(judged(problem, "change-blank", m));
      }
      // A given is changed.
      int[] given = pickCell(givens, rng, false);
      if (given != null) {
        int[][] m = copy(g);
        m[given[0]][given[1]] = other(g[given[0]][given[1]], n, rng);
        out.add(judged(problem, "change-given", m));
      }
      // Two cells of a row trade places (rows stay full; columns and boxes suffer).
      int r = rng.nextInt(n);
      int a = rng.nextInt(n);
      int b = (a + 1 + rng.nextInt(n - 1)) % n;
      int[][] swapped = copy(g);
      swapped[r][a] = g[r][b];
      swapped[r][b] = g[r][a];
      out.add(judged(problem, "swap-in-row", swapped));
      // Two rows of one band trade places: still a valid grid, but the givens move.
      if (problem.boxRows() > 1) {
        int band = rng.nextInt(n / problem.boxRows());
        int r1 = band * problem.boxRows() + rng.nextInt(problem.boxRows());
        int r2 = band * problem.boxRows() + (r1 % problem.boxRows() + 1 + rng.nextInt(problem.boxRows() - 1)) % problem.boxRows();
        int[][] rows = copy(g);
        rows[r1] = g[r2].clone();
        rows[r2] = g[r1].clone();
        out.add(judged(problem, "swap-rows-in-band", rows));
      }
      // Two numbers trade names everywhere: still a valid grid, but the givens change.
      int x = 1 + rng.nextInt(n);
      int y = other(x, n, rng);
      int[][] renamed = copy(g);
      for (int[] row : renamed) {
        for (int k = 0; k < n; k++) {
          row[k] = row[k] == x ? y : row[k] == y ? x : row[k];
        }
      }
      out.add(judged(problem, "swap-numbers", renamed));
    }
    if (problem.boxRows() == problem.boxCols()) {
      int[][] t = new int[n][n];
      for (int r = 0; r < n; r++) {
        for (int k = 0; k < n; k++) {
          t[r][k] = g[k][r];
        }
      }
      out.add(judged(problem, "transpose", t));
    }
    // Format breakers: a row dropped, a row repeated, a cell left out.
    String[] lines = gold.split("\n", -1);
    int drop = rng.nextInt(lines.length);
    List<String> fewer = new ArrayList<>(List.of(lines));
    fewer.remove(drop);
    String dropped = String.join("\n", fewer);
    out.add(new Mutant("drop-row", dropped, accepts(problem, dropped)));
    List<String> more = new ArrayList<>(List.of(lines));
    more.add(rng.nextInt(more.size() + 1), lines[rng.nextInt(lines.length)]);
    String repeated = String.join("\n", more);
    out.add(new Mutant("repeat-row", repeated, accepts(problem, repeated)));
    int[] cleared = pickCell(givens, rng, true);
    if (cleared != null) {
      int[][] m = copy(g);
      m[cleared[0]][cleared[1]] = 0;
      String text = write(m, n);
      out.add(new Mutant("clear-cell", text, accepts(problem, text)));
    }
    return out;
  }

  private Mutant judged(SudokuProblem problem, String kind, int[][] grid) {
    String text = write(grid, problem.size());
    return new Mutant(kind, text, accepts(problem, text));
  }

  @Override
  public boolean accepts(SudokuProblem problem, String canonicalAnswer) {
    int n = problem.size();
    int[][] g = read(n, canonicalAnswer);
    if (g == null || n != problem.boxRows() * problem.boxCols()) {
      return false;
    }
    int[][] givens = givens(problem);
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < n; k++) {
        if (g[r][k] < 1 || g[r][k] > n || (givens[r][k] != 0 && givens[r][k] != g[r][k])) {
          return false;
        }
      }
    }
    // Every row, column and box: count each number; all counts must be exactly 1.
    for (int i = 0; i < n; i++) {
      int[] inRow = new int[n + 1];
      int[] inCol = new int[n + 1];
      int[] inBox = new int[n + 1];
      int top = (i / problem.boxRows()) * problem.boxRows();
      int left = (i % problem.boxRows()) * problem.boxCols();
      for (int j = 0; j < n; j++) {
        inRow[g[i][j]]++;
        inCol[g[j][i]]++;
        inBox[g[top + j / problem.boxCols()][left + j % problem.boxCols()]]++;
      }
      for (int v = 1; v <= n; v++) {
        if (inRow[v] != 1 || inCol[v] != 1 || inBox[v] != 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** The strict canonical reading: exactly n lines of n cells, or null. 0 is read (and later refused). */
  static int[][] read(int n, String text) {
    if (n < 1 || n > 16) {
      return null;
    }
    String[] lines = text.split("\n", -1);
    if (lines.length != n) {
      return null;
    }
    int[][] g = new int[n][n];
    for (int r = 0; r < n; r++) {
      String line = lines[r];
      if (n <= 9) {
        if (line.length() != n) {
          return null;
        }
        for (int k = 0; k < n; k++) {
          char c = line.charAt(k);
          if (c < '0' || c > '9') {
            return null;
          }
          g[r][k] = c - '0';
        }
      } else {
        String[] parts = line.split(" ", -1);
        if (parts.length != n) {
          return null;
        }
        for (int k = 0; k < n; k++) {
          if (!parts[k].matches("0|[1-9][0-9]?")) {
            return null;
          }
          g[r][k] = Integer.parseInt(parts[k]);
        }
      }
    }
    return g;
  }

  private static String write(int[][] g, int n) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < n; r++) {
      if (r > 0) {
        sb.append('\n');
      }
      for (int k = 0; k < n; k++) {
        if (n > 9 && k > 0) {
          sb.append(' ');
        }
        sb.append(g[r][k]);
      }
    }
    return sb.toString();
  }

  private static int[][] givens(SudokuProblem p) {
    int n = p.size();
    int[][] g = new int[n][n];
    for (int r = 0; r < n && r < p.grid().size(); r++) {
      List<Integer> row = p.grid().get(r);
      for (int k = 0; k < n && row != null && k < row.size(); k++) {
        g[r][k] = row.get(k) == null ? 0 : row.get(k);
      }
    }
    return g;
  }

  /** A random blank (or given) cell as {row, column}, or null when there is none. */
  private static int[] pickCell(int[][] givens, Rng rng, boolean blank) {
    int n = givens.length;
    int count = 0;
    for (int[] row : givens) {
      for (int v : row) {
        count += (v == 0) == blank ? 1 : 0;
      }
    }
    if (count == 0) {
      return null;
    }
    int pick = rng.nextInt(count);
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < n; k++) {
        if ((givens[r][k] == 0) == blank && pick-- == 0) {
          return new int[] {r, k};
        }
      }
    }
    return null;
  }

  private static int other(int v, int n, Rng rng) {
    return 1 + (v - 1 + 1 + rng.nextInt(n - 1)) % n;
  }

  private static int[][] copy(int[][] g) {
    int[][] c = new int[g.length][];
    for (int i = 0; i < g.length; i++) {
      c[i] = g[i].clone();
    }
    return c;
  }
}
