package io.taskforge.logic.zebra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A constraint-propagation solver for zebra puzzles that counts solutions up to a limit.
 *
 * <p>Each attribute value is a variable whose domain is a bit mask of the houses it may be in.
 * Clues narrow domains with bit operations; every attribute's values are all different and cover
 * every house (singletons and hidden singles); search branches on a smallest domain. Clues can be
 * switched off and on again, which the generator uses to remove clues while the solution stays
 * unique. Not thread-safe.
 */
public final class ZebraSolver {
  // Propagators, one per clue kind (right-of is left-of with its values swapped; both position
  // kinds narrow a value to a set of houses).
  private static final int SAME = 0;
  private static final int DIFF = 1;
  private static final int LT = 2;
  private static final int SUCC = 3;
  private static final int ADJ = 4;
  private static final int FAR = 5;
  private static final int TWO = 6;
  private static final int IN = 7;
  private static final int EITHER = 8;

  private final int n;
  private final int m;
  private final int vars;
  private final int full;
  private int count;
  private int[] kind = new int[16];
  private int[] a = new int[16];
  private int[] b = new int[16];
  private int[] c = new int[16];
  private int[] mask = new int[16];
  private boolean[] active = new boolean[16];

  private final int[][] stack;
  private final List<int[]> found = new ArrayList<>(2);
  private int limit;
  private long nodeLimit;
  private long nodes;
  private long backtracks;
  private boolean aborted;

  /** A solver for {@code houses} houses and {@code attributes} attributes, with no clues yet. */
  public ZebraSolver(int houses, int attributes) {
    if (houses < 1 || houses > 30 || attributes < 1) {
      throw new IllegalArgumentException("houses must be 1..30 and attributes positive, got " + houses + "x" + attributes);
    }
    this.n = houses;
    this.m = attributes;
    this.vars = houses * attributes;
    this.full = (1 << houses) - 1;
    this.stack = new int[vars + 2][vars];
  }

  /** A solver with every clue of a well-formed problem (indices in range, known kinds). */
  public static ZebraSolver of(ZebraProblem problem) {
    int n = problem.houses();
    ZebraSolver s = new ZebraSolver(n, problem.attributes().size());
    for (ZebraProblem.Clue clue : problem.clues()) {
      ClueKind k = ClueKind.byId(clue.kind());
      if (k == null) {
        throw new IllegalArgumentException("unknown clue kind " + clue.kind());
      }
      int[] it = new int[3];
      for (int i = 0; i < clue.items().size() && i < 3; i++) {
        ZebraProblem.Item item = clue.items().get(i);
        it[i] = item.attribute() * n + item.value();
      }
      int hm = 0;
      for (int h : clue.houses()) {
        hm |= 1 << (h - 1);
      }
      s.add(k, it[0], it[1], it[2], hm);
    }
    return s;
  }

  public int houses() {
    return n;
  }

  public int attributes() {
    return m;
  }

  /** How many clues were added (active or not). */
  public int clues() {
    return count;
  }

  /**
   * Adds a clue and returns its index.
   *
   * @param k the kind
   * @param x first item's variable ({@code attribute * houses + value})
   * @param y second item's variable (unused by one-item kinds)
   * @param z third item's variable (used by {@code either-same-house})
   * @param houseMask for position kinds, a bit per allowed house (bit 0 = house 1)
   */
  public int add(ClueKind k, int x, int y, int z, int houseMask) {
    return switch (k) {
      case SAME_HOUSE -> addOp(SAME, x, y, 0, 0);
      case NOT_SAME_HOUSE -> addOp(DIFF, x, y, 0, 0);
      case LEFT_OF -> addOp(LT, x, y, 0, 0);
      case RIGHT_OF -> addOp(LT, y, x, 0, 0);
      case IMMEDIATELY_LEFT -> addOp(SUCC, x, y, 0, 0);
      case NEXT_TO -> addOp(ADJ, x, y, 0, 0);
      case NOT_NEXT_TO -> addOp(FAR, x, y, 0, 0);
      case ONE_BETWEEN -> addOp(TWO, x, y, 0, 0);
      case POSITION, EITHER_POSITION -> addOp(IN, x, x, 0, houseMask);
      case EITHER_SAME_HOUSE -> addOp(EITHER, x, y, z, 0);
    };
  }

  private int addOp(int op, int x, int y, int z, int houseMask) {
    if (count == kind.length) {
      int cap = count * 2;
      kind = Arrays.copyOf(kind, cap);
      a = Arrays.copyOf(a, cap);
      b = Arrays.copyOf(b, cap);
      c = Arrays.copyOf(c, cap);
      mask = Arrays.copyOf(mask, cap);
      active = Arrays.copyOf(active, cap);
    }
    kind[count] = op;
    a[count] = x;
    b[count] = y;
    c[count] = z;
    mask[count] = houseMask & full;
    active[count] = true;
    return count++;
  }

  public void setActive(int clue, boolean on) {
    active[clue] = on;
  }

  public boolean isActive(int clue) {
    return active[clue];
  }

  /**
   * Finds up to {@code limit} solutions with the active clues.
   *
   * @param nodeLimit search nodes after which the search gives up (the result is then incomplete)
   */
  public Result solve(int limit, long nodeLimit) {
    this.limit = limit;
    this.nodeLimit = nodeLimit;
    this.nodes = 0;
    this.backtracks = 0;
    this.aborted = false;
    found.clear();
    int[] root = stack[0];
    Arrays.fill(root, full);
    search(0);
    return new Result(List.copyOf(found), nodes, backtracks, !aborted);
  }

