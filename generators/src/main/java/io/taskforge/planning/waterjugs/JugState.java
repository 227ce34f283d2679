package io.taskforge.planning.waterjugs;

/**
 * The contents of every jug, packed eight bits per jug (jug i at bits {@code 8i}). A class rather
 * than a {@code Long} for its hash: packed fields make {@code Long.hashCode} collide in patterns
 * that turn hash buckets into trees, so the bits are mixed first.
 */
public final class JugState {
  private final long packed;

  JugState(long packed) {
    this.packed = packed;
  }

  public long packed() {
    return packed;
  }

  /** The contents of jug {@code i}. */
  public int amount(int i) {
    return (int) (packed >>> (8 * i)) & 0xFF;
  }

  JugState with(int i, int amount) {
    int shift = 8 * i;
    return new JugState((packed & ~(0xFFL << shift)) | ((long) amount << shift));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JugState s && s.packed == packed;
  }

  @Override
  public int hashCode() {
    long x = packed * 0x9E3779B97F4A7C15L;
    return (int) (x ^ (x >>> 29) ^ (x >>> 47));
  }

  @Override
  public String toString() {
    return Long.toHexString(packed);
  }
}
