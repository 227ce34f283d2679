package io.taskforge.planning.waterjugs;

import io.taskforge.search.BreadthFirst;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.List;

/**
 * Breadth-first search over {@link WaterJugsModel}: the census of every state reachable from the
 * start with its distance and its breadth-first parent (which the generator uses to pick goals of a
 * given difficulty, to prove a goal unreachable, and to read off a shortest plan), and shortest
 * plans by the shared {@link BreadthFirst} (which the tests compare).
 *
 * <p>The census indexes states by their contents in mixed radix (capacity + 1 per jug), so it
 * needs no hashing: two ints per possible state, {@code prod(capacity + 1)} of them, which the task
 * bounds. It expands states and tries actions in the model's order, so its plans are exactly the
 * ones {@link BreadthFirst} finds.
 */
public final class WaterJugsSolver {
  private WaterJugsSolver() {}

  /**
   * Every reachable state with its distance from the start.
   *
   * @param order the reachable states' codes in breadth-first order (start first)
   * @param count how many entries of {@code order} are used
   * @param depth each code's distance, or -1 when unreachable
   * @param parent the code each reachable state was first reached from (-1 for the start)
   * @param radix the mixed-radix place value of each jug's contents in a code
   */
  public record Census(int[] order, int count, int[] depth, int[] parent, int[] radix) {
    public int reachable() {
      return count;
    }

    /** The most actions any reachable state needs. */
    public int eccentricity() {
      return depth[order[count - 1]];
    }

    /** The contents of jug {@code i} in the state with this code. */
    public int amount(int code, int i) {
      int next = i + 1 < radix.length ? radix[i + 1] : Integer.MAX_VALUE;
      return code % next / radix[i];
    }
  }

  public static Census census(WaterJugsModel model) {
    int k = model.jugs().size();
    int[] radix = new int[k];
    long size = 1;
    for (int i = 0; i < k; i++) {
      radix[i] = (int) size;
      size *= model.capacity(i) + 1;
    }
    if (size > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("too many states for a census: " + size);
    }
    int[] depth = new int[(int) size];
    int[] parent = new int[(int) size];
    java.util.Arrays.fill(depth, -1);
    int[] order = new int[16];
    int count = 0;
    int start = code(model.initial(), radix);
    depth[start] = 0;
    parent[start] = -1;
    order[count++] = start;
    int[] amounts = new int[k];
    for (int head = 0; head < count; head++) {
      int c = order[head];
      int d = depth[c] + 1;
      for (int i = 0; i < k; i++) {
        amounts[i] = c % (i + 1 < k ? radix[i + 1] : Integer.MAX_VALUE) / radix[i];
      }
      // The successors of the model, in the model's order, computed on the code directly.
      for (int kind = 0; kind < 3; kind++) {
        for (int i = 0; i < k; i++) {
          for (int j = 0; j < (kind == 2 ? k : 1); j++) {
            int next = successor(model, amounts, radix, c, kind, i, j);
            if (next >= 0 && depth[next] < 0) {
              depth[next] = d;
              parent[next] = c;
              if (count == order.length) {
                order = java.util.Arrays.copyOf(order, count * 2);
              }
              order[count++] = next;
            }
          }
        }
      }
    }
    return new Census(order, count, depth, parent, radix);
  }

  /**
   * A shortest plan to the model's goal read off the census: the path to the first reachable
   * state, in breadth-first order, that is a goal; null when none is.
   */
  public static List<JugAction> plan(WaterJugsModel model, Census census) {
    int k = model.jugs().size();
    int goal = -1;
    for (int s = 0; s < census.count() && goal < 0; s++) {
      if (model.isGoal(state(census, census.order()[s], k))) {
        goal = census.order()[s];
      }
    }
    if (goal < 0) {
      return null;
    }
    java.util.ArrayList<JugAction> plan = new java.util.ArrayList<>();
    for (int c = goal; census.parent()[c] >= 0; c = census.parent()[c]) {
      JugState from = state(census, census.parent()[c], k);
      JugState to = state(census, c, k);
      JugAction[] how = new JugAction[1];
      model.successors(from, (action, next, cost) -> {
        if (how[0] == null && next.equals(to)) {
          how[0] = action;
        }
      });
      plan.add(how[0]);
    }
    java.util.Collections.reverse(plan);
    return plan;
  }

  private static JugState state(Census census, int code, int k) {
    long packed = 0;
    for (int i = 0; i < k; i++) {
      packed |= (long) census.amount(code, i) << (8 * i);
    }
    return new JugState(packed);
  }

  /** The code after fill (kind 0), empty (1) or pour i into j (2) on {@code code}, or -1 when not applicable. */
  private static int successor(WaterJugsModel model, int[] a, int[] radix, int code, int kind, int i, int j) {
    switch (kind) {
      case 0 -> {
        int cap = model.capacity(i);
        return model.tap() && a[i] < cap ? code + (cap - a[i]) * radix[i] : -1;
      }
      case 1 -> {
        return model.tap() && a[i] > 0 ? code - a[i] * radix[i] : -1;
      }
      default -> {
        if (i == j || a[i] == 0 || a[j] == model.capacity(j)) {
          return -1;
        }
        int moved = Math.min(a[i], model.capacity(j) - a[j]);
        return code - moved * radix[i] + moved * radix[j];
      }
    }
  }

  private static int code(JugState s, int[] radix) {
    int c = 0;
    for (int i = 0; i < radix.length; i++) {
      c += s.amount(i) * radix[i];
    }
    return c;
  }

  /** A shortest plan to the model's goal by the shared breadth-first search, or null when there is none. */
  public static List<JugAction> search(WaterJugsModel model, int reachable) {
    SearchResult<JugAction> r = BreadthFirst.search(model.searchSpace(), SearchLimits.expansions(reachable + 1L));
    return r.solved() ? r.plan() : null;
  }
}
