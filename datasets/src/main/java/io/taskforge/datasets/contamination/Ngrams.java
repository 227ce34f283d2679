package io.taskforge.datasets.contamination;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Token n-grams as 64-bit hashes. A token is a word, a maximal run of letters and digits (any
 * script) lowercased without regard to locale, or a symbol, one character such as {@code + - * / ( ) =}
 * (so that {@code 3 + 4} and {@code 3 * 4} differ). Spacing and sentence punctuation
 * ({@code . , ; : ! ?} and quotes) separate tokens and are otherwise ignored. N-gram hashes roll in
 * constant time per token, so a corpus streams at the speed of reading it, in constant memory,
 * whatever the length of its lines.
 */
public final class Ngrams {
  private static final long BASE = 0x9E3779B97F4A7C15L | 1;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final int n;
  private final long[] ring;
  private final long top;
  private long rolling;
  private long filled;
  private final LongConsumer out;
  // the token being read
  private long token = FNV_OFFSET;
  private boolean inToken;
  private char pendingHigh;

  /** @param out receives the hash of each n-gram, in order */
  public Ngrams(int n, LongConsumer out) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, got " + n);
    }
    this.n = n;
    this.ring = new long[n];
    long p = 1;
    for (int i = 1; i < n; i++) {
      p *= BASE;
    }
    this.top = p;
    this.out = out;
  }

  /** Ends the current text: the next n-gram starts afresh (records of a JSONL corpus are separate texts). */
  public void reset() {
    endToken();
    rolling = 0;
    filled = 0;
    pendingHigh = 0;
  }

  public void accept(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      accept(text.charAt(i));
    }
  }

  public void accept(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      accept(buf[i]);
    }
  }

  /** Streams a reader to the end (then {@link #reset}s). */
  public void accept(Reader r) throws IOException {
    char[] buf = new char[1 << 16];
    int k;
    while ((k = r.read(buf)) > 0) {
      accept(buf, 0, k);
    }
    reset();
  }

  private void accept(char c) {
    int cp;
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
      return;
    }
    if (Character.isLowSurrogate(c) && pendingHigh != 0) {
      cp = Character.toCodePoint(pendingHigh, c);
    } else {
      cp = c;
    }
    pendingHigh = 0;
    if (Character.isLetterOrDigit(cp)) {
      token = (token ^ Character.toLowerCase(cp)) * FNV_PRIME;
      inToken = true;
    } else {
      endToken();
      if (isSymbol(cp)) {
        token = (FNV_OFFSET ^ 0x5EED ^ cp) * FNV_PRIME;
        inToken = true;
        endToken();
      }
    }
  }

  /** A character that is a token by itself: not a letter, digit, space, control or sentence punctuation. */
  static boolean isSymbol(int cp) {
    if (Character.isLetterOrDigit(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
      return false;
    }
    switch (cp) {
      case '.', ',', ';', ':', '!', '?', '"', '\'', '`', '\u2026' -> {
        return false;
      }
      default -> {
        int type = Character.getType(cp);
        return type != Character.INITIAL_QUOTE_PUNCTUATION && type != Character.FINAL_QUOTE_PUNCTUATION
            && type != Character.SURROGATE && type != Character.FORMAT && type != Character.UNASSIGNED;
      }
    }
  }

  private void endToken() {
    if (!inToken) {
      return;
    }
    long t = mix(token);
    token = FNV_OFFSET;
    inToken = false;
    int slot = (int) (filled % n);
    if (filled >= n) {
      rolling -= ring[slot] * top;
    }
    rolling = rolling * BASE + t;
    ring[slot] = t;
    filled++;
    if (filled >= n) {
      out.accept(mix(rolling ^ n));
    }
  }

  /** The n-grams of a text, in order, hashed (the same hashes as a streamed corpus gives). */
  public static long[] of(String text, int n) {
    LongList list = new LongList();
    Ngrams g = new Ngrams(n, list::add);
    g.accept(text);
    g.reset();
    return list.toArray();
  }

  /** The tokens of a text, as lowercased strings (for showing a matched n-gram). */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        sb.appendCodePoint(Character.toLowerCase(cp));
        return;
      }
      if (sb.length() > 0) {
        out.add(sb.toString());
        sb.setLength(0);
      }
      if (isSymbol(cp)) {
        out.add(new String(Character.toChars(cp)));
      }
    });
    if (sb.length() > 0) {
      out.add(sb.toString());
    }
    return out;
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A growable array of longs. */
  static final class LongList {
    private long[] a = new long[64];
    private int size;

    void add(long v) {
      if (size == a.length) {
        a = java.util.Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    long[] toArray() {
      return java.util.Arrays.copyOf(a, size);
    }
  }
}
