package io.taskforge.planning.logistics;

import java.util.Arrays;

/**
 * Where everything is: one byte per truck (its place), per airplane (its place), then per package
 * (a place index, or the number of places plus the index of the vehicle holding it, trucks first).
 * Immutable; equal states have equal bytes.
 */
public final class LogisticsState {
  final byte[] at;
  private final int hash;

  LogisticsState(byte[] at) {
    this.at = at;
    this.hash = Arrays.hashCode(at);
  }

  /** The byte at {@code i}, as an index. */
  public int get(int i) {
    return at[i];
  }

  LogisticsState with(int i, int value) {
    byte[] next = at.clone();
    next[i] = (byte) value;
    return new LogisticsState(next);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogisticsState s && s.hash == hash && Arrays.equals(s.at, at);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return Arrays.toString(at);
  }
}
