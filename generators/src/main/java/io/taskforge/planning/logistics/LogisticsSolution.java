package io.taskforge.planning.logistics;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan.
 *
 * @param plan the actions, one per entry, in the canonical answer format
 * @param length the number of actions
 * @param optimal whether no shorter plan exists (proven by A* or by the lower bound)
 * @param lowerBound a proven lower bound on the length of every plan (the length itself when optimal)
 */
public record LogisticsSolution(List<String> plan, int length, boolean optimal, int lowerBound) {
  public LogisticsSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
