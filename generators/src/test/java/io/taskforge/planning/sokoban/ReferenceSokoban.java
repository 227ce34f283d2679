package io.taskforge.planning.sokoban;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent model of Sokoban for tests: its own reading of the level, its own simulator and
 * its own exact breadth-first searches (fewest moves; fewest pushes), sharing no code with the task.
 */
final class ReferenceSokoban {
  final int h;
  final int w;
  final boolean[] wall;
  final boolean[] goal;
  final BitSet boxes = new BitSet();
  int player;

  ReferenceSokoban(List<String> rows) {
    h = rows.size();
    int width = 0;
    for (String r : rows) {
      width = Math.max(width, r.length());
    }
    w = width;
    wall = new boolean[h * w];
    goal = new boolean[h * w];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        char ch = c < rows.get(r).length() ? rows.get(r).charAt(c) : '#';
        int i = r * w + c;
        wall[i] = ch == '#';
        goal[i] = ch == '.' || ch == '*' || ch == '+';
        if (ch == '$' || ch == '*') {
          boxes.set(i);
        }
        if (ch == '@' || ch == '+') {
          player = i;
        }
      }
    }
  }

  private int delta(char m) {
    return switch (m) {
      case 'U' -> -w;
      case 'D' -> w;
      case 'L' -> -1;
      case 'R' -> 1;
      default -> throw new IllegalArgumentException("move " + m);
    };
  }

  /** Whether the letters (one per line) are all legal and end with every goal covered. */
  boolean solves(String plan) {
    BitSet b = (BitSet) boxes.clone();
    int p = player;
    for (String line : plan.split("\n")) {
      int d = delta(line.charAt(0));
      int t = p + d;
      if (wall[t]) {
        return false;
      }
      if (b.get(t)) {
        if (wall[t + d] || b.get(t + d)) {
          return false;
        }
        b.clear(t);
        b.set(t + d);
      }
      p = t;
    }
    return covered(b);
  }

  int pushesIn(String plan) {
    BitSet b = (BitSet) boxes.clone();
    int p = player;
    int pushes = 0;
    for (String line : plan.split("\n")) {
      int d = delta(line.charAt(0));
      int t = p + d;
      if (b.get(t)) {
        b.clear(t);
        b.set(t + d);
        pushes++;
      }
      p = t;
    }
    return pushes;
  }

  private boolean covered(BitSet b) {
    for (int i = 0; i < goal.length; i++) {
      if (goal[i] && !b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private record State(BitSet boxes, int player) {}

  /** The fewest moves, by breadth-first search over (boxes, player); -1 if unsolvable. */
  int fewestMoves() {
    Set<State> seen = new HashSet<>();
    ArrayDeque<State> queue = new ArrayDeque<>();
    Map<State, Integer> dist = new HashMap<>();
    State s0 = new State(boxes, player);
    queue.add(s0);
    seen.add(s0);
    dist.put(s0, 0);
    while (!queue.isEmpty()) {
      State s = queue.poll();
      int d = dist.get(s);
      if (covered(s.boxes())) {
        return d;
      }
      for (char m : new char[] {'U', 'D', 'L', 'R'}) {
        int dd = delta(m);
        int t = s.player() + dd;
        if (wall[t]) {
          continue;
        }
        BitSet b = s.boxes();
        if (b.get(t)) {
          if (wall[t + dd] || b.get(t + dd)) {
            continue;
          }
          b = (BitSet) b.clone();
          b.clear(t);
          b.set(t + dd);
        }
        State n = new State(b, t);
        if (seen.add(n)) {
          dist.put(n, d + 1);
          queue.add(n);
        }
      }
    }
    return -1;
  }

  /** The fewest pushes, by breadth-first search over (boxes, player's reachable area); -1 if unsolvable. */
  int fewestPushes() {
    Map<State, Integer> dist = new HashMap<>();
    ArrayDeque<State> queue = new ArrayDeque<>();
    State s0 = new State(boxes, area(boxes, player).nextSetBit(0));
    dist.put(s0, 0);
    queue.add(s0);
    while (!queue.isEmpty()) {
      State s = queue.poll();
      int d = dist.get(s);
      if (covered(s.boxes())) {
        return d;
      }
      BitSet reach = area(s.boxes(), s.player());
      for (int box = s.boxes().nextSetBit(0); box >= 0; box = s.boxes().nextSetBit(box + 1)) {
        for (char m : new char[] {'U', 'D', 'L', 'R'}) {
          int dd = delta(m);
          if (!reach.get(box - dd) || wall[box + dd] || s.boxes().get(box + dd)) {
            continue;
          }
          BitSet b = (BitSet) s.boxes().clone();
          b.clear(box);
          b.set(box + dd);
          State n = new State(b, area(b, box).nextSetBit(0));
          if (!dist.containsKey(n)) {
            dist.put(n, d + 1);
            queue.add(n);
          }
        }
      }
    }
    return -1;
  }

  private BitSet area(BitSet b, int from) {
    BitSet seen = new BitSet();
    List<Integer> stack = new ArrayList<>();
    stack.add(from);
    seen.set(from);
    while (!stack.isEmpty()) {
      int c = stack.remove(stack.size() - 1);
      for (int d : new int[] {-w, w, -1, 1}) {
        int n = c + d;
        if (!wall[n] && !b.get(n) && !seen.get(n)) {
          seen.set(n);
          stack.add(n);
        }
      }
    }
    return seen;
  }
}
