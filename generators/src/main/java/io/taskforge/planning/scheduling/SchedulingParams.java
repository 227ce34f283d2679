package io.taskforge.planning.scheduling;

import io.taskforge.core.Params;

/**
 * The typed params of {@link SchedulingTask}.
 *
 * @param people the number of people
 * @param days the number of working days (from Monday)
 * @param meetings the number of meetings to schedule
 * @param constraints the number of explicit constraints (windows, days, order, rooms, preferences)
 * @param busy busy slots in every person's calendar, per day
 * @param unsatisfiable the share of instances, in percent, that have no valid schedule
 */
public record SchedulingParams(int people, int days, int meetings, int constraints, int busy, int unsatisfiable) {
  static final String PEOPLE = "people";
  static final String DAYS = "days";
  static final String MEETINGS = "meetings";
  static final String CONSTRAINTS = "constraints";
  static final String BUSY = "busy";
  static final String UNSATISFIABLE = "unsatisfiable";

  public static SchedulingParams from(Params p) {
    return new SchedulingParams(p.getInt(PEOPLE), p.getInt(DAYS), p.getInt(MEETINGS), p.getInt(CONSTRAINTS),
        p.getInt(BUSY), p.getInt(UNSATISFIABLE));
  }
}
