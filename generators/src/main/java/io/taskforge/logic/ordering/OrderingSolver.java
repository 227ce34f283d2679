package io.taskforge.logic.ordering;

/**
 * The generator's permutation solver: fills positions 1, 2, ... in turn with an unused item and, after
 * each placement, checks every clue against what is placed so far (items not yet placed will stand
 * later), backtracking on the first clue that can no longer hold. Counts orders up to a limit.
 */
final class OrderingSolver {
  static final int BEFORE = 0;
  static final int IMMEDIATELY_BEFORE = 1;
  static final int FIRST = 2;
  static final int LAST = 3;
  static final int POSITION = 4;
  static final int BETWEEN = 5;
  static final int ADJACENT = 6;
  static final int NOT_ADJACENT = 7;

  /** A clue in solver form: kind, items a, b, c (-1 when unused), 0-based position k. */
  record Rule(int kind, int a, int b, int c, int k) {}

  private final int n;
  private final Rule[] rules;
  private final int[] pos;
  private final int[] order;
  private int limit;
  private int found;
  private long nodes;
  private int[] first;

  OrderingSolver(int n, Rule[] rules) {
    this.n = n;
    this.rules = rules;
    this.pos = new int[n];
    this.order = new int[n];
  }

  /** Number of orders satisfying all rules, stopping at {@code limit}. */
  int count(int limit) {
    this.limit = limit;
    this.found = 0;
    this.nodes = 0;
    this.first = null;
    java.util.Arrays.fill(pos, -1);
    search(0);
    return found;
  }

  /** Placements tried by the last {@link #count}. */
  long nodes() {
    return nodes;
  }

  /** The first order found by the last {@link #count} (item per position), or null. */
  int[] firstSolution() {
    return first;
  }

  private void search(int p) {
    if (p == n) {
      if (found++ == 0) {
        first = order.clone();
      }
      return;
    }
    for (int x = 0; x < n && found < limit; x++) {
      if (pos[x] >= 0) {
        continue;
      }
      nodes++;
      pos[x] = p;
      order[p] = x;
      if (consistent(p)) {
        search(p + 1);
      }
      pos[x] = -1;
    }
  }

  /** Whether every rule can still hold when positions 0..p are filled. */
  private boolean consistent(int p) {
    for (Rule r : rules) {
      if (!possible(r, p)) {
        return false;
      }
    }
    return true;
  }

  private boolean possible(Rule r, int p) {
    int pa = pos[r.a()];
    int pb = r.b() >= 0 ? pos[r.b()] : -1;
    switch (r.kind()) {
      case BEFORE:
        return pb < 0 || (pa >= 0 && pa < pb);
      case IMMEDIATELY_BEFORE:
        if (pa < 0) {
          return pb < 0;
        }
        return pb >= 0 ? pb == pa + 1 : pa == p;
      case FIRST:
        return pa == 0;
      case LAST:
        return pa < 0 ? p < n - 1 : pa == n - 1;
      case POSITION:
        return pa < 0 ? r.k() > p : pa == r.k();
      case BETWEEN: {
        int pc = pos[r.c()];
        if (pa < 0) {
          return pb < 0 || pc < 0;
        }
        if (pb >= 0 && pc >= 0) {
          return (pb < pa && pa < pc) || (pc < pa && pa < pb);
        }
        int placed = pb >= 0 ? pb : pc;
        return placed >= 0 && placed < pa;
      }
      case ADJACENT:
        if (pa >= 0 && pb >= 0) {
          return Math.abs(pa - pb) == 1;
        }
        if (pa < 0 && pb < 0) {
          return true;
        }
        return (pa >= 0 ? pa : pb) == p;
      case NOT_ADJACENT:
        return pa < 0 || pb < 0 || Math.abs(pa - pb) != 1;
      default:
        throw new IllegalArgumentException("unknown rule kind " + r.kind());
    }
  }

  /** Whether a complete order (item per position) satisfies a rule. */
  static boolean holds(Rule r, int[] posOf, int n) {
    int pa = posOf[r.a()];
    int pb = r.b() >= 0 ? posOf[r.b()] : -1;
    return switch (r.kind()) {
      case BEFORE -> pa < pb;
      case IMMEDIATELY_BEFORE -> pb == pa + 1;
      case FIRST -> pa == 0;
      case LAST -> pa == n - 1;
      case POSITION -> pa == r.k();
      case BETWEEN -> {
        int pc = posOf[r.c()];
        yield (pb < pa && pa < pc) || (pc < pa && pa < pb);
      }
      case ADJACENT -> Math.abs(pa - pb) == 1;
      case NOT_ADJACENT -> Math.abs(pa - pb) != 1;
      default -> throw new IllegalArgumentException("unknown rule kind " + r.kind());
    };
  }
}
