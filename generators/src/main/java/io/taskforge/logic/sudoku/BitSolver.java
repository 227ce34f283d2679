package io.taskforge.logic.sudoku;

import io.taskforge.core.Rng;

/**
 * The generator's exact solver: depth-first search over bitmask candidates with naked- and
 * hidden-single propagation and the fewest-candidates cell first. It counts solutions up to a limit
 * (2 proves uniqueness), tests whether a cell can take another value than its own (the fast
 * uniqueness test while removing clues), and fills random full grids.
 *
 * <p>One instance per generation; not thread-safe. Assignments are undone from a trail instead of
 * copying state at each node.
 */
final class BitSolver {
  private final int n;
  private final int cells;
  private final int full;
  private final int[] rowOf;
  private final int[] colOf;
  private final int[] boxOf;
  private final int[][] units;
  private final int[] value;
  private final int[] rowUsed;
  private final int[] colUsed;
  private final int[] boxUsed;
  private final int[] banned;
  private final int[] trail;
  private int trailLen;

  private int limit;
  private int solutions;
  private long nodes;
  private long maxNodes;
  private boolean aborted;
  private Rng rng;
  private int[] first;

  BitSolver(Geometry g) {
    this.n = g.n;
    this.cells = g.cells;
    this.full = g.full;
    this.rowOf = g.rowOf;
    this.colOf = g.colOf;
    this.boxOf = g.boxOf;
    this.units = g.units;
    this.value = new int[cells];
    this.rowUsed = new int[n];
    this.colUsed = new int[n];
    this.boxUsed = new int[n];
    this.banned = new int[cells];
    this.trail = new int[cells];
  }

  /** Solutions of {@code puzzle} (0 = blank), counted up to {@code limit}; 0 when the givens clash. */
  int count(int[] puzzle, int limit) {
    run(puzzle, limit, Long.MAX_VALUE, null);
    return solutions;
  }

  /** Search nodes of the last run. */
  long nodes() {
    return nodes;
  }

  /** The first solution found by the last run, or null. */
  int[] solution() {
    return first == null ? null : first.clone();
  }

  /**
   * Whether {@code puzzle}, whose cell {@code cell} is blank, has a solution with a digit other than
   * {@code digit} there. If the puzzle with {@code digit} at {@code cell} had a unique solution,
   * blanking the cell keeps it unique exactly when this is false.
   */
  boolean hasSolutionWithout(int[] puzzle, int cell, int digit) {
    banned[cell] = 1 << (digit - 1);
    try {
      run(puzzle, 1, Long.MAX_VALUE, null);
    } finally {
      banned[cell] = 0;
    }
    return solutions > 0;
  }

  /** A random completed grid, or null when the search passed {@code maxNodes} (try again). */
  int[] randomFull(Rng random, long maxNodes) {
    run(new int[cells], 1, maxNodes, random);
    return aborted ? null : first;
  }

  private void run(int[] puzzle, int limit, long maxNodes, Rng random) {
    this.limit = limit;
    this.maxNodes = maxNodes;
    this.rng = random;
    this.solutions = 0;
    this.nodes = 0;
    this.aborted = false;
    this.first = null;
    java.util.Arrays.fill(rowUsed, 0);
    java.util.Arrays.fill(colUsed, 0);
    java.util.Arrays.fill(boxUsed, 0);
    java.util.Arrays.fill(value, 0);
    trailLen = 0;
    for (int c = 0; c < cells; c++) {
      int d = puzzle[c];
      if (d != 0) {
        int bit = 1 << (d - 1);
        if (((rowUsed[rowOf[c]] | colUsed[colOf[c]] | boxUsed[boxOf[c]] | banned[c]) & bit) != 0) {
          return;
        }
        value[c] = d;
        rowUsed[rowOf[c]] |= bit;
        colUsed[colOf[c]] |= bit;
        boxUsed[boxOf[c]] |= bit;
      }
    }
    search();
  }

  private int candidates(int c) {
    return full & ~(rowUsed[rowOf[c]] | colUsed[colOf[c]] | boxUsed[boxOf[c]] | banned[c]);
  }

  private void place(int c, int bit) {
    value[c] = Integer.numberOfTrailingZeros(bit) + 1;
    rowUsed[rowOf[c]] |= bit;
    colUsed[colOf[c]] |= bit;
    boxUsed[boxOf[c]] |= bit;
    trail[trailLen++] = c;
  }

  private void undo(int mark) {
    while (trailLen > mark) {
      int c = trail[--trailLen];
      int bit = ~(1 << (value[c] - 1));
      rowUsed[rowOf[c]] &= bit;
      colUsed[colOf[c]] &= bit;
      boxUsed[boxOf[c]] &= bit;
      value[c] = 0;
    }
  }

  private void search() {
    if (++nodes > maxNodes) {
      aborted = true;
      return;
    }
    int mark = trailLen;
    if (!propagate()) {
      undo(mark);
      return;
    }
    int best = -1;
    int bestMask = 0;
    int bestCount = Integer.MAX_VALUE;
    for (int c = 0; c < cells; c++) {
      if (value[c] == 0) {
        int m = candidates(c);
        int k = Integer.bitCount(m);
        if (k < bestCount) {
          best = c;
          bestMask = m;
          bestCount = k;
          if (k == 2) {
            break;
          }
        }
      }
    }
    if (best < 0) {
      if (++solutions == 1) {
        first = value.clone();
      }
      undo(mark);
      return;
    }
    if (rng == null) {
      for (int m = bestMask; m != 0; m &= m - 1) {
        int inner = trailLen;
        place(best, m & -m);
        search();
        undo(inner);
        if (solutions >= limit || aborted) {
          break;
        }
      }
    } else {
      int[] order = new int[bestCount];
      int k = 0;
      for (int m = bestMask; m != 0; m &= m - 1) {
        order[k++] = m & -m;
      }
      rng.shuffle(order);
      for (int bit : order) {
        int inner = trailLen;
        place(best, bit);
        search();
        undo(inner);
        if (solutions >= limit || aborted) {
          break;
        }
      }
    }
    undo(mark);
  }

  /** Places naked and hidden singles until none is left; false on a contradiction. */
  private boolean propagate() {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int c = 0; c < cells; c++) {
        if (value[c] == 0) {
          int m = candidates(c);
          if (m == 0) {
            return false;
          }
          if ((m & (m - 1)) == 0) {
            place(c, m);
            changed = true;
          }
        }
      }
      if (changed) {
        continue;
      }
      for (int[] unit : units) {
        int once = 0;
        int twice = 0;
        int used = 0;
        for (int c : unit) {
          if (value[c] != 0) {
            used |= 1 << (value[c] - 1);
          } else {
            int m = candidates(c);
            twice |= once & m;
            once |= m;
          }
        }
        if ((once | used) != full) {
          return false;
        }
        int hidden = once & ~twice;
        while (hidden != 0) {
          int bit = hidden & -hidden;
          hidden ^= bit;
          int at = -1;
          for (int c : unit) {
            if (value[c] == 0 && (candidates(c) & bit) != 0) {
              at = c;
              break;
            }
          }
          if (at < 0) {
            return false;
          }
          place(at, bit);
          changed = true;
        }
      }
    }
    return true;
  }
}
