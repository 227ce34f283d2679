package io.taskforge.solver.sat;

import java.util.Arrays;

/**
 * A complete SAT solver for small CNF formulas: DPLL with unit propagation on two watched literals,
 * chronological backtracking and a dynamic branching rule (the unassigned variable occurring most
 * often in clauses not yet satisfied, weighted towards short clauses; ties to the lowest variable).
 *
 * <p>Clauses are given DIMACS-style: variables are {@code 1..variables}, a literal is {@code v} or
 * {@code -v}. No clause learning, so it suits formulas of up to a few hundred variables such as the
 * random k-CNF of {@code logic.sat}. Deterministic: the same formula always gives the same model and
 * the same counts. Not thread-safe; make one per formula (it is cheap).
 */
public final class Dpll {
  private final int n;
  private final int[][] clauses;
  /** Per literal (2v for v, 2v+1 for -v, v 0-based), the clauses watching it. */
  private final int[][] watches;
  private final int[] watchCount;
  /** -1 unassigned, else 0 (false) or 1 (true), per 0-based variable. */
  private final byte[] value;
  private final int[] trail;
  private int trailSize;
  private int propagated;
  /** Trail position where each decision level starts, and whether its decision was flipped. */
  private final int[] levelStart;
  private final boolean[] flipped;
  private int level;
  private long decisions;
  private long conflicts;
  private long propagations;
  private final long[] score;

  private Dpll(int variables, int[][] dimacs) {
    this.n = variables;
    this.clauses = new int[dimacs.length][];
    this.watches = new int[2 * n][];
    this.watchCount = new int[2 * n];
    this.value = new byte[n];
    Arrays.fill(value, (byte) -1);
    this.trail = new int[n];
    this.levelStart = new int[n + 1];
    this.flipped = new boolean[n + 1];
    this.score = new long[2 * n];
    for (int i = 0; i < 2 * n; i++) {
      watches[i] = new int[4];
    }
    for (int c = 0; c < dimacs.length; c++) {
      clauses[c] = normalize(dimacs[c], c);
    }
  }

  /** The clause as internal literals, repeated literals dropped; a tautology becomes null. */
  private int[] normalize(int[] d, int c) {
    int[] lits = new int[d.length];
    int size = 0;
    outer:
    for (int x : d) {
      int v = Math.abs(x);
      if (v < 1 || v > n) {
        throw new IllegalArgumentException("clause " + (c + 1) + " uses variable " + x + " outside 1.." + n);
      }
      int lit = 2 * (v - 1) + (x < 0 ? 1 : 0);
      for (int j = 0; j < size; j++) {
        if (lits[j] == lit) {
          continue outer;
        }
        if (lits[j] == (lit ^ 1)) {
          return null;
        }
      }
      lits[size++] = lit;
    }
    return size == lits.length ? lits : Arrays.copyOf(lits, size);
  }

  /** Decides the formula; throws IllegalArgumentException for a literal outside {@code 1..variables}. */
  public static Result solve(int variables, int[][] clauses) {
    return new Dpll(variables, clauses).run();
  }

  /**
   * The outcome.
   *
   * @param satisfiable whether some assignment satisfies every clause
   * @param model when satisfiable, {@code model[v]} is the value of variable {@code v} (index 0 unused);
   *     else empty
   * @param decisions branching decisions made (search-tree nodes)
   * @param conflicts clauses found falsified during the search
   * @param propagations literals assigned by unit propagation
   */
  public record Result(boolean satisfiable, boolean[] model, long decisions, long conflicts, long propagations) {}

  private Result run() {
    // Empty clauses and initial units.
    for (int c = 0; c < clauses.length; c++) {
      int[] lits = clauses[c];
      if (lits == null) {
        continue;
      }
      if (lits.length == 0) {
        return unsat();
      }
      if (lits.length == 1) {
        int l = lits[0];
        int val = litValue(l);
        if (val == 0) {
          return unsat();
        }
        if (val < 0) {
          assign(l);
        }
      } else {
        watch(lits[0], c);
        watch(lits[1], c);
      }
    }
    if (!propagate()) {
      return unsat();
    }
    while (true) {
      int decision = pickBranch();
      if (decision < 0) {
        boolean[] model = new boolean[n + 1];
        for (int v = 0; v < n; v++) {
          model[v + 1] = value[v] == 1;
        }
        return new Result(true, model, decisions, conflicts, propagations);
      }
      decisions++;
      level++;
      levelStart[level] = trailSize;
      flipped[level] = false;
      assign(decision);
      while (!propagate()) {
        conflicts++;
        // Chronological backtracking: undo to the deepest decision not yet flipped, and flip it.
        while (level > 0 && flipped[level]) {
          undoTo(levelStart[level]);
          level--;
        }
        if (level == 0) {
          return unsat();
        }
        int lit = trail[levelStart[level]];
        undoTo(levelStart[level]);
        flipped[level] = true;
        assign(lit ^ 1);
      }
    }
  }

