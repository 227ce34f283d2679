package io.taskforge.logic.knightsknaves;

import io.taskforge.logic.formula.Formula;
import io.taskforge.logic.formula.TruthTables;

/**
 * The generator's solver: each statement becomes the constraint "speaker is a knight iff the claim
 * holds", as a truth table over all {@code 2^n} role assignments (bit {@code i} set = person
 * {@code i} is a knight); the consistent assignments are the AND of the constraints.
 */
final class KnightsKnavesSolver {
  private KnightsKnavesSolver() {}

  /** The table of "speaker is a knight iff claim", given the claim's own table. */
  static long[] constraint(int speaker, long[] claimTable, int n) {
    return TruthTables.iff(TruthTables.var(speaker, n), claimTable);
  }

  /** The consistent assignments of a set of constraints, optionally leaving one out. */
  static long[] consistent(long[][] constraints, int skip, int n) {
    long[] t = TruthTables.all(n);
    for (int i = 0; i < constraints.length; i++) {
      if (i != skip) {
        TruthTables.andInto(t, constraints[i]);
      }
    }
    return t;
  }

  /**
   * Nodes visited by a chronological backtracking solver that decides people in introduction order
   * (knight first) and checks a statement as soon as everyone it involves is decided, searching
   * the whole tree (as needed to prove the solution unique). A measure of search difficulty: it is
   * small when statements about early people pin them down, and grows when contradictions show up
   * only late.
   */
  static long searchNodes(int[] speakers, Formula[] claims, long[][] constraints, int n) {
    // readyAt[k] = statements whose people all have index < k but not all < k - 1.
    int[][] readyAt = new int[n + 1][];
    int[] sizes = new int[n + 1];
    int[] readyIndex = new int[claims.length];
    for (int s = 0; s < claims.length; s++) {
      long involved = claims[s].vars() | (1L << speakers[s]);
      readyIndex[s] = 64 - Long.numberOfLeadingZeros(involved);
      sizes[readyIndex[s]]++;
    }
    for (int k = 0; k <= n; k++) {
      readyAt[k] = new int[sizes[k]];
      sizes[k] = 0;
    }
    for (int s = 0; s < claims.length; s++) {
      int k = readyIndex[s];
      readyAt[k][sizes[k]++] = s;
    }
    long[] nodes = new long[1];
    search(0, 0, n, readyAt, constraints, nodes);
    return nodes[0];
  }

  private static void search(int k, int assignment, int n, int[][] readyAt, long[][] constraints, long[] nodes) {
    nodes[0]++;
    for (int s : readyAt[k]) {
      if (!TruthTables.get(constraints[s], assignment)) {
        return;
      }
    }
    if (k == n) {
      return;
    }
    search(k + 1, assignment | (1 << k), n, readyAt, constraints, nodes);
    search(k + 1, assignment, n, readyAt, constraints, nodes);
  }
}
