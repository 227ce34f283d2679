package io.taskforge.arithmetic.fractions;

import io.taskforge.arithmetic.fractions.FractionExpr.Node;
import io.taskforge.math.Rational;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether one expression follows from the one before it by exactly one allowed rewrite, by
 * comparing the two trees: they must be equal except at the place of the rewrite.
 *
 * <p>The allowed rewrites: <b>compute</b> (an operation whose operands are both numbers becomes a
 * number of the same value, reduced or not); <b>reciprocal</b> ({@code e ÷ p/q} becomes
 * {@code e × q/p}); <b>reduce</b> (the terms of one fraction divided by a common factor);
 * <b>common denominator</b> (the two number operands of one {@code +} or {@code -} whose
 * denominators differ, their terms multiplied by whole numbers to reach one denominator; at most
 * once per operation, so reducing and expanding cannot go round in circles to pad a trace).
 */
final class Rewrites {
  private static final int LEAF = 0;
  private static final int COMPUTE = 1;
  private static final int RECIPROCAL = 2;
  private static final int OTHER = 3;
  /** More differences than this cannot be one rewrite; the walk stops early. */
  private static final int MAX_CHANGES = 3;

  private Rewrites() {}

  /** One difference between the trees: old node, new node, and the old node's parent. */
  private record Change(int kind, Node before, Node after, Node parentBefore, Node parentAfter) {}

  /** Whether the trees are written identically (the same shape and the same fractions as written). */
  static boolean same(Node a, Node b) {
    List<Change> out = new ArrayList<>(2);
    diff(a, b, null, null, out);
    return out.isEmpty();
  }

  /**
   * Null when {@code after} is {@code before} with one allowed rewrite, else why not (a clause for
   * the reason). Carries the common-denominator marks over to {@code after}.
   */
  static String check(Node before, Node after) {
    List<Change> changes = new ArrayList<>(MAX_CHANGES + 1);
    diff(before, after, null, null, changes);
    if (changes.isEmpty()) {
      return "it changes nothing";
    }
    for (Change c : changes) {
      if (c.kind == OTHER) {
        return other(c);
      }
    }
    Change first = changes.get(0);
    if (changes.size() == 1) {
      return switch (first.kind) {
        case COMPUTE -> compute(first);
        case RECIPROCAL -> reciprocal(first);
        default -> oneNumber(first);
      };
    }
    if (changes.size() == 2 && first.kind == LEAF && changes.get(1).kind == LEAF) {
      return twoNumbers(first, changes.get(1));
    }
    return "it rewrites " + changes.size() + (changes.size() > MAX_CHANGES ? " or more" : "")
        + " places at once (" + shown(first.before) + " and " + shown(changes.get(1).before)
        + "); one rewrite per step";
  }

  private static void diff(Node a, Node b, Node pa, Node pb, List<Change> out) {
    if (out.size() > MAX_CHANGES) {
      return;
    }
    if (a.isLeaf() && b.isLeaf()) {
      if (!a.sameWriting(b)) {
        out.add(new Change(LEAF, a, b, pa, pb));
      }
      return;
    }
    if (!a.isLeaf() && !b.isLeaf()) {
      if (a.op == b.op) {
        b.expanded = a.expanded;
        diff(a.left, b.left, a, b, out);
        diff(a.right, b.right, a, b, out);
        return;
      }
      if (a.op == FractionExpr.DIV && b.op == FractionExpr.MUL && a.right.isLeaf() && b.right.isLeaf()) {
        out.add(new Change(RECIPROCAL, a, b, pa, pb));
        diff(a.left, b.left, a, b, out);
        return;
      }
      out.add(new Change(OTHER, a, b, pa, pb));
      return;
    }
    if (b.isLeaf() && a.left.isLeaf() && a.right.isLeaf()) {
      out.add(new Change(COMPUTE, a, b, pa, pb));
      return;
    }
    out.add(new Change(OTHER, a, b, pa, pb));
  }

