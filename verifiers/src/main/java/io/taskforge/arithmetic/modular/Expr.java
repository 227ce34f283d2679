package io.taskforge.arithmetic.modular;

import java.math.BigInteger;

/**
 * An integer expression of a modular trace line: numbers, the unknown x, unary minus, + - ×, and
 * powers with a literal exponent. Evaluated exactly (bounded) or modulo M.
 */
final class Expr {
  static final int NUM = 0;
  static final int X = 1;
  static final int NEG = 2;
  static final int ADD = 3;
  static final int SUB = 4;
  static final int MUL = 5;
  static final int POW = 6;
  /** Exact values above this many bits are not computed (no step needs them). */
  static final int MAX_EXACT_BITS = 200_000;

  final int type;
  final BigInteger value;
  final Expr left;
  final Expr right;
  /** The literal exponent of a power (may be negative, e.g. a^-1). */
  final BigInteger exponent;

  private Expr(int type, BigInteger value, Expr left, Expr right, BigInteger exponent) {
    this.type = type;
    this.value = value;
    this.left = left;
    this.right = right;
    this.exponent = exponent;
  }

  static Expr num(BigInteger v) {
    return new Expr(NUM, v, null, null, null);
  }

  static Expr x() {
    return new Expr(X, null, null, null, null);
  }

  static Expr neg(Expr e) {
    return new Expr(NEG, null, e, null, null);
  }

  static Expr binary(int type, Expr l, Expr r) {
    return new Expr(type, null, l, r, null);
  }

  static Expr pow(Expr base, BigInteger exponent) {
    return new Expr(POW, null, base, null, exponent);
  }

  boolean isNum() {
    return type == NUM;
  }

  boolean hasX() {
    return type == X || (left != null && left.hasX()) || (right != null && right.hasX());
  }

  /** The exact value, or null when it has x, a negative exponent, or is too large. */
  BigInteger exact() {
    switch (type) {
      case NUM:
        return value;
      case X:
        return null;
      case NEG: {
        BigInteger v = left.exact();
        return v == null ? null : v.negate();
      }
      case POW: {
        BigInteger b = left.exact();
        if (b == null || exponent.signum() < 0) {
          return null;
        }
        if (b.abs().compareTo(BigInteger.ONE) <= 0) {
          return b.signum() == 0 ? (exponent.signum() == 0 ? BigInteger.ONE : BigInteger.ZERO)
              : b.equals(BigInteger.ONE) || !exponent.testBit(0) ? BigInteger.ONE : b;
        }
        if (exponent.bitLength() > 31 || (long) b.bitLength() * exponent.longValue() > MAX_EXACT_BITS) {
          return null;
        }
        return b.pow(exponent.intValue());
      }
      default: {
        BigInteger l = left.exact();
        BigInteger r = l == null ? null : right.exact();
        if (r == null) {
          return null;
        }
        if (type == MUL && (long) l.bitLength() + r.bitLength() > MAX_EXACT_BITS) {
          return null;
        }
        return type == ADD ? l.add(r) : type == SUB ? l.subtract(r) : l.multiply(r);
      }
    }
  }

  /** The value modulo {@code m} (in 0..m-1), or null when it has x or a power without an inverse. */
  BigInteger mod(BigInteger m) {
    switch (type) {
      case NUM:
        return value.mod(m);
      case X:
        return null;
      case NEG: {
        BigInteger v = left.mod(m);
        return v == null ? null : v.negate().mod(m);
      }
      case POW: {
        BigInteger b = left.mod(m);
        if (b == null) {
          return null;
        }
        if (exponent.signum() < 0 && !b.gcd(m).equals(BigInteger.ONE)) {
          return null;
        }
        if (exponent.signum() >= 0 && exponent.bitLength() <= 5) {
          // small powers (the squares of a trace) by multiplication: cheaper than modPow's set-up
          BigInteger r = BigInteger.ONE;
          for (int i = exponent.intValue(); i > 0; i--) {
            r = r.multiply(b);
          }
          return r.mod(m);
        }
        return b.modPow(exponent, m);
      }
      default: {
        BigInteger l = left.mod(m);
        BigInteger r = l == null ? null : right.mod(m);
        if (r == null) {
          return null;
        }
        return (type == ADD ? l.add(r) : type == SUB ? l.subtract(r) : l.multiply(r)).mod(m);
      }
    }
  }
}
