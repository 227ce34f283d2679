package io.taskforge.arithmetic.expression;

import static io.taskforge.arithmetic.expression.Shapes.ADD;
import static io.taskforge.arithmetic.expression.Shapes.DIV;
import static io.taskforge.arithmetic.expression.Shapes.LIT;
import static io.taskforge.arithmetic.expression.Shapes.MUL;
import static io.taskforge.arithmetic.expression.Shapes.NEG;
import static io.taskforge.arithmetic.expression.Shapes.SUB;

import io.taskforge.core.Rng;
import io.taskforge.math.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one expression tree top-down, steering every choice by {@link Shapes} so the written
 * expression has exactly the requested parenthesis depth, then writes it and its evaluation trace.
 *
 * <p>Choices are drawn from a natural distribution (split point, operators, occasional negation and
 * redundant parentheses) and redrawn locally when the table says the requested depth cannot be
 * reached with them, so nothing is rejected wholesale except for the rare instance that lacks a
 * requested feature (a division, a negation, a literal of full length).
 */
final class ExpressionGenerator {
  /** Chance (out of 12) that an operand of one literal is negated, when unary minus is on. */
  private static final int NEG_LEAF_IN_12 = 2;
  /** Chance (out of 12) that an operand of several literals is negated. */
  private static final int NEG_NODE_IN_12 = 1;
  /** Chance (out of 12) of redundant parentheses around an operation that needs none. */
  private static final int REDUNDANT_IN_12 = 1;
  private static final int MAX_REDRAWS = 100_000;

  private final ExpressionParams params;
  private final Shapes shapes;
  private final Rng rng;
  private final long maxLiteral;
  private final long fullLiteral;
  private int divisions;
  private int negations;
  private long largestLiteral;

  ExpressionGenerator(ExpressionParams params, Rng rng) {
    this.params = params;
    this.shapes = Shapes.of(params.division(), params.unaryMinus());
    this.rng = rng;
    long p = 1;
    for (int i = 1; i < params.digits(); i++) {
      p *= 10;
    }
    this.fullLiteral = p;
    this.maxLiteral = p * 10 - 1;
  }

  /** A node of the tree; {@code paren} says its parent writes parentheses around it. */
  static final class Node {
    final int head;
    final Node left;
    final Node right;
    final long literal;
    final Rational value;
    final boolean paren;
    boolean done;

    Node(int head, Node left, Node right, long literal, Rational value, boolean paren) {
      this.head = head;
      this.left = left;
      this.right = right;
      this.literal = literal;
      this.value = value;
      this.paren = paren;
    }
  }

  /** A tree that meets every requirement of the params. */
  Node generate() {
    for (int attempt = 0; attempt < MAX_REDRAWS; attempt++) {
      int n = params.operands();
      int head;
      do {
        head = sampleHead(n);
      } while (!has(shapes.reach(n, head, false), params.depth()));
      Node root = node(n, head, params.depth(), false, false);
      divisions = 0;
      negations = 0;
      largestLiteral = 0;
      count(root);
      if (largestLiteral >= fullLiteral
          && (!params.division() || divisions > 0)
          && (!params.unaryMinus() || negations > 0)) {
        return root;
      }
    }
    throw new IllegalStateException("no expression meets " + params);
  }

  private int sampleHead(int n) {
    if (params.unaryMinus() && rng.chance(n == 1 ? NEG_LEAF_IN_12 : NEG_NODE_IN_12, 12)) {
      return NEG;
    }
    if (n == 1) {
      return LIT;
    }
    return ADD + rng.nextInt(params.division() ? 4 : 3);
  }

  /** A node of {@code n} literals with the given head and own depth exactly {@code depth}. */
  private Node node(int n, int head, int depth, boolean afterOp, boolean paren) {
    switch (head) {
      case LIT -> {
        return literal(paren);
      }
      case NEG -> {
        if (n == 1) {
          Node lit = literal(false);
          return new Node(NEG, lit, null, 0, lit.value.negate(), paren);
        }
        int op;
        do {
          op = ADD + rng.nextInt(params.division() ? 4 : 3);
        } while (!has(shapes.reach(n, op, false), depth - 1));
        // the operand of a negation is always parenthesized by the negation itself
        Node inner = node(n, op, depth - 1, false, false);
        return new Node(NEG, inner, null, 0, inner.value.negate(), paren);
      }
      default -> {
        return binary(n, head, depth, afterOp, paren);
      }
    }
  }

  private Node literal(boolean paren) {
    long v = 1 + rng.nextLong(maxLiteral);
    return new Node(LIT, null, null, v, Rational.of(v), paren);
  }

