package io.taskforge.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Iterative-deepening A*: optimal plans in memory linear in the plan's length, for spaces too big
 * to keep (sliding-tile puzzles). Depth-first probes bounded by f = g + h, raising the bound to the
 * smallest f that exceeded it, until a goal is found, the node budget runs out, or no node exceeds
 * the bound (then no plan exists within {@code maxCost}).
 *
 * <p>Needs an admissible heuristic. Cycles along the current path are cut (states on the path are
 * not revisited); transpositions elsewhere are searched again, which is what IDA* trades for its
 * memory. Successors are tried in the space's order, so plans are deterministic.
 */
public final class IdaStar {
  private IdaStar() {}

  public static <S, A> SearchResult<A> search(SearchSpace<S, A> space, Heuristic<S> heuristic, SearchLimits limits) {
    return new Run<>(space, heuristic, limits).run();
  }

  private static final class Run<S, A> {
    private static final int FOUND = -1;
    private final SearchSpace<S, A> space;
    private final Heuristic<S> heuristic;
    private final SearchLimits limits;
    private final List<S> path = new ArrayList<>();
    private final List<A> actions = new ArrayList<>();
    private long expansions;
    private long generated;
    private boolean outOfBudget;

    Run(SearchSpace<S, A> space, Heuristic<S> heuristic, SearchLimits limits) {
      this.space = space;
      this.heuristic = heuristic;
      this.limits = limits;
    }

    SearchResult<A> run() {
      S start = space.initial();
      int bound = heuristic.estimate(start);
      path.add(start);
      while (true) {
        if (bound > limits.maxCost()) {
          return new SearchResult<>(SearchResult.Outcome.EXHAUSTED, List.of(), -1, bound, expansions, generated);
        }
        int next = probe(start, 0, bound);
        if (next == FOUND) {
          int cost = costOfPath;
          return new SearchResult<>(SearchResult.Outcome.SOLVED, actions, cost, cost, expansions, generated);
        }
        if (outOfBudget) {
          return new SearchResult<>(SearchResult.Outcome.LIMIT_REACHED, List.of(), -1, bound, expansions, generated);
        }
        if (next == Integer.MAX_VALUE) {
          return new SearchResult<>(
              SearchResult.Outcome.EXHAUSTED, List.of(), -1, SearchResult.UNREACHABLE, expansions, generated);
        }
        bound = next;
      }
    }

    private int costOfPath;

    /** FOUND, or the smallest f above the bound met in this probe (MAX_VALUE when none). */
    private int probe(S state, int g, int bound) {
      int f = g + heuristic.estimate(state);
      if (f > bound) {
        return f;
      }
      if (space.isGoal(state)) {
        costOfPath = g;
        return FOUND;
      }
      if (expansions >= limits.maxExpansions()) {
        outOfBudget = true;
        return Integer.MAX_VALUE;
      }
      expansions++;
      List<Child<S, A>> children = new ArrayList<>(4);
      space.expand(state, (action, next, cost) -> {
        if (cost < 1) {
          throw new IllegalArgumentException("action costs must be at least 1, got " + cost);
        }
        generated++;
        children.add(new Child<>(action, next, cost));
      });
      int min = Integer.MAX_VALUE;
      for (Child<S, A> child : children) {
        if (onPath(child.state())) {
          continue;
        }
        path.add(child.state());
        actions.add(child.action());
        int t = probe(child.state(), g + child.cost(), bound);
        if (t == FOUND) {
          return FOUND;
        }
        path.remove(path.size() - 1);
        actions.remove(actions.size() - 1);
        if (outOfBudget) {
          return Integer.MAX_VALUE;
        }
        min = Math.min(min, t);
      }
      return min;
    }

    private record Child<S, A>(A action, S state, int cost) {}

    private boolean onPath(S state) {
      // Paths are short (tens of steps); a linear scan beats maintaining a set.
      for (int i = path.size() - 1; i >= 0; i--) {
        if (path.get(i).equals(state)) {
          return true;
        }
      }
      return false;
    }
  }
}
