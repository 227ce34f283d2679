package io.taskforge.planning.grid;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan: a shortest one, found by breadth-first search.
 *
 * @param plan the moves, one per entry, in the answer syntax
 * @param length the number of moves
 */
public record GridSolution(List<String> plan, int length) {
  public GridSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
