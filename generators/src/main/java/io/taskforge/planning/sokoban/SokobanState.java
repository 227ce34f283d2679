package io.taskforge.planning.sokoban;

/**
 * A Sokoban position: the boxes, as a set of floor indices (a 128-bit set: bit i of {@code lo} for
 * i below 64, of {@code hi} above), and the player's floor index.
 */
public record SokobanState(long lo, long hi, int player) {
  public boolean hasBox(int floor) {
    return floor < 64 ? (lo & (1L << floor)) != 0 : (hi & (1L << (floor - 64))) != 0;
  }

  /** This position with the box at {@code from} moved to {@code to} and the player at {@code player}. */
  public SokobanState moveBox(int from, int to, int player) {
    long l = lo;
    long h = hi;
    if (from < 64) {
      l &= ~(1L << from);
    } else {
      h &= ~(1L << (from - 64));
    }
    if (to < 64) {
      l |= 1L << to;
    } else {
      h |= 1L << (to - 64);
    }
    return new SokobanState(l, h, player);
  }

  public SokobanState withPlayer(int floor) {
    return new SokobanState(lo, hi, floor);
  }

  /** The smallest floor index holding a box, or -1 when there is none. */
  public int firstBox() {
    return lo != 0 ? Long.numberOfTrailingZeros(lo) : hi != 0 ? 64 + Long.numberOfTrailingZeros(hi) : -1;
  }

  /** The smallest floor index above {@code floor} holding a box, or -1 when there is none. */
  public int nextBox(int floor) {
    int f = floor + 1;
    if (f < 64) {
      long rest = lo & (-1L << f);
      if (rest != 0) {
        return Long.numberOfTrailingZeros(rest);
      }
      return hi != 0 ? 64 + Long.numberOfTrailingZeros(hi) : -1;
    }
    if (f >= 128) {
      return -1;
    }
    long rest = hi & (-1L << (f - 64));
    return rest != 0 ? 64 + Long.numberOfTrailingZeros(rest) : -1;
  }

  /** The number of boxes. */
  public int boxes() {
    return Long.bitCount(lo) + Long.bitCount(hi);
  }
}
