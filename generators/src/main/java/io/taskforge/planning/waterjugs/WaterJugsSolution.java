package io.taskforge.planning.waterjugs;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold: a shortest plan, or none.
 *
 * @param plan the actions, one per entry, in the answer format (empty when there is no plan)
 * @param cost the number of actions, or -1 when there is no plan
 * @param solvable whether a plan exists
 */
public record WaterJugsSolution(List<String> plan, int cost, boolean solvable) {
  public WaterJugsSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
