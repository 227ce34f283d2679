package io.taskforge.logic.sudoku;

/**
 * The verifier's view of a sudoku's geometry: rows, columns and boxes of an n×n grid, for the rule
 * checks and the verifier's solver. Cached per box shape.
 */
final class Shape {
  static final int MAX_SIDE = 16;

  final int boxRows;
  final int boxCols;
  final int n;
  final int cells;
  final int full;
  /** Rows 0..n-1, columns n..2n-1, boxes 2n..3n-1, each as its cells in reading order. */
  final int[][] units;
  final int[][] peers;

  private static final java.util.concurrent.ConcurrentHashMap<Integer, Shape> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Shape(int boxRows, int boxCols) {
    this.boxRows = boxRows;
    this.boxCols = boxCols;
    this.n = boxRows * boxCols;
    this.cells = n * n;
    this.full = (1 << n) - 1;
    this.units = new int[3 * n][n];
    for (int r = 0; r < n; r++) {
      for (int k = 0; k < n; k++) {
        int c = r * n + k;
        units[r][k] = c;
        units[n + k][r] = c;
        int box = (r / boxRows) * boxRows + k / boxCols;
        int inBox = (r % boxRows) * boxCols + k % boxCols;
        units[2 * n + box][inBox] = c;
      }
    }
    this.peers = new int[cells][];
    boolean[] seen = new boolean[cells];
    for (int c = 0; c < cells; c++) {
      java.util.Arrays.fill(seen, false);
      int r = c / n;
      int k = c % n;
      int box = (r / boxRows) * boxRows + k / boxCols;
      int count = 0;
      for (int u : new int[] {r, n + k, 2 * n + box}) {
        for (int o : units[u]) {
          if (o != c && !seen[o]) {
            seen[o] = true;
            count++;
          }
        }
      }
      int[] p = new int[count];
      int i = 0;
      for (int o = 0; o < cells; o++) {
        if (seen[o]) {
          p[i++] = o;
        }
      }
      peers[c] = p;
    }
  }

  /** The shape for boxes of the given size; boxRows × boxCols must be 1..16. */
  static Shape of(int boxRows, int boxCols) {
    return CACHE.computeIfAbsent(boxRows * (MAX_SIDE + 1) + boxCols, k -> new Shape(boxRows, boxCols));
  }

  /** Which box a cell is in. */
  int boxOf(int c) {
    return (c / n / boxRows) * boxRows + (c % n) / boxCols;
  }
}
