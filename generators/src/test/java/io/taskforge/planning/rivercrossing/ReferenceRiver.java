package io.taskforge.planning.rivercrossing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent river crossing: a state is a string ("N" or "F" for the boat, then the near-bank
 * counts or the sorted far-bank item names), its own strict reader and simulator of the canonical
 * lines, and its own breadth-first search. It shares no code with the generator's model.
 */
final class ReferenceRiver {
  private final RiverCrossingProblem p;

  ReferenceRiver(RiverCrossingProblem p) {
    this.p = p;
  }

  String start() {
    return p.missionaryKind() ? "N," + p.missionaries() + "," + p.cannibals() : "N|0";
  }

  boolean isGoal(String s) {
    return p.missionaryKind() ? s.equals("F,0,0") : s.equals("F|" + ((1L << p.items().size()) - 1));
  }

  /** The state after a canonical line, or null when the trip is not allowed. */
  String apply(String s, String line) {
    String[] w = line.split(" ");
    boolean near = s.charAt(0) == 'N';
    if (w[0].equals("cross") != near || !(w[0].equals("cross") || w[0].equals("return"))) {
      return null;
    }
    if (p.missionaryKind()) {
      String[] parts = s.split(",");
      int nm = Integer.parseInt(parts[1]);
      int nc = Integer.parseInt(parts[2]);
      int m = 0;
      int c = 0;
      for (int k = 1; k < w.length; k++) {
        if (w[k].equals("m")) {
          m++;
        } else if (w[k].equals("c")) {
          c++;
        } else {
          return null;
        }
      }
      if (m + c == 0 || m + c > p.boat()) {
        return null;
      }
      int sign = near ? -1 : 1;
      int m2 = nm + sign * m;
      int c2 = nc + sign * c;
      if (m2 < 0 || c2 < 0 || m2 > p.missionaries() || c2 > p.cannibals()) {
        return null;
      }
      int fm = p.missionaries() - m2;
      int fc = p.cannibals() - c2;
      if ((m2 > 0 && c2 > m2) || (fm > 0 && fc > fm)) {
        return null;
      }
      return (near ? "F," : "N,") + m2 + "," + c2;
    }
    // far: bit i set when item i (in the problem's order) is on the far bank
    long far = Long.parseLong(s.substring(2));
    long cargo = 0;
    for (int k = 1; k < w.length; k++) {
      int i = p.items().indexOf(w[k]);
      if (i < 0 || ((far >>> i & 1) == 1) == near || (cargo >>> i & 1) == 1) {
        return null;
      }
      cargo |= 1L << i;
    }
    if (Long.bitCount(cargo) > p.boat() - 1) {
      return null;
    }
    far = near ? far | cargo : far & ~cargo;
    // the bank the farmer left: near when crossing, far when returning
    for (List<String> pair : p.conflicts()) {
      boolean aFar = (far >>> p.items().indexOf(pair.get(0)) & 1) == 1;
      boolean bFar = (far >>> p.items().indexOf(pair.get(1)) & 1) == 1;
      if (near ? !aFar && !bFar : aFar && bFar) {
        return null;
      }
    }
    return (near ? "F|" : "N|") + far;
  }

  /** Every legal line from s (trips of every load). */
  List<String> moves(String s) {
    List<String> out = new ArrayList<>();
    String dir = s.charAt(0) == 'N' ? "cross" : "return";
    if (p.missionaryKind()) {
      for (int m = 0; m <= p.boat(); m++) {
        for (int c = 0; m + c <= p.boat(); c++) {
          String line = dir + " m".repeat(m) + " c".repeat(c);
          if (apply(s, line) != null) {
            out.add(line);
          }
        }
      }
      return out;
    }
    subsets(s, dir, 0, new ArrayList<>(), out);
    return out;
  }

  /** Lines carrying every set of at most boat - 1 items, in item order. */
  private void subsets(String s, String dir, int from, List<String> cargo, List<String> out) {
    String line = cargo.isEmpty() ? dir : dir + " " + String.join(" ", cargo);
    if (apply(s, line) != null) {
      out.add(line);
    }
    if (cargo.size() == p.boat() - 1) {
      return;
    }
    for (int i = from; i < p.items().size(); i++) {
      cargo.add(p.items().get(i));
      subsets(s, dir, i + 1, cargo, out);
      cargo.remove(cargo.size() - 1);
    }
  }

  String replay(String plan) {
    String s = start();
    for (String line : plan.split("\n")) {
      s = apply(s, line);
      if (s == null) {
        throw new IllegalStateException("illegal: " + line);
      }
    }
    return s;
  }

  /** The fewest trips to the goal, or -1. */
  int distance() {
    Map<String, Integer> depth = new HashMap<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    depth.put(start(), 0);
    queue.add(start());
    while (!queue.isEmpty()) {
      String s = queue.poll();
      if (isGoal(s)) {
        return depth.get(s);
      }
      for (String line : moves(s)) {
        String t = apply(s, line);
        if (depth.putIfAbsent(t, depth.get(s) + 1) == null) {
          queue.add(t);
        }
      }
    }
    return -1;
  }
}
