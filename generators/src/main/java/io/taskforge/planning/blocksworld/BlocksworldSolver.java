package io.taskforge.planning.blocksworld;

import static io.taskforge.planning.blocksworld.BlockConfigurations.TABLE;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.taskforge.search.AStar;
import io.taskforge.search.Heuristic;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Plans for blocksworld problems, in moves (one move = two actions, see {@link Move}): a good
 * heuristic plan always, and an optimal one by A* when the search fits its expansion budget.
 *
 * <p>A block is <em>well placed</em> when it sits on its goal support and everything below it is
 * well placed; every other block is <em>misplaced</em> and must move at least once. The heuristic
 * adds one move for each strongly connected component of the "must move before" graph among
 * misplaced blocks (x before z when x is directly on z; y before x when x's goal support y is
 * misplaced; w before x when w sits on x's well-placed goal support): in a cycle not every block can
 * move only once, and components are disjoint, so the bound stays admissible.
 *
 * <p>The search moves only misplaced clear blocks, to the table or onto their goal support when that
 * is well placed and clear ("constructive"), and takes a constructive move alone whenever one
 * exists. Both restrictions keep an optimal plan reachable from every state (Gupta and Nau 1992:
 * a move onto anything but a ready goal support can be redirected to the table, a well-placed block
 * never needs to move, and a ready constructive move can always come first).
 */
public final class BlocksworldSolver {
  private BlocksworldSolver() {}

  /**
   * The plan found for one problem.
   *
   * @param moves the plan, as moves
   * @param optimal whether the plan is proven to have the fewest moves
   * @param lowerBound a proven lower bound on the number of moves (equal to the plan's when optimal)
   * @param expansions A* expansions spent (0 when the heuristic plan met the heuristic bound)
   * @param misplaced misplaced blocks in the initial configuration
   */
  public record Plan(List<Move> moves, boolean optimal, int lowerBound, long expansions, int misplaced) {
    public Plan {
      moves = ImmutableList.copyOf(moves);
    }
  }

  /**
   * Plans from {@code initial} to {@code goal} (below arrays of the same size).
   *
   * @param maxExpansions A* budget; 0 keeps the heuristic plan unless it is provably optimal
   */
  public static Plan solve(int[] initial, int[] goal, long maxExpansions) {
    Preconditions.checkArgument(initial.length == goal.length, "initial and goal sizes differ");
    Preconditions.checkArgument(
        initial.length >= 1 && initial.length <= BlockConfigurations.MAX_BLOCKS,
        "1..%s blocks are supported, got %s", BlockConfigurations.MAX_BLOCKS, initial.length);
    MoveSpace space = new MoveSpace(initial, goal);
    PackedConfiguration start = space.initial();
    int h0 = space.estimate(start);
    int misplaced = space.misplaced(start);
    List<Move> greedy = space.greedy();
    if (greedy.size() == h0) {
      return new Plan(greedy, true, h0, 0, misplaced);
    }
    SearchResult<Move> result =
        AStar.search(space, space, new SearchLimits(maxExpansions, greedy.size() - 1));
    return switch (result.outcome()) {
      case SOLVED -> new Plan(result.plan(), true, result.cost(), result.expansions(), misplaced);
      // No plan shorter than the heuristic one exists.
      case EXHAUSTED -> new Plan(greedy, true, greedy.size(), result.expansions(), misplaced);
      case LIMIT_REACHED -> {
        int bound = Math.min(Math.max(h0, result.lowerBound()), greedy.size());
        yield new Plan(greedy, bound == greedy.size(), bound, result.expansions(), misplaced);
      }
    };
  }

  /** The move space with its heuristic. Holds scratch arrays: one instance per solve. */
  private static final class MoveSpace
      implements SearchSpace<PackedConfiguration, Move>, Heuristic<PackedConfiguration> {
    private static final byte UNKNOWN = 0;
    private static final byte WELL = 1;
    private static final byte MISPLACED = 2;

    private final int n;
    private final int[] goalBelow;
    private final PackedConfiguration initial;
    private final PackedConfiguration goal;
    // Scratch, reused by every call.
    private final int[] below;
    private final int[] above;
    private final byte[] status;
    private final int[] edges;
    private final int[] edgeCount;
    private final int[] index;
    private final int[] low;
    private final int[] stack;
    private final boolean[] onStack;
    private int counter;
    private int stackSize;
    private int components;

    MoveSpace(int[] initialBelow, int[] goalBelow) {
      this.n = initialBelow.length;
      this.goalBelow = goalBelow.clone();
      this.initial = PackedConfiguration.of(initialBelow);
      this.goal = PackedConfiguration.of(goalBelow);
      this.below = new int[n];
      this.above = new int[n];
      this.status = new byte[n];
      this.edges = new int[n * 3];
      this.edgeCount = new int[n];
      this.index = new int[n];
      this.low = new int[n];
      this.stack = new int[n];
      this.onStack = new boolean[n];
    }

    @Override
    public PackedConfiguration initial() {
      return initial;
    }

    @Override
    public boolean isGoal(PackedConfiguration s) {
      return s.equals(goal);
    }

    /** Unpacks s into below/above/status. */
    private void load(PackedConfiguration s) {
      s.unpack(below, n);
      Arrays.fill(above, TABLE);
      for (int b = 0; b < n; b++) {
        if (below[b] != TABLE) {
          above[below[b]] = b;
        }
      }
      Arrays.fill(status, UNKNOWN);
      for (int b = 0; b < n; b++) {
        classify(b);
      }
    }

    private boolean classify(int b) {
      if (status[b] == UNKNOWN) {
        boolean well = below[b] == goalBelow[b] && (below[b] == TABLE || classify(below[b]));
        status[b] = well ? WELL : MISPLACED;
      }
      return status[b] == WELL;
    }

    int misplaced(PackedConfiguration s) {
      load(s);
      int m = 0;
      for (int b = 0; b < n; b++) {
        m += status[b] == MISPLACED ? 1 : 0;
      }
      return m;
    }

    @Override
    public int estimate(PackedConfiguration s) {
      load(s);
      int misplaced = 0;
      Arrays.fill(edgeCount, 0);
      for (int x = 0; x < n; x++) {
        if (status[x] != MISPLACED) {
          continue;
        }
        misplaced++;
        int z = below[x];
        if (z != TABLE && status[z] == MISPLACED) {
          addEdge(x, z); // x must leave z before z moves
        }
        int y = goalBelow[x];
        if (y != TABLE) {
          if (status[y] == MISPLACED) {
            addEdge(y, x); // y must be in place before x lands on it
          } else if (above[y] != TABLE && above[y] != x) {
            addEdge(above[y], x); // whatever sits on y must leave before x lands
          }
        }
      }
      if (misplaced == 0) {
        return 0;
      }
      Arrays.fill(index, -1);
      counter = 0;
      stackSize = 0;
      components = 0;
      for (int x = 0; x < n; x++) {
        if (status[x] == MISPLACED && index[x] < 0) {
          strongConnect(x);
        }
      }
      return misplaced + components;
    }

    private void addEdge(int from, int to) {
      edges[from * 3 + edgeCount[from]++] = to;
    }

    /** Tarjan's algorithm; counts components of two or more blocks (there are no self loops). */
    private void strongConnect(int v) {
      index[v] = counter;
      low[v] = counter;
      counter++;
      stack[stackSize++] = v;
      onStack[v] = true;
      for (int i = 0; i < edgeCount[v]; i++) {
        int w = edges[v * 3 + i];
        if (index[w] < 0) {
          strongConnect(w);
          low[v] = Math.min(low[v], low[w]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v], index[w]);
        }
      }
      if (low[v] == index[v]) {
        int size = 0;
        int w;
        do {
          w = stack[--stackSize];
          onStack[w] = false;
          size++;
        } while (w != v);
        if (size > 1) {
          components++;
        }
      }
    }

    /** The first constructive move in block order, or null. Needs {@link #load}. */
    private Move constructive() {
      for (int x = 0; x < n; x++) {
        if (above[x] != TABLE || status[x] != MISPLACED) {
          continue;
        }
        int y = goalBelow[x];
        if (y == TABLE || (status[y] == WELL && above[y] == TABLE)) {
          return new Move(x, below[x], y);
        }
      }
      return null;
    }

    @Override
    public void expand(PackedConfiguration s, Successors<PackedConfiguration, Move> out) {
      load(s);
      Move c = constructive();
      if (c != null) {
        out.add(c, s.with(c.block(), c.to()), 1);
        return;
      }
      // Collected first: reporting a successor runs the heuristic, which reuses the scratch arrays.
      List<Move> moves = tableMoves();
      for (Move m : moves) {
        out.add(m, s.with(m.block(), TABLE), 1);
      }
    }

    /** Moves of misplaced clear blocks from other blocks to the table. Needs {@link #load}. */
    private List<Move> tableMoves() {
      List<Move> moves = new ArrayList<>(4);
      for (int x = 0; x < n; x++) {
        if (above[x] == TABLE && status[x] == MISPLACED && below[x] != TABLE) {
          moves.add(new Move(x, below[x], TABLE));
        }
      }
      return moves;
    }

    /**
     * The heuristic plan: a constructive move when there is one, else the misplaced clear block
     * whose move to the table leaves the smallest estimate. Every block moves at most twice (to the
     * table, then home), and some move is always possible before the goal, so it ends.
     */
    List<Move> greedy() {
      List<Move> plan = new ArrayList<>();
      PackedConfiguration s = initial;
      while (!s.equals(goal)) {
        load(s);
        Move move = constructive();
        if (move == null) {
          List<Move> candidates = tableMoves();
          int best = Integer.MAX_VALUE;
          for (Move m : candidates) {
            int h = estimate(s.with(m.block(), TABLE));
            if (h < best) {
              best = h;
              move = m;
            }
          }
          if (move == null) {
            throw new IllegalStateException("no move possible before the goal; a bug");
          }
        }
        plan.add(move);
        s = s.with(move.block(), move.to());
      }
      return plan;
    }
  }
}
