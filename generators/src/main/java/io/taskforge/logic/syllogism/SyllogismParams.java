package io.taskforge.logic.syllogism;

import io.taskforge.core.Params;

/** The typed params of {@code logic.syllogism}; see {@link SyllogismTask#schema()}. */
record SyllogismParams(String terms, boolean varied, boolean shuffle, int distractors, boolean nearMisses) {

  static SyllogismParams from(Params p) {
    return new SyllogismParams(
        p.getString("terms"), p.getString("phrasing").equals("varied"), p.getBool("shuffle"),
        p.getInt("distractors"), p.getBool("near-misses"));
  }
}
