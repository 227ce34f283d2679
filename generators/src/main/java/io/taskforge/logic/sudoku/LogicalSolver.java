package io.taskforge.logic.sudoku;

/**
 * Solves a sudoku the way a person would, always with the easiest {@link Technique} that makes
 * progress, and reports the hardest one it needed ({@link Technique#SEARCH} when none of them
 * helps). Works on candidate masks; one instance per puzzle.
 */
final class LogicalSolver {
  private final Geometry g;
  private final int n;
  private final int cells;
  private final int[] value;
  private final int[] cand;
  private int unfilled;

  // Scratch for subset and fish searches.
  private final int[] pool;
  private final int[] poolMask;

  LogicalSolver(Geometry g, int[] puzzle) {
    this.g = g;
    this.n = g.n;
    this.cells = g.cells;
    this.value = new int[cells];
    this.cand = new int[cells];
    this.pool = new int[n];
    this.poolMask = new int[n];
    for (int c = 0; c < cells; c++) {
      cand[c] = g.full;
      unfilled++;
    }
    for (int c = 0; c < cells; c++) {
      if (puzzle[c] != 0) {
        place(c, 1 << (puzzle[c] - 1));
      }
    }
  }

  /** The hardest technique needed to fill every cell. */
  Technique hardest() {
    Technique worst = Technique.NONE;
    while (unfilled > 0) {
      Technique t = step();
      if (t == Technique.SEARCH) {
        return t;
      }
      if (t.rank() > worst.rank()) {
        worst = t;
      }
    }
    return worst;
  }

  /** Candidate masks of the cells still blank (0 for filled cells). */
  int[] candidates() {
    return cand.clone();
  }

  /** The grid as far as it is filled (0 = still blank). */
  int[] grid() {
    return value.clone();
  }

  private Technique step() {
    for (int c = 0; c < cells; c++) {
      if (value[c] == 0 && cand[c] == 0) {
        return Technique.SEARCH; // contradiction: the givens admit no solution
      }
    }
    if (nakedSingles()) {
      return Technique.NAKED_SINGLE;
    }
    if (hiddenSingles()) {
      return Technique.HIDDEN_SINGLE;
    }
    if (nakedSubset(2)) {
      return Technique.NAKED_PAIR;
    }
    if (hiddenSubset(2)) {
      return Technique.HIDDEN_PAIR;
    }
    if (lockedCandidates()) {
      return Technique.POINTING_BOX_LINE;
    }
    if (nakedSubset(3)) {
      return Technique.NAKED_TRIPLE;
    }
    if (hiddenSubset(3)) {
      return Technique.HIDDEN_TRIPLE;
    }
    if (fish(2)) {
      return Technique.X_WING;
    }
    if (nakedSubset(4)) {
      return Technique.NAKED_QUAD;
    }
    if (hiddenSubset(4)) {
      return Technique.HIDDEN_QUAD;
    }
    if (xyWing()) {
      return Technique.XY_WING;
    }
    if (fish(3)) {
      return Technique.SWORDFISH;
    }
    return Technique.SEARCH;
  }

  private void place(int c, int bit) {
    value[c] = Integer.numberOfTrailingZeros(bit) + 1;
    cand[c] = 0;
    unfilled--;
    for (int p : g.peers[c]) {
      cand[p] &= ~bit;
    }
  }

  private boolean nakedSingles() {
    boolean any = false;
    for (int c = 0; c < cells; c++) {
      int m = cand[c];
      if (value[c] == 0 && m != 0 && (m & (m - 1)) == 0) {
        place(c, m);
        any = true;
      }
    }
    return any;
  }

  private boolean hiddenSingles() {
    boolean any = false;
    for (int[] unit : g.units) {
      int once = 0;
      int twice = 0;
      for (int c : unit) {
        twice |= once & cand[c];
        once |= cand[c];
      }
      for (int h = once & ~twice; h != 0; h &= h - 1) {
        int bit = h & -h;
        for (int c : unit) {
          if ((cand[c] & bit) != 0) {
            place(c, bit);
            any = true;
            break;
          }
        }
      }
    }
    return any;
  }

