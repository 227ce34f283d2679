package io.taskforge.planning.sokoban;

import io.taskforge.search.AStar;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Move-optimal Sokoban plans by A* over pushes: a step of the search walks the player by a shortest
 * path to a box and pushes it once, at a cost of the walk's length plus one, so the cheapest push
 * sequence is the plan with the fewest moves (between pushes only a shortest walk makes sense, and
 * a plan ends with its last push). The heuristic, each box's fewest pushes to its nearest goal
 * ignoring the other boxes, is admissible for moves. Pushes that put a box on a cell from which no
 * goal can be reached, or freeze boxes in a 2×2 block of walls and boxes off goals, are never made;
 * neither can be part of a plan.
 */
final class SokobanSolver {
  private static final int DEAD = Integer.MAX_VALUE / 4;

  private SokobanSolver() {}

  /** Stand on {@code from} (after a shortest walk) and push {@code move}. */
  record Push(int from, SokobanMove move) {}

  /** Fewest pushes to the nearest goal for a box on each floor cell, ignoring other boxes ({@link #DEAD} if none). */
  static int[] boxDistances(SokobanBoard board) {
    int f = board.floor();
    int[] dist = new int[f];
    Arrays.fill(dist, DEAD);
    int[] queue = new int[f];
    int head = 0;
    int tail = 0;
    for (int g = 0; g < f; g++) {
      if (board.isGoal(g)) {
        dist[g] = 0;
        queue[tail++] = g;
      }
    }
    while (head < tail) {
      int x = queue[head++];
      for (int m = 0; m < 4; m++) {
        // A box on q = x + m with the player on q + m is pushed back onto x.
        int q = board.next(x, m);
        if (q < 0 || dist[q] != DEAD) {
          continue;
        }
        int r = board.next(q, m);
        if (r >= 0) {
          dist[q] = dist[x] + 1;
          queue[tail++] = q;
        }
      }
    }
    return dist;
  }

  /** The push-level search space from a start position. */
  static final class Space implements SearchSpace<SokobanState, Push> {
    private final SokobanBoard board;
    private final SokobanState start;
    private final int[] boxDist;
    private final Reach reach;

    Space(SokobanBoard board, SokobanState start) {
      this.board = board;
      this.start = start;
      this.boxDist = boxDistances(board);
      this.reach = new Reach(board);
    }

    @Override
    public SokobanState initial() {
      return start;
    }

    @Override
    public boolean isGoal(SokobanState s) {
      return board.solved(s);
    }

    @Override
    public void expand(SokobanState s, Successors<SokobanState, Push> out) {
      reach.explore(s, s.player());
      for (int b = s.firstBox(); b >= 0; b = s.nextBox(b)) {
        for (SokobanMove m : SokobanMove.ALL) {
          int from = board.next(b, m.opposite());
          if (from < 0 || !reach.reached(from)) {
            continue;
          }
          int to = board.next(b, m);
          if (to < 0 || s.hasBox(to) || boxDist[to] == DEAD) {
            continue;
          }
          SokobanState child = s.moveBox(b, to, b);
          if (frozen(child, to)) {
            continue;
          }
          out.add(new Push(from, m), child, reach.distance(from) + 1);
        }
      }
    }

    /** Fewest pushes if boxes did not block each other: admissible for moves. */
    int estimate(SokobanState s) {
      int sum = 0;
      for (int b = s.firstBox(); b >= 0; b = s.nextBox(b)) {
        sum += boxDist[b];
      }
      return sum;
    }

    /** Whether the box on {@code f} is in a 2×2 block of walls and boxes with a box off its goal. */
    private boolean frozen(SokobanState s, int f) {
      int cell = board.cellOf(f);
      int w = board.width();
      int r = cell / w;
      int c = cell % w;
      for (int dr = -1; dr <= 0; dr++) {
        for (int dc = -1; dc <= 0; dc++) {
          boolean blocked = true;
          boolean offGoal = false;
          for (int k = 0; k < 4 && blocked; k++) {
            int rr = r + dr + k / 2;
            int cc = c + dc + k % 2;
            int g = rr < 0 || cc < 0 || rr >= board.height() || cc >= w ? -1 : board.floorOf(rr * w + cc);
            if (g < 0) {
              continue;
            }
            if (s.hasBox(g)) {
              offGoal |= !board.isGoal(g);
            } else {
              blocked = false;
            }
          }
          if (blocked && offGoal) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * The search's verdict: a move-optimal push sequence, or out of budget with a proven lower bound
   * (no plan costs at most {@code maxCost}: a known plan's length).
   */
  static SearchResult<Push> search(SokobanBoard board, SokobanState start, long limit, int maxCost) {
    Space space = new Space(board, start);
    return AStar.search(space, space::estimate, new SearchLimits(limit, maxCost));
  }

  /** The moves of a push sequence: before each push, a shortest walk to where it is pushed from. */
  static List<SokobanMove> moves(SokobanBoard board, SokobanState start, List<Push> pushes) {
    Reach reach = new Reach(board);
    List<SokobanMove> plan = new ArrayList<>();
    SokobanState s = start;
    for (Push p : pushes) {
      reach.explore(s, s.player());
      reach.appendPath(p.from(), plan);
      plan.add(p.move());
      int box = board.next(p.from(), p.move());
      s = s.moveBox(box, board.next(box, p.move()), box);
    }
    return plan;
  }
}
