package io.taskforge.planning.blocksworld;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan.
 *
 * @param plan the actions, one per entry, in the answer format
 * @param cost the number of actions
 * @param optimal whether no shorter plan exists (proven by search or by the lower bound)
 */
public record BlocksworldSolution(List<String> plan, int cost, boolean optimal) {
  public BlocksworldSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
