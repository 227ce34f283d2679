package io.taskforge.datasets.pack;

/**
 * A set of longs with open addressing: 8 to 16 bytes per element, no boxing. Fingerprints of a
 * million-record pack fit in 16 MB.
 */
public final class LongSet {
  private long[] table;
  private int mask;
  private int size;
  private boolean hasZero;

  public LongSet() {
    this(1024);
  }

  public LongSet(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[cap];
    mask = cap - 1;
  }

  /** Adds the value; false when it was already there. */
  public boolean add(long v) {
    if (v == 0) {
      boolean added = !hasZero;
      hasZero = true;
      size += added ? 1 : 0;
      return added;
    }
    int i = slot(v);
    while (true) {
      long t = table[i];
      if (t == 0) {
        table[i] = v;
        if (++size * 2L > table.length) {
          grow();
        }
        return true;
      }
      if (t == v) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  public boolean contains(long v) {
    if (v == 0) {
      return hasZero;
    }
    int i = slot(v);
    while (true) {
      long t = table[i];
      if (t == 0) {
        return false;
      }
      if (t == v) {
        return true;
      }
      i = (i + 1) & mask;
    }
  }

  public int size() {
    return size;
  }

  private int slot(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = table;
    if (old.length >= 1 << 30) {
      throw new IllegalStateException("too many elements for a LongSet: " + size);
    }
    table = new long[old.length * 2];
    mask = table.length - 1;
    for (long v : old) {
      if (v != 0) {
        int i = slot(v);
        while (table[i] != 0) {
          i = (i + 1) & mask;
        }
        table[i] = v;
      }
    }
  }
}
