package io.taskforge.logic.nonogram;

import java.util.Arrays;

/**
 * Solves a nonogram from its clues: line solving to a fixed point (each row and column narrowed by
 * {@link LineSolver} until nothing changes), then, if cells remain unknown, a search that guesses a
 * cell and propagates again, counting solutions up to a limit.
 *
 * <p>Counts the work done, as difficulty metrics: line solves (calls of the line solver) and search
 * nodes (guesses). Not thread-safe.
 */
final class NonogramSolver {
  private final int width;
  private final int height;
  private final int[][] rowClues;
  private final int[][] columnClues;
  private final LineSolver line = new LineSolver();
  private final byte[] buffer;
  private final int[] queue;
  private final boolean[] queued;
  private int head;
  private int tail;
  private int size;
  private long lineSolves;
  private long searchNodes;
  private long nodeLimit;
  private boolean aborted;
  private byte[] firstSolution;

  NonogramSolver(int width, int height, int[][] rowClues, int[][] columnClues) {
    this.width = width;
    this.height = height;
    this.rowClues = rowClues;
    this.columnClues = columnClues;
    this.buffer = new byte[Math.max(width, height)];
    this.queue = new int[width + height];
    this.queued = new boolean[width + height];
  }

  /**
   * The outcome of a solve.
   *
   * @param solutions solutions found, at most the limit asked for
   * @param complete false when the node budget ran out before the count was settled
   * @param lineSolvable whether line solving alone determined every cell
   * @param solution the first solution found (cells {@link LineSolver#FILLED} or {@link LineSolver#EMPTY}), or null
   * @param lineState the grid after line solving alone, before any guess
   * @param lineSolves calls of the line solver, over the whole solve
   * @param searchNodes guesses made by the search
   */
  record Outcome(
      int solutions, boolean complete, boolean lineSolvable, byte[] solution, byte[] lineState,
      long lineSolves, long searchNodes) {

    boolean unique() {
      return complete && solutions == 1;
    }
  }

  /**
   * Line solving, then (if {@code limit > 0}) a search counting solutions up to {@code limit} within
   * {@code maxNodes} guesses.
   */
  Outcome solve(int limit, long maxNodes) {
    lineSolves = 0;
    searchNodes = 0;
    aborted = false;
    firstSolution = null;
    nodeLimit = maxNodes;
    byte[] grid = new byte[width * height];
    for (int l = 0; l < width + height; l++) {
      enqueue(l);
    }
    if (!propagate(grid)) {
      return new Outcome(0, true, false, null, grid, lineSolves, 0);
    }
    byte[] lineState = grid.clone();
    int unknown = firstUnknown(grid, 0);
    if (unknown < 0) {
      return new Outcome(1, true, true, grid, lineState, lineSolves, 0);
    }
    if (limit <= 0) {
      return new Outcome(0, false, false, null, lineState, lineSolves, 0);
    }
    int found = count(grid, unknown, limit);
    return new Outcome(found, !aborted, false, firstSolution, lineState, lineSolves, searchNodes);
  }

  private int count(byte[] grid, int from, int limit) {
    int cell = firstUnknown(grid, from);
    if (cell < 0) {
      if (firstSolution == null) {
        firstSolution = grid.clone();
      }
      return 1;
    }
    int found = 0;
    for (byte guess : new byte[] {LineSolver.FILLED, LineSolver.EMPTY}) {
      if (searchNodes >= nodeLimit) {
        aborted = true;
        return found;
      }
      searchNodes++;
      byte[] next = grid.clone();
      next[cell] = guess;
      enqueue(cell / width);
      enqueue(height + cell % width);
      if (propagate(next)) {
        found += count(next, cell, limit - found);
        if (found >= limit || aborted) {
          return found;
        }
      }
    }
    return found;
  }

  static int countUnknown(byte[] grid) {
    int n = 0;
    for (byte b : grid) {
      if (b == LineSolver.UNKNOWN) {
        n++;
      }
    }
    return n;
  }

  private static int firstUnknown(byte[] grid, int from) {
    for (int i = from; i < grid.length; i++) {
      if (grid[i] == LineSolver.UNKNOWN) {
        return i;
      }
    }
    return -1;
  }

  private void enqueue(int lineIndex) {
    if (!queued[lineIndex]) {
      queued[lineIndex] = true;
      queue[tail] = lineIndex;
      tail = (tail + 1) % queue.length;
      size++;
    }
  }

  /** Line-solves queued lines until none changes; false on a contradiction (the queue is then cleared). */
  private boolean propagate(byte[] grid) {
    while (size > 0) {
      int l = queue[head];
      head = (head + 1) % queue.length;
      size--;
      queued[l] = false;
      lineSolves++;
      boolean isRow = l < height;
      int index = isRow ? l : l - height;
      int length = isRow ? width : height;
      for (int i = 0; i < length; i++) {
        buffer[i] = grid[isRow ? index * width + i : i * width + index];
      }
      int changed = line.solve(buffer, length, isRow ? rowClues[index] : columnClues[index]);
      if (changed < 0) {
        clearQueue();
        return false;
      }
      if (changed > 0) {
        for (int i = 0; i < length; i++) {
          int at = isRow ? index * width + i : i * width + index;
          if (grid[at] != buffer[i]) {
            grid[at] = buffer[i];
            enqueue(isRow ? height + i : i);
          }
        }
      }
    }
    return true;
  }

  private void clearQueue() {
    Arrays.fill(queued, false);
    head = 0;
    tail = 0;
    size = 0;
  }
}
