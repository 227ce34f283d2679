package io.taskforge.planning.blocksworld;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An independent blocksworld: its own state (block name to support name, plus the hand), its own
 * strict plan reader, simulator, breadth-first optimal planner and configuration enumerator. It
 * shares no code with the generator's solver.
 */
final class ReferenceBlocksworld {
  static final String TABLE = "table";

  private ReferenceBlocksworld() {}

  /** A state: what each block is on ("table", a block, or "hand"), in block-name order. */
  record State(TreeMap<String, String> on, String holding) {
    State copy() {
      return new State(new TreeMap<>(on), holding);
    }

    boolean clear(String b) {
      return !on.containsValue(b) && !"hand".equals(on.get(b));
    }
  }

  static State state(List<List<String>> towers) {
    TreeMap<String, String> on = new TreeMap<>();
    for (List<String> tower : towers) {
      String under = TABLE;
      for (String b : tower) {
        on.put(b, under);
        under = b;
      }
    }
    return new State(on, null);
  }

  /** Applies one action written as "verb X [Y]"; throws when it is unreadable or illegal. */
  static State apply(State s, String action) {
    String[] w = action.trim().split(" ");
    State t = s.copy();
    switch (w[0]) {
      case "pick-up" -> {
        require(w.length == 2 && s.holding() == null && TABLE.equals(s.on().get(w[1])) && s.clear(w[1]), action);
        t.on().put(w[1], "hand");
        return new State(t.on(), w[1]);
      }
      case "unstack" -> {
        require(w.length == 3 && s.holding() == null && w[2].equals(s.on().get(w[1])) && s.clear(w[1]), action);
        t.on().put(w[1], "hand");
        return new State(t.on(), w[1]);
      }
      case "put-down" -> {
        require(w.length == 2 && w[1].equals(s.holding()), action);
        t.on().put(w[1], TABLE);
        return new State(t.on(), null);
      }
      case "stack" -> {
        require(w.length == 3 && w[1].equals(s.holding()) && !w[1].equals(w[2])
            && s.on().containsKey(w[2]) && s.clear(w[2]), action);
        t.on().put(w[1], w[2]);
        return new State(t.on(), null);
      }
      // The 3-operator moves (no hand): move-b-to-b X Y Z, move-b-to-t X Y, move-t-to-b X Z.
      case "move-b-to-b" -> {
        require(w.length == 4 && s.holding() == null && w[2].equals(s.on().get(w[1])) && s.clear(w[1])
            && !w[1].equals(w[3]) && s.on().containsKey(w[3]) && s.clear(w[3]), action);
        t.on().put(w[1], w[3]);
        return t;
      }
      case "move-b-to-t" -> {
        require(w.length == 3 && s.holding() == null && s.on().containsKey(w[2])
            && w[2].equals(s.on().get(w[1])) && s.clear(w[1]), action);
        t.on().put(w[1], TABLE);
        return t;
      }
      case "move-t-to-b" -> {
        require(w.length == 3 && s.holding() == null && TABLE.equals(s.on().get(w[1])) && s.clear(w[1])
            && !w[1].equals(w[2]) && s.on().containsKey(w[2]) && s.clear(w[2]), action);
        t.on().put(w[1], w[2]);
        return t;
      }
      default -> throw new IllegalStateException("not an action: " + action);
    }
  }

  private static void require(boolean ok, String action) {
    if (!ok) {
      throw new IllegalStateException("illegal action: " + action);
    }
  }

  /** Replays a plan text (one action per line) and returns the final state. */
  static State replay(State start, String planText) {
    State s = start;
    for (String line : planText.split("\n")) {
      s = apply(s, line);
    }
    return s;
  }

  static boolean isGoal(State s, State goal) {
    return s.holding() == null && s.on().equals(goal.on());
  }

  /**
   * The fewest actions from start to goal, by breadth-first search over all states. A state is a
   * string with one character per block (in name order): its support's name, '_' for the table or
   * '*' for the hand.
   */
  static int optimalLength(State start, State goal) {
    List<String> blocks = new ArrayList<>(start.on().keySet());
    String from = encode(start, blocks);
    String to = encode(goal, blocks);
    Map<String, Integer> dist = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    dist.put(from, 0);
    queue.add(from);
    while (!queue.isEmpty()) {
      String s = queue.poll();
      int d = dist.get(s);
      if (s.equals(to)) {
        return d;
      }
      for (String t : successors(s, blocks)) {
        if (dist.putIfAbsent(t, d + 1) == null) {
          queue.add(t);
        }
      }
    }
    throw new IllegalStateException("goal unreachable");
  }

  private static String encode(State s, List<String> blocks) {
    StringBuilder sb = new StringBuilder();
    for (String b : blocks) {
      String under = s.on().get(b);
      sb.append(under.equals(TABLE) ? '_' : under.equals("hand") ? '*' : under.charAt(0));
    }
    return sb.toString();
  }

  private static List<String> successors(String s, List<String> blocks) {
    int held = s.indexOf('*');
    List<String> out = new ArrayList<>();
    for (int b = 0; b < s.length(); b++) {
      char name = blocks.get(b).charAt(0);
      boolean clear = s.indexOf(name) < 0 && s.charAt(b) != '*';
      if (held < 0 && clear) {
        out.add(set(s, b, '*')); // pick-up or unstack
      }
      if (held >= 0 && held == b) {
        out.add(set(s, b, '_')); // put-down
      }
      if (held >= 0 && held != b && clear) {
        out.add(set(s, held, name)); // stack the held block on b
      }
    }
    return out;
  }

  private static String set(String s, int i, char c) {
    char[] chars = s.toCharArray();
    chars[i] = c;
    return new String(chars);
  }

  /** Misplaced blocks: not on their goal support, or on a misplaced block. */
  static int misplaced(State s, State goal) {
    int count = 0;
    for (String b : s.on().keySet()) {
      count += wellPlaced(b, s, goal) ? 0 : 1;
    }
    return count;
  }

  private static boolean wellPlaced(String b, State s, State goal) {
    String under = s.on().get(b);
    if (!under.equals(goal.on().get(b))) {
      return false;
    }
    return under.equals(TABLE) || wellPlaced(under, s, goal);
  }

  /**
   * Every configuration of n blocks (numbered 0..n-1) as a below array (-1 = table), by brute force:
   * every array in which no two blocks share a support and every chain of supports ends on the table.
   */
  static List<int[]> allConfigurations(int n) {
    List<int[]> all = new ArrayList<>();
    int[] below = new int[n];
    enumerate(0, n, below, all);
    return all;
  }

  private static void enumerate(int b, int n, int[] below, List<int[]> out) {
    if (b == n) {
      if (isForestOfChains(below)) {
        out.add(below.clone());
      }
      return;
    }
    for (int s = -1; s < n; s++) {
      if (s != b) {
        below[b] = s;
        enumerate(b + 1, n, below, out);
      }
    }
  }

  /** No two blocks on the same block, and following supports always reaches the table. */
  private static boolean isForestOfChains(int[] below) {
    int n = below.length;
    boolean[] covered = new boolean[n];
    for (int b = 0; b < n; b++) {
      if (below[b] >= 0) {
        if (covered[below[b]]) {
          return false;
        }
        covered[below[b]] = true;
      }
      int x = b;
      for (int steps = 0; x >= 0; steps++) {
        if (steps > n) {
          return false;
        }
        x = below[x];
      }
    }
    return true;
  }
}
