package io.taskforge.arithmetic.fractions;

import io.taskforge.core.Rng;
import io.taskforge.math.Rational;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one expression tree over fractions, writes it, and rewrites it step by step into its value.
 *
 * <p>The shape is a random binary tree (each operation splits its fractions at a uniform point), so
 * parentheses appear where precedence needs them. Each requirement of the params (a denominator above
 * half the maximum, an unreduced fraction, a negative fraction, a {@code ×} or {@code ÷}) is met by
 * forcing it on one randomly chosen fraction or operation; a draw is redone only when some value met
 * in the evaluation is zero (a degenerate subtraction, or a zero divisor).
 */
final class FractionsGenerator {
  static final char ADD = '+';
  static final char SUB = '-';
  static final char MUL = '\u00D7';
  static final char DIV = '\u00F7';
  private static final char[] ALL = {ADD, SUB, MUL, DIV};
  private static final int MAX_ATTEMPTS = 10_000;

  /** A node of the tree: a fraction as written ({@code op == 0}) or an operation. */
  static final class Node {
    char op;
    Node left;
    Node right;
    BigInteger num;
    BigInteger den;
    /** The value; set for every node of the problem, not kept up to date by the trace. */
    Rational value;
    private String text;

    boolean leaf() {
      return op == 0;
    }

    void becomeLeaf(BigInteger n, BigInteger d) {
      op = 0;
      left = null;
      right = null;
      num = n;
      den = d;
      text = null;
    }

    /** The fraction as written, {@code p/q} or {@code p} when the denominator is 1. */
    String text() {
      if (text == null) {
        String n = decimal(num);
        text = den.equals(BigInteger.ONE) ? n : n + "/" + decimal(den);
      }
      return text;
    }

    /** Digits of the numerator (without sign) and denominator (when not 1). */
    int digits() {
      return text().length() - (num.signum() < 0 ? 1 : 0) - (den.equals(BigInteger.ONE) ? 0 : 1);
    }
  }

  private static String decimal(BigInteger v) {
    return v.bitLength() < 64 ? Long.toString(v.longValue()) : v.toString();
  }

  /** gcd of two integers (the first may be negative), with a fast path for values that fit a long. */
  static BigInteger gcd(BigInteger a, BigInteger b) {
    if (a.bitLength() < 63 && b.bitLength() < 63) {
      return BigInteger.valueOf(gcd(a.longValue(), b.longValue()));
    }
    return a.gcd(b);
  }

  private final FractionsParams params;
  private final Rng rng;
  private final List<Node> leaves = new ArrayList<>();
  private final List<Node> operations = new ArrayList<>();

  FractionsGenerator(FractionsParams params, Rng rng) {
    this.params = params;
    this.rng = rng;
  }

