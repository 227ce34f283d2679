package io.taskforge.logic.nonogram;

/**
 * Deduces what one line of a nonogram must be: every cell that is filled in all placements of the
 * line's blocks consistent with the cells already known becomes filled, every cell empty in all of
 * them becomes empty.
 *
 * <p>Dynamic programming over (cell, blocks placed) from both ends, with the block counts of a cell
 * packed into one {@code long} (so a line holds at most 62 blocks, 124 cells). Each block is placed
 * together with the empty cell that must follow it; the line is padded with one virtual empty cell so
 * the last block needs no special case. Not thread-safe: buffers are reused.
 */
final class LineSolver {
  static final byte UNKNOWN = 0;
  static final byte FILLED = 1;
  static final byte EMPTY = 2;
  static final int MAX_LENGTH = 124;

  /** forward[i]: bit j set when cells [0, i) can hold exactly the first j blocks, each followed by a gap. */
  private final long[] forward = new long[MAX_LENGTH + 2];
  /** backward[i]: bit j set when cells [i, length] (with the virtual gap) can hold blocks j.. to the end. */
  private final long[] backward = new long[MAX_LENGTH + 2];
  /** fits[i]: bit j set when block j can start at cell i, followed by a gap or the end. */
  private final long[] fits = new long[MAX_LENGTH + 1];
  /** open[i]: how many cells from i on are not known to be empty. */
  private final int[] open = new int[MAX_LENGTH + 1];
  private final int[] fillable = new int[MAX_LENGTH + 1];
  private final boolean[] emptiable = new boolean[MAX_LENGTH + 1];

  /**
   * Narrows {@code cells[0..length)} in place to what the clue forces.
   *
   * @return the number of cells newly determined, or -1 when no placement fits the known cells
   */
  int solve(byte[] cells, int length, int[] clue) {
    int k = clue.length;
    open[length] = 0;
    for (int i = length - 1; i >= 0; i--) {
      open[i] = cells[i] == EMPTY ? 0 : open[i + 1] + 1;
    }
    for (int i = 0; i <= length; i++) {
      long m = 0;
      int room = open[i];
      for (int j = 0; j < k; j++) {
        int e = i + clue[j];
        if (clue[j] <= room && (e == length || cells[e] != FILLED)) {
          m |= 1L << j;
        }
      }
      fits[i] = m;
      forward[i] = 0;
    }
    forward[length + 1] = 0;

    forward[0] = 1L;
    for (int i = 0; i <= length; i++) {
      long f = forward[i];
      if (f == 0) {
        continue;
      }
      if (i == length || cells[i] != FILLED) {
        forward[i + 1] |= f;
      }
      long m = f & fits[i];
      while (m != 0) {
        int j = Long.numberOfTrailingZeros(m);
        m &= m - 1;
        forward[i + clue[j] + 1] |= 1L << (j + 1);
      }
    }
    if ((forward[length + 1] & (1L << k)) == 0) {
      return -1;
    }

    backward[length + 1] = 1L << k;
    for (int i = length; i >= 0; i--) {
      long b = i == length || cells[i] != FILLED ? backward[i + 1] : 0;
      long m = fits[i];
      while (m != 0) {
        int j = Long.numberOfTrailingZeros(m);
        m &= m - 1;
        if ((backward[i + clue[j] + 1] & (1L << (j + 1))) != 0) {
          b |= 1L << j;
        }
      }
      backward[i] = b;
    }

    for (int i = 0; i < length; i++) {
      fillable[i] = 0;
      emptiable[i] = cells[i] != FILLED && (forward[i] & backward[i + 1]) != 0;
    }
    fillable[length] = 0;
    for (int i = 0; i < length; i++) {
      long m = forward[i] & backward[i] & fits[i];
      while (m != 0) {
        int j = Long.numberOfTrailingZeros(m);
        m &= m - 1;
        int e = i + clue[j];
        if ((backward[e + 1] & (1L << (j + 1))) != 0) {
          fillable[i]++;
          fillable[e]--;
          if (e < length) {
            emptiable[e] = true; // the gap that must follow the block
          }
        }
      }
    }

    int changed = 0;
    int running = 0;
    for (int i = 0; i < length; i++) {
      running += fillable[i];
      boolean canFill = running > 0;
      if (!canFill && !emptiable[i]) {
        return -1;
      }
      if (cells[i] == UNKNOWN) {
        if (!canFill) {
          cells[i] = EMPTY;
          changed++;
        } else if (!emptiable[i]) {
          cells[i] = FILLED;
          changed++;
        }
      }
    }
    return changed;
  }
}
