package io.taskforge.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth-first search: plans with the fewest actions (action costs are ignored), for small spaces
 * and as a reference for heuristic searches.
 */
public final class BreadthFirst {
  private BreadthFirst() {}

  public static <S, A> SearchResult<A> search(SearchSpace<S, A> space, SearchLimits limits) {
    S start = space.initial();
    if (space.isGoal(start)) {
      return new SearchResult<>(SearchResult.Outcome.SOLVED, List.of(), 0, 0, 0, 0);
    }
    // parent links: state -> (previous state, action); depth bounds the plan length by maxCost.
    Map<S, Step<S, A>> seen = new HashMap<>();
    Map<S, Integer> depth = new HashMap<>();
    seen.put(start, null);
    depth.put(start, 0);
    ArrayDeque<S> queue = new ArrayDeque<>();
    queue.add(start);
    long[] generated = {0};
    long expansions = 0;
    boolean pruned = false;
    while (!queue.isEmpty()) {
      S s = queue.poll();
      int d = depth.get(s);
      if (d + 1 > limits.maxCost()) {
        pruned = true;
        continue;
      }
      if (expansions >= limits.maxExpansions()) {
        return new SearchResult<>(
            SearchResult.Outcome.LIMIT_REACHED, List.of(), -1, d + 1, expansions, generated[0]);
      }
      expansions++;
      List<Step<S, A>> children = new ArrayList<>();
      space.expand(s, (action, next, cost) -> {
        generated[0]++;
        children.add(new Step<>(s, action, next));
      });
      for (Step<S, A> c : children) {
        if (seen.containsKey(c.next)) {
          continue;
        }
        seen.put(c.next, c);
        depth.put(c.next, d + 1);
        if (space.isGoal(c.next)) {
          List<A> plan = new ArrayList<>();
          for (Step<S, A> st = c; st != null; st = seen.get(st.from)) {
            plan.add(st.action);
          }
          Collections.reverse(plan);
          return new SearchResult<>(
              SearchResult.Outcome.SOLVED, plan, d + 1, d + 1, expansions, generated[0]);
        }
        queue.add(c.next);
      }
    }
    int bound = pruned ? limits.maxCost() + 1 : SearchResult.UNREACHABLE;
    return new SearchResult<>(SearchResult.Outcome.EXHAUSTED, List.of(), -1, bound, expansions, generated[0]);
  }

  private record Step<S, A>(S from, A action, S next) {}
}
