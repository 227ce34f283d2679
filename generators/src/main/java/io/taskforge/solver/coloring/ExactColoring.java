package io.taskforge.solver.coloring;

import java.util.Arrays;

/**
 * Exact graph colouring by DSATUR backtracking (Brélaz's order: the uncoloured vertex with the most
 * distinct colours among its neighbours, then the most uncoloured neighbours, then the lowest
 * index), with forward checking and colour-symmetry breaking (a vertex may open at most one new
 * colour, the lowest unused). Searches are bounded by a node budget, so a caller always gets an
 * answer: colourable, not colourable, or unknown.
 *
 * <p>Vertices are {@code 0..n-1}; colours in results are {@code 1..c}. Deterministic. Not thread-safe;
 * make one per graph.
 */
public final class ExactColoring {
  /** Outcome of a bounded decision. */
  public enum Outcome {
    COLORABLE,
    NOT_COLORABLE,
    UNKNOWN
  }

  /**
   * The result of one decision.
   *
   * @param outcome the answer, or UNKNOWN when the budget ran out
   * @param coloring when COLORABLE, {@code coloring[v]} in {@code 1..colors}; else empty
   * @param nodes search nodes (colour assignments tried) spent
   */
  public record Result(Outcome outcome, int[] coloring, long nodes) {}

  private final int n;
  private final int[][] adj;

  /** @param adjacency {@code adjacency[v]} lists the neighbours of {@code v}, no self-loops */
  public ExactColoring(int[][] adjacency) {
    this.n = adjacency.length;
    this.adj = adjacency;
  }

  /** Adjacency lists of a graph given by its edges ({@code edges[i] = {u, v}}, 0-based). */
  public static int[][] adjacency(int n, int[][] edges) {
    int[] degree = new int[n];
    for (int[] e : edges) {
      degree[e[0]]++;
      degree[e[1]]++;
    }
    int[][] adj = new int[n][];
    for (int v = 0; v < n; v++) {
      adj[v] = new int[degree[v]];
    }
    Arrays.fill(degree, 0);
    for (int[] e : edges) {
      adj[e[0]][degree[e[0]]++] = e[1];
      adj[e[1]][degree[e[1]]++] = e[0];
    }
    return adj;
  }

  /** Whether the graph has a proper colouring with at most {@code colors} colours, within the budget. */
  public Result colorable(int colors, long nodeBudget) {
    if (n == 0) {
      return new Result(Outcome.COLORABLE, new int[0], 0);
    }
    if (colors <= 0) {
      return new Result(Outcome.NOT_COLORABLE, new int[0], 0);
    }
    return new Search(colors, nodeBudget).run();
  }

  /**
   * The chromatic number, searching downwards from an upper bound known to be achievable (for
   * instance a planted colouring's size); 0 when some step ran out of budget. The budget applies to
   * each step.
   */
  public Chromatic chromaticNumber(int upperBound, long nodeBudget) {
    int best = upperBound;
    long nodes = 0;
    for (int c = upperBound - 1; c >= 1; c--) {
      Result r = colorable(c, nodeBudget);
      nodes += r.nodes();
      if (r.outcome() == Outcome.UNKNOWN) {
        return new Chromatic(0, nodes);
      }
      if (r.outcome() == Outcome.NOT_COLORABLE) {
        break;
      }
      best = c;
    }
    return new Chromatic(n == 0 ? 0 : best, nodes);
  }

  /**
   * @param value the chromatic number, or 0 when it could not be decided within the budget
   * @param nodes search nodes spent
   */
  public record Chromatic(int value, long nodes) {}

  private final class Search {
    private final int c;
    private final long budget;
    private final int[] color = new int[n];
    /** forbidden[v * (c + 1) + col]: neighbours of v coloured col. */
    private final int[] forbidden;
    private final int[] saturation = new int[n];
    private final int[] uncoloredDegree = new int[n];
    private long nodes;
    private boolean aborted;

    Search(int colors, long budget) {
      this.c = colors;
      this.budget = budget;
      this.forbidden = new int[n * (colors + 1)];
      for (int v = 0; v < n; v++) {
        uncoloredDegree[v] = adj[v].length;
      }
    }

    Result run() {
      boolean found = search(0, 0);
      if (aborted) {
        return new Result(Outcome.UNKNOWN, new int[0], nodes);
      }
      return found
          ? new Result(Outcome.COLORABLE, color.clone(), nodes)
          : new Result(Outcome.NOT_COLORABLE, new int[0], nodes);
    }

    private boolean search(int colored, int used) {
      if (colored == n) {
        return true;
      }
      int v = -1;
      for (int u = 0; u < n; u++) {
        if (color[u] == 0 && (v < 0 || saturation[u] > saturation[v]
            || (saturation[u] == saturation[v] && uncoloredDegree[u] > uncoloredDegree[v]))) {
          v = u;
        }
      }
      int base = v * (c + 1);
      int limit = Math.min(c, used + 1);
      for (int col = 1; col <= limit; col++) {
        if (forbidden[base + col] != 0) {
          continue;
        }
        if (++nodes > budget) {
          aborted = true;
          return false;
        }
        boolean dead = place(v, col);
        if (!dead && search(colored + 1, Math.max(used, col))) {
          return true;
        }
        unplace(v, col);
        if (aborted) {
          return false;
        }
      }
      return false;
    }

    /** Colours v; true when some uncoloured neighbour is left with no colour at all. */
    private boolean place(int v, int col) {
      color[v] = col;
      boolean dead = false;
      for (int u : adj[v]) {
        uncoloredDegree[u]--;
        if (forbidden[u * (c + 1) + col]++ == 0) {
          saturation[u]++;
          if (color[u] == 0 && saturation[u] == c) {
            dead = true;
          }
        }
      }
      return dead;
    }

    private void unplace(int v, int col) {
      color[v] = 0;
      for (int u : adj[v]) {
        uncoloredDegree[u]++;
        if (--forbidden[u * (c + 1) + col] == 0) {
          saturation[u]--;
        }
      }
    }
  }
}
