package io.taskforge.planning.sokoban;

import io.taskforge.core.Params;

/**
 * The typed params of {@link SokobanTask}.
 *
 * @param width the room's interior width
 * @param height the room's interior height
 * @param boxes the number of boxes (and goals)
 * @param minPushes the fewest pushes a push-optimal solution may take
 * @param maxPushes the most pushes a push-optimal solution may take
 * @param searchLimit A* expansions spent proving the fewest moves
 * @param optimality score longer plans by reference length / plan length
 */
public record SokobanParams(
    int width, int height, int boxes, int minPushes, int maxPushes, int searchLimit, boolean optimality) {
  static final String WIDTH = "width";
  static final String HEIGHT = "height";
  static final String BOXES = "boxes";
  static final String MIN_PUSHES = "min_pushes";
  static final String MAX_PUSHES = "max_pushes";
  static final String SEARCH_LIMIT = "search_limit";
  static final String OPTIMALITY = "optimality";

  public static SokobanParams from(Params p) {
    return new SokobanParams(p.getInt(WIDTH), p.getInt(HEIGHT), p.getInt(BOXES), p.getInt(MIN_PUSHES),
        p.getInt(MAX_PUSHES), p.getInt(SEARCH_LIMIT), p.getBool(OPTIMALITY));
  }
}
