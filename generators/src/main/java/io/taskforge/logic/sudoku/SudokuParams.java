package io.taskforge.logic.sudoku;

import io.taskforge.core.Params;

/** The typed params of {@code logic.sudoku}; see {@link SudokuTask#schema()}. */
record SudokuParams(int size, int blanks, Technique minTechnique, Technique maxTechnique) {

  static SudokuParams from(Params p) {
    return new SudokuParams(
        p.getInt("size"), p.getInt("blanks"),
        SudokuTask.technique(p.getString("min-technique")), SudokuTask.technique(p.getString("max-technique")));
  }
}
