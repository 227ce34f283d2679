package io.taskforge.logic.knightsknaves;

import io.taskforge.core.Rng;
import io.taskforge.logic.formula.Formula;
import io.taskforge.logic.formula.TruthTables;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a puzzle with exactly one consistent assignment.
 *
 * <p>A hidden assignment is drawn first; each person then gets a random statement whose truth under
 * it matches the speaker's role (statements of the wrong truth value are redrawn). While more than
 * one assignment is consistent, a random person's statement is redrawn and the new one kept when it
 * does not increase the count. A stalled attempt starts over on the same random stream.
 */
final class PuzzleGenerator {
  private static final int MAX_ATTEMPTS = 10_000;
  private static final int MAX_DRAWS = 100_000;

  private static final int AND = 0;
  private static final int OR = 1;
  private static final int IMPLIES = 2;
  private static final int IFF = 3;
  private static final int NOT = 4;
  private static final int NONE = -1;
  /** Relative weights of AND, OR, IMPLIES, IFF, NOT. */
  private static final int[] WEIGHTS = {3, 3, 2, 1, 1};

  private final KnightsKnavesParams params;
  private final Rng rng;
  private final int n;
  /** The people a statement draws its claims from, cycled so mentions spread out. */
  private final int[] pool;
  private int poolPos;

  /** A drawn puzzle: its hidden (unique) assignment, claims and their constraint tables. */
  record Puzzle(int solution, Formula[] claims, long[][] constraints) {}

  private record Drawn(Formula claim, long[] constraint) {}

  PuzzleGenerator(KnightsKnavesParams params, Rng rng) {
    this.params = params;
    this.rng = rng;
    this.n = params.people();
    this.pool = new int[params.mentionable()];
  }

