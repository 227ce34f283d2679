package io.taskforge.planning.grid;

import io.taskforge.core.Params;

/**
 * The typed params of {@link GridTask}.
 *
 * @param rows maze rows (the board has 2·rows+1 lines, walls included)
 * @param cols maze columns (the board has 2·cols+1 characters per line)
 * @param keys key colours, each with one key and one door on the only way to the goal
 * @param loops percent of the maze's inner walls knocked through, making cycles
 * @param optimality score longer plans by optimal length / plan length
 */
public record GridParams(int rows, int cols, int keys, int loops, boolean optimality) {
  static final String ROWS = "rows";
  static final String COLS = "cols";
  static final String KEYS = "keys";
  static final String LOOPS = "loops";
  static final String OPTIMALITY = "optimality";

  public static GridParams from(Params p) {
    return new GridParams(p.getInt(ROWS), p.getInt(COLS), p.getInt(KEYS), p.getInt(LOOPS), p.getBool(OPTIMALITY));
  }
}