  /** k cells of a unit whose candidates together are k digits: those digits leave the unit's other cells. */
  private boolean nakedSubset(int k) {
    for (int[] unit : g.units) {
      int size = 0;
      int open = 0;
      for (int c : unit) {
        int bits = Integer.bitCount(cand[c]);
        if (value[c] == 0) {
          open++;
        }
        if (bits >= 2 && bits <= k) {
          pool[size] = c;
          poolMask[size++] = cand[c];
        }
      }
      if (open <= k || size < k) {
        continue;
      }
      firstCombination(k);
      do {
        int digits = 0;
        for (int i = 0; i < k; i++) {
          digits |= poolMask[combo[i]];
        }
        if (Integer.bitCount(digits) != k) {
          continue;
        }
        boolean changed = false;
        for (int c : unit) {
          if (value[c] != 0 || (cand[c] & digits) == 0 || chosenCell(c, k)) {
            continue;
          }
          cand[c] &= ~digits;
          changed = true;
        }
        if (changed) {
          return true;
        }
      } while (nextCombination(k, size));
    }
    return false;
  }

  private boolean chosenCell(int c, int k) {
    for (int i = 0; i < k; i++) {
      if (pool[combo[i]] == c) {
        return true;
      }
    }
    return false;
  }

  private final int[] combo = new int[4];

  private void firstCombination(int k) {
    for (int i = 0; i < k; i++) {
      combo[i] = i;
    }
  }

  /** Advances {@code combo} to the next k-subset of 0..size-1 in lexicographic order; false at the end. */
  private boolean nextCombination(int k, int size) {
    int i = k - 1;
    while (i >= 0 && combo[i] == size - k + i) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    combo[i]++;
    for (int j = i + 1; j < k; j++) {
      combo[j] = combo[j - 1] + 1;
    }
    return true;
  }

  /** k digits confined to the same k cells of a unit: those cells lose every other candidate. */
  private boolean hiddenSubset(int k) {
    for (int[] unit : g.units) {
      int open = 0;
      for (int c : unit) {
        if (value[c] == 0) {
          open++;
        }
      }
      if (open <= k) {
        continue;
      }
      int size = 0;
      for (int d = 0; d < n; d++) {
        int bit = 1 << d;
        int where = 0;
        for (int i = 0; i < n; i++) {
          if ((cand[unit[i]] & bit) != 0) {
            where |= 1 << i;
          }
        }
        int count = Integer.bitCount(where);
        if (count >= 2 && count <= k) {
          pool[size] = d;
          poolMask[size++] = where;
        }
      }
      if (size < k) {
        continue;
      }
      firstCombination(k);
      do {
        int digits = 0;
        int where = 0;
        for (int i = 0; i < k; i++) {
          digits |= 1 << pool[combo[i]];
          where |= poolMask[combo[i]];
        }
        if (Integer.bitCount(where) != k) {
          continue;
        }
        boolean changed = false;
        for (int i = 0; i < n; i++) {
          if ((where & (1 << i)) != 0) {
            int c = unit[i];
            if ((cand[c] & ~digits) != 0) {
              cand[c] &= digits;
              changed = true;
            }
          }
        }
        if (changed) {
          return true;
        }
      } while (nextCombination(k, size));
    }
    return false;
  }

