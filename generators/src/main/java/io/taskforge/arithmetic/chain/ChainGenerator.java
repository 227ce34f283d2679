package io.taskforge.arithmetic.chain;

import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one chain: first the sequence of operations (with the kinds the params require), then the
 * operands in order, each drawn so the chain stays exact and within the params.
 *
 * <p>A division is exact by construction: it comes first (the start value is drawn as a multiple of
 * the divisor) or right after an addition or subtraction, whose operand is drawn in the residue class
 * that makes the running value divisible. The running value is never zero (so no later step is
 * trivial), and never negative unless {@code negatives} is on.
 */
final class ChainGenerator {
  static final int ADD = 0;
  static final int SUB = 1;
  static final int MUL = 2;
  static final int DIV = 3;
  static final String[] NAMES = {"add", "subtract", "multiply", "divide"};
  static final String[] SYMBOLS = {"+", "-", "\u00D7", "\u00F7"};

  private static final int MAX_ATTEMPTS = 10_000;

  private final ChainParams p;
  private final Rng rng;
  private final long lo;
  private final long hi;
  private final long factorLo;
  private final long factorHi;

  ChainGenerator(ChainParams p, Rng rng) {
    this.p = p;
    this.rng = rng;
    this.lo = pow10(p.digits() - 1);
    this.hi = pow10(p.digits()) - 1;
    this.factorLo = Math.max(2, pow10(p.factorDigits() - 1));
    this.factorHi = pow10(p.factorDigits()) - 1;
  }

  private static long pow10(int n) {
    long v = 1;
    for (int i = 0; i < n; i++) {
      v *= 10;
    }
    return v;
  }

  /** A drawn chain: the start, operation codes and operands, and the running values. */
  record Chain(long start, int[] ops, long[] operands, List<BigInteger> values) {}

  Chain generate() {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      int[] ops = sequence();
      Chain c = operands(ops);
      if (c != null) {
        return c;
      }
    }
    throw new IllegalStateException("no chain meets " + p);
  }

  /** Operation codes with every required kind, a division only first or after + or -. */
  private int[] sequence() {
    int n = p.steps();
    int[] ops = new int[n];
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      boolean mul = false;
      boolean div = false;
      for (int i = 0; i < n; i++) {
        boolean divAllowed = p.divides() && (i == 0 || ops[i - 1] == ADD || ops[i - 1] == SUB);
        ops[i] = draw(divAllowed);
        mul |= ops[i] == MUL;
        div |= ops[i] == DIV;
      }
      if ((!p.multiplies() || mul) && (!p.divides() || div)) {
        return ops;
      }
    }
    throw new IllegalStateException("no operation sequence meets " + p);
  }

  /** Weights: add 3, subtract 3, multiply 2, divide 2 (among the kinds in use). */
  private int draw(boolean divAllowed) {
    int total = 6 + (p.multiplies() ? 2 : 0) + (divAllowed ? 2 : 0);
    int r = rng.nextInt(total);
    if (r < 3) {
      return ADD;
    }
    if (r < 6) {
      return SUB;
    }
    if (r < 8 && p.multiplies()) {
      return MUL;
    }
    return DIV;
  }

  /** Operands for the sequence, or null when a draw got stuck (the caller starts again). */
  private Chain operands(int[] ops) {
    int n = ops.length;
    long[] operands = new long[n];
    // divisors first: the operand before each division depends on it
    for (int i = 0; i < n; i++) {
      if (ops[i] == DIV || ops[i] == MUL) {
        operands[i] = factorLo + rng.nextLong(factorHi - factorLo + 1);
      }
    }
    long start = n > 0 && ops[0] == DIV ? multipleInRange(operands[0]) : lo + rng.nextLong(hi - lo + 1);
    List<BigInteger> values = new ArrayList<>(n);
    BigInteger v = BigInteger.valueOf(start);
    for (int i = 0; i < n; i++) {
      long nextDivisor = i + 1 < n && ops[i + 1] == DIV ? operands[i + 1] : 0;
      switch (ops[i]) {
        case ADD, SUB -> {
          boolean sub = ops[i] == SUB;
          long a = addend(v, sub, nextDivisor);
          if (a < 0 && sub) {
            sub = false;
            ops[i] = ADD;
            a = addend(v, false, nextDivisor);
          }
          if (a < 0) {
            return null;
          }
          operands[i] = a;
          v = sub ? v.subtract(BigInteger.valueOf(a)) : v.add(BigInteger.valueOf(a));
        }
        case MUL -> v = v.multiply(BigInteger.valueOf(operands[i]));
        default -> {
          BigInteger[] qr = v.divideAndRemainder(BigInteger.valueOf(operands[i]));
          if (qr[1].signum() != 0) {
            throw new IllegalStateException("inexact division drawn for " + p);
          }
          v = qr[0];
        }
      }
      if (v.signum() == 0 || (!p.negatives() && v.signum() < 0)) {
        return null;
      }
      values.add(v);
    }
    return new Chain(start, ops, operands, values);
  }

  /** A start value with exactly {@code digits} digits that {@code d} divides. */
  private long multipleInRange(long d) {
    long first = (lo + d - 1) / d;
    long last = hi / d;
    return d * (first + rng.nextLong(last - first + 1));
  }

  /**
   * An operand with exactly {@code digits} digits to add to (or subtract from) {@code v}, leaving a
   * non-zero value divisible by {@code divisor} (when it is not 0) and, without negatives, positive;
   * -1 when there is none.
   */
  private long addend(BigInteger v, boolean sub, long divisor) {
    long max = hi;
    if (sub && !p.negatives()) {
      // v - a >= 1
      BigInteger room = v.subtract(BigInteger.ONE);
      if (room.compareTo(BigInteger.valueOf(lo)) < 0) {
        return -1;
      }
      if (room.compareTo(BigInteger.valueOf(hi)) < 0) {
        max = room.longValueExact();
      }
    }
    long step = 1;
    long first = lo;
    if (divisor > 0) {
      long residue = v.mod(BigInteger.valueOf(divisor)).longValue();
      // add: a = -v (mod d); subtract: a = v (mod d)
      long want = sub ? residue : (divisor - residue) % divisor;
      first = lo + Math.floorMod(want - lo, divisor);
      step = divisor;
    }
    if (first > max) {
      return -1;
    }
    long count = (max - first) / step + 1;
    for (int tries = 0; tries < 4; tries++) {
      long a = first + step * rng.nextLong(count);
      BigInteger next = sub ? v.subtract(BigInteger.valueOf(a)) : v.add(BigInteger.valueOf(a));
      if (next.signum() != 0) {
        return a;
      }
    }
    return -1;
  }
}