  private static String other(Change c) {
    if (c.after.isLeaf()) {
      return "it replaces " + shown(c.before) + " by " + shown(c.after)
          + " though that still holds more than one operation; compute one operation on two numbers per step";
    }
    if (c.before.isLeaf()) {
      return "it replaces the number " + shown(c.before) + " by " + shown(c.after);
    }
    return "it changes " + shown(c.before) + " into " + shown(c.after)
        + ", which is not one allowed rewrite"
        + " (operations group as written: parentheses, then × ÷, then + -, left to right)";
  }

  private static String compute(Change c) {
    Node op = c.before;
    Rational v = FractionExpr.apply(op.op, op.left.value(), op.right.value());
    if (v == null) {
      return shown(op) + " divides by zero";
    }
    if (!v.equals(c.after.value())) {
      return shown(op) + " is " + v + ", not " + shown(c.after);
    }
    return null;
  }

  private static String reciprocal(Change c) {
    Rational divisor = c.before.right.value();
    if (divisor.signum() == 0) {
      return shown(c.before.right) + " is zero and has no reciprocal";
    }
    if (!divisor.reciprocal().equals(c.after.right.value())) {
      return "dividing by " + shown(c.before.right) + " is multiplying by " + divisor.reciprocal() + ", not by "
          + shown(c.after.right);
    }
    return null;
  }

  private static String unequal(Change c) {
    if (!c.before.value().equals(c.after.value())) {
      return "it rewrites " + shown(c.before) + " as " + shown(c.after) + ", which is not equal to it";
    }
    return null;
  }

  private static String oneNumber(Change c) {
    String unequal = unequal(c);
    if (unequal != null) {
      return unequal;
    }
    if (c.after.compareDenominator(c.before) < 0 && c.after.denominatorDivides(c.before)) {
      return null; // both terms divided by a common factor
    }
    Node parent = c.parentBefore;
    if (parent != null && isAdditive(parent) && parent.left.isLeaf() && parent.right.isLeaf()
        && c.before.denominatorDivides(c.after)) {
      Node sibling = parent.left == c.before ? parent.right : parent.left;
      if (sibling.compareDenominator(c.after) == 0) {
        return commonDenominator(parent, c.parentAfter, c.before.compareDenominator(sibling) == 0);
      }
    }
    return "rewriting " + shown(c.before) + " as " + shown(c.after)
        + " neither divides its terms by a common factor nor multiplies them to reach a common denominator"
        + " with the other operand of a + or -";
  }

  private static String twoNumbers(Change c1, Change c2) {
    Node parent = c1.parentBefore;
    if (parent == null || parent != c2.parentBefore || !isAdditive(parent)) {
      return "it rewrites two numbers (" + shown(c1.before) + " and " + shown(c2.before)
          + ") that are not the two operands of one + or -; one rewrite per step";
    }
    String unequal = unequal(c1);
    if (unequal == null) {
      unequal = unequal(c2);
    }
    if (unequal != null) {
      return unequal;
    }
    if (c1.after.compareDenominator(c2.after) != 0) {
      return "it rewrites both operands of " + shown(parent) + " but not over one denominator ("
          + shown(c1.after) + " and " + shown(c2.after) + ")";
    }
    for (Change c : new Change[] {c1, c2}) {
      if (!c.before.denominatorDivides(c.after)) {
        return "it rewrites " + shown(c.before) + " as " + shown(c.after)
            + ", which does not multiply its terms by a whole number";
      }
    }
    return commonDenominator(parent, c1.parentAfter, c1.before.compareDenominator(c2.before) == 0);
  }

  private static String commonDenominator(Node parentBefore, Node parentAfter, boolean alreadyCommon) {
    if (alreadyCommon) {
      return "the operands of " + shown(parentBefore) + " already have a common denominator";
    }
    if (parentBefore.expanded) {
      return "the operands of " + shown(parentBefore) + " were already put over a common denominator once";
    }
    parentAfter.expanded = true;
    return null;
  }

  private static boolean isAdditive(Node n) {
    return n.op == FractionExpr.ADD || n.op == FractionExpr.SUB;
  }

  static String shown(Node n) {
    String text = n.toString();
    return text.length() <= 60 ? "'" + text + "'" : "'" + text.substring(0, 57) + "...'";
  }
}
