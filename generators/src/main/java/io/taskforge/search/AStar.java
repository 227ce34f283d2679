package io.taskforge.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * A* search with an admissible heuristic: optimal plans, a node budget, and a proven lower bound
 * when the budget runs out.
 *
 * <p>Ties on f are broken toward deeper nodes (higher g), then by generation order, so the plan is
 * a deterministic function of the space's successor order. States whose cost improves are reopened,
 * so an admissible but inconsistent heuristic still gives optimal plans; f-values use pathmax
 * (a child's f is at least its parent's), which keeps "the smallest open f" a valid lower bound.
 */
public final class AStar {
  private AStar() {}

  public static <S, A> SearchResult<A> search(
      SearchSpace<S, A> space, Heuristic<S> heuristic, SearchLimits limits) {
    return new Run<>(space, heuristic, limits).run();
  }

  private static final class Node<S, A> {
    final S state;
    final Node<S, A> parent;
    final A action;
    final int g;
    final int f;
    final long seq;

    Node(S state, Node<S, A> parent, A action, int g, int f, long seq) {
      this.state = state;
      this.parent = parent;
      this.action = action;
      this.g = g;
      this.f = f;
      this.seq = seq;
    }
  }

  private static final class Run<S, A> implements SearchSpace.Successors<S, A> {
    private final SearchSpace<S, A> space;
    private final Heuristic<S> heuristic;
    private final SearchLimits limits;
    private final Map<S, Node<S, A>> best = new HashMap<>();
    private final PriorityQueue<Node<S, A>> open =
        new PriorityQueue<>((a, b) -> {
          if (a.f != b.f) {
            return Integer.compare(a.f, b.f);
          }
          if (a.g != b.g) {
            return Integer.compare(b.g, a.g);
          }
          return Long.compare(a.seq, b.seq);
        });
    private long seq;
    private long generated;
    private boolean pruned;
    private Node<S, A> expanding;

    Run(SearchSpace<S, A> space, Heuristic<S> heuristic, SearchLimits limits) {
      this.space = space;
      this.heuristic = heuristic;
      this.limits = limits;
    }

    SearchResult<A> run() {
      S start = space.initial();
      int h0 = heuristic.estimate(start);
      if (h0 > limits.maxCost()) {
        return new SearchResult<>(SearchResult.Outcome.EXHAUSTED, List.of(), -1, h0, 0, 0);
      }
      Node<S, A> root = new Node<>(start, null, null, 0, h0, seq++);
      best.put(start, root);
      open.add(root);
      long expansions = 0;
      while (!open.isEmpty()) {
        Node<S, A> node = open.poll();
        if (best.get(node.state) != node) {
          continue; // superseded by a cheaper path to the same state
        }
        if (space.isGoal(node.state)) {
          return new SearchResult<>(
              SearchResult.Outcome.SOLVED, plan(node), node.g, node.g, expansions, generated);
        }
        if (expansions >= limits.maxExpansions()) {
          return new SearchResult<>(
              SearchResult.Outcome.LIMIT_REACHED, List.of(), -1, node.f, expansions, generated);
        }
        expansions++;
        expanding = node;
        space.expand(node.state, this);
      }
      int bound = pruned ? limits.maxCost() + 1 : SearchResult.UNREACHABLE;
      return new SearchResult<>(SearchResult.Outcome.EXHAUSTED, List.of(), -1, bound, expansions, generated);
    }

    @Override
    public void add(A action, S next, int cost) {
      if (cost < 1) {
        throw new IllegalArgumentException("action costs must be at least 1, got " + cost);
      }
      generated++;
      Node<S, A> parent = expanding;
      int g = parent.g + cost;
      Node<S, A> old = best.get(next);
      if (old != null && old.g <= g) {
        return;
      }
      // An old node's h is still known from its f; pathmax keeps f from decreasing along a path.
      int h = old != null ? old.f - old.g : heuristic.estimate(next);
      int f = Math.max(g + h, parent.f);
      if (f > limits.maxCost()) {
        pruned = true;
        return;
      }
      Node<S, A> node = new Node<>(next, parent, action, g, f, seq++);
      best.put(next, node);
      open.add(node);
    }

    private List<A> plan(Node<S, A> goal) {
      List<A> actions = new ArrayList<>(goal.g);
      for (Node<S, A> n = goal; n.parent != null; n = n.parent) {
        actions.add(n.action);
      }
      Collections.reverse(actions);
      return actions;
    }
  }
}