  /** Pointing (a box's candidates for a digit on one line) and box-line reduction (the converse). */
  private boolean lockedCandidates() {
    for (int d = 0; d < n; d++) {
      int bit = 1 << d;
      for (int b = 0; b < n; b++) {
        int[] box = g.units[2 * n + b];
        int row = -1;
        int col = -1;
        boolean oneRow = true;
        boolean oneCol = true;
        boolean any = false;
        for (int c : box) {
          if ((cand[c] & bit) != 0) {
            if (!any) {
              row = g.rowOf[c];
              col = g.colOf[c];
              any = true;
            } else {
              oneRow &= g.rowOf[c] == row;
              oneCol &= g.colOf[c] == col;
            }
          }
        }
        if (!any) {
          continue;
        }
        if (oneRow && eliminateOutsideBox(g.units[row], b, bit)) {
          return true;
        }
        if (oneCol && eliminateOutsideBox(g.units[n + col], b, bit)) {
          return true;
        }
      }
      for (int line = 0; line < 2 * n; line++) {
        int[] unit = g.units[line];
        int box = -1;
        boolean oneBox = true;
        for (int c : unit) {
          if ((cand[c] & bit) != 0) {
            if (box < 0) {
              box = g.boxOf[c];
            } else {
              oneBox &= g.boxOf[c] == box;
            }
          }
        }
        if (box >= 0 && oneBox) {
          boolean changed = false;
          for (int c : g.units[2 * n + box]) {
            if ((cand[c] & bit) != 0 && !onLine(c, line)) {
              cand[c] &= ~bit;
              changed = true;
            }
          }
          if (changed) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean onLine(int c, int line) {
    return line < n ? g.rowOf[c] == line : g.colOf[c] == line - n;
  }

  private boolean eliminateOutsideBox(int[] line, int box, int bit) {
    boolean changed = false;
    for (int c : line) {
      if (g.boxOf[c] != box && (cand[c] & bit) != 0) {
        cand[c] &= ~bit;
        changed = true;
      }
    }
    return changed;
  }

  /** X-wing (k = 2) and swordfish (k = 3), with rows or columns as the base lines. */
  private boolean fish(int k) {
    for (int d = 0; d < n; d++) {
      int bit = 1 << d;
      for (int orientation = 0; orientation < 2; orientation++) {
        int size = 0;
        for (int line = 0; line < n; line++) {
          int[] unit = g.units[orientation * n + line];
          int where = 0;
          for (int i = 0; i < n; i++) {
            if ((cand[unit[i]] & bit) != 0) {
              where |= 1 << i;
            }
          }
          int count = Integer.bitCount(where);
          if (count >= 2 && count <= k) {
            pool[size] = line;
            poolMask[size++] = where;
          }
        }
        if (size < k) {
          continue;
        }
        firstCombination(k);
        do {
          int baseLines = 0;
          int cover = 0;
          for (int i = 0; i < k; i++) {
            baseLines |= 1 << pool[combo[i]];
            cover |= poolMask[combo[i]];
          }
          if (Integer.bitCount(cover) != k) {
            continue;
          }
          boolean changed = false;
          for (int line = 0; line < n; line++) {
            if ((baseLines & (1 << line)) != 0) {
              continue;
            }
            int[] unit = g.units[orientation * n + line];
            for (int i = 0; i < n; i++) {
              if ((cover & (1 << i)) != 0 && (cand[unit[i]] & bit) != 0) {
                cand[unit[i]] &= ~bit;
                changed = true;
              }
            }
          }
          if (changed) {
            return true;
          }
        } while (nextCombination(k, size));
      }
    }
    return false;
  }

  /** A pivot {a,b} seeing pincers {a,c} and {b,c}: c leaves every cell seeing both pincers. */
  private boolean xyWing() {
    for (int p = 0; p < cells; p++) {
      int pm = cand[p];
      if (Integer.bitCount(pm) != 2) {
        continue;
      }
      int[] peers = g.peers[p];
      for (int q1 : peers) {
        int m1 = cand[q1];
        if (Integer.bitCount(m1) != 2 || Integer.bitCount(m1 & pm) != 1) {
          continue;
        }
        int c = m1 & ~pm;
        int needed = (pm & ~m1) | c;
        for (int q2 : peers) {
          if (q2 == q1 || cand[q2] != needed) {
            continue;
          }
          boolean changed = false;
          for (int t : g.peers[q1]) {
            if (t != q2 && t != p && (cand[t] & c) != 0 && g.sees(t, q2)) {
              cand[t] &= ~c;
              changed = true;
            }
          }
          if (changed) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
