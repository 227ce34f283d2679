package io.taskforge.logic.sudoku;

/**
 * The shape of a sudoku: an {@code n}×{@code n} grid (n = boxRows × boxCols, at most 16) cut into
 * boxes of {@code boxRows} rows and {@code boxCols} columns. Cells are numbered row-major; digit
 * {@code d} (1..n) is bit {@code d - 1} of a candidate mask.
 */
final class Geometry {
  /** The largest side this package handles: masks are ints and bit tricks assume n ≤ 16. */
  static final int MAX_SIZE = 16;

  final int boxRows;
  final int boxCols;
  final int n;
  final int cells;
  /** Mask of all digits 1..n. */
  final int full;
  final int[] rowOf;
  final int[] colOf;
  final int[] boxOf;
  /** {@code 3n} units of {@code n} cells: rows 0..n-1, columns n..2n-1, boxes 2n..3n-1. */
  final int[][] units;
  /** The other cells sharing a row, column or box with each cell. */
  final int[][] peers;

  Geometry(int boxRows, int boxCols) {
    this.boxRows = boxRows;
    this.boxCols = boxCols;
    this.n = boxRows * boxCols;
    if (boxRows < 1 || boxCols < 1 || n > MAX_SIZE) {
      throw new IllegalArgumentException("unsupported box shape " + boxRows + "x" + boxCols);
    }
    this.cells = n * n;
    this.full = (1 << n) - 1;
    this.rowOf = new int[cells];
    this.colOf = new int[cells];
    this.boxOf = new int[cells];
    this.units = new int[3 * n][n];
    int[] fill = new int[3 * n];
    for (int c = 0; c < cells; c++) {
      int r = c / n;
      int k = c % n;
      int b = (r / boxRows) * boxRows + k / boxCols;
      rowOf[c] = r;
      colOf[c] = k;
      boxOf[c] = b;
      units[r][fill[r]++] = c;
      units[n + k][fill[n + k]++] = c;
      units[2 * n + b][fill[2 * n + b]++] = c;
    }
    this.peers = new int[cells][];
    for (int c = 0; c < cells; c++) {
      int[] p = new int[3 * n];
      int count = 0;
      for (int o = 0; o < cells; o++) {
        if (o != c && (rowOf[o] == rowOf[c] || colOf[o] == colOf[c] || boxOf[o] == boxOf[c])) {
          p[count++] = o;
        }
      }
      peers[c] = java.util.Arrays.copyOf(p, count);
    }
  }

  /** The box shape used for a side length: 4→2×2, 6→2×3, 8→2×4, 9→3×3, 12→3×4, 16→4×4. */
  static Geometry ofSize(int size) {
    return switch (size) {
      case 4 -> G4;
      case 6 -> G6;
      case 8 -> G8;
      case 9 -> G9;
      case 12 -> G12;
      case 16 -> G16;
      default -> throw new IllegalArgumentException("unsupported size " + size);
    };
  }

  /** Box rows for a supported side length (the box columns are size / boxRows). */
  static int boxRowsOf(int size) {
    return ofSize(size).boxRows;
  }

  private static final Geometry G4 = new Geometry(2, 2);
  private static final Geometry G6 = new Geometry(2, 3);
  private static final Geometry G8 = new Geometry(2, 4);
  private static final Geometry G9 = new Geometry(3, 3);
  private static final Geometry G12 = new Geometry(3, 4);
  private static final Geometry G16 = new Geometry(4, 4);

  boolean sees(int a, int b) {
    return a != b && (rowOf[a] == rowOf[b] || colOf[a] == colOf[b] || boxOf[a] == boxOf[b]);
  }
}
