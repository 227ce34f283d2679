package io.taskforge.logic.futoshiki;

import io.taskforge.core.Params;

/** The typed params of {@code logic.futoshiki}; see {@link FutoshikiTask#schema()}. */
record FutoshikiParams(int size, int givens) {

  static FutoshikiParams from(Params p) {
    return new FutoshikiParams(p.getInt("size"), p.getInt("givens"));
  }
}
