package io.taskforge.planning.blocksworld;

import com.google.common.base.Preconditions;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Block configurations (sets of towers standing on the table) and a sampler that draws them
 * uniformly.
 *
 * <p>A configuration of {@code n} labelled blocks is given by its "below" array: {@code below[b]}
 * is the block {@code b} sits on, or {@link #TABLE}. The number of configurations with {@code k}
 * towers is the Lah number {@code L(n,k) = C(n-1,k-1) n!/k!}. The sampler picks {@code k} with
 * probability {@code L(n,k)/Σ} in exact integer arithmetic, shuffles the blocks and cuts the
 * permutation at {@code k-1} distinct gaps chosen uniformly: each configuration with {@code k}
 * towers arises from exactly {@code k!} of the {@code n!·C(n-1,k-1)} (permutation, cuts) pairs, so
 * every configuration has probability {@code 1/Σ}.
 */
public final class BlockConfigurations {
  /** The "block" a block on the table sits on. */
  public static final int TABLE = -1;
  /** The largest number of blocks supported (names A..T). */
  public static final int MAX_BLOCKS = 20;

  private static final BigInteger[][] LAH = new BigInteger[MAX_BLOCKS + 1][];
  /** CUMULATIVE[n][k] = L(n,1) + ... + L(n,k). */
  private static final BigInteger[][] CUMULATIVE = new BigInteger[MAX_BLOCKS + 1][];

  static {
    for (int n = 1; n <= MAX_BLOCKS; n++) {
      LAH[n] = new BigInteger[n + 1];
      CUMULATIVE[n] = new BigInteger[n + 1];
      LAH[n][0] = BigInteger.ZERO;
      CUMULATIVE[n][0] = BigInteger.ZERO;
      BigInteger nFactorial = factorial(n);
      for (int k = 1; k <= n; k++) {
        LAH[n][k] = binomial(n - 1, k - 1).multiply(nFactorial).divide(factorial(k));
        CUMULATIVE[n][k] = CUMULATIVE[n][k - 1].add(LAH[n][k]);
      }
    }
  }

  private BlockConfigurations() {}

  /** The Lah number L(n,k): configurations of n labelled blocks in exactly k towers. */
  public static BigInteger lah(int n, int k) {
    checkBlocks(n);
    Preconditions.checkArgument(k >= 1 && k <= n, "k must be in 1..%s, got %s", n, k);
    return LAH[n][k];
  }

  /** The number of configurations of n labelled blocks (1, 3, 13, 73, 501, ...). */
  public static BigInteger count(int n) {
    checkBlocks(n);
    return CUMULATIVE[n][n];
  }

  /** A configuration of n blocks drawn uniformly, as its below array. */
  public static int[] sample(int n, Rng rng) {
    checkBlocks(n);
    BigInteger r = uniformBelow(CUMULATIVE[n][n], rng);
    int k = 1;
    while (CUMULATIVE[n][k].compareTo(r) <= 0) {
      k++;
    }
    int[] perm = rng.permutation(n);
    // k-1 distinct cut points among the n-1 gaps (gap g lies between perm[g-1] and perm[g]).
    int[] gaps = new int[n - 1];
    for (int i = 0; i < n - 1; i++) {
      gaps[i] = i + 1;
    }
    boolean[] cut = new boolean[n];
    for (int i = 0; i < k - 1; i++) {
      int j = i + rng.nextInt(n - 1 - i);
      int t = gaps[i];
      gaps[i] = gaps[j];
      gaps[j] = t;
      cut[gaps[i]] = true;
    }
    int[] below = new int[n];
    for (int pos = 0; pos < n; pos++) {
      below[perm[pos]] = pos == 0 || cut[pos] ? TABLE : perm[pos - 1];
    }
    return below;
  }

  /** The towers of a configuration, each bottom to top, ordered by their bottom block. */
  public static List<List<Integer>> towers(int[] below) {
    int n = below.length;
    int[] above = above(below);
    List<List<Integer>> towers = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      if (below[b] == TABLE) {
        List<Integer> tower = new ArrayList<>();
        for (int x = b; x != TABLE; x = above[x]) {
          tower.add(x);
        }
        towers.add(tower);
      }
    }
    return towers;
  }

  /** {@code above[b]}: the block on b, or {@link #TABLE} (none) when b is clear. */
  public static int[] above(int[] below) {
    int[] above = new int[below.length];
    Arrays.fill(above, TABLE);
    for (int b = 0; b < below.length; b++) {
      if (below[b] != TABLE) {
        above[below[b]] = b;
      }
    }
    return above;
  }

  private static BigInteger uniformBelow(BigInteger bound, Rng rng) {
    int bits = bound.bitLength();
    int words = (bits + 63) / 64;
    while (true) {
      byte[] magnitude = new byte[words * 8];
      for (int i = 0; i < words; i++) {
        long v = rng.nextLong();
        for (int j = 0; j < 8; j++) {
          magnitude[i * 8 + j] = (byte) (v >>> (56 - 8 * j));
        }
      }
      // The top `bits` of the drawn words: uniform in [0, 2^bits), rejected until below the bound.
      BigInteger r = new BigInteger(1, magnitude).shiftRight(words * 64 - bits);
      if (r.compareTo(bound) < 0) {
        return r;
      }
    }
  }

  private static void checkBlocks(int n) {
    Preconditions.checkArgument(n >= 1 && n <= MAX_BLOCKS, "n must be in 1..%s, got %s", MAX_BLOCKS, n);
  }

  private static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  private static BigInteger binomial(int n, int k) {
    BigInteger c = BigInteger.ONE;
    for (int i = 0; i < k; i++) {
      c = c.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
    }
    return c;
  }
}
