package io.taskforge.planning.hanoi;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan: an optimal one.
 *
 * @param plan the moves, one per entry, in the answer format
 * @param cost the number of moves, the optimum
 */
public record HanoiSolution(List<String> plan, int cost) {
  public HanoiSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
