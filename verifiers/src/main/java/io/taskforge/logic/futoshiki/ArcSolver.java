package io.taskforge.logic.futoshiki;

import java.util.List;

/**
 * The verifier's own futoshiki solver, for partial credit: written apart from the generator's
 * solver so that a bug in one cannot hide in both. The puzzle is a binary constraint network
 * ("differs from" between cells sharing a row or column, "smaller than" along each inequality) kept
 * arc consistent with a work queue of cells whose candidates shrank (AC-3 on bit masks); when the
 * queue runs dry, a value with a single place left in a row or column is put there. The search goes
 * depth first on a cell with the fewest candidates.
 *
 * <p>The search is capped at {@link #MAX_NODES} nodes, which bounds the work on any problem.
 */
final class ArcSolver {
  static final long MAX_NODES = 100_000;

  private final int n;
  private final int cells;
  /** For each cell, the cells it must be smaller than, and larger than. */
  private final int[][] below;
  private final int[][] above;
  private final int[] queue;
  private final boolean[] queued;
  private long nodes;
  private boolean exhausted;

  ArcSolver(int n, List<FutoshikiProblem.Inequality> inequalities) {
    this.n = n;
    this.cells = n * n;
    int[] belowCount = new int[cells];
    int[] aboveCount = new int[cells];
    for (FutoshikiProblem.Inequality q : inequalities) {
      belowCount[q.smallerRow() * n + q.smallerColumn()]++;
      aboveCount[q.largerRow() * n + q.largerColumn()]++;
    }
    this.below = new int[cells][];
    this.above = new int[cells][];
    for (int i = 0; i < cells; i++) {
      below[i] = new int[belowCount[i]];
      above[i] = new int[aboveCount[i]];
      belowCount[i] = 0;
      aboveCount[i] = 0;
    }
    for (FutoshikiProblem.Inequality q : inequalities) {
      int s = q.smallerRow() * n + q.smallerColumn();
      int l = q.largerRow() * n + q.largerColumn();
      below[s][belowCount[s]++] = l;
      above[l][aboveCount[l]++] = s;
    }
    this.queue = new int[cells];
    this.queued = new boolean[cells];
  }

  /** The first solution (values 1..n, row-major) of the givens (0 = blank), or null; see {@link #exhausted()}. */
  int[] solve(int[] givens) {
    nodes = 0;
    exhausted = false;
    int[] domains = new int[cells];
    int all = (1 << n) - 1;
    for (int i = 0; i < cells; i++) {
      domains[i] = givens[i] == 0 ? all : 1 << (givens[i] - 1);
    }
    int[] found = search(domains, -1);
    if (found == null) {
      return null;
    }
    int[] values = new int[cells];
    for (int i = 0; i < cells; i++) {
      values[i] = Integer.numberOfTrailingZeros(found[i]) + 1;
    }
    return values;
  }

  /** Whether the last {@link #solve} stopped at the node budget rather than proving there is no solution. */
  boolean exhausted() {
    return exhausted;
  }

  private int[] search(int[] domains, int changed) {
    if (++nodes > MAX_NODES) {
      exhausted = true;
      return null;
    }
    if (!consistent(domains, changed)) {
      return null;
    }
    int pick = -1;
    int size = Integer.MAX_VALUE;
    for (int i = 0; i < cells; i++) {
      int k = Integer.bitCount(domains[i]);
      if (k > 1 && k < size) {
        size = k;
        pick = i;
      }
    }
    if (pick < 0) {
      return domains;
    }
    for (int rest = domains[pick]; rest != 0; rest &= rest - 1) {
      int[] next = domains.clone();
      next[pick] = rest & -rest;
      int[] found = search(next, pick);
      if (found != null || exhausted) {
        return found;
      }
    }
    return null;
  }

  /**
   * Makes every arc consistent, starting from the one changed cell (or from all cells when
   * {@code changed} is -1); false when a domain empties.
   */
  private boolean consistent(int[] d, int changed) {
    int head = 0;
    int size = 0;
    for (int i = 0; i < cells; i++) {
      queued[i] = changed < 0 || i == changed;
      if (queued[i]) {
        queue[(head + size++) % cells] = i;
      }
    }
    while (true) {
      if (size == 0) {
        // The queue is dry: each row and column must still offer every value somewhere, and a value
        // with one place left goes there (the all-different constraint seen whole, not as pairs).
        int placed = placeOnlyPlaces(d);
        if (placed < 0) {
          return false;
        }
        if (placed == cells) {
          return true;
        }
        queued[placed] = true;
        queue[head] = placed;
        size = 1;
      }
      int x = queue[head];
      head = (head + 1) % cells;
      size--;
      queued[x] = false;
      int dx = d[x];
      int r = x / n;
      int c = x % n;
      // Neighbours y that x constrains: revise each y against x.
      for (int k = 0; k < 2 * n; k++) {
        int y = k < n ? r * n + k : (k - n) * n + c;
        if (y == x) {
          continue;
        }
        int dy = d[y];
        int ny = (dx & (dx - 1)) == 0 ? dy & ~dx : dy;
        if (ny != dy) {
          if (ny == 0) {
            return false;
          }
          d[y] = ny;
          if (!queued[y]) {
            queued[y] = true;
            queue[(head + size++) % cells] = y;
          }
        }
      }
      int smallestX = Integer.numberOfTrailingZeros(dx);
      int largestX = 31 - Integer.numberOfLeadingZeros(dx);
      for (int y : below[x]) {
        // y > x: y keeps values above x's smallest.
        int ny = d[y] & -(2 << smallestX);
        if (ny != d[y]) {
          if (ny == 0) {
            return false;
          }
          d[y] = ny;
          if (!queued[y]) {
            queued[y] = true;
            queue[(head + size++) % cells] = y;
          }
        }
      }
      for (int y : above[x]) {
        // y < x: y keeps values below x's largest.
        int ny = d[y] & ((1 << largestX) - 1);
        if (ny != d[y]) {
          if (ny == 0) {
            return false;
          }
          d[y] = ny;
          if (!queued[y]) {
            queued[y] = true;
            queue[(head + size++) % cells] = y;
          }
        }
      }
    }
  }

  /**
   * Finds a row or column where some value fits one cell only, not yet decided, and decides it.
   *
   * @return that cell; {@code cells} when there is none; -1 when a row or column has no place for
   *     some value
   */
  private int placeOnlyPlaces(int[] d) {
    int all = (1 << n) - 1;
    for (int line = 0; line < 2 * n; line++) {
      int first = line < n ? line * n : line - n;
      int step = line < n ? 1 : n;
      int seen = 0;
      int again = 0;
      for (int k = 0; k < n; k++) {
        int m = d[first + k * step];
        again |= seen & m;
        seen |= m;
      }
      if (seen != all) {
        return -1;
      }
      int only = seen & ~again;
      for (int k = 0; k < n && only != 0; k++) {
        int at = first + k * step;
        int m = d[at] & only;
        if (m != 0 && d[at] != m) {
          if ((m & (m - 1)) != 0) {
            return -1; // two values that each fit only here
          }
          d[at] = m;
          return at;
        }
      }
    }
    return cells;
  }
}
