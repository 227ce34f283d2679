package io.taskforge.logic.graphcoloring;

import java.util.List;

/**
 * A graph to colour: vertices {@code 1..vertices}, undirected edges, and the number of colours allowed.
 *
 * <p>A colouring gives every vertex a colour in {@code 1..colors}; it is proper when the two ends of
 * every edge differ. The generator plants a proper colouring, so one always exists.
 *
 * @param vertices the number of vertices, numbered from 1
 * @param colors the colours allowed, numbered 1..colors
 * @param edges each edge as {@code [u, v]} with {@code u < v}, sorted
 * @param chromaticNumber the fewest colours that suffice, proved by exact search; 0 when the search
 *     ran out of budget
 * @param colorsIsChromatic whether {@code colors} equals the chromatic number (no colour to spare)
 */
public record GraphColoringProblem(
    int vertices, int colors, List<List<Integer>> edges, int chromaticNumber, boolean colorsIsChromatic) {

  public GraphColoringProblem {
    edges = edges == null ? List.of() : List.copyOf(edges);
  }
}
