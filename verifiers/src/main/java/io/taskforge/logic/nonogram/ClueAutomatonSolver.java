package io.taskforge.logic.nonogram;

import java.util.List;

/**
 * The verifier's own nonogram solver, for partial credit: written apart from the generator's solver
 * so that a bug in one cannot hide in both. Each line's clue is read as a deterministic automaton over
 * filled/empty cells (a gap state that loops on empty, then one state per cell of each block); a
 * cell is forced when only one symbol there lies on an accepting path through the cells already known.
 * Lines are swept until nothing changes, then the first unknown cell is guessed, depth first.
 *
 * <p>The work is capped at {@link #MAX_LINE_SOLVES} line solves, which bounds the time on any problem.
 */
final class ClueAutomatonSolver {
  static final long MAX_LINE_SOLVES = 200_000;
  static final byte UNKNOWN = 0;
  static final byte FILLED = 1;
  static final byte EMPTY = 2;

  private final int width;
  private final int height;
  private final int[][] rowClues;
  private final int[][] columnClues;
  private final byte[] line;
  private boolean[] reach = new boolean[0];
  private boolean[] coreach = new boolean[0];
  private int[] toFilled = new int[0];
  private int[] toEmpty = new int[0];
  private long lineSolves;
  private boolean exhausted;

  ClueAutomatonSolver(NonogramProblem problem) {
    this.width = problem.width();
    this.height = problem.height();
    this.rowClues = toArrays(problem.rows());
    this.columnClues = toArrays(problem.columns());
    this.line = new byte[Math.max(width, height)];
  }

  private static int[][] toArrays(List<List<Integer>> clues) {
    int[][] out = new int[clues.size()][];
    for (int i = 0; i < out.length; i++) {
      List<Integer> clue = clues.get(i);
      out[i] = new int[clue.size()];
      for (int j = 0; j < out[i].length; j++) {
        out[i][j] = clue.get(j);
      }
    }
    return out;
  }

  /** The first solution (row-major, true = filled), or null; see {@link #exhausted()}. */
  boolean[] solve() {
    lineSolves = 0;
    exhausted = false;
    byte[] found = search(new byte[width * height]);
    if (found == null) {
      return null;
    }
    boolean[] filled = new boolean[found.length];
    for (int i = 0; i < found.length; i++) {
      filled[i] = found[i] == FILLED;
    }
    return filled;
  }

  /** Whether the last {@link #solve} stopped at the work budget rather than proving there is no solution. */
  boolean exhausted() {
    return exhausted;
  }

  private byte[] search(byte[] grid) {
    if (!sweep(grid)) {
      return null;
    }
    int cell = -1;
    for (int i = 0; i < grid.length; i++) {
      if (grid[i] == UNKNOWN) {
        cell = i;
        break;
      }
    }
    if (cell < 0) {
      return grid;
    }
    for (byte guess : new byte[] {FILLED, EMPTY}) {
      byte[] next = grid.clone();
      next[cell] = guess;
      byte[] found = search(next);
      if (found != null || exhausted) {
        return found;
      }
    }
    return null;
  }

  /** Narrows every row and column until none changes; false on a contradiction or when out of budget. */
  private boolean sweep(byte[] grid) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int l = 0; l < height + width; l++) {
        if (++lineSolves > MAX_LINE_SOLVES) {
          exhausted = true;
          return false;
        }
        boolean isRow = l < height;
        int index = isRow ? l : l - height;
        int length = isRow ? width : height;
        int first = isRow ? index * width : index;
        int step = isRow ? 1 : width;
        for (int i = 0; i < length; i++) {
          line[i] = grid[first + i * step];
        }
        if (!narrow(length, isRow ? rowClues[index] : columnClues[index])) {
          return false;
        }
        for (int i = 0; i < length; i++) {
          if (grid[first + i * step] != line[i]) {
            grid[first + i * step] = line[i];
            changed = true;
          }
        }
      }
    }
    return true;
  }

  /**
   * Narrows {@code line[0..length)} by the clue's automaton, whose states are laid out as gap 0,
   * the cells of block 0, gap 1, ..., gap k: a cell keeps a symbol when some path from the start to an
   * accepting state reads it there. False when no accepting path fits the known cells.
   */
  private boolean narrow(int length, int[] clue) {
    int k = clue.length;
    int states = k + 1;
    for (int b : clue) {
      states += b;
    }
    int size = (length + 1) * states;
    if (reach.length < size) {
      reach = new boolean[size];
      coreach = new boolean[size];
    }
    for (int i = 0; i < size; i++) {
      reach[i] = false;
      coreach[i] = false;
    }
    transitions(clue, states);
    reach[0] = true;
    for (int i = 0; i < length; i++) {
      int at = i * states;
      int next = at + states;
      for (int s = 0; s < states; s++) {
        if (!reach[at + s]) {
          continue;
        }
        if (line[i] != EMPTY) {
          int t = toFilled[s];
          if (t >= 0) {
            reach[next + t] = true;
          }
        }
        if (line[i] != FILLED) {
          int t = toEmpty[s];
          if (t >= 0) {
            reach[next + t] = true;
          }
        }
      }
    }
    int end = length * states;
    boolean accepted = false;
    for (int s = 0; s < states; s++) {
      if (s == states - 1 || (k > 0 && s == states - 2)) { // the final gap, or the end of the last block
        coreach[end + s] = true;
        accepted |= reach[end + s];
      }
    }
    if (!accepted) {
      return false;
    }
    for (int i = length - 1; i >= 0; i--) {
      int at = i * states;
      int next = at + states;
      boolean canFill = false;
      boolean canEmpty = false;
      for (int s = 0; s < states; s++) {
        boolean co = false;
        if (line[i] != EMPTY) {
          int t = toFilled[s];
          if (t >= 0 && coreach[next + t]) {
            co = true;
            canFill |= reach[at + s];
          }
        }
        if (line[i] != FILLED) {
          int t = toEmpty[s];
          if (t >= 0 && coreach[next + t]) {
            co = true;
            canEmpty |= reach[at + s];
          }
        }
        coreach[at + s] = co;
      }
      if (!canFill && !canEmpty) {
        return false;
      }
      if (!canFill) {
        line[i] = EMPTY;
      } else if (!canEmpty) {
        line[i] = FILLED;
      }
    }
    return true;
  }

  /**
   * Fills the transition tables of the clue's automaton: a gap state loops on empty and starts its
   * block on filled (the final gap has no block); a block cell goes on filled to the next cell of its
   * block, and its last cell goes on empty to the next gap; -1 where there is no move.
   */
  private void transitions(int[] clue, int states) {
    if (toFilled.length < states) {
      toFilled = new int[states];
      toEmpty = new int[states];
    }
    int s = 0;
    for (int j = 0; j <= clue.length; j++) {
      toEmpty[s] = s;
      toFilled[s] = j < clue.length ? s + 1 : -1;
      s++;
      if (j < clue.length) {
        for (int c = 1; c <= clue[j]; c++, s++) {
          toFilled[s] = c < clue[j] ? s + 1 : -1;
          toEmpty[s] = c < clue[j] ? -1 : s + 1;
        }
      }
    }
  }
}
