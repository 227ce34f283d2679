package io.taskforge.logic.sudoku;

import java.util.ArrayList;
import java.util.List;

/** Text forms of a grid: the canonical answer, and the layouts templates show. */
final class GridText {
  private GridText() {}

  /** The canonical answer: one row per line; digits run together up to size 9, else numbers and single spaces. */
  static String answer(Geometry g, int[] cells) {
    int n = g.n;
    StringBuilder sb = new StringBuilder(g.cells * (n > 9 ? 3 : 1) + n);
    for (int r = 0; r < n; r++) {
      if (r > 0) {
        sb.append('\n');
      }
      for (int k = 0; k < n; k++) {
        if (n > 9 && k > 0) {
          sb.append(' ');
        }
        sb.append(cells[r * n + k]);
      }
    }
    return sb.toString();
  }

  /** The grid drawn with box borders, {@code .} for a blank; numbers right-aligned above size 9. */
  static List<String> boxed(Geometry g, int[] cells) {
    int n = g.n;
    int width = n > 9 ? 2 : 1;
    List<String> lines = new ArrayList<>(n + g.boxCols);
    StringBuilder border = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (k > 0 && k % g.boxCols == 0) {
        border.append("-+");
      }
      border.append(k > 0 ? "-" : "").append("-".repeat(width));
    }
    for (int r = 0; r < n; r++) {
      if (r > 0 && r % g.boxRows == 0) {
        lines.add(border.toString());
      }
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          sb.append(k % g.boxCols == 0 ? " | " : " ");
        }
        int v = cells[r * n + k];
        String s = v == 0 ? "." : Integer.toString(v);
        sb.append(" ".repeat(width - s.length())).append(s);
      }
      lines.add(sb.toString());
    }
    return lines;
  }

  /** Each row as numbers separated by single spaces, 0 for a blank. */
  static List<String> zeroRows(Geometry g, int[] cells) {
    int n = g.n;
    List<String> rows = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          sb.append(' ');
        }
        sb.append(cells[r * n + k]);
      }
      rows.add(sb.toString());
    }
    return rows;
  }

  /** The givens as {@code row R, column C: V}, row by row. */
  static List<String> givens(Geometry g, int[] cells) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < g.cells; c++) {
      if (cells[c] != 0) {
        out.add("row " + (g.rowOf[c] + 1) + ", column " + (g.colOf[c] + 1) + ": " + cells[c]);
      }
    }
    return out;
  }
}
