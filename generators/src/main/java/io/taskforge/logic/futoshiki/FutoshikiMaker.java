package io.taskforge.logic.futoshiki;

import io.taskforge.core.Rng;
import io.taskforge.logic.grid.LatinSquares;
import java.util.Arrays;

/**
 * Makes unique-solution futoshikis.
 *
 * <ol>
 *   <li>A random Latin square is the solution; exactly the asked number of givens are placed at
 *       random cells.
 *   <li>Every pair of neighbouring cells gets its inequality, in a random order. Uniqueness only
 *       grows as inequalities are added, so a binary search finds the shortest prefix of that order
 *       with one solution (a draw whose full set does not pin the square down is redrawn).
 *   <li>Each inequality of the prefix, last added first, is dropped unless some other square
 *       satisfies everything else but breaks it: such a square would be a second solution without
 *       it. (Any second solution must break the dropped inequality, so this search is much more
 *       constrained than a count of all solutions.) A search that runs out of its budget keeps the
 *       inequality.
 * </ol>
 */
final class FutoshikiMaker {
  /** Search budget of the uniqueness count of a whole puzzle. */
  static final long MAX_NODES = 20_000;
  /** Search budget of the test of one inequality; bounds the work and the puzzle's hardness. */
  static final long DROP_NODES = 200;

  private FutoshikiMaker() {}

  /**
   * A finished puzzle.
   *
   * @param solution values 1..n, row-major
   * @param givens values of the given cells, 0 elsewhere
   * @param less smaller cell of each kept inequality, in reading order of the pair's first cell
   * @param greater larger cell, pairwise with {@code less}
   * @param outcome the solver's count on the final puzzle (unique)
   */
  record Puzzle(int[] solution, int[] givens, int[] less, int[] greater, FutoshikiSolver.Outcome outcome) {}

  static Puzzle make(FutoshikiParams p, Rng rng) {
    int n = p.size();
    int cells = n * n;
    int edges = 2 * n * (n - 1);
    // Every pair of neighbouring cells, in reading order of the first cell, right neighbour first.
    int[] first = new int[edges];
    int[] second = new int[edges];
    int e = 0;
    for (int i = 0; i < cells; i++) {
      if (i % n + 1 < n) {
        first[e] = i;
        second[e++] = i + 1;
      }
      if (i / n + 1 < n) {
        first[e] = i;
        second[e++] = i + n;
      }
    }
    while (true) {
      int[] solution = LatinSquares.random(n, rng);
      int[] givens = new int[cells];
      int[] order = rng.permutation(cells);
      for (int i = 0; i < p.givens(); i++) {
        givens[order[i]] = solution[order[i]];
      }
      int[] less = new int[edges];
      int[] greater = new int[edges];
      for (int k = 0; k < edges; k++) {
        boolean forward = solution[first[k]] < solution[second[k]];
        less[k] = forward ? first[k] : second[k];
        greater[k] = forward ? second[k] : first[k];
      }
      int[] shuffled = rng.permutation(edges);
      boolean[] kept = new boolean[edges];
      if (!unique(n, givens, less, greater, prefix(kept, shuffled, edges))) {
        continue;
      }
      int lo = 0;
      int hi = edges;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (unique(n, givens, less, greater, prefix(kept, shuffled, mid))) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      prefix(kept, shuffled, lo);
      // The last inequality of the prefix is needed (the prefix without it has a second solution);
      // the others are tested from the end back.
      for (int i = lo - 2; i >= 0; i--) {
        int k = shuffled[i];
        kept[k] = false;
        if (breakable(n, givens, less, greater, kept, k)) {
          kept[k] = true;
        }
      }
      int m = 0;
      for (boolean k : kept) {
        m += k ? 1 : 0;
      }
      int[] keptLess = new int[m];
      int[] keptGreater = new int[m];
      for (int k = 0, j = 0; k < edges; k++) {
        if (kept[k]) {
          keptLess[j] = less[k];
          keptGreater[j++] = greater[k];
        }
      }
      FutoshikiSolver.Outcome out = new FutoshikiSolver(n, keptLess, keptGreater).count(givens, 2, MAX_NODES);
      if (out.unique()) {
        return new Puzzle(solution, givens, keptLess, keptGreater, out);
      }
    }
  }

  private static boolean[] prefix(boolean[] kept, int[] order, int length) {
    Arrays.fill(kept, false);
    for (int i = 0; i < length; i++) {
      kept[order[i]] = true;
    }
    return kept;
  }

  private static boolean unique(int n, int[] givens, int[] less, int[] greater, boolean[] kept) {
    return solver(n, less, greater, kept, -1).count(givens, 2, MAX_NODES).unique();
  }

  /**
   * Whether some square keeps the givens and the kept inequalities but has inequality {@code k}
   * the other way round; true also when the search runs out of budget (so the inequality stays).
   */
  private static boolean breakable(int n, int[] givens, int[] less, int[] greater, boolean[] kept, int k) {
    FutoshikiSolver.Outcome out = solver(n, less, greater, kept, k).count(givens, 1, DROP_NODES);
    return out.solutions() > 0 || !out.complete();
  }

  /** A solver for the kept inequalities, plus inequality {@code reversed} turned round (if ≥ 0). */
  private static FutoshikiSolver solver(int n, int[] less, int[] greater, boolean[] kept, int reversed) {
    int m = 0;
    for (boolean k : kept) {
      m += k ? 1 : 0;
    }
    int[] l = new int[m + (reversed >= 0 ? 1 : 0)];
    int[] g = new int[l.length];
    for (int k = 0, j = 0; k < kept.length; k++) {
      if (kept[k]) {
        l[j] = less[k];
        g[j++] = greater[k];
      }
    }
    if (reversed >= 0) {
      l[m] = greater[reversed];
      g[m] = less[reversed];
    }
    return new FutoshikiSolver(n, l, g);
  }
}
