package io.taskforge.planning.slidingtile;

import java.util.Arrays;

/**
 * An arrangement of a sliding-tile puzzle: an immutable state with value semantics, carrying its
 * heuristic estimate (Manhattan distance plus linear conflicts, see {@link TileGoal}), which a move
 * updates incrementally.
 */
public final class TileBoard {
  private final TileGoal goal;
  private final byte[] cells;
  private final int blank;
  private final int manhattan;
  private final int conflicts;
  private int hash;

  private TileBoard(TileGoal goal, byte[] cells, int blank, int manhattan, int conflicts) {
    this.goal = goal;
    this.cells = cells;
    this.blank = blank;
    this.manhattan = manhattan;
    this.conflicts = conflicts;
  }

  /**
   * The board with tile {@code cells[i]} at cell {@code i} (row-major, 0 for the blank); the cells
   * must hold a permutation of 0..n-1 of the goal's size.
   */
  public static TileBoard of(TileGoal goal, int[] cells) {
    int n = goal.size() * goal.size();
    if (cells.length != n) {
      throw new IllegalArgumentException("a board of side " + goal.size() + " has " + n + " cells, got " + cells.length);
    }
    byte[] b = new byte[n];
    boolean[] seen = new boolean[n];
    int blank = -1;
    for (int i = 0; i < n; i++) {
      int t = cells[i];
      if (t < 0 || t >= n || seen[t]) {
        throw new IllegalArgumentException("the board must hold each of 0.." + (n - 1) + " once");
      }
      seen[t] = true;
      b[i] = (byte) t;
      if (t == 0) {
        blank = i;
      }
    }
    return new TileBoard(goal, b, blank, goal.manhattan(b), goal.conflicts(b));
  }

  public int size() {
    return goal.size();
  }

  public TileGoal goal() {
    return goal;
  }

  /** The cell of the blank, row-major. */
  public int blank() {
    return blank;
  }

  public int tileAt(int cell) {
    return cells[cell];
  }

  /** The tiles, row-major (0 for the blank). */
  public int[] cells() {
    int[] out = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = cells[i];
    }
    return out;
  }

  /** The admissible estimate of the moves left: Manhattan distance plus linear conflicts. */
  public int heuristic() {
    return manhattan + conflicts;
  }

  public int manhattan() {
    return manhattan;
  }

  public boolean isGoal() {
    return manhattan == 0;
  }

  /** Whether the blank can move this way (it is not on that edge). */
  public boolean canMove(TileMove m) {
    int size = goal.size();
    int r = blank / size + m.dr();
    int c = blank % size + m.dc();
    return r >= 0 && r < size && c >= 0 && c < size;
  }

  /** The board after the blank moves this way; the move must be possible ({@link #canMove}). */
  public TileBoard move(TileMove m) {
    int size = goal.size();
    int to = blank + m.dr() * size + m.dc();
    int tile = cells[to];
    byte[] next = cells.clone();
    next[blank] = (byte) tile;
    next[to] = 0;
    // The tile moves from `to` to `blank`.
    int gr = goal.goalRow(tile);
    int gc = goal.goalCol(tile);
    int md = manhattan
        - Math.abs(gr - to / size) - Math.abs(gc - to % size)
        + Math.abs(gr - blank / size) + Math.abs(gc - blank % size);
    int lc = conflicts;
    if (m.dr() != 0) {
      // A vertical move changes which tiles are in the two rows; no column changes its order.
      int a = blank / size;
      int b = to / size;
      lc += goal.rowConflicts(next, a) + goal.rowConflicts(next, b)
          - goal.rowConflicts(cells, a) - goal.rowConflicts(cells, b);
    } else {
      int a = blank % size;
      int b = to % size;
      lc += goal.colConflicts(next, a) + goal.colConflicts(next, b)
          - goal.colConflicts(cells, a) - goal.colConflicts(cells, b);
    }
    return new TileBoard(goal, next, to, md, lc);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TileBoard b && b.blank == blank && Arrays.equals(b.cells, cells);
  }

  @Override
  public int hashCode() {
    // Lazily: IDA* never hashes boards. A race only computes the same value twice.
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(cells) | 1;
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return Arrays.toString(cells());
  }
}
