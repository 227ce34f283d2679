package io.taskforge.planning.blocksworld;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A blocksworld problem: the blocks, and the initial and goal configurations as towers (each listed
 * bottom to top). The hand is empty at the start and must be empty at the end; the goal fixes what
 * every block sits on.
 *
 * @param blocks the block names (single uppercase letters from A when generated)
 * @param initial the initial towers, bottom to top
 * @param goal the goal towers, bottom to top
 */
public record BlocksworldProblem(List<String> blocks, List<List<String>> initial, List<List<String>> goal) {
  public BlocksworldProblem {
    blocks = blocks == null ? null : ImmutableList.copyOf(blocks);
    initial = copy(initial);
    goal = copy(goal);
  }

  private static List<List<String>> copy(List<List<String>> towers) {
    if (towers == null) {
      return null;
    }
    ImmutableList.Builder<List<String>> b = ImmutableList.builder();
    for (List<String> t : towers) {
      b.add(ImmutableList.copyOf(t));
    }
    return b.build();
  }
}
