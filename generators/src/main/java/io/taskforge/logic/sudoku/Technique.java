package io.taskforge.logic.sudoku;

/**
 * Human solving techniques, easiest first; a puzzle's difficulty is the hardest one a solver that
 * always uses the easiest applicable technique needs. {@link #SEARCH} means the techniques here are
 * not enough and guessing (trial and error) is needed.
 */
public enum Technique {
  NONE(0, "none"),
  NAKED_SINGLE(1, "naked single"),
  HIDDEN_SINGLE(2, "hidden single"),
  NAKED_PAIR(3, "naked pair"),
  HIDDEN_PAIR(4, "hidden pair"),
  POINTING_BOX_LINE(5, "pointing/box-line"),
  NAKED_TRIPLE(6, "naked triple"),
  HIDDEN_TRIPLE(7, "hidden triple"),
  X_WING(8, "x-wing"),
  NAKED_QUAD(9, "naked quad"),
  HIDDEN_QUAD(10, "hidden quad"),
  XY_WING(11, "xy-wing"),
  SWORDFISH(12, "swordfish"),
  SEARCH(13, "search");

  private final int rank;
  private final String label;

  Technique(int rank, String label) {
    this.rank = rank;
    this.label = label;
  }

  /** 0 for none, 1 (naked single) to 13 (search). */
  public int rank() {
    return rank;
  }

  /** The name recorded in metrics, e.g. {@code hidden pair}. */
  public String label() {
    return label;
  }
}
