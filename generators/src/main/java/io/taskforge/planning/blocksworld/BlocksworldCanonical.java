package io.taskforge.planning.blocksworld;

import static io.taskforge.planning.blocksworld.BlockConfigurations.TABLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of a problem: the same text for problems that differ only in block names (and
 * tower order), different text otherwise.
 *
 * <p>Blocks are linked by four relations (below and above, initially and in the goal). Within a
 * connected component, a breadth-first walk from a start block that visits neighbours in that fixed
 * relation order names every block; the component's code is the smallest such naming over all
 * starts. Components are sorted by code and blocks are renamed A, B, ... in that walk order, then
 * both configurations are written with their towers sorted. The text describes the whole problem,
 * so non-isomorphic problems never collide. Cost is O(n²) for n blocks.
 */
public final class BlocksworldCanonical {
  private BlocksworldCanonical() {}

  /** The canonical form of a problem record (its blocks must form valid configurations). */
  public static String of(BlocksworldProblem problem) {
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < problem.blocks().size(); i++) {
      ids.put(problem.blocks().get(i), i);
    }
    int n = problem.blocks().size();
    return of(belowOf(problem.initial(), ids, n), belowOf(problem.goal(), ids, n));
  }

  private static int[] belowOf(List<List<String>> towers, Map<String, Integer> ids, int n) {
    int[] below = new int[n];
    for (List<String> tower : towers) {
      int under = TABLE;
      for (String name : tower) {
        int b = ids.get(name);
        below[b] = under;
        under = b;
      }
    }
    return below;
  }

  /** The canonical form of the problem (initial, goal) given as below arrays. */
  public static String of(int[] initial, int[] goal) {
    int n = initial.length;
    int[][] neighbours = new int[n][];
    int[] initAbove = BlockConfigurations.above(initial);
    int[] goalAbove = BlockConfigurations.above(goal);
    for (int b = 0; b < n; b++) {
      neighbours[b] = new int[] {initial[b], initAbove[b], goal[b], goalAbove[b]};
    }
    // Connected components, each with its smallest walk code.
    boolean[] assigned = new boolean[n];
    List<Component> components = new ArrayList<>();
    for (int b = 0; b < n; b++) {
      if (assigned[b]) {
        continue;
      }
      int[] members = walk(b, neighbours, n);
      for (int m : members) {
        assigned[m] = true;
      }
      Component best = null;
      for (int start : members) {
        int[] order = walk(start, neighbours, n);
        int[] code = code(order, initial, goal, n);
        if (best == null || Arrays.compare(code, best.code) < 0) {
          best = new Component(order, code);
        }
      }
      components.add(best);
    }
    components.sort((a, c) -> a.code.length != c.code.length
        ? Integer.compare(a.code.length, c.code.length)
        : Arrays.compare(a.code, c.code));
    int[] name = new int[n];
    int next = 0;
    for (Component c : components) {
      for (int b : c.order) {
        name[b] = next++;
      }
    }
    return "init=" + towers(initial, name) + ";goal=" + towers(goal, name);
  }

  private record Component(int[] order, int[] code) {}

  /** Blocks of start's component in breadth-first order, neighbours in relation order. */
  private static int[] walk(int start, int[][] neighbours, int n) {
    int[] order = new int[n];
    boolean[] seen = new boolean[n];
    int size = 0;
    order[size++] = start;
    seen[start] = true;
    for (int head = 0; head < size; head++) {
      for (int v : neighbours[order[head]]) {
        if (v != TABLE && !seen[v]) {
          seen[v] = true;
          order[size++] = v;
        }
      }
    }
    return Arrays.copyOf(order, size);
  }

  /** For each block in walk order: its initial and goal supports as walk positions + 1 (0 = table). */
  private static int[] code(int[] order, int[] initial, int[] goal, int n) {
    int[] pos = new int[n];
    for (int i = 0; i < order.length; i++) {
      pos[order[i]] = i + 1;
    }
    int[] code = new int[order.length * 2];
    for (int i = 0; i < order.length; i++) {
      int b = order[i];
      code[2 * i] = initial[b] == TABLE ? 0 : pos[initial[b]];
      code[2 * i + 1] = goal[b] == TABLE ? 0 : pos[goal[b]];
    }
    return code;
  }

  private static String towers(int[] below, int[] name) {
    List<String> towers = new ArrayList<>();
    for (List<Integer> tower : BlockConfigurations.towers(below)) {
      StringBuilder sb = new StringBuilder();
      for (int b : tower) {
        sb.append((char) ('A' + name[b]));
      }
      towers.add(sb.toString());
    }
    towers.sort(null);
    return String.join(",", towers);
  }
}
