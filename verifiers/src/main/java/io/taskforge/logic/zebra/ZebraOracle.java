package io.taskforge.logic.zebra;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code logic.zebra}, written apart from {@link ZebraVerifier}: its own
 * strict reader of the canonical grid ({@code House k: v1, v2, ...}, one line per house, exact case)
 * and its own check of the rules (each value once per attribute, every clue) on that grid.
 */
public final class ZebraOracle implements TaskOracle<ZebraProblem> {
  private static final int PER_KIND = 3;

  @Override
  public String taskId() {
    return ZebraTask.ID;
  }

  @Override
  public Class<ZebraProblem> problemType() {
    return ZebraProblem.class;
  }

  @Override
  public List<String> equivalentForms(ZebraProblem problem, String gold, Rng rng) {
    List<String> lines = List.of(gold.strip().split("\n"));
    List<String> forms = new ArrayList<>();
    forms.add(gold.toLowerCase(Locale.ROOT));
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add(String.join("\r\n", lines) + "\r\n");
    forms.add("\n" + String.join("\n\n", lines) + "\n\n");
    List<String> spaced = new ArrayList<>();
    List<String> marked = new ArrayList<>();
    for (String line : lines) {
      spaced.add("  " + line.replace(": ", " :\t").replace(", ", " ,  ") + " ");
      marked.add((rng.nextBoolean() ? "- " : "* ") + line + ".");
    }
    forms.add(String.join("\n", spaced));
    forms.add(String.join("\n", marked));
    List<String> reversed = new ArrayList<>(lines);
    Collections.reverse(reversed);
    forms.add(String.join("\n", reversed));
    List<String> shuffled = new ArrayList<>(lines);
    rng.shuffle(shuffled);
    forms.add(String.join("\n", shuffled));
    forms.add("Here is my reasoning.\n<answer>\n" + gold + "\n</answer>");
    forms.add("Answer:\n" + gold);
    return forms;
  }

  @Override
  public List<Mutant> mutants(ZebraProblem problem, String gold, Rng rng) {
    int[][] grid = read(problem, gold);
    List<Mutant> out = new ArrayList<>();
    if (grid == null) {
      return out;
    }
    int n = problem.houses();
    int m = problem.attributes().size();
    for (int r = 0; r < PER_KIND; r++) {
      if (n >= 2) {
        int t = rng.nextInt(m);
        int h = rng.nextInt(n);
        int g = (h + 1 + rng.nextInt(n - 1)) % n;
        int[][] swap = copy(grid);
        swap[h][t] = grid[g][t];
        swap[g][t] = grid[h][t];
        out.add(judged(problem, "swap-cells", write(problem, swap)));

        int[][] rows = copy(grid);
        rows[h] = grid[g].clone();
        rows[g] = grid[h].clone();
        out.add(judged(problem, "swap-houses", write(problem, rows)));

        int[][] changed = copy(grid);
        changed[h][t] = (grid[h][t] + 1 + rng.nextInt(n - 1)) % n;
        out.add(judged(problem, "change-value", write(problem, changed)));

        int[][] rotated = copy(grid);
        for (int k = 0; k < n; k++) {
          rotated[(k + 1) % n][t] = grid[k][t];
        }
        out.add(judged(problem, "rotate-column", write(problem, rotated)));
      }
      String[] lines = write(problem, grid).split("\n");
      int drop = rng.nextInt(lines.length);
      List<String> fewer = new ArrayList<>(List.of(lines));
      fewer.remove(drop);
      out.add(judged(problem, "drop-line", String.join("\n", fewer)));

      List<String> twice = new ArrayList<>(List.of(lines));
      twice.add(lines[drop]);
      out.add(judged(problem, "duplicate-line", String.join("\n", twice)));

      String[] cut = lines.clone();
      cut[drop] = cut[drop].substring(0, cut[drop].lastIndexOf(m > 1 ? ", " : ": ")) + (m > 1 ? "" : ":");
      out.add(judged(problem, "drop-value", String.join("\n", cut)));

      String[] extra = lines.clone();
      extra[drop] = extra[drop] + ", " + problem.attributes().get(0).values().get(0);
      out.add(judged(problem, "extra-value", String.join("\n", extra)));

      if (m >= 2) {
        String[] reordered = lines.clone();
        int h = drop;
        StringBuilder sb = new StringBuilder("House ").append(h + 1).append(": ");
        for (int t = m - 1; t >= 0; t--) {
          sb.append(problem.attributes().get(t).values().get(grid[h][t])).append(t > 0 ? ", " : "");
        }
        reordered[h] = sb.toString();
        out.add(judged(problem, "reversed-values", String.join("\n", reordered)));
      }

      String[] renumbered = lines.clone();
      renumbered[drop] = "House " + (n + 1 + rng.nextInt(3)) + renumbered[drop].substring(renumbered[drop].indexOf(':'));
      out.add(judged(problem, "house-out-of-range", String.join("\n", renumbered)));

      String[] unknown = lines.clone();
      unknown[drop] = unknown[drop].replace(": ", ": xyzzy" + rng.nextInt(100) + " ");
      out.add(judged(problem, "unknown-value", String.join("\n", unknown)));
    }
    out.add(judged(problem, "prose", "The solution is: " + write(problem, grid)));
    return out;
  }