  private Node binary(int n, int op, int depth, boolean afterOp, boolean paren) {
    for (int redraw = 0; redraw < MAX_REDRAWS; redraw++) {
      int nl = 1 + rng.nextInt(n - 1);
      int nr = n - nl;
      int hl = sampleHead(nl);
      int hr = sampleHead(nr);
      boolean wl = wrap(op, false, hl, afterOp);
      boolean wr = wrap(op, true, hr, true);
      boolean al = !wl && afterOp;
      boolean ar = !wr;
      int shiftL = wl ? 1 : 0;
      int shiftR = wr ? 1 : 0;
      long sl = shapes.reach(nl, hl, al) << shiftL;
      long sr = shapes.reach(nr, hr, ar) << shiftR;
      if (!has(Shapes.combine(sl, sr), depth)) {
        continue;
      }
      long below = depth == 63 ? -1L : (1L << (depth + 1)) - 1;
      boolean leftExact = has(sl, depth) && (sr & below) != 0;
      boolean rightExact = has(sr, depth) && (sl & below) != 0;
      int dl;
      int dr;
      if (leftExact && (!rightExact || rng.nextBoolean())) {
        dl = depth;
        dr = pickDepth(sr & below);
      } else {
        dr = depth;
        dl = pickDepth(sl & below);
      }
      Node left = node(nl, hl, dl - shiftL, al, wl);
      Node right = node(nr, hr, dr - shiftR, ar, wr);
      Rational v;
      switch (op) {
        case ADD -> v = left.value.add(right.value);
        case SUB -> v = left.value.subtract(right.value);
        case MUL -> v = left.value.multiply(right.value);
        default -> {
          for (int again = 0; right.value.signum() == 0; again++) {
            if (again == MAX_REDRAWS) {
              throw new IllegalStateException("only zero divisors of " + nr + " operands for " + params);
            }
            // a divisor worth zero is drawn again with the same shape constraints
            right = node(nr, hr, dr - shiftR, ar, wr);
          }
          v = left.value.divide(right.value);
        }
      }
      return new Node(op, left, right, 0, v, paren);
    }
    throw new IllegalStateException("no " + n + "-operand expression of depth " + depth + " for " + params);
  }

  private boolean wrap(int op, boolean right, int child, boolean positionAfterOp) {
    int w = Shapes.wraps(op, right, child, positionAfterOp);
    if (w == 3) {
      return rng.chance(REDUNDANT_IN_12, 12);
    }
    return w == 2;
  }

  /** The smallest depth in the mask half the time, else a uniform one: most branches stay shallow. */
  private int pickDepth(long mask) {
    int low = Long.numberOfTrailingZeros(mask);
    if (rng.nextBoolean()) {
      return low;
    }
    int k = rng.nextInt(Long.bitCount(mask));
    for (int i = 0; i < k; i++) {
      mask &= mask - 1;
    }
    return Long.numberOfTrailingZeros(mask);
  }

  private static boolean has(long mask, int depth) {
    return depth >= 0 && depth < 64 && (mask & (1L << depth)) != 0;
  }

  private void count(Node node) {
    switch (node.head) {
      case LIT -> largestLiteral = Math.max(largestLiteral, node.literal);
      case NEG -> {
        negations++;
        count(node.left);
      }
      default -> {
        if (node.head == DIV) {
          divisions++;
        }
        count(node.left);
        count(node.right);
      }
    }
  }

  int divisions() {
    return divisions;
  }

  int negations() {
    return negations;
  }

  // ---- writing ----

  /** The expression as written, with the nodes already evaluated shown as their values. */
  static String write(Node root) {
    StringBuilder sb = new StringBuilder(128);
    write(sb, root, false, root);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Node node, boolean afterOp, Node root) {
    if (node.done) {
      value(sb, node.value, afterOp, node == root);
      return;
    }
    if (node.paren) {
      sb.append('(');
      inner(sb, node, false, root);
      sb.append(')');
    } else {
      inner(sb, node, afterOp, root);
    }
  }

  private static void inner(StringBuilder sb, Node node, boolean afterOp, Node root) {
    switch (node.head) {
      case LIT -> sb.append(node.literal);
      case NEG -> {
        sb.append('-');
        Node c = node.left;
        if (c.head == LIT) {
          sb.append(c.literal);
        } else {
          sb.append('(');
          inner(sb, c, false, root);
          sb.append(')');
        }
      }
      default -> {
        write(sb, node.left, afterOp, root);
        sb.append(' ').append(Shapes.SYMBOL[node.head]).append(' ');
        write(sb, node.right, true, root);
      }
    }
  }

  /**
   * A computed value inside an expression: fractions and negative numbers after an operator are
   * parenthesized so the text still parses to the same tree; the whole expression's value is bare.
   */
  private static void value(StringBuilder sb, Rational v, boolean afterOp, boolean top) {
    boolean wrap = !top && (!v.isInteger() || (afterOp && v.signum() < 0));
    if (wrap) {
      sb.append('(');
    }
    v.appendTo(sb);
    if (wrap) {
      sb.append(')');
    }
  }

  // ---- the trace ----

  /** Evaluates the tree step by step (post-order: innermost and leftmost first). */
  static List<ExpressionSolution.Step> trace(Node root, int operands) {
    List<ExpressionSolution.Step> steps = new ArrayList<>(operands - 1);
    trace(root, root, steps);
    return steps;
  }

  private static void trace(Node node, Node root, List<ExpressionSolution.Step> steps) {
    switch (node.head) {
      case LIT -> { }
      case NEG -> {
        Node c = node.left;
        if (c.head != LIT) {
          trace(c.left, root, steps);
          trace(c.right, root, steps);
          StringBuilder op = new StringBuilder(48).append("-(");
          operation(op, c);
          op.append(") = ");
          node.value.appendTo(op);
          c.done = true;
          node.done = true;
          steps.add(new ExpressionSolution.Step(op.toString(), write(root)));
        }
      }
      default -> {
        trace(node.left, root, steps);
        trace(node.right, root, steps);
        StringBuilder op = new StringBuilder(48);
        operation(op, node);
        op.append(" = ");
        node.value.appendTo(op);
        node.done = true;
        steps.add(new ExpressionSolution.Step(op.toString(), write(root)));
      }
    }
  }

  private static void operation(StringBuilder sb, Node node) {
    value(sb, node.left.value, false, false);
    sb.append(' ').append(Shapes.SYMBOL[node.head]).append(' ');
    value(sb, node.right.value, true, false);
  }
}
