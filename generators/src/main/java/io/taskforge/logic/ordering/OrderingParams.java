package io.taskforge.logic.ordering;

import io.taskforge.core.Params;

/** The typed params of {@code logic.ordering}; see {@link OrderingTask#schema()}. */
record OrderingParams(int items, String clues, String question, String scenario) {

  static OrderingParams from(Params p) {
    return new OrderingParams(p.getInt("items"), p.getString("clues"), p.getString("question"), p.getString("scenario"));
  }
}
