package io.taskforge.arithmetic.modular;

import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws one modular question and writes its reference trace.
 *
 * <p>Inverses and congruences come in categories drawn first: a unique answer (gcd(a, m) = 1),
 * several solutions (congruence with gcd g > 1 dividing b), or none (one in five, when
 * {@code unsolvable} is on). A modulus that needs a factor is built as {@code m = g·h} with a small
 * g, so the category is delivered without factoring anything.
 */
final class ModularGenerator {
  static final BigInteger TWO = BigInteger.TWO;
  static final String CONGRUENT = "\u2261";
  static final String TIMES = "\u00D7";
  /** Largest forced common factor g. */
  private static final int MAX_FACTOR = 30;

  private final ModularParams p;
  private final Rng rng;
  private final BigInteger low;
  private final BigInteger high;

  ModularGenerator(ModularParams p, Rng rng) {
    this.p = p;
    this.rng = rng;
    this.low = BigInteger.TEN.pow(p.digits() - 1).max(BigInteger.valueOf(3));
    this.high = BigInteger.TEN.pow(p.digits()).subtract(BigInteger.ONE);
  }

  /** A drawn question with its gold. */
  record Drawn(String kind, BigInteger a, BigInteger e, BigInteger b, BigInteger m, List<String> trace, String result,
      BigInteger gcd, BigInteger coefficient, int solutions, int euclidSteps) {}

  Drawn draw() {
    String kind = p.kind().equals(ModularParams.MIXED)
        ? List.of(ModularParams.POWER, ModularParams.INVERSE, ModularParams.CONGRUENCE).get(rng.nextInt(3))
        : p.kind();
    return switch (kind) {
      case ModularParams.POWER -> power();
      case ModularParams.INVERSE -> inverse();
      default -> congruence();
    };
  }

  /** Uniform in [lo, hi]. */
  private BigInteger uniform(BigInteger lo, BigInteger hi) {
    BigInteger span = hi.subtract(lo).add(BigInteger.ONE);
    if (span.bitLength() < 63) {
      return lo.add(BigInteger.valueOf(rng.nextLong(span.longValue())));
    }
    while (true) {
      int bits = span.bitLength();
      StringBuilder sb = new StringBuilder(bits);
      for (int i = 0; i < bits; i++) {
        sb.append(rng.nextBoolean() ? '1' : '0');
      }
      BigInteger r = new BigInteger(sb.toString(), 2);
      if (r.compareTo(span) < 0) {
        return lo.add(r);
      }
    }
  }

  private BigInteger modulus() {
    return uniform(low, high);
  }

  // ---- powers: left-to-right square and multiply ----

  private Drawn power() {
    BigInteger m = modulus();
    BigInteger a = uniform(TWO, m.subtract(BigInteger.ONE));
    StringBuilder bits = new StringBuilder(p.exponentBits()).append('1');
    for (int i = 1; i < p.exponentBits(); i++) {
      bits.append(rng.nextBoolean() ? '1' : '0');
    }
    BigInteger e = new BigInteger(bits.toString(), 2);
    List<String> trace = new ArrayList<>();
    BigInteger k = BigInteger.ONE;
    BigInteger r = a;
    for (int i = 1; i < bits.length(); i++) {
      k = k.shiftLeft(1);
      BigInteger prod = r.multiply(r);
      BigInteger next = prod.mod(m);
      trace.add(powerLine(a, k, r + "^2", prod, next, m));
      r = next;
      if (bits.charAt(i) == '1') {
        k = k.add(BigInteger.ONE);
        prod = r.multiply(a);
        next = prod.mod(m);
        trace.add(powerLine(a, k, r + " " + TIMES + " " + a, prod, next, m));
        r = next;
      }
    }
    return new Drawn(ModularParams.POWER, a, e, null, m, trace, r.toString(), null, null, 1, 0);
  }

  static String powerLine(BigInteger a, BigInteger k, String work, BigInteger prod, BigInteger residue, BigInteger m) {
    StringBuilder sb = new StringBuilder(64).append(a).append('^').append(k).append(' ').append(CONGRUENT).append(' ')
        .append(work).append(" = ").append(prod);
    if (!prod.equals(residue)) {
      sb.append(' ').append(CONGRUENT).append(' ').append(residue);
    }
    return sb.append(" (mod ").append(m).append(')').toString();
  }

  // ---- inverses and congruences ----

  /** 0: unique, 1: several solutions (congruence only), 2: none. */
  private int category(boolean several) {
    if (p.unsolvable() && rng.nextInt(5) == 0) {
      return 2;
    }
    return several && rng.nextBoolean() ? 1 : 0;
  }

  /** m = g·h with exactly {@code digits} digits, h >= 2, g from 2 to 30: {g, h, m}. */
  private BigInteger[] factored() {
    while (true) {
      int g = rng.between(2, MAX_FACTOR);
      BigInteger bg = BigInteger.valueOf(g);
      BigInteger hLow = ceilDiv(BigInteger.TEN.pow(p.digits() - 1), bg).max(TWO);
      BigInteger hHigh = high.divide(bg);
      if (hLow.compareTo(hHigh) <= 0) {
        BigInteger h = uniform(hLow, hHigh);
        return new BigInteger[] {bg, h, bg.multiply(h)};
      }
    }
  }

  private static BigInteger ceilDiv(BigInteger x, BigInteger y) {
    BigInteger[] qr = x.divideAndRemainder(y);
    return qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
  }

  /** An a in [2, m-1] with gcd(a, m) = 1. */
  private BigInteger coprime(BigInteger m) {
    while (true) {
      BigInteger a = uniform(TWO, m.subtract(BigInteger.ONE));
      if (a.gcd(m).equals(BigInteger.ONE)) {
        return a;
      }
    }
  }

