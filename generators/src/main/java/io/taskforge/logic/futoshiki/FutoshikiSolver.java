package io.taskforge.logic.futoshiki;

/**
 * Counts the solutions of a futoshiki (a Latin square with givens and inequalities between
 * neighbouring cells), up to a limit.
 *
 * <p>Candidates are bit masks per cell. Propagation to a fixed point: a decided cell's value leaves
 * its row and column; a value with one place left in a row or column goes there; each inequality
 * {@code a < b} keeps in {@code a} only values below b's largest candidate and in {@code b} only
 * values above a's smallest. Then the cell with the fewest candidates is tried value by value.
 * Counts the search nodes, a measure of how much guessing the puzzle needs. Not thread-safe.
 */
final class FutoshikiSolver {
  private final int n;
  private final int full;
  private final int[] less;
  private final int[] greater;
  private long nodes;
  private long maxNodes;
  private boolean aborted;
  private int[] first;
  private final int[] stack;

  /**
   * @param n the order
   * @param less cell index (row-major) of the smaller side of each inequality
   * @param greater cell index of the larger side, pairwise with {@code less}
   */
  FutoshikiSolver(int n, int[] less, int[] greater) {
    this.n = n;
    this.full = (1 << n) - 1;
    this.less = less;
    this.greater = greater;
    this.stack = new int[n * n];
  }

  /**
   * The outcome of a count.
   *
   * @param solutions solutions found, at most the limit
   * @param complete false when the node budget ran out first
   * @param solution the first solution found (values 1..n, row-major), or null
   * @param nodes search nodes visited (1 when propagation alone decides every cell)
   */
  record Outcome(int solutions, boolean complete, int[] solution, long nodes) {
    boolean unique() {
      return complete && solutions == 1;
    }
  }

  /** Counts solutions consistent with {@code givens} (0 = blank), up to {@code limit}. */
  Outcome count(int[] givens, int limit, long maxNodes) {
    this.nodes = 0;
    this.maxNodes = maxNodes;
    this.aborted = false;
    this.first = null;
    int[] cand = new int[n * n];
    for (int i = 0; i < cand.length; i++) {
      cand[i] = givens[i] == 0 ? full : 1 << (givens[i] - 1);
    }
    int found = search(cand, limit);
    int[] solution = null;
    if (first != null) {
      solution = new int[first.length];
      for (int i = 0; i < first.length; i++) {
        solution[i] = Integer.numberOfTrailingZeros(first[i]) + 1;
      }
    }
    return new Outcome(found, !aborted, solution, nodes);
  }

  private int search(int[] cand, int limit) {
    if (nodes >= maxNodes) {
      aborted = true;
      return 0;
    }
    nodes++;
    if (!propagate(cand)) {
      return 0;
    }
    int branch = -1;
    int fewest = Integer.MAX_VALUE;
    for (int i = 0; i < cand.length; i++) {
      int k = Integer.bitCount(cand[i]);
      if (k > 1 && k < fewest) {
        fewest = k;
        branch = i;
        if (k == 2) {
          break;
        }
      }
    }
    if (branch < 0) {
      if (first == null) {
        first = cand.clone();
      }
      return 1;
    }
    int found = 0;
    for (int m = cand[branch]; m != 0; m &= m - 1) {
      int[] next = cand.clone();
      next[branch] = m & -m;
      found += search(next, limit - found);
      if (found >= limit || aborted) {
        break;
      }
    }
    return found;
  }

  /**
   * Narrows candidates to a fixed point; false on a contradiction. Decided cells wait on a stack
   * until their value has left their row and column (each cell is decided once per node, so the
   * stack never holds more than n² cells).
   */
  private boolean propagate(int[] cand) {
    int top = 0;
    for (int i = 0; i < cand.length; i++) {
      int m = cand[i];
      if (m == 0) {
        return false;
      }
      if ((m & (m - 1)) == 0) {
        stack[top++] = i;
      }
    }
    while (true) {
      while (top > 0) {
        int i = stack[--top];
        int m = cand[i];
        int r = i / n;
        int c = i % n;
        for (int k = 0; k < n; k++) {
          int a = r * n + k;
          if (a != i && (cand[a] & m) != 0) {
            int x = cand[a] & ~m;
            if (x == 0) {
              return false;
            }
            cand[a] = x;
            if ((x & (x - 1)) == 0) {
              stack[top++] = a;
            }
          }
          int b = k * n + c;
          if (b != i && (cand[b] & m) != 0) {
            int x = cand[b] & ~m;
            if (x == 0) {
              return false;
            }
            cand[b] = x;
            if ((x & (x - 1)) == 0) {
              stack[top++] = b;
            }
          }
        }
      }
      // A value with one place left in a row or column goes there.
      for (int u = 0; u < 2 * n; u++) {
        boolean row = u < n;
        int base = row ? u * n : u - n;
        int step = row ? 1 : n;
        int once = 0;
        int twice = 0;
        for (int k = 0; k < n; k++) {
          int m = cand[base + k * step];
          twice |= once & m;
          once |= m;
        }
        if (once != full) {
          return false;
        }
        int single = once & ~twice;
        if (single == 0) {
          continue;
        }
        for (int k = 0; k < n; k++) {
          int at = base + k * step;
          int m = cand[at] & single;
          if (m != 0 && m != cand[at]) {
            if ((m & (m - 1)) != 0) {
              return false; // two values that each fit only here
            }
            cand[at] = m;
            stack[top++] = at;
          }
        }
      }
      boolean narrowed = false;
      // Inequalities: the smaller side stays below the larger side's largest candidate, and so on.
      for (int e = 0; e < less.length; e++) {
        int a = cand[less[e]];
        int b = cand[greater[e]];
        int na = a & ((1 << (31 - Integer.numberOfLeadingZeros(b))) - 1);
        int nb = b & -(2 << Integer.numberOfTrailingZeros(a));
        if (na == 0 || nb == 0) {
          return false;
        }
        if (na != a) {
          cand[less[e]] = na;
          if ((na & (na - 1)) == 0) {
            stack[top++] = less[e];
          }
          narrowed = true;
        }
        if (nb != b) {
          cand[greater[e]] = nb;
          if ((nb & (nb - 1)) == 0) {
            stack[top++] = greater[e];
          }
          narrowed = true;
        }
      }
      if (top == 0 && !narrowed) {
        return true;
      }
    }
  }
}
