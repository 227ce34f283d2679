package io.taskforge.planning.scheduling;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold answer.
 *
 * @param schedule one line per meeting ({@code Meeting A: Tuesday 10:00-11:00}), empty when there is
 *     no valid schedule
 * @param satisfiable whether a valid schedule exists
 * @param solutions the number of valid schedules on the 15-minute grid, counted up to {@link
 *     SchedulingSolver#COUNT_CAP}
 */
public record SchedulingSolution(List<String> schedule, boolean satisfiable, int solutions) {
  public SchedulingSolution {
    schedule = ImmutableList.copyOf(schedule);
  }
}
