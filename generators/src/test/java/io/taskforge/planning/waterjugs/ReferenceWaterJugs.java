package io.taskforge.planning.waterjugs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent water-jug world: contents as int arrays, its own strict reader and simulator of
 * "fill X" / "empty X" / "pour X Y" lines, and its own exhaustive breadth-first search. It shares
 * no code with the generator's model, census or search.
 */
final class ReferenceWaterJugs {
  private final List<String> names;
  private final int[] caps;
  private final int[] start;
  private final int[] goal;
  private final boolean tap;

  ReferenceWaterJugs(WaterJugsProblem p) {
    this.names = p.jugs();
    this.caps = p.capacities().stream().mapToInt(Integer::intValue).toArray();
    this.start = p.initial().stream().mapToInt(Integer::intValue).toArray();
    this.goal = p.goal().stream().mapToInt(Integer::intValue).toArray();
    this.tap = p.tap();
  }

  boolean isGoal(int[] s) {
    for (int i = 0; i < s.length; i++) {
      if (goal[i] >= 0 && s[i] != goal[i]) {
        return false;
      }
    }
    return true;
  }

  /** Applies a canonical line; throws when it is unreadable, illegal, or changes nothing. */
  int[] apply(int[] s, String line) {
    String[] w = line.split(" ");
    int[] t = s.clone();
    int x = names.indexOf(w[1]);
    switch (w[0]) {
      case "fill" -> {
        check(tap && w.length == 2 && x >= 0 && s[x] < caps[x], line);
        t[x] = caps[x];
      }
      case "empty" -> {
        check(tap && w.length == 2 && x >= 0 && s[x] > 0, line);
        t[x] = 0;
      }
      case "pour" -> {
        int y = w.length == 3 ? names.indexOf(w[2]) : -1;
        check(x >= 0 && y >= 0 && x != y && s[x] > 0 && s[y] < caps[y], line);
        int amount = Math.min(s[x], caps[y] - s[y]);
        t[x] -= amount;
        t[y] += amount;
      }
      default -> throw new IllegalStateException("unreadable: " + line);
    }
    return t;
  }

  private static void check(boolean ok, String line) {
    if (!ok) {
      throw new IllegalStateException("illegal: " + line);
    }
  }

  int[] replay(String plan) {
    int[] s = start.clone();
    for (String line : plan.split("\n")) {
      s = apply(s, line);
    }
    return s;
  }

  /** Every line applicable in s. */
  List<String> actions(int[] s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      if (tap && s[i] < caps[i]) {
        out.add("fill " + names.get(i));
      }
      if (tap && s[i] > 0) {
        out.add("empty " + names.get(i));
      }
      for (int j = 0; j < s.length; j++) {
        if (i != j && s[i] > 0 && s[j] < caps[j]) {
          out.add("pour " + names.get(i) + " " + names.get(j));
        }
      }
    }
    return out;
  }

  /** What exhaustive search finds: the distance to the nearest goal (-1 if none), reachable states, eccentricity. */
  record Search(int distance, int reachable, int eccentricity) {}

  /** Contents as a number in base 256, one digit per jug. */
  private static long key(int[] s) {
    long k = 0;
    for (int v : s) {
      k = k * 256 + v;
    }
    return k;
  }

  Search search() {
    Map<Long, Integer> depth = new HashMap<>();
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    depth.put(key(start), 0);
    queue.add(start);
    int distance = -1;
    int far = 0;
    while (!queue.isEmpty()) {
      int[] s = queue.poll();
      int d = depth.get(key(s));
      far = Math.max(far, d);
      if (distance < 0 && isGoal(s)) {
        distance = d;
      }
      for (String a : actions(s)) {
        int[] t = apply(s, a);
        if (depth.putIfAbsent(key(t), d + 1) == null) {
          queue.add(t);
        }
      }
    }
    return new Search(distance, depth.size(), far);
  }
}
