package io.taskforge.logic.sudoku;

/**
 * Test-only, deliberately naive sudoku helpers (arrays scanned cell by cell, no bitmasks), written
 * apart from the generator's solvers: rule checks, answer reading, and singles-only solving.
 */
final class SimpleRules {
  private SimpleRules() {}

  static int box(int r, int c, int boxRows, int boxCols) {
    return (r / boxRows) * boxRows + c / boxCols;
  }

  /** Whether {@code v} may go at (r, c): not yet in its row, column or box. */
  static boolean allowed(int[] g, int n, int boxRows, int boxCols, int r, int c, int v) {
    for (int i = 0; i < n; i++) {
      if (g[r * n + i] == v || g[i * n + c] == v) {
        return false;
      }
    }
    int top = (r / boxRows) * boxRows;
    int leftCol = (c / boxCols) * boxCols;
    for (int i = 0; i < boxRows; i++) {
      for (int j = 0; j < boxCols; j++) {
        if (g[(top + i) * n + leftCol + j] == v) {
          return false;
        }
      }
    }
    return true;
  }

  /** A full grid obeys every rule. */
  static boolean valid(int[] g, int n, int boxRows, int boxCols) {
    for (int cell = 0; cell < n * n; cell++) {
      int v = g[cell];
      if (v < 1 || v > n) {
        return false;
      }
      g[cell] = 0;
      boolean ok = allowed(g, n, boxRows, boxCols, cell / n, cell % n, v);
      g[cell] = v;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Reads the canonical answer text: n lines, digits (n ≤ 9) or space-separated numbers. */
  static int[] readAnswer(String answer, int n) {
    String[] lines = answer.split("\n");
    if (lines.length != n) {
      throw new AssertionError("expected " + n + " lines: " + answer);
    }
    int[] g = new int[n * n];
    for (int r = 0; r < n; r++) {
      if (n <= 9) {
        if (lines[r].length() != n) {
          throw new AssertionError("row " + r + ": " + lines[r]);
        }
        for (int c = 0; c < n; c++) {
          g[r * n + c] = lines[r].charAt(c) - '0';
        }
      } else {
        String[] parts = lines[r].split(" ");
        if (parts.length != n) {
          throw new AssertionError("row " + r + ": " + lines[r]);
        }
        for (int c = 0; c < n; c++) {
          g[r * n + c] = Integer.parseInt(parts[c]);
        }
      }
    }
    return g;
  }

  /** Fills cells that have one possible number (and, if asked, numbers with one place in a unit) until stuck. */
  static int[] singles(int[] puzzle, int n, int boxRows, int boxCols, boolean hidden) {
    int[] g = puzzle.clone();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int cell = 0; cell < n * n; cell++) {
        if (g[cell] != 0) {
          continue;
        }
        int only = 0;
        int options = 0;
        for (int v = 1; v <= n; v++) {
          if (allowed(g, n, boxRows, boxCols, cell / n, cell % n, v)) {
            only = v;
            options++;
          }
        }
        if (options == 1) {
          g[cell] = only;
          changed = true;
        }
      }
      if (changed || !hidden) {
        continue;
      }
      // Hidden singles: a number with one possible cell in a row, column or box.
      for (int kind = 0; kind < 3; kind++) {
        for (int u = 0; u < n; u++) {
          for (int v = 1; v <= n; v++) {
            int place = -1;
            int places = 0;
            boolean present = false;
            for (int i = 0; i < n; i++) {
              int cell = cellOf(kind, u, i, n, boxRows, boxCols);
              if (g[cell] == v) {
                present = true;
              } else if (g[cell] == 0 && allowed(g, n, boxRows, boxCols, cell / n, cell % n, v)) {
                place = cell;
                places++;
              }
            }
            if (!present && places == 1) {
              g[place] = v;
              changed = true;
            }
          }
        }
      }
    }
    return g;
  }

  static int cellOf(int kind, int unit, int i, int n, int boxRows, int boxCols) {
    return switch (kind) {
      case 0 -> unit * n + i;
      case 1 -> i * n + unit;
      default -> {
        int top = (unit / boxRows) * boxRows;
        int leftCol = (unit % boxRows) * boxCols;
        yield (top + i / boxCols) * n + leftCol + i % boxCols;
      }
    };
  }

  static boolean complete(int[] g) {
    for (int v : g) {
      if (v == 0) {
        return false;
      }
    }
    return true;
  }
}
