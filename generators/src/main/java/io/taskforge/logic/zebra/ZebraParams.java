package io.taskforge.logic.zebra;

import io.taskforge.core.Params;

/** The typed params of {@code logic.zebra}; see {@link ZebraTask#schema()}. */
record ZebraParams(int houses, int attributes, boolean disjunctive) {

  static ZebraParams from(Params p) {
    return new ZebraParams(p.getInt("houses"), p.getInt("attributes"), p.getBool("disjunctive"));
  }
}
