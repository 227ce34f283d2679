package io.taskforge.logic.sudoku;

import io.taskforge.core.Rng;

/**
 * Makes a puzzle with exactly the requested number of blanks and a unique solution: a random full
 * grid, then its cells blanked in random order, each kept blank only while the solution stays
 * unique, until the count is reached. A draw that runs out of removable cells first is thrown away
 * and a new full grid is drawn from the same random stream, so the count is never under-delivered.
 */
final class PuzzleMaker {
  /** Node budget of one random fill before it is restarted (heavy-tailed on 16×16). */
  private static final long FILL_NODES = 4_000;

  private final Geometry g;
  private final BitSolver solver;

  PuzzleMaker(Geometry g) {
    this.g = g;
    this.solver = new BitSolver(g);
  }

  /**
   * A puzzle with its solution.
   *
   * @param draws full grids drawn until one reached the count (1 when the first did)
   */
  record Made(int[] puzzle, int[] solution, int draws) {}

  Made make(int blanks, Rng rng) {
    for (int draws = 1; ; draws++) {
      int[] solution = fullGrid(rng);
      int[] puzzle = solution.clone();
      if (blank(puzzle, blanks, rng) == blanks) {
        return new Made(puzzle, solution, draws);
      }
    }
  }

  /** A uniformly shuffled search for a completed grid; restarted when it stalls. */
  int[] fullGrid(Rng rng) {
    while (true) {
      int[] grid = solver.randomFull(rng, FILL_NODES);
      if (grid != null) {
        return grid;
      }
    }
  }

  /**
   * Blanks cells of {@code puzzle} (a unique puzzle, e.g. a full grid) in random order while the
   * solution stays unique, stopping at {@code target} blanks or when the remaining cells cannot
   * reach it. Returns the blanks made.
   */
  int blank(int[] puzzle, int target, Rng rng) {
    int[] order = rng.permutation(g.cells);
    int blanks = 0;
    for (int c = 0; c < g.cells; c++) {
      if (puzzle[c] == 0) {
        blanks++;
      }
    }
    for (int i = 0; i < order.length && blanks < target; i++) {
      if (blanks + (order.length - i) < target) {
        break;
      }
      int c = order[i];
      int d = puzzle[c];
      if (d == 0) {
        continue;
      }
      puzzle[c] = 0;
      if (solver.hasSolutionWithout(puzzle, c, d)) {
        puzzle[c] = d;
      } else {
        blanks++;
      }
    }
    return blanks;
  }

  BitSolver solver() {
    return solver;
  }
}
