package io.taskforge.logic.grid;

import io.taskforge.core.Rng;

/**
 * Random Latin squares: n×n grids in which every row and every column holds each of 1..n once.
 *
 * <p>Filled cell by cell in reading order, each cell trying the values its row and column still
 * allow in a random order, backtracking on a dead end; a fill that needs too many steps starts over
 * (all from the same random stream, so the result is a function of it). Not uniform over all Latin
 * squares, but every Latin square can come out.
 */
public final class LatinSquares {
  public static final int MAX_SIZE = 16;

  private LatinSquares() {}

  /** A random Latin square of order {@code n} (1..16), row-major, values 1..n. */
  public static int[] random(int n, Rng rng) {
    if (n < 1 || n > MAX_SIZE) {
      throw new IllegalArgumentException("Latin square order must be 1 to " + MAX_SIZE + ", got " + n);
    }
    int[] grid = new int[n * n];
    int[] rowUsed = new int[n];
    int[] columnUsed = new int[n];
    int[][] order = new int[n * n][];
    int[] tried = new int[n * n];
    long budget = 50L * n * n * n;
    while (true) {
      java.util.Arrays.fill(grid, 0);
      java.util.Arrays.fill(rowUsed, 0);
      java.util.Arrays.fill(columnUsed, 0);
      int cell = 0;
      order[0] = rng.permutation(n);
      tried[0] = 0;
      long steps = 0;
      while (cell < n * n && steps++ < budget) {
        int r = cell / n;
        int c = cell % n;
        if (grid[cell] != 0) {
          int bit = 1 << (grid[cell] - 1);
          rowUsed[r] &= ~bit;
          columnUsed[c] &= ~bit;
          grid[cell] = 0;
        }
        int free = ~(rowUsed[r] | columnUsed[c]);
        int placed = 0;
        while (tried[cell] < n) {
          int v = order[cell][tried[cell]++];
          if ((free >>> v & 1) == 1) {
            placed = v + 1;
            break;
          }
        }
        if (placed == 0) {
          cell--;
          if (cell < 0) {
            break;
          }
          continue;
        }
        grid[cell] = placed;
        rowUsed[r] |= 1 << (placed - 1);
        columnUsed[c] |= 1 << (placed - 1);
        cell++;
        if (cell < n * n) {
          order[cell] = rng.permutation(n);
          tried[cell] = 0;
        }
      }
      if (cell == n * n) {
        return grid;
      }
    }
  }

  /** Whether {@code grid} (row-major) is a Latin square of order n with values 1..n. */
  public static boolean isLatin(int[] grid, int n) {
    if (grid.length != n * n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int rowSeen = 0;
      int columnSeen = 0;
      for (int k = 0; k < n; k++) {
        int a = grid[i * n + k];
        int b = grid[k * n + i];
        if (a < 1 || a > n || b < 1 || b > n) {
          return false;
        }
        rowSeen |= 1 << (a - 1);
        columnSeen |= 1 << (b - 1);
      }
      if (rowSeen != (1 << n) - 1 || columnSeen != (1 << n) - 1) {
        return false;
      }
    }
    return true;
  }
}
