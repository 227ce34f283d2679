package io.taskforge.planning.blocksworld;

import io.taskforge.core.Params;

/**
 * The typed params of {@link BlocksworldTask}.
 *
 * @param blocks the number of blocks
 * @param searchLimit the A* expansion budget for proving a plan optimal
 * @param operators 4 (pick-up, put-down, stack, unstack) or 3 (move-b-to-b, move-b-to-t, move-t-to-b)
 * @param obfuscate rename actions and predicates to unrelated words
 * @param optimality score valid plans by gold length / plan length instead of 1
 */
public record BlocksworldParams(int blocks, int searchLimit, int operators, boolean obfuscate, boolean optimality) {
  static final String BLOCKS = "blocks";
  static final String SEARCH_LIMIT = "search_limit";
  static final String OPERATORS = "operators";
  static final String OBFUSCATE = "obfuscate";
  static final String OPTIMALITY = "optimality";

  public static BlocksworldParams from(Params p) {
    return new BlocksworldParams(p.getInt(BLOCKS), p.getInt(SEARCH_LIMIT), p.getInt(OPERATORS), p.getBool(OBFUSCATE),
        p.getBool(OPTIMALITY));
  }
}