  /** A tree meeting every requirement of the params, with every node's value set. */
  Node generate() {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      leaves.clear();
      operations.clear();
      Node root = shape(params.operands());
      if (params.allOperations()) {
        boolean multiplicative = false;
        for (Node op : operations) {
          multiplicative |= op.op == MUL || op.op == DIV;
        }
        if (!multiplicative) {
          operations.get(rng.nextInt(operations.size())).op = rng.nextBoolean() ? MUL : DIV;
        }
      }
      int n = leaves.size();
      int big = rng.nextInt(n);
      int unreduced = params.unreduced() ? rng.nextInt(n) : -1;
      int negative = params.negatives() ? rng.nextInt(n) : -1;
      for (int i = 0; i < n; i++) {
        boolean unred = i == unreduced || (params.unreduced() && rng.chance(1, 5));
        boolean neg = i == negative || (params.negatives() && rng.chance(1, 4));
        literal(leaves.get(i), i == big, unred, neg);
      }
      if (evaluate(root)) {
        return root;
      }
    }
    throw new IllegalStateException("no expression without zero values for " + params);
  }

  /** A random tree of {@code n} leaves; leaves and operations are listed left to right. */
  private Node shape(int n) {
    Node node = new Node();
    if (n == 1) {
      leaves.add(node);
      return node;
    }
    int nl = 1 + rng.nextInt(n - 1);
    node.left = shape(nl);
    node.op = params.allOperations() ? ALL[rng.nextInt(4)] : (rng.nextBoolean() ? ADD : SUB);
    operations.add(node);
    node.right = shape(n - nl);
    return node;
  }

  private void literal(Node leaf, boolean big, boolean unreduced, boolean negative) {
    int max = params.maxDenominator();
    int q;
    int k = 1;
    if (unreduced) {
      q = rng.between(2, max / 2);
      // a multiple of q in (max/2, max] exists since q <= max/2
      k = big ? rng.between(max / 2 / q + 1, max / q) : rng.between(2, max / q);
    } else {
      q = big ? rng.between(max / 2 + 1, max) : rng.between(2, max);
    }
    int p;
    do {
      p = rng.chance(3, 4) ? rng.between(1, q - 1) : rng.between(q + 1, 2 * q - 1);
    } while (gcd(p, q) != 1);
    long n = negative ? -(long) p * k : (long) p * k;
    leaf.becomeLeaf(BigInteger.valueOf(n), BigInteger.valueOf((long) q * k));
    leaf.value = Rational.of(n, (long) q * k);
  }

  /**
   * Sets every value bottom-up; without negatives a subtraction whose right side is larger swaps its
   * sides. False when some value is zero.
   */
  private boolean evaluate(Node node) {
    if (node.leaf()) {
      return true;
    }
    if (!evaluate(node.left) || !evaluate(node.right)) {
      return false;
    }
    if (node.op == SUB && !params.negatives() && node.left.value.compareTo(node.right.value) < 0) {
      Node t = node.left;
      node.left = node.right;
      node.right = t;
    }
    Rational a = node.left.value;
    Rational b = node.right.value;
    if (b.signum() == 0 && node.op == DIV) {
      return false;
    }
    node.value = switch (node.op) {
      case ADD -> a.add(b);
      case SUB -> a.subtract(b);
      case MUL -> a.multiply(b);
      default -> a.divide(b);
    };
    return node.value.signum() != 0;
  }

  static long gcd(long a, long b) {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  // ---- writing ----

  static int precedence(char op) {
    return op == ADD || op == SUB ? 1 : 2;
  }

  /** The expression as text: {@code ×} and {@code ÷} before {@code + -}, left to right. */
  static String write(Node root) {
    StringBuilder sb = new StringBuilder(64);
    write(sb, root, false);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Node node, boolean afterOp) {
    if (node.leaf()) {
      boolean wrap = afterOp && node.num.signum() < 0;
      if (wrap) {
        sb.append('(');
      }
      sb.append(node.text());
      if (wrap) {
        sb.append(')');
      }
      return;
    }
    child(sb, node.left, node.op, false, afterOp);
    sb.append(' ').append(node.op).append(' ');
    child(sb, node.right, node.op, true, true);
  }

  private static void child(StringBuilder sb, Node child, char parent, boolean right, boolean afterOp) {
    boolean paren = !child.leaf()
        && (right ? precedence(child.op) <= precedence(parent) : precedence(child.op) < precedence(parent));
    if (paren) {
      sb.append('(');
      write(sb, child, false);
      sb.append(')');
    } else {
      write(sb, child, afterOp);
    }
  }

  /** The deepest nesting of grouping parentheses (not those around a lone negative fraction). */
  static int depth(Node node) {
    if (node.leaf()) {
      return 0;
    }
    int l = depth(node.left) + (!node.left.leaf() && precedence(node.left.op) < precedence(node.op) ? 1 : 0);
    int r = depth(node.right) + (!node.right.leaf() && precedence(node.right.op) <= precedence(node.op) ? 1 : 0);
    return Math.max(l, r);
  }

  // ---- the reference trace ----

  /** The reference rewrites, step by step; mutates the tree into a single fraction. */
  static final class Trace {
    final List<String> lines = new ArrayList<>();
    final List<String> rules = new ArrayList<>();
    int maxDigits;
    int commonDenominators;
    int reductions;
    private final Node root;

    Trace(Node root) {
      this.root = root;
      measure(root);
    }

    private void measure(Node node) {
      if (node.leaf()) {
        note(node);
      } else {
        measure(node.left);
        measure(node.right);
      }
    }

    private void note(Node leaf) {
      maxDigits = Math.max(maxDigits, leaf.digits());
    }

    /** Reduces the unreduced fractions of the problem, then evaluates innermost and leftmost first. */
    void run() {
      reduceLeaves(root);
      evaluate(root);
    }

    private void reduceLeaves(Node node) {
      if (node.leaf()) {
        reduce(node);
      } else {
        reduceLeaves(node.left);
        reduceLeaves(node.right);
      }
    }

    private void evaluate(Node node) {
      if (node.leaf()) {
        return;
      }
      evaluate(node.left);
      evaluate(node.right);
      Node a = node.left;
      Node b = node.right;
      if (node.op == DIV) {
        BigInteger n = b.den;
        BigInteger d = b.num;
        if (d.signum() < 0) {
          n = n.negate();
          d = d.negate();
        }
        b.becomeLeaf(n, d);
        node.op = MUL;
        step("reciprocal", b);
      }
      if (node.op == MUL) {
        node.becomeLeaf(a.num.multiply(b.num), a.den.multiply(b.den));
        step("compute", node);
      } else {
        if (!a.den.equals(b.den)) {
          BigInteger g = gcd(a.den, b.den);
          BigInteger lcm = a.den.divide(g).multiply(b.den);
          expand(a, lcm);
          expand(b, lcm);
          step("common-denominator", null);
          commonDenominators++;
        }
        BigInteger n = node.op == ADD ? a.num.add(b.num) : a.num.subtract(b.num);
        node.becomeLeaf(n, a.den);
        step("compute", node);
      }
      reduce(node);
    }

    private void expand(Node leaf, BigInteger den) {
      if (!leaf.den.equals(den)) {
        BigInteger k = den.divide(leaf.den);
        leaf.becomeLeaf(leaf.num.multiply(k), den);
        note(leaf);
      }
    }

    private void reduce(Node leaf) {
      BigInteger g = gcd(leaf.num, leaf.den);
      if (!g.equals(BigInteger.ONE)) {
        leaf.becomeLeaf(leaf.num.divide(g), leaf.den.divide(g));
        step("reduce", leaf);
        reductions++;
      }
    }

    private void step(String rule, Node changed) {
      if (changed != null) {
        note(changed);
      }
      lines.add(write(root));
      rules.add(rule);
    }
  }
}
