package io.taskforge.planning.routing;

import io.taskforge.planning.routing.RoutingProblem.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent optimum for tests, by brute force: every ordering of the customers, cut into at most
 * {@code vehicles} consecutive routes in every way, each route within capacity, costed from the
 * coordinates. Exponential; for small instances only.
 */
final class BruteForceRouting {
  private final RoutingProblem p;
  private final List<Site> customers;
  private final boolean[] used;
  private final int[] order;
  private int best = Integer.MAX_VALUE;

  BruteForceRouting(RoutingProblem p) {
    this.p = p;
    this.customers = p.customers();
    this.used = new boolean[customers.size()];
    this.order = new int[customers.size()];
  }

  int optimum() {
    permute(0);
    return best;
  }

  private void permute(int k) {
    if (k == order.length) {
      split(0, 1, 0);
      return;
    }
    for (int i = 0; i < customers.size(); i++) {
      if (!used[i]) {
        used[i] = true;
        order[k] = i;
        permute(k + 1);
        used[i] = false;
      }
    }
  }

  /** Cuts order[from..] into at most {@code vehicles - routes + 1} more routes; {@code cost} so far. */
  private void split(int from, int routes, int cost) {
    if (cost >= best) {
      return;
    }
    if (from == order.length) {
      best = cost;
      return;
    }
    // the route that starts at order[from] and ends at order[to - 1]
    for (int to = from + 1; to <= order.length; to++) {
      if (to < order.length && routes == p.vehicles()) {
        continue; // the last vehicle must take the rest
      }
      int load = 0;
      for (int i = from; i < to; i++) {
        load += customers.get(order[i]).demand();
      }
      if (p.capacity() > 0 && load > p.capacity()) {
        break;
      }
      split(to, routes + 1, cost + routeCost(from, to));
    }
  }

  private int routeCost(int from, int to) {
    Site at = p.depot();
    int c = 0;
    for (int i = from; i < to; i++) {
      Site next = customers.get(order[i]);
      c += RoutingProblem.distance(at, next);
      at = next;
    }
    return c + RoutingProblem.distance(at, p.depot());
  }

  /** The cost of a plan in the canonical answer format, or -1 when it is not feasible. */
  static int cost(RoutingProblem p, String plan) {
    List<String> seen = new ArrayList<>();
    int total = 0;
    int routes = 0;
    for (String line : plan.split("\n")) {
      String[] stops = line.substring(line.indexOf(": ") + 2).split(" -> ");
      Site at = p.depot();
      int load = 0;
      for (int i = 1; i < stops.length - 1; i++) {
        Site s = null;
        for (Site c : p.customers()) {
          if (c.name().equals(stops[i])) {
            s = c;
          }
        }
        if (s == null || seen.contains(s.name())) {
          return -1;
        }
        seen.add(s.name());
        total += RoutingProblem.distance(at, s);
        load += s.demand();
        at = s;
      }
      total += RoutingProblem.distance(at, p.depot());
      routes++;
      if (p.capacity() > 0 && load > p.capacity()) {
        return -1;
      }
    }
    return seen.size() == p.customers().size() && routes <= p.vehicles() ? total : -1;
  }
}
