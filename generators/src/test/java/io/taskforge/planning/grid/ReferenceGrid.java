package io.taskforge.planning.grid;

import java.util.ArrayDeque;
import java.util.List;

/**
 * An independent model of grid navigation for tests: its own walker and its own breadth-first
 * search over (row, column, keys held), sharing no code with the task.
 */
final class ReferenceGrid {
  private ReferenceGrid() {}

  private static char at(List<String> rows, int r, int c) {
    return r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).length() ? '#' : rows.get(r).charAt(c);
  }

  private static int[] find(List<String> rows, char ch) {
    for (int r = 0; r < rows.size(); r++) {
      int c = rows.get(r).indexOf(ch);
      if (c >= 0) {
        return new int[] {r, c};
      }
    }
    return null;
  }

  /** Whether the plan's words walk from S to G legally. */
  static boolean solves(List<String> rows, List<String> words) {
    int[] pos = find(rows, 'S');
    int keys = 0;
    for (String w : words) {
      int r = pos[0] + (w.equals("up") ? -1 : w.equals("down") ? 1 : 0);
      int c = pos[1] + (w.equals("left") ? -1 : w.equals("right") ? 1 : 0);
      if (r == pos[0] && c == pos[1]) {
        return false;
      }
      char ch = at(rows, r, c);
      if (ch == '#' || Character.isUpperCase(ch) && ch != 'S' && ch != 'G' && (keys & (1 << (ch - 'A'))) == 0) {
        return false;
      }
      if (Character.isLowerCase(ch)) {
        keys |= 1 << (ch - 'a');
      }
      pos = new int[] {r, c};
    }
    return at(rows, pos[0], pos[1]) == 'G';
  }

  /** The fewest moves from S to G, or -1 when G cannot be reached. */
  static int shortest(List<String> rows) {
    int h = rows.size();
    int w = 0;
    for (String row : rows) {
      w = Math.max(w, row.length());
    }
    int[] s = find(rows, 'S');
    int[][][] dist = new int[h][w][1 << 6];
    for (int[][] plane : dist) {
      for (int[] line : plane) {
        java.util.Arrays.fill(line, -1);
      }
    }
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    dist[s[0]][s[1]][0] = 0;
    queue.add(new int[] {s[0], s[1], 0});
    int[][] deltas = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
    while (!queue.isEmpty()) {
      int[] q = queue.poll();
      int d = dist[q[0]][q[1]][q[2]];
      if (at(rows, q[0], q[1]) == 'G') {
        return d;
      }
      for (int[] delta : deltas) {
        int r = q[0] + delta[0];
        int c = q[1] + delta[1];
        char ch = at(rows, r, c);
        if (ch == '#' || ch >= 'A' && ch <= 'F' && (q[2] & (1 << (ch - 'A'))) == 0) {
          continue;
        }
        int keys = ch >= 'a' && ch <= 'f' ? q[2] | (1 << (ch - 'a')) : q[2];
        if (dist[r][c][keys] < 0) {
          dist[r][c][keys] = d + 1;
          queue.add(new int[] {r, c, keys});
        }
      }
    }
    return -1;
  }
}
