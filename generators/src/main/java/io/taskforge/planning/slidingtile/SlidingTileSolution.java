package io.taskforge.planning.slidingtile;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan.
 *
 * @param plan the moves, one per entry, in the answer syntax of the instance's convention
 * @param length the number of moves
 * @param optimal whether no shorter plan exists (proven by IDA*)
 * @param lowerBound the proven lower bound on the optimal length (the length itself when optimal)
 */
public record SlidingTileSolution(List<String> plan, int length, boolean optimal, int lowerBound) {
  public SlidingTileSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
