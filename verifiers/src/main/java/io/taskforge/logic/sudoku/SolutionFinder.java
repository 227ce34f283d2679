package io.taskforge.logic.sudoku;

/**
 * The verifier's own sudoku solver, for partial credit: candidate masks copied at every branch,
 * propagated to a fixpoint of naked and hidden singles, fewest candidates first. Written apart from
 * the generator's solver so that a bug in one cannot hide in both. The search is capped at
 * {@link #MAX_NODES} nodes, which bounds the work on any (even corrupted) problem.
 */
final class SolutionFinder {
  static final long MAX_NODES = 100_000;

  private final Shape shape;
  private long nodes;
  private boolean exhausted;

  SolutionFinder(Shape shape) {
    this.shape = shape;
  }

  /** The first solution of {@code givens} (row-major, 0 = blank), or null (see {@link #exhausted()}). */
  int[] solve(int[] givens) {
    nodes = 0;
    exhausted = false;
    int[] cand = new int[shape.cells];
    for (int c = 0; c < shape.cells; c++) {
      cand[c] = givens[c] == 0 ? shape.full : 1 << (givens[c] - 1);
    }
    int[] solved = search(cand);
    if (solved == null) {
      return null;
    }
    int[] values = new int[shape.cells];
    for (int c = 0; c < shape.cells; c++) {
      values[c] = Integer.numberOfTrailingZeros(solved[c]) + 1;
    }
    return values;
  }

  /** Whether the last {@link #solve} stopped at the node budget rather than proving there is no solution. */
  boolean exhausted() {
    return exhausted;
  }

  private int[] search(int[] cand) {
    if (++nodes > MAX_NODES) {
      exhausted = true;
      return null;
    }
    if (!propagate(cand)) {
      return null;
    }
    int branch = -1;
    int fewest = Integer.MAX_VALUE;
    for (int c = 0; c < shape.cells; c++) {
      int k = Integer.bitCount(cand[c]);
      if (k > 1 && k < fewest) {
        fewest = k;
        branch = c;
      }
    }
    if (branch < 0) {
      return cand;
    }
    for (int m = cand[branch]; m != 0; m &= m - 1) {
      int[] next = cand.clone();
      next[branch] = m & -m;
      int[] found = search(next);
      if (found != null || exhausted) {
        return found;
      }
    }
    return null;
  }

  private boolean propagate(int[] cand) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int c = 0; c < shape.cells; c++) {
        int m = cand[c];
        if (m == 0) {
          return false;
        }
        if ((m & (m - 1)) == 0) {
          for (int p : shape.peers[c]) {
            if ((cand[p] & m) != 0) {
              cand[p] &= ~m;
              if (cand[p] == 0) {
                return false;
              }
              changed = true;
            }
          }
        }
      }
      for (int[] unit : shape.units) {
        int once = 0;
        int twice = 0;
        for (int c : unit) {
          twice |= once & cand[c];
          once |= cand[c];
        }
        if (once != shape.full) {
          return false;
        }
        for (int h = once & ~twice; h != 0; h &= h - 1) {
          int bit = h & -h;
          for (int c : unit) {
            if ((cand[c] & bit) != 0) {
              if (cand[c] != bit) {
                cand[c] = bit;
                changed = true;
              }
              break;
            }
          }
        }
      }
    }
    return true;
  }
}
