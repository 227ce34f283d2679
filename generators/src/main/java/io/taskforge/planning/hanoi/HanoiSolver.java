package io.taskforge.planning.hanoi;

import io.taskforge.search.AStar;
import io.taskforge.search.Heuristic;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;

/**
 * Optimal Hanoi plans by A* over {@link HanoiModel}, with an admissible heuristic per peg count.
 *
 * <p>With three pegs the heuristic is the exact distance between two configurations (Hinz): disks
 * larger than the largest disk {@code d} that must change pegs never move, and {@code d} moves
 * either once (every smaller disk gathered on the third peg, {@code d} moved, the smaller disks
 * spread to their goal) or twice (smaller disks gathered on {@code d}'s goal peg, {@code d} to the
 * third peg, the smaller tower back onto {@code d}'s start peg in {@code 2^(d-1) - 1} moves,
 * {@code d} to its goal, the smaller disks spread); gathering the smallest {@code m} disks into a
 * tower on a peg costs {@code 2^(k-1)} for each disk {@code k} not already where the recursion
 * needs it. With an exact heuristic A* walks straight along an optimal plan; tests confirm every
 * length by breadth-first search.
 *
 * <p>With more pegs the heuristic counts the disks not on their goal peg, plus two for each smaller
 * disk already on its goal peg that sits on the start or goal peg of the largest disk that must
 * move (it has to leave and come back).
 */
public final class HanoiSolver {
  private HanoiSolver() {}

  /** The heuristic for a model's goal. */
  public static Heuristic<Long> heuristic(HanoiModel model) {
    int n = model.disks();
    long goal = model.goal();
    if (model.pegs().size() == 3) {
      return s -> distance3(s, goal, n);
    }
    return s -> lowerBound(s, goal, n);
  }

  /** An optimal plan within {@code maxExpansions}, or a result that says the budget ran out. */
  public static SearchResult<HanoiMove> solve(HanoiModel model, long maxExpansions) {
    return AStar.search(model.searchSpace(), heuristic(model), SearchLimits.expansions(maxExpansions));
  }

  /** The fewest moves between two configurations of {@code n} disks on three pegs. */
  public static int distance3(long from, long to, int n) {
    int d = n;
    while (d >= 1 && HanoiModel.peg(from, d) == HanoiModel.peg(to, d)) {
      d--;
    }
    if (d == 0) {
      return 0;
    }
    int a = HanoiModel.peg(from, d);
    int b = HanoiModel.peg(to, d);
    int r = 3 - a - b;
    int once = gather(from, d - 1, r) + 1 + gather(to, d - 1, r);
    int twice = gather(from, d - 1, b) + 1 + ((1 << (d - 1)) - 1) + 1 + gather(to, d - 1, a);
    return Math.min(once, twice);
  }

  /** The fewest moves that bring disks 1..m of a three-peg configuration into one tower on peg {@code r}. */
  static int gather(long state, int m, int r) {
    int moves = 0;
    int target = r;
    for (int d = m; d >= 1; d--) {
      int p = HanoiModel.peg(state, d);
      if (p != target) {
        moves += 1 << (d - 1);
        target = 3 - p - target;
      }
    }
    return moves;
  }

  /** The admissible bound for four or more pegs (see the class comment). */
  static int lowerBound(long from, long to, int n) {
    int largest = 0;
    int misplaced = 0;
    for (int d = n; d >= 1; d--) {
      if (HanoiModel.peg(from, d) != HanoiModel.peg(to, d)) {
        misplaced++;
        if (largest == 0) {
          largest = d;
        }
      }
    }
    if (largest == 0) {
      return 0;
    }
    int a = HanoiModel.peg(from, largest);
    int b = HanoiModel.peg(to, largest);
    int extra = 0;
    for (int e = largest - 1; e >= 1; e--) {
      int p = HanoiModel.peg(from, e);
      if (p == HanoiModel.peg(to, e) && (p == a || p == b)) {
        extra += 2;
      }
    }
    return misplaced + extra;
  }
}
