package io.taskforge.core;

import java.util.List;

/**
 * The only source of randomness a generator may use: SplitMix64, seeded per instance by {@link Seeds}.
 *
 * <p>Its output is defined by this file alone (no JDK algorithm that could change between releases),
 * so a seed gives the same numbers on every JVM. Not thread-safe: each instance gets its own.
 */
public final class Rng {
  private long state;

  public Rng(long seed) {
    this.state = seed;
  }

  public long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in {@code [0, bound)}, without modulo bias (Lemire's method with rejection). */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = (0x1_0000_0000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }

  /** Uniform in {@code [lo, hi]}, both inclusive. */
  public int between(int lo, int hi) {
    if (hi < lo) {
      throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
    }
    return lo + nextInt(hi - lo + 1);
  }

  /** Uniform in {@code [0, bound)} for long bounds. */
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
    long r;
    do {
      r = nextLong() >>> 1;
    } while (r >= limit);
    return r % bound;
  }

  public boolean nextBoolean() {
    return nextLong() < 0;
  }

  /** True with probability {@code numerator / denominator}, computed exactly in integers. */
  public boolean chance(int numerator, int denominator) {
    return nextInt(denominator) < numerator;
  }

  public <T> T pick(List<T> items) {
    return items.get(nextInt(items.size()));
  }

  public int pick(int[] items) {
    return items[nextInt(items.length)];
  }

  /** Fisher-Yates shuffle in place. */
  public <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }

  public void shuffle(int[] items) {
    for (int i = items.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
  }

  /** A random permutation of {@code 0..n-1}. */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    shuffle(p);
    return p;
  }
}
