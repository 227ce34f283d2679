package io.taskforge.logic.futoshiki;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Property-testing oracle for {@code logic.futoshiki}, independent of {@link FutoshikiVerifier}: its
 * own strict reader of the canonical answer (exactly {@code size} lines of {@code size} numbers
 * separated by single spaces) and its own rule check, by sorting each row and column and comparing
 * pairs of cells for the givens and inequalities.
 */
public final class FutoshikiOracle implements TaskOracle<FutoshikiProblem> {
  private static final int PER_KIND = 3;

  @Override
  public String taskId() {
    return FutoshikiTask.ID;
  }

  @Override
  public Class<FutoshikiProblem> problemType() {
    return FutoshikiProblem.class;
  }

  @Override
  public List<String> equivalentForms(FutoshikiProblem problem, String gold, Rng rng) {
    int[][] g = read(problem.size(), gold);
    if (g == null) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    forms.add(gold.replace("\n", "\r\n"));
    forms.add("\n\n  " + gold.replace("\n", "  \n\t") + "\n\n");
    forms.add(gold.replace("\n", "\n\n"));
    forms.add("```\n" + gold + "\n```");
    forms.add(render(g, ", ", "", "\n"));
    forms.add(render(g, " | ", "", "\n"));
    forms.add(render(g, "  ", "", "\n"));
    forms.add(render(g, " ", "Row #: ", "\n"));
    if (problem.size() <= 9) {
      forms.add(render(g, "", "", "\n"));
      forms.add("```text\n" + render(g, "", "", "\n") + "\n```");
    }
    forms.add("[" + render(g, ", ", "[", "],\n").replace("\n[", "\n [") + "]]");
    return forms;
  }

  @Override
  public List<Mutant> mutants(FutoshikiProblem problem, String gold, Rng rng) {
    int n = problem.size();
    int[][] g = read(n, gold);
    if (g == null || n < 2) {
      return List.of();
    }
    List<Mutant> out = new ArrayList<>();
    for (int i = 0; i < PER_KIND; i++) {
      int[][] m = copy(g);
      int r = rng.nextInt(n);
      int c = rng.nextInt(n);
      m[r][c] = 1 + (g[r][c] + rng.nextInt(n - 1)) % n;
      add(out, problem, "change-cell", m);

      m = copy(g);
      r = rng.nextInt(n);
      int a = rng.nextInt(n);
      int b = (a + 1 + rng.nextInt(n - 1)) % n;
      int t = m[r][a];
      m[r][a] = m[r][b];
      m[r][b] = t;
      add(out, problem, "swap-in-row", m);

      m = copy(g);
      a = rng.nextInt(n);
      b = (a + 1 + rng.nextInt(n - 1)) % n;
      int[] row = m[a];
      m[a] = m[b];
      m[b] = row;
      add(out, problem, "swap-rows", m);

      m = copy(g);
      for (int[] line : m) {
        t = line[a];
        line[a] = line[b];
        line[b] = t;
      }
      add(out, problem, "swap-columns", m);

      // Two numbers trade places everywhere: still a Latin square.
      m = copy(g);
      int x = 1 + rng.nextInt(n);
      int y = 1 + (x + rng.nextInt(n - 1)) % n;
      for (int[] line : m) {
        for (int k = 0; k < n; k++) {
          line[k] = line[k] == x ? y : line[k] == y ? x : line[k];
        }
      }
      add(out, problem, "relabel", m);
    }
    int[][] complement = copy(g);
    int[][] transposed = new int[n][n];
    int[][] emptied = copy(g);
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        complement[r][c] = n + 1 - g[r][c];
        transposed[c][r] = g[r][c];
      }
    }
    emptied[rng.nextInt(n)][rng.nextInt(n)] = 0;
    add(out, problem, "complement", complement);
    add(out, problem, "transpose", transposed);
    add(out, problem, "empty-cell", emptied);
    String[] lines = gold.split("\n", -1);
    out.add(new Mutant("drop-row", String.join("\n", List.of(lines).subList(1, lines.length)), false));
    out.add(new Mutant("extra-number", gold + " 1", false));
    return out;
  }

  private void add(List<Mutant> out, FutoshikiProblem problem, String kind, int[][] grid) {
    String text = render(grid, " ", "", "\n");
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  @Override
  public boolean accepts(FutoshikiProblem problem, String canonicalAnswer) {
    int n = problem.size();
    int[][] g = read(n, canonicalAnswer);
    if (g == null) {
      return false;
    }
    for (int r = 0; r < n; r++) {
      int[] row = g[r].clone();
      int[] column = new int[n];
      for (int c = 0; c < n; c++) {
        column[c] = g[c][r];
      }
      java.util.Arrays.sort(row);
      java.util.Arrays.sort(column);
      for (int k = 0; k < n; k++) {
        if (row[k] != k + 1 || column[k] != k + 1) {
          return false;
        }
      }
      for (int c = 0; c < n; c++) {
        int given = problem.grid().get(r).get(c);
        if (given != 0 && given != g[r][c]) {
          return false;
        }
      }
    }
    for (FutoshikiProblem.Inequality q : problem.inequalities()) {
      if (!(g[q.smallerRow()][q.smallerColumn()] < g[q.largerRow()][q.largerColumn()])) {
        return false;
      }
    }
    return true;
  }

  /** The canonical format, strictly; null otherwise. Values 0..n are read (0 fails the rules). */
  private static int[][] read(int n, String text) {
    String[] lines = text.split("\n", -1);
    if (n < 1 || lines.length != n) {
      return null;
    }
    int[][] g = new int[n][n];
    for (int r = 0; r < n; r++) {
      String[] parts = lines[r].split(" ", -1);
      if (parts.length != n) {
        return null;
      }
      for (int c = 0; c < n; c++) {
        if (!parts[c].matches("[0-9]{1,2}")) {
          return null;
        }
        g[r][c] = Integer.parseInt(parts[c]);
        if (g[r][c] > n) {
          return null;
        }
      }
    }
    return g;
  }

  /** Rows joined by {@code rowEnd}, each started by {@code label} ('#' becomes the row number). */
  private static String render(int[][] g, String between, String label, String rowEnd) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < g.length; r++) {
      if (r > 0) {
        sb.append(rowEnd);
      }
      sb.append(label.replace("#", String.valueOf(r + 1)));
      for (int c = 0; c < g[r].length; c++) {
        if (c > 0) {
          sb.append(between);
        }
        sb.append(g[r][c]);
      }
    }
    return sb.toString();
  }

  private static int[][] copy(int[][] g) {
    int[][] m = new int[g.length][];
    for (int r = 0; r < g.length; r++) {
      m[r] = g[r].clone();
    }
    return m;
  }
}