  Puzzle generate() {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      int hidden = rng.nextInt(1 << n);
      // One statement has exactly the requested depth and width, so both are delivered.
      int designated = rng.nextInt(n);
      Formula[] claims = new Formula[n];
      long[][] constraints = new long[n][];
      for (int i = 0; i < n; i++) {
        Drawn d = drawStatement(i, hidden, i == designated);
        claims[i] = d.claim();
        constraints[i] = d.constraint();
      }
      int count = TruthTables.count(KnightsKnavesSolver.consistent(constraints, -1, n), n);
      for (int budget = 30 * n; count > 1 && budget > 0; budget--) {
        int j = rng.nextInt(n);
        Drawn d = drawStatement(j, hidden, j == designated);
        long[] rest = KnightsKnavesSolver.consistent(constraints, j, n);
        int c = TruthTables.count(TruthTables.andInto(rest, d.constraint()), n);
        if (c <= count) {
          claims[j] = d.claim();
          constraints[j] = d.constraint();
          count = c;
        }
      }
      if (count == 1) {
        return new Puzzle(hidden, claims, constraints);
      }
    }
    throw new IllegalStateException("no unique puzzle found for " + params + " after " + MAX_ATTEMPTS + " attempts");
  }

  /**
   * A claim for {@code speaker} that is true under {@code hidden} exactly when the speaker is a
   * knight there, has its target depth, mentions only people it depends on, is neither always true
   * nor always false, and is informative (not equivalent to "I am a knight").
   */
  private Drawn drawStatement(int speaker, int hidden, boolean designated) {
    boolean knight = ((hidden >>> speaker) & 1) == 1;
    int target = designated ? params.depth() : rng.between(params.minDepth(), params.depth());
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      fillPool(speaker);
      Formula claim = draw(target, NONE, designated);
      long[] table = TruthTables.of(claim, n);
      if (TruthTables.get(table, hidden) != knight
          || TruthTables.isTautology(table, n)
          || TruthTables.isContradiction(table, n)
          || !dependsOnAll(table, claim.vars())
          || hasEqualSiblings(claim)) {
        continue;
      }
      long[] constraint = KnightsKnavesSolver.constraint(speaker, table, n);
      if (TruthTables.isTautology(constraint, n)) {
        continue;
      }
      return new Drawn(claim, constraint);
    }
    throw new IllegalStateException("no statement found for " + params);
  }

  private void fillPool(int speaker) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (i != speaker || params.selfReference()) {
        pool[k++] = i;
      }
    }
    rng.shuffle(pool);
    poolPos = 0;
  }

  private int nextPerson() {
    int p = pool[poolPos];
    poolPos = (poolPos + 1) % pool.length;
    return p;
  }

  /**
   * A formula of exactly depth {@code depth}: one operand of each connective carries the full
   * remaining depth, the others are shallower at random. An and/or never has an operand of its own
   * kind (that would just be a wider one) and a not is never doubled or applied to a single claim.
   */
  private Formula draw(int depth, int parentOp, boolean fullWidth) {
    if (depth == 0) {
      return Formula.is(nextPerson(), rng.nextBoolean());
    }
    int op = fullWidth ? rng.nextInt(2) : pickOp(depth, parentOp);
    switch (op) {
      case AND, OR -> {
        int k = fullWidth ? params.width() : rng.between(2, params.width());
        int deep = rng.nextInt(k);
        List<Formula> operands = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
          operands.add(draw(i == deep ? depth - 1 : rng.nextInt(depth), op, false));
        }
        return op == AND ? new Formula.And(operands) : new Formula.Or(operands);
      }
      case IMPLIES, IFF -> {
        boolean leftDeep = rng.nextBoolean();
        Formula left = draw(leftDeep ? depth - 1 : rng.nextInt(depth), op, false);
        Formula right = draw(leftDeep ? rng.nextInt(depth) : depth - 1, op, false);
        return op == IMPLIES ? Formula.implies(left, right) : Formula.iff(left, right);
      }
      default -> {
        return Formula.not(draw(depth - 1, NOT, false));
      }
    }
  }

  private int pickOp(int depth, int parentOp) {
    int total = 0;
    for (int op = 0; op < WEIGHTS.length; op++) {
      total += allowed(op, depth, parentOp) ? WEIGHTS[op] : 0;
    }
    int r = rng.nextInt(total);
    for (int op = 0; op < WEIGHTS.length; op++) {
      if (allowed(op, depth, parentOp)) {
        r -= WEIGHTS[op];
        if (r < 0) {
          return op;
        }
      }
    }
    throw new AssertionError();
  }

  private static boolean allowed(int op, int depth, int parentOp) {
    if (op == NOT) {
      return depth >= 2 && parentOp != NOT;
    }
    return op != parentOp || op == IMPLIES || op == IFF;
  }

  private boolean dependsOnAll(long[] table, long vars) {
    for (long v = vars; v != 0; v &= v - 1) {
      if (!TruthTables.dependsOn(table, Long.numberOfTrailingZeros(v), n)) {
        return false;
      }
    }
    return true;
  }

  /** True when some connective has two identical operands ("Bob is a knave and Bob is a knave"). */
  private static boolean hasEqualSiblings(Formula f) {
    List<Formula> operands;
    if (f instanceof Formula.And and) {
      operands = and.operands();
    } else if (f instanceof Formula.Or or) {
      operands = or.operands();
    } else if (f instanceof Formula.Iff iff) {
      operands = List.of(iff.left(), iff.right());
    } else if (f instanceof Formula.Implies imp) {
      operands = List.of(imp.antecedent(), imp.consequent());
    } else if (f instanceof Formula.Not not) {
      return hasEqualSiblings(not.operand());
    } else {
      return false;
    }
    for (int i = 0; i < operands.size(); i++) {
      if (hasEqualSiblings(operands.get(i))) {
        return true;
      }
      for (int j = 0; j < i; j++) {
        if (operands.get(i).equals(operands.get(j))) {
          return true;
        }
      }
    }
    return false;
  }
}
