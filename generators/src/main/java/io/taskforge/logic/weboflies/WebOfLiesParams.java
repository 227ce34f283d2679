package io.taskforge.logic.weboflies;

import io.taskforge.core.Params;

/** The typed params of {@code logic.web-of-lies}; see {@link WebOfLiesTask#schema()}. */
record WebOfLiesParams(int chain, int distractors, boolean shuffle, boolean varied, boolean reversed) {

  static WebOfLiesParams from(Params p) {
    return new WebOfLiesParams(
        p.getInt("chain"), p.getInt("distractors"), p.getBool("shuffle"),
        p.getString("phrasing").equals("varied"), p.getBool("reversed"));
  }
}
