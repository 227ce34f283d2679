package io.taskforge.planning.blocksworld;

/**
 * A configuration of up to 20 blocks packed into two longs, the search state: 5 bits per block,
 * 0 for the table and {@code b + 1} for "on block b". Blocks 0..11 live in {@code lo}, 12..19 in
 * {@code hi}, so equality and hashing cost two long comparisons.
 */
final class PackedConfiguration {
  private static final int BITS = 5;
  private static final int PER_WORD = 12;
  private static final long MASK = (1L << BITS) - 1;

  private final long lo;
  private final long hi;

  private PackedConfiguration(long lo, long hi) {
    this.lo = lo;
    this.hi = hi;
  }

  static PackedConfiguration of(int[] below) {
    long lo = 0;
    long hi = 0;
    for (int b = 0; b < below.length; b++) {
      long code = below[b] + 1L;
      if (b < PER_WORD) {
        lo |= code << (BITS * b);
      } else {
        hi |= code << (BITS * (b - PER_WORD));
      }
    }
    return new PackedConfiguration(lo, hi);
  }

  /** The block b sits on, or {@link BlockConfigurations#TABLE}. */
  int below(int b) {
    long word = b < PER_WORD ? lo >>> (BITS * b) : hi >>> (BITS * (b - PER_WORD));
    return (int) (word & MASK) - 1;
  }

  /** Fills {@code below[0..n)}. */
  void unpack(int[] below, int n) {
    long word = lo;
    for (int b = 0; b < n; b++) {
      if (b == PER_WORD) {
        word = hi;
      }
      below[b] = (int) (word & MASK) - 1;
      word >>>= BITS;
    }
  }

  /** This configuration with block b moved onto {@code support}. */
  PackedConfiguration with(int b, int support) {
    long code = support + 1L;
    if (b < PER_WORD) {
      int shift = BITS * b;
      return new PackedConfiguration((lo & ~(MASK << shift)) | (code << shift), hi);
    }
    int shift = BITS * (b - PER_WORD);
    return new PackedConfiguration(lo, (hi & ~(MASK << shift)) | (code << shift));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PackedConfiguration p && p.lo == lo && p.hi == hi;
  }

  @Override
  public int hashCode() {
    long x = lo * 0x9E3779B97F4A7C15L + hi;
    x ^= x >>> 29;
    return (int) (x ^ (x >>> 32));
  }
}
