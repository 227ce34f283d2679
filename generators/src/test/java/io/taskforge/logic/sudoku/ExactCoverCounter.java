package io.taskforge.logic.sudoku;

/**
 * An independent sudoku solution counter for tests: Knuth's Algorithm X with dancing links over the
 * exact-cover encoding (cell, row-number, column-number, box-number constraints), nothing shared
 * with the generator's solvers. Box geometry is computed here from the box shape.
 */
final class ExactCoverCounter {
  private final int n;
  private final int boxRows;
  private final int boxCols;
  // Node arrays: index 0 is the root, 1..columns are column headers.
  private int[] left;
  private int[] right;
  private int[] up;
  private int[] down;
  private int[] column;
  private int[] rowOf;
  private int[] size;
  private int count;
  private int limit;
  private int[] stack;
  private int depth;
  private int[] firstSolution;

  ExactCoverCounter(int boxRows, int boxCols) {
    this.boxRows = boxRows;
    this.boxCols = boxCols;
    this.n = boxRows * boxCols;
  }

  /** Solutions of the puzzle (row-major, 0 = blank), counted up to {@code limit}. */
  int count(int[] puzzle, int limit) {
    build(puzzle);
    this.limit = limit;
    this.count = 0;
    this.firstSolution = null;
    if (!coverGivens(puzzle)) {
      return 0;
    }
    search();
    return count;
  }

  /** The first solution found by the last {@link #count}, or null. */
  int[] solution() {
    return firstSolution;
  }

  private int[] givenValues;

  private void build(int[] puzzle) {
    int cols = 4 * n * n;
    int rows = n * n * n;
    int nodes = 1 + cols + 4 * rows;
    left = new int[nodes];
    right = new int[nodes];
    up = new int[nodes];
    down = new int[nodes];
    column = new int[nodes];
    rowOf = new int[nodes];
    size = new int[cols + 1];
    stack = new int[n * n + 1];
    givenValues = puzzle.clone();
    for (int i = 0; i <= cols; i++) {
      left[i] = i == 0 ? cols : i - 1;
      right[i] = i == cols ? 0 : i + 1;
      up[i] = i;
      down[i] = i;
      column[i] = i;
    }
    int next = cols + 1;
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        for (int v = 0; v < n; v++) {
          int b = (r / boxRows) * boxRows + c / boxCols;
          int[] hits = {
            1 + r * n + c,
            1 + n * n + r * n + v,
            1 + 2 * n * n + c * n + v,
            1 + 3 * n * n + b * n + v,
          };
          int first = next;
          for (int k = 0; k < 4; k++) {
            int node = next++;
            int col = hits[k];
            column[node] = col;
            rowOf[node] = (r * n + c) * n + v;
            up[node] = up[col];
            down[node] = col;
            down[up[col]] = node;
            up[col] = node;
            size[col]++;
            left[node] = k == 0 ? node + 3 : node - 1;
            right[node] = k == 3 ? first : node + 1;
          }
        }
      }
    }
  }

  private boolean coverGivens(int[] puzzle) {
    for (int cell = 0; cell < n * n; cell++) {
      if (puzzle[cell] == 0) {
        continue;
      }
      int wanted = cell * n + puzzle[cell] - 1;
      int colHeader = 1 + cell;
      // Find the option row in the (still uncovered) cell column.
      int node = down[colHeader];
      while (node != colHeader && rowOf[node] != wanted) {
        node = down[node];
      }
      if (node == colHeader) {
        return false; // the cell's column was covered: two givens clash
      }
      // All four columns of this option must still be present.
      for (int j = node; ; ) {
        if (!present(column[j])) {
          return false;
        }
        j = right[j];
        if (j == node) {
          break;
        }
      }
      cover(column[node]);
      for (int j = right[node]; j != node; j = right[j]) {
        cover(column[j]);
      }
    }
    return true;
  }

  private boolean present(int col) {
    return left[right[col]] == col && right[left[col]] == col;
  }

  private void search() {
    if (right[0] == 0) {
      count++;
      if (firstSolution == null) {
        firstSolution = givenValues.clone();
        for (int i = 0; i < depth; i++) {
          int option = rowOf[stack[i]];
          firstSolution[option / n] = option % n + 1;
        }
      }
      return;
    }
    int best = right[0];
    for (int c = right[best]; c != 0; c = right[c]) {
      if (size[c] < size[best]) {
        best = c;
      }
    }
    if (size[best] == 0) {
      return;
    }
    cover(best);
    for (int r = down[best]; r != best && count < limit; r = down[r]) {
      stack[depth++] = r;
      for (int j = right[r]; j != r; j = right[j]) {
        cover(column[j]);
      }
      search();
      for (int j = left[r]; j != r; j = left[j]) {
        uncover(column[j]);
      }
      depth--;
    }
    uncover(best);
  }

  private void cover(int c) {
    right[left[c]] = right[c];
    left[right[c]] = left[c];
    for (int i = down[c]; i != c; i = down[i]) {
      for (int j = right[i]; j != i; j = right[j]) {
        down[up[j]] = down[j];
        up[down[j]] = up[j];
        size[column[j]]--;
      }
    }
  }

  private void uncover(int c) {
    for (int i = up[c]; i != c; i = up[i]) {
      for (int j = left[i]; j != i; j = left[j]) {
        size[column[j]]++;
        down[up[j]] = j;
        up[down[j]] = j;
      }
    }
    right[left[c]] = c;
    left[right[c]] = c;
  }
}
