package io.taskforge.logic.nonogram;

import io.taskforge.core.Rng;
import java.util.Arrays;

/**
 * Makes unique-solution nonograms.
 *
 * <p>Draws a random grid at the asked density; while line solving its clues stalls (some cells stay
 * undecided, a sign that the clues may admit several pictures), flips a random undecided cell and
 * solves again, which breaks the ambiguity where it sits. A grid that has not settled after a
 * bounded number of flips is redrawn. The result is solvable by line logic alone, hence unique.
 *
 * <p>With {@code needs-guessing}, a line-solvable grid is then changed one random cell at a time
 * (each change undone if it fails) until its clues have exactly one solution, counted to 2 by the
 * search, that line solving alone does not reach.
 */
final class NonogramMaker {
  /** Search budget when counting solutions; clues whose count does not settle within it are not used. */
  static final long MAX_NODES = 200;
  /** Single-cell changes tried around a line-solvable grid before the walk goes on. */
  static final int NEAR_TRIES = 64;

  private NonogramMaker() {}

  /**
   * A finished puzzle.
   *
   * @param filled the solution, row-major
   * @param outcome the solver's run on the final clues (one solution)
   */
  record Puzzle(boolean[] filled, int[][] rowClues, int[][] columnClues, NonogramSolver.Outcome outcome) {}

  static Puzzle make(NonogramParams p, Rng rng) {
    int w = p.width();
    int h = p.height();
    int maxFlips = 8 * (w + h);
    while (true) {
      boolean[] filled = new boolean[w * h];
      for (int i = 0; i < filled.length; i++) {
        filled[i] = rng.chance(p.density(), 100);
      }
      for (int flip = 0; flip <= maxFlips; flip++) {
        int[][] rows = rowClues(filled, w, h);
        int[][] columns = columnClues(filled, w, h);
        NonogramSolver.Outcome out = new NonogramSolver(w, h, rows, columns).solve(0, 0);
        if (!out.lineSolvable()) {
          flipUndecided(filled, out.lineState(), rng);
        } else if (!p.needsGuessing()) {
          return new Puzzle(filled, rows, columns, out);
        } else {
          Puzzle near = needsGuessingNear(filled, w, h, rng);
          if (near != null) {
            return near;
          }
        }
      }
    }
  }

  /**
   * Tries single-cell changes of a line-solvable grid until one gives clues with a unique solution
   * that line solving alone does not reach; when none does, leaves the last change in place.
   */
  private static Puzzle needsGuessingNear(boolean[] filled, int w, int h, Rng rng) {
    for (int t = 0; t < NEAR_TRIES; t++) {
      int cell = rng.nextInt(filled.length);
      filled[cell] = !filled[cell];
      int[][] rows = rowClues(filled, w, h);
      int[][] columns = columnClues(filled, w, h);
      NonogramSolver.Outcome out = new NonogramSolver(w, h, rows, columns).solve(2, MAX_NODES);
      if (!out.lineSolvable() && out.unique()) {
        return new Puzzle(filled, rows, columns, out);
      }
      if (t + 1 < NEAR_TRIES) {
        filled[cell] = !filled[cell];
      }
    }
    return null;
  }

  /** Flips the k-th cell that line solving left undecided, k uniform. */
  private static void flipUndecided(boolean[] filled, byte[] lineState, Rng rng) {
    int k = rng.nextInt(NonogramSolver.countUnknown(lineState));
    for (int i = 0; i < lineState.length; i++) {
      if (lineState[i] == LineSolver.UNKNOWN && k-- == 0) {
        filled[i] = !filled[i];
        return;
      }
    }
  }

  /** The runs of each row, left to right. */
  static int[][] rowClues(boolean[] filled, int w, int h) {
    return clues(filled, h, w, w, 1);
  }

  /** The runs of each column, top to bottom. */
  static int[][] columnClues(boolean[] filled, int w, int h) {
    return clues(filled, w, h, 1, w);
  }

  /** Runs of {@code lines} lines of {@code length} cells; line l, cell i is {@code l*lineStep + i*cellStep}. */
  private static int[][] clues(boolean[] filled, int lines, int length, int lineStep, int cellStep) {
    int[][] clues = new int[lines][];
    int[] runs = new int[(length + 1) / 2];
    for (int l = 0; l < lines; l++) {
      int n = 0;
      int run = 0;
      for (int i = 0, at = l * lineStep; i < length; i++, at += cellStep) {
        if (filled[at]) {
          run++;
        } else if (run > 0) {
          runs[n++] = run;
          run = 0;
        }
      }
      if (run > 0) {
        runs[n++] = run;
      }
      clues[l] = Arrays.copyOf(runs, n);
    }
    return clues;
  }
}
