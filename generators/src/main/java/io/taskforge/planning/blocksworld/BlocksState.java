package io.taskforge.planning.blocksworld;

import java.util.Arrays;

/**
 * A blocksworld state: what each block rests on (a block's index, {@link #TABLE} or {@link #HAND})
 * and which block the hand holds ({@link #NOTHING} when empty, always in the 3-operator encoding).
 * Immutable, with value semantics.
 */
public final class BlocksState {
  public static final int TABLE = -1;
  public static final int HAND = -2;
  public static final int NOTHING = -1;

  private final byte[] on;
  private final int holding;
  /** Computed when first asked for: simulation never needs it, search always does. */
  private int hash;

  BlocksState(byte[] on, int holding) {
    this.on = on;
    this.holding = holding;
  }

  /** A state from a below array ({@link #TABLE} for the table) with an empty hand. */
  public static BlocksState of(int[] below) {
    byte[] on = new byte[below.length];
    for (int i = 0; i < below.length; i++) {
      on[i] = (byte) below[i];
    }
    return new BlocksState(on, NOTHING);
  }

  public int blocks() {
    return on.length;
  }

  /** What block {@code x} rests on: a block, {@link #TABLE} or {@link #HAND}. */
  public int on(int x) {
    return on[x];
  }

  /** The held block, or {@link #NOTHING}. */
  public int holding() {
    return holding;
  }

  /** The block on {@code x}, or {@link #NOTHING}. */
  public int above(int x) {
    for (int b = 0; b < on.length; b++) {
      if (on[b] == x) {
        return b;
      }
    }
    return NOTHING;
  }

  /** No block is on {@code x} and it is not held. */
  public boolean clear(int x) {
    return on[x] != HAND && above(x) == NOTHING;
  }

  /** This state with {@code x} resting on {@code support} and the hand holding {@code held}. */
  BlocksState with(int x, int support, int held) {
    byte[] next = on.clone();
    next[x] = (byte) support;
    return new BlocksState(next, held);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlocksState s && s.holding == holding && Arrays.equals(s.on, on);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = (Arrays.hashCode(on) * 31 + holding) | 1;
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return Arrays.toString(on) + (holding == NOTHING ? "" : " holding " + holding);
  }
}
