package io.taskforge.planning.hanoi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent Tower of Hanoi: a state is a string with one character per disk (disk 1 first),
 * the letter of its peg; its own strict reader and simulator of "move D X Y" lines and its own
 * breadth-first search. It shares no code with the generator's model or solver.
 */
final class ReferenceHanoi {
  private ReferenceHanoi() {}

  /** The state of a configuration given as towers per peg (bottom to top) with peg letters A, B, ... */
  static String state(List<List<Integer>> towers, int disks) {
    char[] s = new char[disks];
    for (int p = 0; p < towers.size(); p++) {
      List<Integer> t = towers.get(p);
      for (int i = 0; i < t.size(); i++) {
        if (i > 0 && t.get(i) >= t.get(i - 1)) {
          throw new IllegalStateException("a larger disk on a smaller one");
        }
        s[t.get(i) - 1] = (char) ('A' + p);
      }
    }
    return new String(s);
  }

  /** The top disk (1-based) of peg {@code peg}, or 0. */
  static int top(String s, char peg) {
    return s.indexOf(peg) + 1;
  }

  /** Applies "move D X Y"; throws when it is unreadable or illegal. */
  static String apply(String s, String line) {
    String[] w = line.split(" ");
    if (w.length != 4 || !w[0].equals("move")) {
      throw new IllegalStateException("unreadable: " + line);
    }
    int d = Integer.parseInt(w[1]);
    char x = w[2].charAt(0);
    char y = w[3].charAt(0);
    if (x == y || top(s, x) != d || (top(s, y) != 0 && top(s, y) < d)) {
      throw new IllegalStateException("illegal: " + line + " in " + s);
    }
    char[] c = s.toCharArray();
    c[d - 1] = y;
    return new String(c);
  }

  static String replay(String start, String plan) {
    String s = start;
    for (String line : plan.split("\n")) {
      s = apply(s, line);
    }
    return s;
  }

  /** Every legal move from s, as "move D X Y", pegs A.. up to {@code pegs}. */
  static List<String> moves(String s, int pegs) {
    List<String> out = new ArrayList<>();
    for (int x = 0; x < pegs; x++) {
      int d = top(s, (char) ('A' + x));
      if (d == 0) {
        continue;
      }
      for (int y = 0; y < pegs; y++) {
        int t = top(s, (char) ('A' + y));
        if (y != x && (t == 0 || t > d)) {
          out.add("move " + d + " " + (char) ('A' + x) + " " + (char) ('A' + y));
        }
      }
    }
    return out;
  }

  /** A shortest plan by breadth-first search; moves tried in reverse order when {@code reversed}. */
  static List<String> shortestPlan(String from, String to, int pegs, boolean reversed) {
    Map<String, String> parentMove = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    parent.put(from, null);
    queue.add(from);
    while (!queue.isEmpty()) {
      String s = queue.poll();
      if (s.equals(to)) {
        List<String> plan = new ArrayList<>();
        for (String t = s; parent.get(t) != null; t = parent.get(t)) {
          plan.add(0, parentMove.get(t));
        }
        return plan;
      }
      List<String> moves = moves(s, pegs);
      if (reversed) {
        java.util.Collections.reverse(moves);
      }
      for (String m : moves) {
        String t = apply(s, m);
        if (!parent.containsKey(t)) {
          parent.put(t, s);
          parentMove.put(t, m);
          queue.add(t);
        }
      }
    }
    throw new IllegalStateException("unreachable");
  }

  static int distance(String from, String to, int pegs) {
    return shortestPlan(from, to, pegs, false).size();
  }
}
