package io.taskforge.planning.sokoban;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reverse play: a breadth-first search over pulls from the solved position (every box on a goal,
 * the player in any region), so every position it reaches is solvable by construction, and its
 * depth is exactly its push-optimal solution length (pulls are pushes backwards; breadth-first order
 * makes the first depth found the smallest, even when the search stops early). Positions are keyed
 * by their boxes and the player's region (named by its smallest floor index), as in push-optimal
 * search; they are numbered in the order found, so each depth is a range of numbers.
 */
final class SokobanReverse {
  private final SokobanBoard board;
  private final Reach region;
  private final Reach scratch;
  private long[] lo;
  private long[] hi;
  private int[] player;
  /** The position one push closer to the goal, where to stand, and which way to push. */
  private int[] parent;
  private int[] pushFrom;
  private byte[] push;
  private int count;
  /** Open addressing over position numbers plus one (0 = empty). */
  private int[] table;
  private final List<Integer> layerStart = new ArrayList<>();
  private boolean complete;

  SokobanReverse(SokobanBoard board) {
    this.board = board;
    this.region = new Reach(board);
    this.scratch = new Reach(board);
  }

  /**
   * Searches from the boxes of {@code solved} (all on goals) until {@code maxStates} positions, or
   * every position of depth {@code maxDepth} is found, or the end.
   */
  void run(SokobanState solved, int maxStates, int maxDepth) {
    int capacity = Integer.highestOneBit(Math.max(16, maxStates) * 2) * 2;
    lo = new long[maxStates + 1];
    hi = new long[maxStates + 1];
    player = new int[maxStates + 1];
    parent = new int[maxStates + 1];
    pushFrom = new int[maxStates + 1];
    push = new byte[maxStates + 1];
    table = new int[capacity];
    boolean[] seen = new boolean[board.floor()];
    layerStart.add(0);
    for (int f = 0; f < board.floor() && count < maxStates; f++) {
      if (!solved.hasBox(f) && !seen[f]) {
        scratch.explore(solved, f);
        for (int c : scratch.cells()) {
          seen[c] = true;
        }
        add(solved.lo(), solved.hi(), f, -1, -1, -1); // f is the smallest cell of its region
      }
    }
    int from = 0;
    while (from < count) {
      if (layerStart.size() - 1 == maxDepth) {
        return; // the layer at maxDepth is complete; deeper ones are not wanted
      }
      int to = count;
      layerStart.add(to);
      for (int id = from; id < to; id++) {
        SokobanState s = new SokobanState(lo[id], hi[id], player[id]);
        region.explore(s, s.player());
        for (int b = s.firstBox(); b >= 0; b = s.nextBox(b)) {
          for (SokobanMove m : SokobanMove.ALL) {
            // The player on q next to the box steps back to r, pulling the box from b onto q.
            int q = board.next(b, m);
            if (q < 0 || !region.reached(q)) {
              continue;
            }
            int r = board.next(q, m);
            if (r < 0 || s.hasBox(r)) {
              continue;
            }
            SokobanState moved = s.moveBox(b, q, r);
            scratch.explore(moved, r);
            int p = scratch.smallest();
            if (find(moved.lo(), moved.hi(), p) < 0) {
              add(moved.lo(), moved.hi(), p, id, r, m.opposite().ordinal());
              if (count == maxStates) {
                return;
              }
            }
          }
        }
      }
      from = to;
    }
    complete = true;
  }

  private static int hash(long l, long h, int p) {
    long z = l * 0x9E3779B97F4A7C15L ^ h * 0xC2B2AE3D27D4EB4FL ^ p * 0x165667B19E3779F9L;
    z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
    return (int) (z ^ (z >>> 29));
  }

  private int find(long l, long h, int p) {
    int mask = table.length - 1;
    for (int i = hash(l, h, p) & mask; ; i = (i + 1) & mask) {
      int id = table[i] - 1;
      if (id < 0) {
        return -1;
      }
      if (lo[id] == l && hi[id] == h && player[id] == p) {
        return id;
      }
    }
  }

  private void add(long l, long h, int p, int from, int stand, int move) {
    int id = count++;
    lo[id] = l;
    hi[id] = h;
    player[id] = p;
    parent[id] = from;
    pushFrom[id] = stand;
    push[id] = (byte) move;
    int mask = table.length - 1;
    int i = hash(l, h, p) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = id + 1;
  }

  /** The deepest depth reached. */
  int deepest() {
    int d = layerStart.size() - 1;
    while (d > 0 && start(d) >= end(d)) {
      d--;
    }
    return d;
  }

  private int start(int depth) {
    return layerStart.get(depth);
  }

  private int end(int depth) {
    return depth + 1 < layerStart.size() ? layerStart.get(depth + 1) : count;
  }

  /** The numbers of the positions found at a depth, in the order found. */
  int[] layer(int depth) {
    return depth < layerStart.size() ? rangeOf(start(depth), end(depth)) : new int[0];
  }

  private static int[] rangeOf(int from, int to) {
    int[] ids = new int[Math.max(0, to - from)];
    Arrays.setAll(ids, i -> from + i);
    return ids;
  }

  /** A found position, with the player on the smallest cell of its region. */
  SokobanState position(int id) {
    return new SokobanState(lo[id], hi[id], player[id]);
  }

  /** Whether every position reachable by pulls was found. */
  boolean complete() {
    return complete;
  }

  int states() {
    return count;
  }

  /** The cells of a position's player region, in increasing order. */
  List<Integer> regionOf(int id) {
    scratch.explore(position(id), player[id]);
    return scratch.cells();
  }

  /**
   * A push-optimal plan from a found position with the player on {@code start} (in its region):
   * each push preceded by a shortest walk to where it is pushed from.
   */
  List<SokobanMove> plan(int id, int start) {
    List<SokobanMove> plan = new ArrayList<>();
    int at = id;
    int p = start;
    while (parent[at] >= 0) {
      scratch.explore(position(at), p);
      scratch.appendPath(pushFrom[at], plan);
      SokobanMove m = SokobanMove.ALL.get(push[at]);
      plan.add(m);
      p = board.next(pushFrom[at], m);
      at = parent[at];
    }
    return plan;
  }
}
