package io.taskforge.logic.graphcoloring;

import io.taskforge.core.Params;

/** The typed params of {@code logic.graph-coloring}; see {@link GraphColoringTask#schema()}. */
record GraphColoringParams(int vertices, int colors, int edges, boolean minimum) {

  static GraphColoringParams from(Params p) {
    return new GraphColoringParams(
        p.getInt("vertices"), p.getInt("colors"), p.getInt("edges"), p.getBool("minimum"));
  }

  /** Vertex pairs in different classes of a balanced partition into {@code colors} classes. */
  int possibleEdges() {
    long pairs = (long) vertices * (vertices - 1) / 2;
    for (int cls = 0; cls < colors; cls++) {
      long size = vertices / colors + (cls < vertices % colors ? 1 : 0);
      pairs -= size * (size - 1) / 2;
    }
    return (int) pairs;
  }
}
