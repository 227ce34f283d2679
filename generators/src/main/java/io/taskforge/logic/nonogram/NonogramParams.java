package io.taskforge.logic.nonogram;

import io.taskforge.core.Params;

/** The typed params of {@code logic.nonogram}; see {@link NonogramTask#schema()}. */
record NonogramParams(int width, int height, int density, boolean needsGuessing) {

  static NonogramParams from(Params p) {
    return new NonogramParams(
        p.getInt("width"), p.getInt("height"), p.getInt("density"), p.getBool("needs-guessing"));
  }
}
