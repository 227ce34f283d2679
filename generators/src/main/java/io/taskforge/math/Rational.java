package io.taskforge.math;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number: immutable, always reduced, denominator positive.
 *
 * <p>Values whose numerator and denominator fit in a {@code long} (numerator not
 * {@code Long.MIN_VALUE}) are held as two longs and computed without allocation of BigIntegers;
 * every operation detects overflow and falls back to {@link BigInteger}. The representation is
 * canonical (a value that fits is always held small), so {@link #equals} is by value.
 */
public final class Rational implements Comparable<Rational> {
  public static final Rational ZERO = new Rational(0, 1);
  public static final Rational ONE = new Rational(1, 1);

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  // Small form when big == null: num/den reduced, den > 0, num != Long.MIN_VALUE.
  private final long num;
  private final long den;
  // Big form otherwise: bigNum/bigDen reduced, bigDen > 0, and the value does not fit the small form.
  private final BigInteger bigNum;
  private final BigInteger bigDen;

  private Rational(long num, long den) {
    this.num = num;
    this.den = den;
    this.bigNum = null;
    this.bigDen = null;
  }

  private Rational(BigInteger num, BigInteger den) {
    this.num = 0;
    this.den = 0;
    this.bigNum = num;
    this.bigDen = den;
  }

  /** The integer {@code n}. */
  public static Rational of(long n) {
    if (n == 0) {
      return ZERO;
    }
    if (n == 1) {
      return ONE;
    }
    if (n == Long.MIN_VALUE) {
      return new Rational(LONG_MIN, BigInteger.ONE);
    }
    return new Rational(n, 1);
  }

  /** {@code numerator / denominator}, reduced; throws ArithmeticException for a zero denominator. */
  public static Rational of(long numerator, long denominator) {
    if (denominator == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
      return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }
    return reduceSmall(numerator, denominator);
  }

  /** {@code numerator / denominator}, reduced; throws ArithmeticException for a zero denominator. */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator is zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE)) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
    return normalized(numerator, denominator);
  }

  /** The integer {@code n}. */
  public static Rational of(BigInteger n) {
    return normalized(n, BigInteger.ONE);
  }

  /**
   * Parses the strict canonical text {@link #toString} writes: an optional {@code -}, decimal
   * digits, and optionally {@code /} and positive decimal digits (not necessarily reduced). For
   * lenient reading of answers use {@code io.taskforge.verify.Numbers}.
   *
   * @throws NumberFormatException when the text is not of that form or the denominator is zero
   */
  public static Rational parse(String text) {
    int slash = text.indexOf('/');
    String n = slash < 0 ? text : text.substring(0, slash);
    String d = slash < 0 ? "1" : text.substring(slash + 1);
    if (!isInteger(n, true) || !isInteger(d, false)) {
      throw new NumberFormatException("not an integer or fraction p/q: '" + text + "'");
    }
    BigInteger den = new BigInteger(d);
    if (den.signum() == 0) {
      throw new NumberFormatException("zero denominator: '" + text + "'");
    }
    return of(new BigInteger(n), den);
  }

  private static boolean isInteger(String s, boolean signed) {
    int i = signed && s.startsWith("-") ? 1 : 0;
    if (i == s.length()) {
      return false;
    }
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  public Rational add(Rational o) {
    if (bigNum == null && o.bigNum == null) {
      // a/b + c/d = (a*(d/g) + c*(b/g)) / (b/g*d), g = gcd(b, d)
      long g = gcd(den, o.den);
      long b = den / g;
      long d = o.den / g;
      long x = num * d;
      long y = o.num * b;
      long n = x + y;
      long q = b * o.den;
      if (Math.multiplyHigh(num, d) == (x >> 63)
          && Math.multiplyHigh(o.num, b) == (y >> 63)
          && ((x ^ n) & (y ^ n)) >= 0
          && Math.multiplyHigh(b, o.den) == 0 && q >= 0
          && n != Long.MIN_VALUE) {
        return reduceSmall(n, q);
      }
    }
    return of(bigNum().multiply(o.bigDen()).add(o.bigNum().multiply(bigDen())), bigDen().multiply(o.bigDen()));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational multiply(Rational o) {
    if (bigNum == null && o.bigNum == null) {
      // cross-reduce first so the result is already reduced
      long g1 = gcd(Math.abs(num), o.den);
      long g2 = gcd(Math.abs(o.num), den);
      long a = num / g1;
      long c = o.num / g2;
      long b = den / g2;
      long d = o.den / g1;
      long n = a * c;
      long q = b * d;
      if (Math.multiplyHigh(a, c) == (n >> 63) && Math.multiplyHigh(b, d) == 0 && q >= 0
          && n != Long.MIN_VALUE) {
        return n == 0 ? ZERO : new Rational(n, q);
      }
    }
    return of(bigNum().multiply(o.bigNum()), bigDen().multiply(o.bigDen()));
  }

  /** {@code this / o}; throws ArithmeticException when {@code o} is zero. */
  public Rational divide(Rational o) {
    if (o.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    return multiply(o.reciprocal());
  }

  /** {@code 1 / this}; throws ArithmeticException when this is zero. */
  public Rational reciprocal() {
    if (signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (bigNum == null) {
      return num < 0 ? new Rational(-den, -num) : new Rational(den, num);
    }
    return bigNum.signum() < 0
        ? normalized(bigDen.negate(), bigNum.negate())
        : normalized(bigDen, bigNum);
  }

  public Rational negate() {
    if (bigNum == null) {
      return num == 0 ? this : new Rational(-num, den);
    }
    return normalized(bigNum.negate(), bigDen);
  }

  public int signum() {
    return bigNum == null ? Long.signum(num) : bigNum.signum();
  }

  public boolean isInteger() {
    return bigNum == null ? den == 1 : bigDen.equals(BigInteger.ONE);
  }

  public BigInteger numerator() {
    return bigNum();
  }

  /** Always positive. */
  public BigInteger denominator() {
    return bigDen();
  }

  /** Decimal digits of the numerator (without sign) plus those of the denominator when it is not 1. */
  public int digits() {
    if (bigNum == null) {
      return decimalDigits(Math.abs(num)) + (den == 1 ? 0 : decimalDigits(den));
    }
    return bigNum.abs().toString().length() + (bigDen.equals(BigInteger.ONE) ? 0 : bigDen.toString().length());
  }

  private static int decimalDigits(long v) {
    int d = 1;
    for (long p = 10; d < 19 && v >= p; p *= 10) {
      d++;
    }
    return d;
  }

  private BigInteger bigNum() {
    return bigNum != null ? bigNum : BigInteger.valueOf(num);
  }

  private BigInteger bigDen() {
    return bigDen != null ? bigDen : BigInteger.valueOf(den);
  }

  /** Reduces n/d (neither Long.MIN_VALUE, d != 0) into the small form. */
  private static Rational reduceSmall(long n, long d) {
    if (d < 0) {
      n = -n;
      d = -d;
    }
    long g = gcd(Math.abs(n), d);
    if (g != 1) {
      n /= g;
      d /= g;
    }
    if (n == 0) {
      return ZERO;
    }
    return new Rational(n, d);
  }

  /** Takes a reduced fraction with positive denominator into the canonical representation. */
  private static Rational normalized(BigInteger n, BigInteger d) {
    if (d.bitLength() < 64 && n.bitLength() < 64 && n.compareTo(LONG_MIN) > 0 && n.compareTo(LONG_MAX) <= 0) {
      long ln = n.longValue();
      return ln == 0 ? ZERO : new Rational(ln, d.longValue());
    }
    return new Rational(n, d);
  }

  /** Binary gcd of two non-negative longs; gcd(0, x) = x. */
  private static long gcd(long a, long b) {
    if (a == 0) {
      return b;
    }
    if (b == 0) {
      return a;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    a >>= Long.numberOfTrailingZeros(a);
    while (b != 0) {
      b >>= Long.numberOfTrailingZeros(b);
      if (a > b) {
        long t = a;
        a = b;
        b = t;
      }
      b -= a;
    }
    return a << shift;
  }

  @Override
  public int compareTo(Rational o) {
    if (bigNum == null && o.bigNum == null) {
      long x = num * o.den;
      long y = o.num * den;
      if (Math.multiplyHigh(num, o.den) == (x >> 63) && Math.multiplyHigh(o.num, den) == (y >> 63)) {
        return Long.compare(x, y);
      }
    }
    return bigNum().multiply(o.bigDen()).compareTo(o.bigNum().multiply(bigDen()));
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Rational r)) {
      return false;
    }
    if (bigNum == null) {
      return r.bigNum == null && num == r.num && den == r.den;
    }
    return r.bigNum != null && bigNum.equals(r.bigNum) && bigDen.equals(r.bigDen);
  }

  @Override
  public int hashCode() {
    return bigNum == null ? Long.hashCode(num) * 31 + Long.hashCode(den) : bigNum.hashCode() * 31 + bigDen.hashCode();
  }

  /** {@code p} for an integer, {@code p/q} otherwise; a negative value has its sign in front. */
  @Override
  public String toString() {
    if (bigNum == null) {
      return den == 1 ? Long.toString(num) : num + "/" + den;
    }
    return bigDen.equals(BigInteger.ONE) ? bigNum.toString() : bigNum + "/" + bigDen;
  }

  /** Appends {@link #toString()} without an intermediate string in the common case. */
  public StringBuilder appendTo(StringBuilder sb) {
    if (bigNum == null) {
      sb.append(num);
      if (den != 1) {
        sb.append('/').append(den);
      }
      return sb;
    }
    return sb.append(this);
  }
}