  private Result unsat() {
    return new Result(false, new boolean[0], decisions, conflicts, propagations);
  }

  private int litValue(int lit) {
    byte v = value[lit >> 1];
    return v < 0 ? -1 : v ^ (lit & 1);
  }

  private void assign(int lit) {
    value[lit >> 1] = (byte) (1 ^ (lit & 1));
    trail[trailSize++] = lit;
  }

  private void undoTo(int size) {
    while (trailSize > size) {
      value[trail[--trailSize] >> 1] = -1;
    }
    propagated = Math.min(propagated, size);
  }

  private void watch(int lit, int c) {
    int[] w = watches[lit];
    if (watchCount[lit] == w.length) {
      w = Arrays.copyOf(w, w.length * 2);
      watches[lit] = w;
    }
    w[watchCount[lit]++] = c;
  }

  /** Unit propagation from the unpropagated part of the trail; false on a conflict. */
  private boolean propagate() {
    while (propagated < trailSize) {
      int falseLit = trail[propagated++] ^ 1;
      int[] ws = watches[falseLit];
      int count = watchCount[falseLit];
      int keep = 0;
      for (int i = 0; i < count; i++) {
        int c = ws[i];
        int[] lits = clauses[c];
        // Keep the false literal at position 1.
        if (lits[0] == falseLit) {
          lits[0] = lits[1];
          lits[1] = falseLit;
        }
        if (litValue(lits[0]) == 1) {
          ws[keep++] = c;
          continue;
        }
        boolean moved = false;
        for (int j = 2; j < lits.length; j++) {
          if (litValue(lits[j]) != 0) {
            lits[1] = lits[j];
            lits[j] = falseLit;
            watch(lits[1], c);
            moved = true;
            break;
          }
        }
        if (moved) {
          continue;
        }
        ws[keep++] = c;
        int first = litValue(lits[0]);
        if (first == 0) {
          // Conflict: keep the remaining watches and stop.
          for (int r = i + 1; r < count; r++) {
            ws[keep++] = ws[r];
          }
          watchCount[falseLit] = keep;
          propagated = trailSize;
          return false;
        }
        if (first < 0) {
          propagations++;
          assign(lits[0]);
        }
      }
      watchCount[falseLit] = keep;
    }
    return true;
  }

  /**
   * The literal to branch on, or -1 when every variable is assigned. Scores each literal by its
   * occurrences in clauses not yet satisfied, a clause with {@code u} unassigned literals counting
   * {@code 2^(5-u)} (short clauses matter most), and picks the variable with the largest product of
   * its two literal scores (both polarities constrained), setting it to its higher-scoring literal.
   */
  private int pickBranch() {
    Arrays.fill(score, 0L);
    for (int[] lits : clauses) {
      if (lits == null) {
        continue;
      }
      int unassigned = 0;
      boolean satisfied = false;
      for (int l : lits) {
        int v = litValue(l);
        if (v == 1) {
          satisfied = true;
          break;
        }
        if (v < 0) {
          unassigned++;
        }
      }
      if (satisfied || unassigned == 0) {
        continue;
      }
      long weight = 1L << Math.max(0, 5 - unassigned);
      for (int l : lits) {
        if (litValue(l) < 0) {
          score[l] += weight;
        }
      }
    }
    int best = -1;
    long bestScore = -1;
    for (int v = 0; v < n; v++) {
      if (value[v] >= 0) {
        continue;
      }
      long pos = score[2 * v];
      long neg = score[2 * v + 1];
      long s = (pos + 1) * (neg + 1);
      if (s > bestScore) {
        bestScore = s;
        best = pos >= neg ? 2 * v : 2 * v + 1;
      }
    }
    return best;
  }
}
