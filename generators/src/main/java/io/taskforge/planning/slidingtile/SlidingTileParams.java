package io.taskforge.planning.slidingtile;

import io.taskforge.core.Params;

/**
 * The typed params of {@link SlidingTileTask}.
 *
 * @param size the board's side (3, 4 or 5)
 * @param minLength the shortest optimal solution length asked for
 * @param maxLength the longest optimal solution length asked for (also the longest scramble)
 * @param searchLimit IDA* expansions spent proving the optimum
 * @param convention how plans name moves
 * @param optimality score longer plans by reference length / plan length
 */
public record SlidingTileParams(
    int size, int minLength, int maxLength, int searchLimit, MoveNames convention, boolean optimality) {
  static final String SIZE = "size";
  static final String MIN_LENGTH = "min_length";
  static final String MAX_LENGTH = "max_length";
  static final String SEARCH_LIMIT = "search_limit";
  static final String CONVENTION = "convention";
  static final String OPTIMALITY = "optimality";

  public static SlidingTileParams from(Params p) {
    return new SlidingTileParams(p.getInt(SIZE), p.getInt(MIN_LENGTH), p.getInt(MAX_LENGTH), p.getInt(SEARCH_LIMIT),
        MoveNames.of(p.getString(CONVENTION)), p.getBool(OPTIMALITY));
  }
}