  /**
   * What a search found.
   *
   * @param solutions each maps a variable ({@code attribute * houses + value}) to its 0-based house
   * @param nodes search nodes visited
   * @param backtracks nodes where propagation failed
   * @param complete false when the node limit stopped the search early
   */
  public record Result(List<int[]> solutions, long nodes, long backtracks, boolean complete) {
    public int count() {
      return solutions.size();
    }
  }

  private void search(int depth) {
    nodes++;
    if (nodes > nodeLimit) {
      aborted = true;
      return;
    }
    int[] d = stack[depth];
    if (!propagate(d)) {
      backtracks++;
      return;
    }
    int best = -1;
    int bestSize = Integer.MAX_VALUE;
    for (int v = 0; v < vars; v++) {
      int size = Integer.bitCount(d[v]);
      if (size > 1 && size < bestSize) {
        best = v;
        bestSize = size;
        if (size == 2) {
          break;
        }
      }
    }
    if (best < 0) {
      int[] sol = new int[vars];
      for (int v = 0; v < vars; v++) {
        sol[v] = Integer.numberOfTrailingZeros(d[v]);
      }
      found.add(sol);
      return;
    }
    int dom = d[best];
    int[] next = stack[depth + 1];
    while (dom != 0) {
      int bit = dom & -dom;
      dom ^= bit;
      System.arraycopy(d, 0, next, 0, vars);
      next[best] = bit;
      search(depth + 1);
      if (aborted || found.size() >= limit) {
        return;
      }
    }
  }

  private static boolean single(int x) {
    return (x & (x - 1)) == 0;
  }

  /** Narrows {@code d} to a fixpoint; false when some domain becomes empty. */
  private boolean propagate(int[] d) {
    boolean changed;
    do {
      changed = false;
      for (int i = 0; i < count; i++) {
        if (!active[i]) {
          continue;
        }
        int x = a[i];
        int y = b[i];
        int dx = d[x];
        int dy = d[y];
        int nx = dx;
        int ny = dy;
        switch (kind[i]) {
          case SAME -> {
            nx = dx & dy;
            ny = nx;
          }
          case DIFF -> {
            if (single(dx)) {
              ny = dy & ~dx;
            }
            if (single(dy)) {
              nx = dx & ~dy;
            }
          }
          case LT -> {
            // x somewhere left of y: x below y's highest house, y above x's lowest.
            int hiY = 31 - Integer.numberOfLeadingZeros(dy);
            nx = hiY < 0 ? 0 : dx & ((1 << hiY) - 1);
            int loX = Integer.numberOfTrailingZeros(dx);
            ny = loX >= 31 ? 0 : dy & ~((2 << loX) - 1);
          }
          case SUCC -> {
            ny = dy & (dx << 1);
            nx = dx & (dy >>> 1);
          }
          case ADJ -> {
            ny = dy & ((dx << 1) | (dx >>> 1));
            nx = dx & ((dy << 1) | (dy >>> 1));
          }
          case FAR -> {
            if (single(dx)) {
              ny = dy & ~(dx | (dx << 1) | (dx >>> 1));
            }
            if (single(dy)) {
              nx = dx & ~(dy | (dy << 1) | (dy >>> 1));
            }
          }
          case TWO -> {
            ny = dy & ((dx << 2) | (dx >>> 2));
            nx = dx & ((dy << 2) | (dy >>> 2));
          }
          case IN -> nx = dx & mask[i];
          case EITHER -> {
            int z = c[i];
            int dz = d[z];
            nx = dx & (dy | dz);
            int nz = dz;
            if ((nx & dy) == 0) {
              nx &= dz;
              nz = nx;
            } else if ((nx & dz) == 0) {
              nx &= dy;
              ny = nx;
            }
            if (nz != dz) {
              int cur = d[z];
              nz &= cur;
              if (nz == 0) {
                return false;
              }
              if (nz != cur) {
                d[z] = nz;
                changed = true;
              }
            }
          }
          default -> throw new AssertionError(kind[i]);
        }
        // Writes intersect with the current domain, so a clue naming one value twice stays sound.
        if (nx != dx) {
          int cur = d[x];
          nx &= cur;
          if (nx == 0) {
            return false;
          }
          if (nx != cur) {
            d[x] = nx;
            changed = true;
          }
        }
        if (ny != dy) {
          int cur = d[y];
          ny &= cur;
          if (ny == 0) {
            return false;
          }
          if (ny != cur) {
            d[y] = ny;
            changed = true;
          }
        }
      }
      for (int t = 0; t < m; t++) {
        int base = t * n;
        int once = 0;
        int twice = 0;
        int fixed = 0;
        for (int v = base; v < base + n; v++) {
          int x = d[v];
          twice |= once & x;
          once |= x;
          if (single(x)) {
            if ((fixed & x) != 0) {
              return false;
            }
            fixed |= x;
          }
        }
        if (once != full) {
          return false;
        }
        int hidden = once & ~twice;
        for (int v = base; v < base + n; v++) {
          int x = d[v];
          int y = single(x) ? x : x & ~fixed;
          int h = y & hidden;
          if (h != 0) {
            if (!single(h)) {
              return false;
            }
            y = h;
          }
          if (y != x) {
            if (y == 0) {
              return false;
            }
            d[v] = y;
            changed = true;
          }
        }
      }
    } while (changed);
    return true;
  }
}
