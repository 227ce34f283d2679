package io.taskforge.planning.slidingtile;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent model of the sliding-tile puzzle for tests: its own parity rule, its own
 * simulator of plan words and its own exact solvers (a complete breadth-first table of the
 * 8-puzzle, and IDA* with plain Manhattan distance), sharing no code with the task.
 */
final class ReferenceSlidingTile {
  private ReferenceSlidingTile() {}

  static int[] cells(List<List<Integer>> rows) {
    int n = rows.size();
    int[] cells = new int[n * n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        cells[r * n + c] = rows.get(r).get(c);
      }
    }
    return cells;
  }

  /**
   * Whether the standard goal (1..n²-1 in reading order, blank last) is reachable: for odd sides the
   * number of inversions among the tiles is even; for even sides, inversions plus the blank's row
   * distance from the bottom row is even.
   */
  static boolean solvable(int size, int[] cells) {
    int inversions = 0;
    int blankRow = -1;
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] == 0) {
        blankRow = i / size;
        continue;
      }
      for (int j = i + 1; j < cells.length; j++) {
        if (cells[j] != 0 && cells[j] < cells[i]) {
          inversions++;
        }
      }
    }
    return size % 2 == 1 ? inversions % 2 == 0 : (inversions + (size - 1 - blankRow)) % 2 == 0;
  }

  static boolean isStandardGoal(int[] cells) {
    for (int i = 0; i < cells.length - 1; i++) {
      if (cells[i] != i + 1) {
        return false;
      }
    }
    return cells[cells.length - 1] == 0;
  }

  /** The board after the plan's words, or null when a word is unknown or a move impossible. */
  static int[] replay(int size, int[] start, List<String> words, String convention) {
    int[] b = start.clone();
    int blank = 0;
    while (b[blank] != 0) {
      blank++;
    }
    for (String w : words) {
      // The word says where the blank goes ("blank") or where the tile goes ("tile").
      int dr;
      int dc;
      switch (w) {
        case "up" -> { dr = -1; dc = 0; }
        case "down" -> { dr = 1; dc = 0; }
        case "left" -> { dr = 0; dc = -1; }
        case "right" -> { dr = 0; dc = 1; }
        default -> {
          return null;
        }
      }
      if (convention.equals("tile")) {
        dr = -dr;
        dc = -dc;
      }
      int r = blank / size + dr;
      int c = blank % size + dc;
      if (r < 0 || c < 0 || r >= size || c >= size) {
        return null;
      }
      int to = r * size + c;
      b[blank] = b[to];
      b[to] = 0;
      blank = to;
    }
    return b;
  }

  private static Map<Long, Integer> eightPuzzle;

  /** The exact distance of a 3x3 board from the standard goal, from a complete breadth-first search. */
  static synchronized int eightPuzzleDistance(int[] cells) {
    if (eightPuzzle == null) {
      eightPuzzle = new HashMap<>();
      int[] goal = {1, 2, 3, 4, 5, 6, 7, 8, 0};
      ArrayDeque<int[]> queue = new ArrayDeque<>();
      eightPuzzle.put(key(goal), 0);
      queue.add(goal);
      while (!queue.isEmpty()) {
        int[] b = queue.poll();
        int d = eightPuzzle.get(key(b));
        int blank = 0;
        while (b[blank] != 0) {
          blank++;
        }
        int[][] deltas = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] delta : deltas) {
          int r = blank / 3 + delta[0];
          int c = blank % 3 + delta[1];
          if (r < 0 || c < 0 || r >= 3 || c >= 3) {
            continue;
          }
          int[] next = b.clone();
          next[blank] = next[r * 3 + c];
          next[r * 3 + c] = 0;
          if (eightPuzzle.putIfAbsent(key(next), d + 1) == null) {
            queue.add(next);
          }
        }
      }
    }
    Integer d = eightPuzzle.get(key(cells));
    return d == null ? -1 : d;
  }

  static int eightPuzzleStates() {
    eightPuzzleDistance(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 0});
    return eightPuzzle.size();
  }

  private static long key(int[] cells) {
    long k = 0;
    for (int c : cells) {
      k = k * 16 + c;
    }
    return k;
  }

  /** The optimal length by IDA* with plain Manhattan distance (no linear conflicts). */
  static int optimalLength(int size, int[] start) {
    int[] b = start.clone();
    int blank = 0;
    while (b[blank] != 0) {
      blank++;
    }
    int bound = manhattan(size, b);
    while (true) {
      int next = probe(size, b, blank, -1, 0, bound);
      if (next < 0) {
        return -next - 1;
      }
      bound = next;
    }
  }

  private static int manhattan(int size, int[] b) {
    int sum = 0;
    for (int i = 0; i < b.length; i++) {
      if (b[i] != 0) {
        int g = b[i] - 1;
        sum += Math.abs(g / size - i / size) + Math.abs(g % size - i % size);
      }
    }
    return sum;
  }

  /** -(g+1) when solved within the bound, else the smallest f above it. */
  private static int probe(int size, int[] b, int blank, int cameFrom, int g, int bound) {
    int h = manhattan(size, b);
    if (g + h > bound) {
      return g + h;
    }
    if (h == 0) {
      return -(g + 1);
    }
    int min = Integer.MAX_VALUE;
    int[] steps = {-size, size, -1, 1};
    for (int step : steps) {
      int to = blank + step;
      if (to < 0 || to >= b.length || (step == -1 || step == 1) && to / size != blank / size || to == cameFrom) {
        continue;
      }
      b[blank] = b[to];
      b[to] = 0;
      int t = probe(size, b, to, blank, g + 1, bound);
      b[to] = b[blank];
      b[blank] = 0;
      if (t < 0) {
        return t;
      }
      min = Math.min(min, t);
    }
    return min;
  }
}