  private Drawn inverse() {
    BigInteger a;
    BigInteger m;
    if (category(false) == 2) {
      BigInteger[] f = factored();
      m = f[2];
      a = f[0].multiply(uniform(BigInteger.ONE, f[1].subtract(BigInteger.ONE)));
    } else {
      m = modulus();
      a = coprime(m);
    }
    Euclid eu = new Euclid(m, a, a.gcd(m).equals(BigInteger.ONE));
    List<String> trace = new ArrayList<>(eu.lines);
    if (!eu.g.equals(BigInteger.ONE)) {
      return new Drawn(ModularParams.INVERSE, a, null, null, m, trace, "none", eu.g, null, 0, eu.divisions);
    }
    BigInteger x = eu.s.mod(m);
    trace.add("x " + CONGRUENT + " " + eu.s + (eu.s.equals(x) ? "" : " " + CONGRUENT + " " + x) + " (mod " + m + ")");
    return new Drawn(ModularParams.INVERSE, a, null, null, m, trace, x.toString(), eu.g, eu.s, 1, eu.divisions);
  }

  private Drawn congruence() {
    int category = category(true);
    BigInteger a;
    BigInteger b;
    BigInteger m;
    if (category == 0) {
      m = modulus();
      a = coprime(m);
      b = uniform(BigInteger.ONE, m.subtract(BigInteger.ONE));
    } else {
      BigInteger[] f = factored();
      BigInteger g = f[0];
      BigInteger h = f[1];
      m = f[2];
      if (category == 1) {
        BigInteger a1;
        do {
          a1 = uniform(BigInteger.ONE, h.subtract(BigInteger.ONE));
        } while (!a1.gcd(h).equals(BigInteger.ONE));
        a = g.multiply(a1);
        b = g.multiply(uniform(BigInteger.ONE, h.subtract(BigInteger.ONE)));
      } else {
        a = g.multiply(uniform(BigInteger.ONE, h.subtract(BigInteger.ONE)));
        BigInteger common = a.gcd(m);
        do {
          b = uniform(BigInteger.ONE, m.subtract(BigInteger.ONE));
        } while (b.mod(common).signum() == 0);
      }
    }
    Euclid eu = new Euclid(m, a, b.mod(a.gcd(m)).signum() == 0);
    List<String> trace = new ArrayList<>(eu.lines);
    BigInteger g = eu.g;
    if (b.mod(g).signum() != 0) {
      return new Drawn(ModularParams.CONGRUENCE, a, null, b, m, trace, "none", g, null, 0, eu.divisions);
    }
    BigInteger m1 = m.divide(g);
    BigInteger b1 = b.divide(g);
    BigInteger prod = eu.s.multiply(b1);
    BigInteger x = prod.mod(m1);
    trace.add("x " + CONGRUENT + " " + eu.s + " " + TIMES + " " + b1 + " = " + prod
        + (prod.equals(x) ? "" : " " + CONGRUENT + " " + x) + " (mod " + m1 + ")");
    String result = "x " + CONGRUENT + " " + x + " (mod " + m1 + ")";
    return new Drawn(ModularParams.CONGRUENCE, a, null, b, m, trace, result, g, eu.s, g.intValueExact(), eu.divisions);
  }

  /**
   * The extended Euclidean algorithm on (m, a), written as division lines {@code x = q × y + r} and,
   * when there is an answer ({@code combinations}), after each division leaving a non-zero remainder
   * a Bézout line expressing that remainder in a and m. It stops at remainder 1 (the gcd is then 1) or 0 (the gcd is the last divisor).
   */
  static final class Euclid {
    final List<String> lines = new ArrayList<>();
    BigInteger g;
    /** The coefficient of a in g = s·a + t·m. */
    BigInteger s = BigInteger.ONE;
    int divisions;

    Euclid(BigInteger m, BigInteger a, boolean combinations) {
      BigInteger r0 = m;
      BigInteger r1 = a;
      BigInteger s0 = BigInteger.ZERO;
      BigInteger s1 = BigInteger.ONE;
      BigInteger t0 = BigInteger.ONE;
      BigInteger t1 = BigInteger.ZERO;
      boolean first = true;
      while (true) {
        BigInteger[] qr = r0.divideAndRemainder(r1);
        BigInteger q = qr[0];
        BigInteger r2 = qr[1];
        lines.add(r0 + " = " + q + " " + TIMES + " " + r1 + " + " + r2);
        divisions++;
        if (r2.signum() == 0) {
          g = r1;
          s = s1;
          return;
        }
        BigInteger s2 = s0.subtract(q.multiply(s1));
        BigInteger t2 = t0.subtract(q.multiply(t1));
        if (!combinations) {
          // no answer: the divisions alone show the gcd
        } else if (first) {
          lines.add(r2 + " = " + r0 + " - " + q + " " + TIMES + " " + r1);
        } else {
          lines.add(r2 + " = " + r0 + " - " + q + " " + TIMES + " " + r1 + " = " + combination(s2, a, t2, m));
        }
        first = false;
        r0 = r1;
        r1 = r2;
        s0 = s1;
        s1 = s2;
        t0 = t1;
        t1 = t2;
        if (r2.equals(BigInteger.ONE)) {
          // gcd 1 is known at remainder 1; the division by 1 that follows adds nothing
          g = BigInteger.ONE;
          s = s2;
          return;
        }
      }
    }

    /** {@code s × a + t × m} with the signs written out: {@code -3 × 23 + 1 × 71}, {@code 34 × 23 - 11 × 71}. */
    static String combination(BigInteger s, BigInteger a, BigInteger t, BigInteger m) {
      return s + " " + TIMES + " " + a + (t.signum() < 0 ? " - " + t.negate() : " + " + t) + " " + TIMES + " " + m;
    }
  }
}
