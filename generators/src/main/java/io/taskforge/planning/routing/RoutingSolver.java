package io.taskforge.planning.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The exact optimum of a routing problem by dynamic programming. Held-Karp over every subset S of
 * customers gives the shortest closed route from the depot through exactly S; then the best split
 * of all customers into at most {@code vehicles} routes, each within capacity, is a minimum over
 * set partitions (each step takes the part holding the lowest remaining customer, so every
 * partition is met once). O(2^n n^2 + vehicles 3^n) time, fine for the 14 customers offered.
 */
final class RoutingSolver {
  static final int MAX_CUSTOMERS = 14;
  private static final int INF = Integer.MAX_VALUE / 4;

  private RoutingSolver() {}

  /**
   * The optimum: its cost and routes (customer indices in visiting order), or cost -1 when no plan
   * fits the fleet.
   */
  record Result(int cost, List<int[]> routes) {}

  /**
   * @param dist distances between sites: index 0 is the depot, 1..n the customers
   * @param demand demand per site (index 0 unused)
   * @param capacity the vehicle capacity, or 0 for none
   */
  static Result solve(int[][] dist, int[] demand, int vehicles, int capacity) {
    int n = dist.length - 1;
    if (n > MAX_CUSTOMERS) {
      throw new IllegalArgumentException("at most " + MAX_CUSTOMERS + " customers, got " + n);
    }
    int full = (1 << n) - 1;
    // path[S][j]: shortest path from the depot through S ending at customer j (j in S)
    int[][] path = new int[1 << n][n];
    for (int[] row : path) {
      Arrays.fill(row, INF);
    }
    for (int j = 0; j < n; j++) {
      path[1 << j][j] = dist[0][j + 1];
    }
    for (int s = 1; s <= full; s++) {
      for (int j = 0; j < n; j++) {
        int here = path[s][j];
        if (here >= INF || (s >> j & 1) == 0) {
          continue;
        }
        for (int k = 0; k < n; k++) {
          if ((s >> k & 1) == 0) {
            int t = s | 1 << k;
            int c = here + dist[j + 1][k + 1];
            if (c < path[t][k]) {
              path[t][k] = c;
            }
          }
        }
      }
    }
    int[] tour = new int[1 << n];
    int[] load = new int[1 << n];
    for (int s = 1; s <= full; s++) {
      int low = Integer.numberOfTrailingZeros(s);
      load[s] = load[s & (s - 1)] + demand[low + 1];
      int best = INF;
      for (int j = 0; j < n; j++) {
        if ((s >> j & 1) != 0) {
          best = Math.min(best, path[s][j] + dist[j + 1][0]);
        }
      }
      tour[s] = capacity > 0 && load[s] > capacity ? INF : best;
    }
    // split[k][S]: the cheapest way to serve S with at most k routes
    int[][] split = new int[vehicles + 1][1 << n];
    int[][] choice = new int[vehicles + 1][1 << n];
    Arrays.fill(split[0], INF);
    split[0][0] = 0;
    for (int k = 1; k <= vehicles; k++) {
      split[k][0] = 0;
      for (int s = 1; s <= full; s++) {
        int low = s & -s;
        int best = split[k - 1][s];
        int pick = 0;
        int rest = s ^ low;
        // every part t of s that holds s's lowest customer: t = low | sub, sub a subset of rest
        for (int sub = rest; ; sub = (sub - 1) & rest) {
          int t = low | sub;
          if (tour[t] < INF && split[k - 1][s ^ t] < INF) {
            int c = tour[t] + split[k - 1][s ^ t];
            if (c < best) {
              best = c;
              pick = t;
            }
          }
          if (sub == 0) {
            break;
          }
        }
        split[k][s] = best;
        choice[k][s] = pick;
      }
    }
    if (split[vehicles][full] >= INF) {
      return new Result(-1, List.of());
    }
    List<int[]> routes = new ArrayList<>();
    int s = full;
    for (int k = vehicles; k >= 1 && s != 0; k--) {
      int t = choice[k][s];
      if (t == 0) {
        continue; // this many routes were not needed
      }
      routes.add(order(path, dist, t));
      s ^= t;
    }
    return new Result(split[vehicles][full], routes);
  }

  /** The customers of part {@code t} in the order of its shortest closed route. */
  private static int[] order(int[][] path, int[][] dist, int t) {
    int n = path[0].length;
    int size = Integer.bitCount(t);
    int[] seq = new int[size];
    int end = -1;
    int best = INF;
    for (int j = 0; j < n; j++) {
      if ((t >> j & 1) != 0 && path[t][j] + dist[j + 1][0] < best) {
        best = path[t][j] + dist[j + 1][0];
        end = j;
      }
    }
    int s = t;
    for (int pos = size - 1; pos >= 0; pos--) {
      seq[pos] = end;
      int prev = s ^ (1 << end);
      if (prev == 0) {
        break;
      }
      int from = -1;
      for (int j = 0; j < n; j++) {
        if ((prev >> j & 1) != 0 && path[prev][j] + dist[j + 1][end + 1] == path[s][end]) {
          from = j;
          break;
        }
      }
      s = prev;
      end = from;
    }
    return seq;
  }
}
