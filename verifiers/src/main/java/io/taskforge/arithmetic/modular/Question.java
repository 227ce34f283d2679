package io.taskforge.arithmetic.modular;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * A modular question as the verifier reads and solves it (with {@link BigInteger#modPow} and
 * {@link BigInteger#modInverse}, not the generator's traces).
 */
final class Question {
  static final int MAX_DIGITS = 1_000;
  static final int MAX_EXPONENT_BITS = 8_192;

  final String kind;
  final BigInteger a;
  final BigInteger e;
  final BigInteger b;
  final BigInteger m;
  /** gcd(a, m) (inverse, congruence). */
  final BigInteger g;
  /** m / g. */
  final BigInteger m1;
  /** a / g. */
  final BigInteger a1;
  /** Whether there is an answer. */
  final boolean solvable;
  /** The power's residue, the inverse, or the least solution x0 (mod m1). */
  final BigInteger answer;

  private Question(String kind, BigInteger a, BigInteger e, BigInteger b, BigInteger m) {
    this.kind = kind;
    this.a = a;
    this.e = e;
    this.b = b;
    this.m = m;
    if (kind.equals("power")) {
      g = null;
      m1 = m;
      a1 = a;
      solvable = true;
      answer = a.modPow(e, m);
      return;
    }
    g = a.gcd(m);
    m1 = m.divide(g);
    a1 = a.divide(g);
    if (kind.equals("inverse")) {
      solvable = g.equals(BigInteger.ONE);
      answer = solvable ? a.modInverse(m) : null;
    } else {
      solvable = b.mod(g).signum() == 0;
      answer = solvable ? b.divide(g).multiply(a1.modInverse(m1)).mod(m1) : null;
    }
  }

  /** The question, or null when the problem is malformed. */
  static Question of(ModularProblem p) {
    if (p == null || p.kind() == null || !("final".equals(p.mode()) || "trace".equals(p.mode()))) {
      return null;
    }
    BigInteger a = number(p.a());
    BigInteger m = number(p.m());
    if (a == null || m == null || m.compareTo(BigInteger.TWO) < 0) {
      return null;
    }
    switch (p.kind()) {
      case "power" -> {
        BigInteger e = number(p.e());
        if (e == null || e.signum() <= 0 || e.bitLength() > MAX_EXPONENT_BITS) {
          return null;
        }
        return new Question("power", a, e, null, m);
      }
      case "inverse" -> {
        return a.signum() > 0 && a.compareTo(m) < 0 ? new Question("inverse", a, null, null, m) : null;
      }
      case "congruence" -> {
        BigInteger b = number(p.b());
        return b != null && a.signum() > 0 && a.compareTo(m) < 0 ? new Question("congruence", a, null, b, m) : null;
      }
      default -> {
        return null;
      }
    }
  }

  private static BigInteger number(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_DIGITS) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    return new BigInteger(s);
  }

  boolean power() {
    return kind.equals("power");
  }

  boolean inverse() {
    return kind.equals("inverse");
  }

  /** The modulus of the solution class: m for an inverse, m/g for a congruence. */
  BigInteger solutionModulus() {
    return inverse() ? m : m1;
  }

  /** The number of steps of the reference trace. */
  int referenceSteps() {
    if (power()) {
      return e.bitLength() - 1 + e.bitCount() - 1;
    }
    int divisions = 0;
    BigInteger x = m;
    BigInteger y = a;
    boolean one = false;
    while (true) {
      BigInteger r = x.mod(y);
      divisions++;
      if (r.signum() == 0) {
        break;
      }
      if (r.equals(BigInteger.ONE)) {
        one = true;
        break;
      }
      x = y;
      y = r;
    }
    if (!solvable) {
      return divisions;
    }
    return one ? 2 * divisions + 1 : 2 * divisions;
  }

  /** Why the answer is wrong, or null when it is right. */
  String judge(Answer ans) {
    if (power()) {
      if (ans.none()) {
        return "a power always has a residue; 'none' is wrong";
      }
      if (ans.residues().size() != 1) {
        return "the answer is one residue";
      }
      if (ans.modulus() != null && !ans.modulus().equals(m)) {
        return "the modulus is " + m + ", not " + ans.modulus();
      }
      BigInteger r = ans.residues().get(0);
      if (r.signum() < 0 || r.compareTo(m) >= 0) {
        return "the residue " + r + " is not in 0.." + m.subtract(BigInteger.ONE);
      }
      return r.equals(answer) ? null : "the residue " + r + " is not " + a + "^" + e + " mod " + m;
    }
    if (!solvable) {
      return ans.none() ? null
          : inverse() ? a + " has no inverse modulo " + m + " (they share the factor " + g + ")"
          : "the congruence has no solution, since gcd(" + a + ", " + m + ") = " + g + " does not divide " + b;
    }
    if (ans.none()) {
      return inverse() ? a + " has an inverse modulo " + m : "the congruence has solutions";
    }
    BigInteger modulus = ans.modulus();
    if (modulus == null) {
      for (BigInteger r : ans.residues()) {
        if (r.signum() < 0 || r.compareTo(m) >= 0) {
          return "without a modulus, every number must be a residue from 0 to " + m.subtract(BigInteger.ONE);
        }
      }
      modulus = m;
    }
    BigInteger cls = solutionModulus();
    if (modulus.signum() <= 0 || modulus.mod(cls).signum() != 0) {
      return "the solutions repeat modulo " + cls + ", which does not divide " + modulus;
    }
    BigInteger count = modulus.divide(cls);
    if (count.compareTo(BigInteger.valueOf(ans.residues().size())) > 0) {
      return "there are " + count + " solutions modulo " + modulus + ", and the answer names "
          + ans.residues().size();
    }
    Set<BigInteger> seen = new HashSet<>();
    for (BigInteger r : ans.residues()) {
      if (!r.subtract(answer).mod(cls).equals(BigInteger.ZERO)) {
        return r + " is not a solution";
      }
      seen.add(r.mod(modulus));
    }
    return seen.size() == count.intValueExact() ? null
        : "the answer does not name all " + count + " solutions modulo " + modulus;
  }
}
