package io.taskforge.logic.knightsknaves;

import io.taskforge.core.Params;

/** The typed params of {@code logic.knights-knaves}; see {@link KnightsKnavesTask#schema()}. */
record KnightsKnavesParams(int people, int depth, int minDepth, int width, boolean selfReference) {

  static KnightsKnavesParams from(Params p) {
    return new KnightsKnavesParams(
        p.getInt("people"), p.getInt("depth"), p.getInt("min-depth"), p.getInt("width"),
        p.getBool("self-reference"));
  }

  /** How many people a statement may mention. */
  int mentionable() {
    return selfReference ? people : people - 1;
  }
}