  private Mutant judged(ZebraProblem problem, String kind, String text) {
    return new Mutant(kind, text, accepts(problem, text));
  }

  @Override
  public boolean accepts(ZebraProblem problem, String canonicalAnswer) {
    int[][] grid = read(problem, canonicalAnswer);
    return grid != null && obeysRules(problem, grid);
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle's strict reader and writer of the canonical format.

  /** grid[house][attribute] = value index, or null unless the text is exactly canonical. */
  static int[][] read(ZebraProblem problem, String text) {
    int n = problem.houses();
    int m = problem.attributes().size();
    String[] lines = text.strip().split("\n", -1);
    if (lines.length != n) {
      return null;
    }
    int[][] grid = new int[n][];
    for (String line : lines) {
      int colon = line.indexOf(": ");
      if (!line.startsWith("House ") || colon < 0) {
        return null;
      }
      int house;
      try {
        house = Integer.parseInt(line.substring(6, colon));
      } catch (NumberFormatException e) {
        return null;
      }
      if (house < 1 || house > n || grid[house - 1] != null) {
        return null;
      }
      String[] cells = line.substring(colon + 2).split(", ", -1);
      if (cells.length != m) {
        return null;
      }
      int[] row = new int[m];
      for (int t = 0; t < m; t++) {
        row[t] = problem.attributes().get(t).values().indexOf(cells[t]);
        if (row[t] < 0) {
          return null;
        }
      }
      grid[house - 1] = row;
    }
    return grid;
  }

  static String write(ZebraProblem problem, int[][] grid) {
    StringBuilder sb = new StringBuilder();
    for (int h = 0; h < grid.length; h++) {
      sb.append(h == 0 ? "" : "\n").append("House ").append(h + 1).append(": ");
      for (int t = 0; t < grid[h].length; t++) {
        sb.append(t == 0 ? "" : ", ").append(problem.attributes().get(t).values().get(grid[h][t]));
      }
    }
    return sb.toString();
  }

  private static int[][] copy(int[][] grid) {
    int[][] c = new int[grid.length][];
    for (int i = 0; i < grid.length; i++) {
      c[i] = grid[i].clone();
    }
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle's own rule check.

  static boolean obeysRules(ZebraProblem problem, int[][] grid) {
    int n = problem.houses();
    int m = problem.attributes().size();
    // where[t][v]: 1-based house of value v of attribute t.
    int[][] where = new int[m][n];
    for (int h = 0; h < n; h++) {
      for (int t = 0; t < m; t++) {
        if (where[t][grid[h][t]] != 0) {
          return false;
        }
        where[t][grid[h][t]] = h + 1;
      }
    }
    for (ZebraProblem.Clue clue : problem.clues()) {
      int[] hs = new int[clue.items().size()];
      for (int i = 0; i < hs.length; i++) {
        ZebraProblem.Item item = clue.items().get(i);
        hs[i] = where[item.attribute()][item.value()];
      }
      boolean ok = switch (clue.kind()) {
        case "same-house" -> hs[0] - hs[1] == 0;
        case "not-same-house" -> hs[0] - hs[1] != 0;
        case "left-of" -> hs[1] - hs[0] > 0;
        case "right-of" -> hs[0] - hs[1] > 0;
        case "immediately-left" -> hs[1] - hs[0] == 1;
        case "next-to" -> Math.abs(hs[0] - hs[1]) == 1;
        case "not-next-to" -> Math.abs(hs[0] - hs[1]) > 1;
        case "one-between" -> (hs[0] - hs[1]) * (hs[0] - hs[1]) == 4;
        case "position" -> clue.houses().contains(hs[0]);
        case "either-same-house" -> hs[0] == hs[1] || hs[0] == hs[2];
        case "either-position" -> clue.houses().contains(hs[0]);
        default -> false;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
