package io.taskforge.planning.blocksworld;

import io.taskforge.core.Params;

/**
 * The typed params of {@link BlocksworldTask}.
 *
 * @param blocks the number of blocks
 * @param searchLimit the A* expansion budget for proving a plan optimal
 */
public record BlocksworldParams(int blocks, int searchLimit) {
  static final String BLOCKS = "blocks";
  static final String SEARCH_LIMIT = "search_limit";

  public static BlocksworldParams from(Params p) {
    return new BlocksworldParams(p.getInt(BLOCKS), p.getInt(SEARCH_LIMIT));
  }
}
