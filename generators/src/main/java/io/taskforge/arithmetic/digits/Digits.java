package io.taskforge.arithmetic.digits;

import io.taskforge.core.Rng;
import java.math.BigInteger;

/**
 * Random numbers of exact digit counts, drawn from a task's {@link Rng}, and the small digit
 * arithmetic the long-arithmetic tasks (addition, multiplication, division) share.
 *
 * <p>Numbers are decimal strings without sign or leading zeros: the form the problems store.
 */
public final class Digits {
  private Digits() {}

  /** A uniformly random number with exactly {@code digits} digits (the first one non-zero). */
  public static String random(Rng rng, int digits) {
    if (digits < 1) {
      throw new IllegalArgumentException("digits must be positive, got " + digits);
    }
    char[] out = new char[digits];
    out[0] = (char) ('1' + rng.nextInt(9));
    for (int i = 1; i < digits; i++) {
      out[i] = (char) ('0' + rng.nextInt(10));
    }
    return new String(out);
  }

  /** A uniformly random integer in {@code [lo, hi]}, both inclusive, by rejection on random bits. */
  public static BigInteger between(Rng rng, BigInteger lo, BigInteger hi) {
    BigInteger span = hi.subtract(lo);
    if (span.signum() < 0) {
      throw new IllegalArgumentException("empty range [" + lo + ", " + hi + "]");
    }
    int bits = span.bitLength();
    if (bits == 0) {
      return lo;
    }
    if (bits < 63) {
      return lo.add(BigInteger.valueOf(rng.nextLong(span.longValueExact() + 1)));
    }
    int bytes = (bits + 7) / 8;
    byte[] buf = new byte[bytes + 1]; // a leading zero byte keeps the value non-negative
    while (true) {
      for (int i = 1; i <= bytes; i += 8) {
        long r = rng.nextLong();
        for (int j = 0; j < 8 && i + j <= bytes; j++) {
          buf[i + j] = (byte) (r >>> (8 * j));
        }
      }
      int excess = bytes * 8 - bits;
      buf[1] &= (byte) (0xFF >>> excess);
      BigInteger r = new BigInteger(buf);
      if (r.compareTo(span) <= 0) {
        return lo.add(r);
      }
    }
  }

  /** The digit of {@code number} at {@code place} (0 for the ones), or 0 beyond its length. */
  public static int digitAt(String number, int place) {
    int i = number.length() - 1 - place;
    return i >= 0 ? number.charAt(i) - '0' : 0;
  }
}
