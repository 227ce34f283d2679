package io.taskforge.logic.sat;

import io.taskforge.core.Params;

/**
 * The typed params of {@code logic.sat}; see {@link SatTask#schema()}.
 *
 * @param ratio clauses per variable in hundredths; 0 means the satisfiability threshold of {@code clauseSize}
 */
record SatParams(int variables, int clauseSize, int ratio, int unsatShare) {

  static SatParams from(Params p) {
    return new SatParams(
        p.getInt("variables"), p.getInt("clause-size"), p.getInt("ratio"), p.getInt("unsat-share"));
  }

  /**
   * The satisfiability threshold of random k-CNF in hundredths of clauses per variable (Mertens,
   * Mézard and Zecchina's values; exactly 1 for 2-SAT).
   */
  static int threshold(int k) {
    return switch (k) {
      case 2 -> 100;
      case 3 -> 427;
      case 4 -> 993;
      case 5 -> 2112;
      case 6 -> 4349;
      default -> 8780;
    };
  }

  /**
   * The most variables supported with clause size k: near the threshold the complete solver's time
   * grows exponentially, and these keep one instance under about a second.
   */
  static int maxVariables(int k) {
    return switch (k) {
      case 2, 3 -> 200;
      case 4 -> 80;
      case 5 -> 50;
      case 6 -> 35;
      default -> 25;
    };
  }

  /** The ratio in hundredths actually used. */
  int effectiveRatio() {
    return ratio == 0 ? threshold(clauseSize) : ratio;
  }

  /** The number of clauses: the ratio times the variables, rounded to the nearest integer, at least 1. */
  int clauses() {
    return Math.max(1, (int) ((effectiveRatio() * (long) variables + 50) / 100));
  }

  /** How many distinct clauses of {@code clauseSize} distinct variables exist, capped at Integer.MAX_VALUE. */
  long distinctClauses() {
    long count = 1L << clauseSize;
    // C(n, k) * 2^k, stopping once it exceeds any clause count we could ask for.
    long binomial = 1;
    for (int i = 0; i < clauseSize; i++) {
      binomial = binomial * (variables - i) / (i + 1);
      if (binomial > Integer.MAX_VALUE) {
        return Integer.MAX_VALUE;
      }
    }
    return Math.min(Integer.MAX_VALUE, binomial * count);
  }
}
