package io.taskforge.planning.rivercrossing;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan: a shortest one.
 *
 * @param plan the trips, one per entry, in the answer format
 * @param cost the number of trips
 */
public record RiverCrossingSolution(List<String> plan, int cost) {
  public RiverCrossingSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
