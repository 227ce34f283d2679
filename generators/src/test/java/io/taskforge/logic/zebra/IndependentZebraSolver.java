package io.taskforge.logic.zebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A solver written apart from {@link ZebraSolver}, for tests: its own reading of every clue kind
 * ({@link #truth}), a brute force over all grids for small puzzles, and for larger ones a generic
 * CSP search: a boolean domain of houses per attribute value, arc consistency that keeps a house
 * only while the clue's own truth function finds supporting houses for the other values it names,
 * one-value-per-house reasoning per attribute, and branching on a smallest domain. Solutions are
 * {@code grid[house][attribute]} = value index.
 */
final class IndependentZebraSolver {
  private final int n;
  private final int m;
  private final List<ZebraProblem.Clue> clues;
  /** Scratch for truth(): where[attribute][value], 1-based house. */
  private final int[][] scratch;
  private final List<int[][]> found = new ArrayList<>();
  private int limit;

  IndependentZebraSolver(ZebraProblem problem) {
    this.n = problem.houses();
    this.m = problem.attributes().size();
    this.clues = problem.clues();
    this.scratch = new int[m][n];
  }

  /** The truth of a clue, with {@code where[attribute][value]} the 1-based house of each value. */
  static boolean truth(ZebraProblem.Clue clue, int[][] where) {
    List<ZebraProblem.Item> it = clue.items();
    int a = where[it.get(0).attribute()][it.get(0).value()];
    int b = it.size() > 1 ? where[it.get(1).attribute()][it.get(1).value()] : 0;
    int c = it.size() > 2 ? where[it.get(2).attribute()][it.get(2).value()] : 0;
    switch (clue.kind()) {
      case "same-house": return a == b;
      case "not-same-house": return a != b;
      case "left-of": return a < b;
      case "right-of": return b < a;
      case "immediately-left": return b == a + 1;
      case "next-to": return a == b + 1 || b == a + 1;
      case "not-next-to": return a > b + 1 || b > a + 1;
      case "one-between": return a == b + 2 || b == a + 2;
      case "position": return a == clue.houses().get(0);
      case "either-same-house": return a == b || a == c;
      case "either-position": return a == clue.houses().get(0) || a == clue.houses().get(1);
      default: throw new IllegalArgumentException("unknown kind " + clue.kind());
    }
  }

  static int[][] where(ZebraProblem problem, int[][] grid) {
    int[][] w = new int[problem.attributes().size()][problem.houses()];
    for (int h = 0; h < grid.length; h++) {
      for (int t = 0; t < grid[h].length; t++) {
        w[t][grid[h][t]] = h + 1;
      }
    }
    return w;
  }

  /** Up to {@code limit} solutions. */
  List<int[][]> solve(int limit) {
    this.limit = limit;
    found.clear();
    boolean[][] dom = new boolean[n * m][n];
    for (boolean[] d : dom) {
      Arrays.fill(d, true);
    }
    search(dom);
    return List.copyOf(found);
  }

  private void search(boolean[][] dom) {
    if (found.size() >= limit || !consistent(dom)) {
      return;
    }
    int best = -1;
    int bestSize = Integer.MAX_VALUE;
    for (int v = 0; v < n * m; v++) {
      int size = size(dom[v]);
      if (size > 1 && size < bestSize) {
        best = v;
        bestSize = size;
      }
    }
    if (best < 0) {
      int[][] grid = new int[n][m];
      for (int v = 0; v < n * m; v++) {
        grid[only(dom[v])][v / n] = v % n;
      }
      found.add(grid);
      return;
    }
    for (int h = 0; h < n && found.size() < limit; h++) {
      if (dom[best][h]) {
        boolean[][] next = new boolean[n * m][];
        for (int v = 0; v < n * m; v++) {
          next[v] = dom[v].clone();
        }
        Arrays.fill(next[best], false);
        next[best][h] = true;
        search(next);
      }
    }
  }

  private static int size(boolean[] d) {
    int c = 0;
    for (boolean b : d) {
      c += b ? 1 : 0;
    }
    return c;
  }

  private static int only(boolean[] d) {
    for (int h = 0; h < d.length; h++) {
      if (d[h]) {
        return h;
      }
    }
    return -1;
  }

  /** Prunes to a fixpoint; false when some value has no house left or a house no value. */
  private boolean consistent(boolean[][] dom) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (ZebraProblem.Clue clue : clues) {
        List<ZebraProblem.Item> items = clue.items();
        for (int i = 0; i < items.size(); i++) {
          int v = var(items.get(i));
          for (int h = 0; h < n; h++) {
            if (dom[v][h] && !supported(clue, dom, i, h)) {
              dom[v][h] = false;
              changed = true;
            }
          }
          if (size(dom[v]) == 0) {
            return false;
          }
        }
      }
      for (int t = 0; t < m; t++) {
        for (int h = 0; h < n; h++) {
          int holders = 0;
          int holder = -1;
          for (int value = 0; value < n; value++) {
            if (dom[t * n + value][h]) {
              holders++;
              holder = t * n + value;
            }
          }
          if (holders == 0) {
            return false;
          }
          if (holders == 1 && size(dom[holder]) > 1) {
            Arrays.fill(dom[holder], false);
            dom[holder][h] = true;
            changed = true;
          }
        }
        for (int value = 0; value < n; value++) {
          int v = t * n + value;
          if (size(dom[v]) == 1) {
            int h = only(dom[v]);
            for (int other = 0; other < n; other++) {
              if (other != value && dom[t * n + other][h]) {
                dom[t * n + other][h] = false;
                changed = true;
              }
            }
          }
        }
      }
    }
    return true;
  }

  private int var(ZebraProblem.Item item) {
    return item.attribute() * n + item.value();
  }

  /** Whether item i of the clue in house h has houses for the clue's other items that make it true. */
  private boolean supported(ZebraProblem.Clue clue, boolean[][] dom, int i, int h) {
    List<ZebraProblem.Item> items = clue.items();
    int[] houses = new int[items.size()];
    houses[i] = h;
    return extend(clue, dom, houses, i, 0);
  }

  private boolean extend(ZebraProblem.Clue clue, boolean[][] dom, int[] houses, int fixed, int k) {
    List<ZebraProblem.Item> items = clue.items();
    if (k == items.size()) {
      // Two names of one attribute: the same value shares a house, different values never do.
      for (int x = 0; x < items.size(); x++) {
        for (int y = 0; y < x; y++) {
          ZebraProblem.Item a = items.get(x);
          ZebraProblem.Item b = items.get(y);
          if (a.attribute() == b.attribute() && (a.value() == b.value()) != (houses[x] == houses[y])) {
            return false;
          }
        }
      }
      for (int x = 0; x < items.size(); x++) {
        scratch[items.get(x).attribute()][items.get(x).value()] = houses[x] + 1;
      }
      return truth(clue, scratch);
    }
    if (k == fixed) {
      return extend(clue, dom, houses, fixed, k + 1);
    }
    boolean[] d = dom[var(items.get(k))];
    for (int h = 0; h < n; h++) {
      if (d[h]) {
        houses[k] = h;
        if (extend(clue, dom, houses, fixed, k + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every grid, one permutation per attribute, counted by brute force (small puzzles only). */
  static List<int[][]> bruteForce(ZebraProblem problem, int limit) {
    int n = problem.houses();
    int m = problem.attributes().size();
    List<int[]> perms = new ArrayList<>();
    permutations(new int[n], new boolean[n], 0, perms);
    List<int[][]> out = new ArrayList<>();
    int[] choice = new int[m];
    while (true) {
      int[][] where = new int[m][];
      for (int t = 0; t < m; t++) {
        // perms.get(choice[t])[v]: the 0-based house of value v.
        int[] p = perms.get(choice[t]);
        where[t] = new int[n];
        for (int v = 0; v < n; v++) {
          where[t][v] = p[v] + 1;
        }
      }
      boolean all = true;
      for (ZebraProblem.Clue clue : problem.clues()) {
        if (!truth(clue, where)) {
          all = false;
          break;
        }
      }
      if (all) {
        int[][] grid = new int[n][m];
        for (int t = 0; t < m; t++) {
          for (int v = 0; v < n; v++) {
            grid[where[t][v] - 1][t] = v;
          }
        }
        out.add(grid);
        if (out.size() >= limit) {
          return out;
        }
      }
      int t = 0;
      while (t < m && ++choice[t] == perms.size()) {
        choice[t] = 0;
        t++;
      }
      if (t == m) {
        return out;
      }
    }
  }

  private static void permutations(int[] cur, boolean[] used, int k, List<int[]> out) {
    if (k == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int i = 0; i < cur.length; i++) {
      if (!used[i]) {
        used[i] = true;
        cur[k] = i;
        permutations(cur, used, k + 1, out);
        used[i] = false;
      }
    }
  }

  /** The number of grids brute force would visit: (n!)^m, or Long.MAX_VALUE when huge. */
  static long gridCount(int n, int m) {
    long f = 1;
    for (int i = 2; i <= n; i++) {
      f *= i;
    }
    long total = 1;
    for (int t = 0; t < m; t++) {
      if (total > Long.MAX_VALUE / f) {
        return Long.MAX_VALUE;
      }
      total *= f;
    }
    return total;
  }
}
