package io.taskforge.logic.sudoku;

/**
 * A text equal for puzzles that differ only by renaming the numbers and by the reflections and
 * rotations that keep the boxes in place (8 for square boxes, 4 otherwise): the least, over those
 * symmetries, of the grid with numbers renamed in order of first appearance.
 */
final class CanonicalForm {
  private CanonicalForm() {}

  static String of(Geometry g, int[] puzzle) {
    int n = g.n;
    int transforms = g.boxRows == g.boxCols ? 8 : 4;
    char[] best = null;
    char[] candidate = new char[g.cells];
    int[] moved = new int[g.cells];
    int[] label = new int[n + 1];
    for (int t = 0; t < transforms; t++) {
      for (int c = 0; c < g.cells; c++) {
        moved[target(t, g.rowOf[c], g.colOf[c], n)] = puzzle[c];
      }
      java.util.Arrays.fill(label, 0);
      int next = 0;
      for (int c = 0; c < g.cells; c++) {
        int v = moved[c];
        if (v == 0) {
          candidate[c] = '.';
        } else {
          if (label[v] == 0) {
            label[v] = ++next;
          }
          candidate[c] = (char) ('a' + label[v] - 1);
        }
      }
      if (best == null || java.util.Arrays.compare(candidate, best) < 0) {
        best = candidate.clone();
      }
    }
    return "sudoku " + n + "x" + n + " boxes " + g.boxRows + "x" + g.boxCols + ": " + new String(best);
  }

  /** Where cell (r, k) goes under symmetry t: 0-3 keep boxes of any shape, 4-7 need square boxes. */
  private static int target(int t, int r, int k, int n) {
    int m = n - 1;
    return switch (t) {
      case 0 -> r * n + k;
      case 1 -> r * n + (m - k);
      case 2 -> (m - r) * n + k;
      case 3 -> (m - r) * n + (m - k);
      case 4 -> k * n + r;
      case 5 -> k * n + (m - r);
      case 6 -> (m - k) * n + r;
      default -> (m - k) * n + (m - r);
    };
  }
}
