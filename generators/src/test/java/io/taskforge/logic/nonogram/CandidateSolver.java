package io.taskforge.logic.nonogram;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent nonogram solver for tests, sharing nothing with the generator's: every line's
 * possible fillings are enumerated as bit masks; a line's known cells filter its fillings, and the
 * cells on which all remaining fillings agree become known. Lines are swept until nothing changes
 * ("line logic"), then a cell is guessed and the solutions are counted.
 */
final class CandidateSolver {
  private final int width;
  private final int height;
  private final long[][] rowFillings;
  private final long[][] columnFillings;
  private final List<boolean[]> solutions = new ArrayList<>();

  CandidateSolver(NonogramProblem p) {
    this.width = p.width();
    this.height = p.height();
    this.rowFillings = new long[height][];
    this.columnFillings = new long[width][];
    for (int r = 0; r < height; r++) {
      rowFillings[r] = fillings(p.rows().get(r), width);
    }
    for (int c = 0; c < width; c++) {
      columnFillings[c] = fillings(p.columns().get(c), height);
    }
  }

  /** All fillings of a line of {@code length} cells with the clue's runs, bit i = cell i filled. */
  static long[] fillings(List<Integer> clue, int length) {
    List<Long> out = new ArrayList<>();
    place(clue, 0, 0, 0L, length, out);
    long[] a = new long[out.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = out.get(i);
    }
    return a;
  }

  private static void place(List<Integer> clue, int block, int from, long mask, int length, List<Long> out) {
    if (block == clue.size()) {
      out.add(mask);
      return;
    }
    int len = clue.get(block);
    int rest = 0;
    for (int j = block + 1; j < clue.size(); j++) {
      rest += clue.get(j) + 1;
    }
    for (int s = from; s + len + rest <= length; s++) {
      long run = ((1L << len) - 1) << s;
      place(clue, block + 1, s + len + 1, mask | run, length, out);
    }
  }

  /** Grid state: 0 unknown, 1 filled, 2 empty, indexed [row][column]. */
  int[][] lineLogic() {
    int[][] g = new int[height][width];
    return sweep(g) ? g : null;
  }

  /** Solutions found, up to {@code limit}. */
  List<boolean[]> solutions(int limit) {
    solutions.clear();
    search(new int[height][width], limit);
    return solutions;
  }

  private void search(int[][] g, int limit) {
    if (solutions.size() >= limit || !sweep(g)) {
      return;
    }
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (g[r][c] == 0) {
          for (int v = 1; v <= 2; v++) {
            int[][] next = copy(g);
            next[r][c] = v;
            search(next, limit);
          }
          return;
        }
      }
    }
    boolean[] s = new boolean[width * height];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        s[r * width + c] = g[r][c] == 1;
      }
    }
    solutions.add(s);
  }

  private boolean sweep(int[][] g) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < height; r++) {
        int[] line = g[r].clone();
        if (!narrow(line, rowFillings[r])) {
          return false;
        }
        for (int c = 0; c < width; c++) {
          if (line[c] != g[r][c]) {
            g[r][c] = line[c];
            changed = true;
          }
        }
      }
      for (int c = 0; c < width; c++) {
        int[] line = new int[height];
        for (int r = 0; r < height; r++) {
          line[r] = g[r][c];
        }
        if (!narrow(line, columnFillings[c])) {
          return false;
        }
        for (int r = 0; r < height; r++) {
          if (line[r] != g[r][c]) {
            g[r][c] = line[r];
            changed = true;
          }
        }
      }
    }
    return true;
  }

  private static boolean narrow(int[] line, long[] fillings) {
    long mustFill = 0;
    long mustEmpty = 0;
    for (int i = 0; i < line.length; i++) {
      if (line[i] == 1) {
        mustFill |= 1L << i;
      } else if (line[i] == 2) {
        mustEmpty |= 1L << i;
      }
    }
    long all = -1L;
    long any = 0;
    boolean found = false;
    for (long f : fillings) {
      if ((f & mustFill) == mustFill && (f & mustEmpty) == 0) {
        all &= f;
        any |= f;
        found = true;
      }
    }
    if (!found) {
      return false;
    }
    for (int i = 0; i < line.length; i++) {
      if ((all >>> i & 1) == 1) {
        line[i] = 1;
      } else if ((any >>> i & 1) == 0) {
        line[i] = 2;
      }
    }
    return true;
  }

  private static int[][] copy(int[][] g) {
    int[][] m = new int[g.length][];
    for (int i = 0; i < g.length; i++) {
      m[i] = g[i].clone();
    }
    return m;
  }
}
