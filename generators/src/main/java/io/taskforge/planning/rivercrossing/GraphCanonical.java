package io.taskforge.planning.rivercrossing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The canonical form of a small undirected graph (a farmer puzzle's conflicts): equal for isomorphic
 * graphs, different otherwise.
 *
 * <p>Colour refinement first splits the vertices into classes that every isomorphism preserves,
 * ordered by their (label-free) signatures. The form is then the smallest adjacency code over the
 * vertex orders that list the classes in that order, found by a search that tries only one of
 * several twins (vertices with the same other neighbours, which an automorphism swaps) at each
 * position and drops prefixes that cannot beat the best code. Should the classes still allow more
 * than {@value #BUDGET} orders (a label-free estimate, so isomorphic graphs decide alike), the
 * refined colouring with the edge counts between classes is the form instead: still equal for
 * isomorphic graphs, though possibly shared by rare non-isomorphic ones.
 */
final class GraphCanonical {
  private static final long BUDGET = 100_000;

  private GraphCanonical() {}

  static String of(boolean[][] adj) {
    int n = adj.length;
    int[] color = refine(adj);
    Integer[] byColor = new Integer[n];
    for (int i = 0; i < n; i++) {
      byColor[i] = i;
    }
    Arrays.sort(byColor, (a, b) -> Integer.compare(color[a], color[b]));
    long estimate = 1;
    for (int start = 0; start < n && estimate <= BUDGET; ) {
      int end = start;
      while (end < n && color[byColor[end]] == color[byColor[start]]) {
        end++;
      }
      int groups = twinGroups(adj, byColor, start, end);
      for (int g = 2; g <= groups && estimate <= BUDGET; g++) {
        estimate *= g;
      }
      start = end;
    }
    StringBuilder colors = new StringBuilder("c");
    for (int i = 0; i < n; i++) {
      colors.append(color[byColor[i]]).append(i + 1 < n ? "," : "");
    }
    if (estimate > BUDGET) {
      return colors + ";wl" + classEdges(adj, color);
    }
    Search s = new Search(adj, color, byColor);
    s.extend(new int[n], new boolean[n], 0);
    return colors + ";g" + s.best;
  }

  /** Colour refinement to a stable colouring; colours are ranks of label-free signatures. */
  static int[] refine(boolean[][] adj) {
    int n = adj.length;
    int[] color = new int[n];
    int classes = n == 0 ? 0 : 1;
    while (true) {
      String[] signature = new String[n];
      for (int v = 0; v < n; v++) {
        List<Integer> around = new ArrayList<>();
        for (int u = 0; u < n; u++) {
          if (adj[v][u]) {
            around.add(color[u]);
          }
        }
        around.sort(null);
        signature[v] = color[v] + ":" + around;
      }
      List<String> distinct = new ArrayList<>(new TreeSet<>(Arrays.asList(signature)));
      int[] next = new int[n];
      for (int v = 0; v < n; v++) {
        next[v] = distinct.indexOf(signature[v]);
      }
      color = next;
      if (distinct.size() == classes) {
        return color; // the partition stopped splitting: stable
      }
      classes = distinct.size();
    }
  }

  /** Edges between each pair of colour classes, as sorted text. */
  private static String classEdges(boolean[][] adj, int[] color) {
    TreeSet<String> edges = new TreeSet<>();
    List<String> all = new ArrayList<>();
    for (int a = 0; a < adj.length; a++) {
      for (int b = a + 1; b < adj.length; b++) {
        if (adj[a][b]) {
          all.add(Math.min(color[a], color[b]) + "-" + Math.max(color[a], color[b]));
        }
      }
    }
    all.sort(null);
    edges.addAll(all);
    return all.toString();
  }

  static boolean twins(boolean[][] adj, int u, int v) {
    for (int w = 0; w < adj.length; w++) {
      if (w != u && w != v && adj[u][w] != adj[v][w]) {
        return false;
      }
    }
    return true;
  }

  private static int twinGroups(boolean[][] adj, Integer[] order, int start, int end) {
    List<Integer> reps = new ArrayList<>();
    for (int i = start; i < end; i++) {
      boolean found = false;
      for (int r : reps) {
        found |= twins(adj, r, order[i]);
      }
      if (!found) {
        reps.add(order[i]);
      }
    }
    return reps.size();
  }

  private static final class Search {
    final boolean[][] adj;
    final int[] color;
    final Integer[] byColor;
    String best;

    Search(boolean[][] adj, int[] color, Integer[] byColor) {
      this.adj = adj;
      this.color = color;
      this.byColor = byColor;
    }

    void extend(int[] order, boolean[] used, int len) {
      String prefix = code(order, len);
      if (best != null && prefix.compareTo(best.substring(0, prefix.length())) > 0) {
        return;
      }
      if (len == order.length) {
        if (best == null || prefix.compareTo(best) < 0) {
          best = prefix;
        }
        return;
      }
      int want = color[byColor[len]];
      List<Integer> tried = new ArrayList<>();
      for (int v = 0; v < order.length; v++) {
        if (used[v] || color[v] != want) {
          continue;
        }
        boolean twin = false;
        for (int t : tried) {
          twin |= twins(adj, t, v);
        }
        if (twin) {
          continue;
        }
        tried.add(v);
        used[v] = true;
        order[len] = v;
        extend(order, used, len + 1);
        used[v] = false;
      }
    }

    /** For each placed vertex after the first, its adjacency to the earlier ones ('0' = edge, so edges sort first). */
    private String code(int[] order, int len) {
      StringBuilder sb = new StringBuilder();
      for (int i = 1; i < len; i++) {
        for (int j = 0; j < i; j++) {
          sb.append(adj[order[i]][order[j]] ? '0' : '1');
        }
      }
      return sb.toString();
    }
  }
}
