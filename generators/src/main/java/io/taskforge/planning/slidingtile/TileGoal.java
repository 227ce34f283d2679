package io.taskforge.planning.slidingtile;

import java.util.Arrays;

/**
 * The goal arrangement of a puzzle, and the Manhattan-distance plus linear-conflict estimate of the
 * moves still needed to reach it.
 *
 * <p>The estimate is admissible (Hansson, Mayer and Yung, 1992): every move shifts one tile by one
 * cell, so the sum of the tiles' Manhattan distances is a lower bound; and in each row (column), of
 * the tiles that are in their goal row (column) but in an order that contradicts the goal, all but
 * a longest goal-ordered subsequence must leave the line and come back, two more moves each, which
 * the Manhattan distance does not count. Row and column surcharges are for vertical and horizontal
 * moves respectively, so they add up.
 */
public final class TileGoal {
  private final int size;
  /** The tile at each cell of the goal (0 for the blank), row-major. */
  private final int[] cells;
  private final int[] goalRow;
  private final int[] goalCol;
  /** {@link #surcharges} of this size. */
  private final byte[] surcharge;

  /** A goal given as the tile at each cell, row-major, 0 for the blank. */
  public TileGoal(int size, int[] cells) {
    this.size = size;
    this.cells = cells.clone();
    this.goalRow = new int[cells.length];
    this.goalCol = new int[cells.length];
    for (int i = 0; i < cells.length; i++) {
      goalRow[cells[i]] = i / size;
      goalCol[cells[i]] = i % size;
    }
    this.surcharge = surchargeTable(size);
  }

  /** Biggest side with a precomputed conflict table ((side+1)^side entries: 117,649 at 6). */
  public static final int MAX_SIZE = 6;
  /** The conflict tables of sides 2..MAX_SIZE, built once (about 126,000 entries in all). */
  private static final byte[][] TABLES = new byte[MAX_SIZE + 1][];

  static {
    for (int side = 2; side <= MAX_SIZE; side++) {
      TABLES[side] = surcharges(side);
    }
  }

  private static byte[] surchargeTable(int size) {
    if (size < 2 || size > MAX_SIZE) {
      throw new IllegalArgumentException("the board side must be from 2 to " + MAX_SIZE + ", got " + size);
    }
    return TABLES[size];
  }

  /** The standard goal: tiles 1, 2, ... in reading order and the blank in the bottom-right corner. */
  public static TileGoal standard(int size) {
    int[] cells = new int[size * size];
    for (int i = 0; i < cells.length - 1; i++) {
      cells[i] = i + 1;
    }
    return new TileGoal(size, cells);
  }

  public int size() {
    return size;
  }

  /** The goal's tile at each cell, row-major (0 for the blank). */
  public int[] cells() {
    return cells.clone();
  }

  int goalRow(int tile) {
    return goalRow[tile];
  }

  int goalCol(int tile) {
    return goalCol[tile];
  }

  /** The Manhattan distance of every tile (not the blank) from its goal cell. */
  int manhattan(byte[] board) {
    int sum = 0;
    for (int i = 0; i < board.length; i++) {
      int t = board[i];
      if (t != 0) {
        sum += Math.abs(goalRow[t] - i / size) + Math.abs(goalCol[t] - i % size);
      }
    }
    return sum;
  }

  /** The linear-conflict surcharge of all rows and columns. */
  int conflicts(byte[] board) {
    int sum = 0;
    for (int line = 0; line < size; line++) {
      sum += rowConflicts(board, line) + colConflicts(board, line);
    }
    return sum;
  }

  /** Twice the number of tiles of row {@code r} that sit in their goal row out of goal order. */
  int rowConflicts(byte[] board, int r) {
    int key = 0;
    int base = size + 1;
    for (int c = 0; c < size; c++) {
      int t = board[r * size + c];
      if (t != 0 && goalRow[t] == r) {
        key = key * base + goalCol[t] + 1;
      }
    }
    return surcharge[key];
  }

  /** Twice the number of tiles of column {@code c} that sit in their goal column out of goal order. */
  int colConflicts(byte[] board, int c) {
    int key = 0;
    int base = size + 1;
    for (int r = 0; r < size; r++) {
      int t = board[r * size + c];
      if (t != 0 && goalCol[t] == c) {
        key = key * base + goalRow[t] + 1;
      }
    }
    return surcharge[key];
  }

  /**
   * The surcharge of a line, by the goal positions (plus one) of its in-line tiles read as digits
   * in base size + 1: twice the tiles outside a longest goal-ordered subsequence.
   */
  private static byte[] surcharges(int size) {
    int base = size + 1;
    int entries = 1;
    for (int i = 0; i < size; i++) {
      entries *= base;
    }
    byte[] table = new byte[entries];
    int[] digits = new int[size];
    for (int key = 0; key < entries; key++) {
      int k = 0;
      for (int rest = key; rest > 0; rest /= base) {
        digits[k++] = rest % base;
      }
      // digits are in reverse order; a longest increasing run of the forward order is a longest
      // decreasing run of this one. Keys with zero digits never occur and get any value.
      int[] best = new int[k];
      int longest = 0;
      for (int i = 0; i < k; i++) {
        best[i] = 1;
        for (int j = 0; j < i; j++) {
          if (digits[j] > digits[i] && best[j] + 1 > best[i]) {
            best[i] = best[j] + 1;
          }
        }
        longest = Math.max(longest, best[i]);
      }
      table[key] = (byte) (2 * (k - longest));
    }
    return table;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TileGoal g && g.size == size && Arrays.equals(g.cells, cells);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(cells);
  }
}
