package io.taskforge.planning.hanoi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plain breadth-first Hanoi planner over strings (one peg letter per disk), apart from the model. */
final class ReferenceSearch {
  private ReferenceSearch() {}

  static List<String> plan(HanoiProblem p, boolean reversed) {
    String from = state(p.initial(), p.disks());
    String to = state(p.goal(), p.disks());
    int pegs = p.pegs().size();
    Map<String, String> parent = new HashMap<>();
    Map<String, String> how = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    parent.put(from, null);
    queue.add(from);
    while (!queue.isEmpty()) {
      String s = queue.poll();
      if (s.equals(to)) {
        List<String> plan = new ArrayList<>();
        for (String t = s; parent.get(t) != null; t = parent.get(t)) {
          plan.add(how.get(t));
        }
        Collections.reverse(plan);
        return plan;
      }
      List<String[]> moves = new ArrayList<>();
      for (int x = 0; x < pegs; x++) {
        int d = s.indexOf((char) ('A' + x)) + 1;
        for (int y = 0; d > 0 && y < pegs; y++) {
          int t = s.indexOf((char) ('A' + y)) + 1;
          if (y != x && (t == 0 || t > d)) {
            char[] c = s.toCharArray();
            c[d - 1] = (char) ('A' + y);
            moves.add(new String[] {new String(c), "move " + d + " " + p.pegs().get(x) + " " + p.pegs().get(y)});
          }
        }
      }
      if (reversed) {
        Collections.reverse(moves);
      }
      for (String[] m : moves) {
        if (!parent.containsKey(m[0])) {
          parent.put(m[0], s);
          how.put(m[0], m[1]);
          queue.add(m[0]);
        }
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private static String state(List<List<Integer>> towers, int disks) {
    char[] s = new char[disks];
    for (int p = 0; p < towers.size(); p++) {
      for (int d : towers.get(p)) {
        s[d - 1] = (char) ('A' + p);
      }
    }
    return new String(s);
  }
}
