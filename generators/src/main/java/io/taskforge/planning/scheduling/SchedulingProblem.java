package io.taskforge.planning.scheduling;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A meeting-scheduling problem: people with working hours and busy slots, meetings with attendees
 * and durations, and explicit constraints. Times are minutes after midnight (540 is 9:00). A valid
 * schedule puts every meeting on one of the days, for exactly its duration, inside every attendee's
 * working hours and outside their busy slots, never two meetings of one person at once, and meets
 * every constraint.
 *
 * @param days the day names, in order (from Monday)
 * @param people every person with working hours and busy slots
 * @param meetings every meeting, with an id ({@code A}, {@code B}, ...)
 * @param constraints the explicit constraints ({@link Constraint})
 * @param satisfiable whether a valid schedule exists (proven by an exhaustive search at generation)
 */
public record SchedulingProblem(
    List<String> days, List<Person> people, List<Meeting> meetings, List<Constraint> constraints,
    boolean satisfiable) {

  public SchedulingProblem {
    days = copy(days);
    people = copy(people);
    meetings = copy(meetings);
    constraints = copy(constraints);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : ImmutableList.copyOf(list);
  }

  /** A person: working hours (the same every day) and busy slots. */
  public record Person(String name, int start, int end, List<Busy> busy) {
    public Person {
      busy = copy(busy);
    }
  }

  /** A busy slot of a person's calendar. */
  public record Busy(String day, int start, int end) {}

  /** A meeting: its id, how long it lasts, who must attend. */
  public record Meeting(String id, int duration, List<String> attendees) {
    public Meeting {
      attendees = copy(attendees);
    }
  }

  /**
   * An explicit constraint; the fields a kind does not use are empty ({@code ""}, or -1 for time).
   *
   * <ul>
   *   <li>{@code earliest}: {@code meeting} starts at {@code time} or later
   *   <li>{@code latest}: {@code meeting} ends at {@code time} or earlier
   *   <li>{@code on-day}: {@code meeting} takes place on {@code day}
   *   <li>{@code not-on-day}: {@code meeting} does not take place on {@code day}
   *   <li>{@code before}: {@code meeting} ends before {@code other} starts (an earlier day, or the
   *       same day with its end at or before the other's start)
   *   <li>{@code no-overlap}: {@code meeting} and {@code other} do not overlap (they share a room)
   *   <li>{@code person-not-before}: every meeting of {@code person} starts at {@code time} or later
   *   <li>{@code person-not-after}: every meeting of {@code person} ends at {@code time} or earlier
   *   <li>{@code person-not-on-day}: {@code person} has no meeting on {@code day}
   * </ul>
   */
  public record Constraint(String kind, String meeting, String other, String person, String day, int time) {
    public static final String EARLIEST = "earliest";
    public static final String LATEST = "latest";
    public static final String ON_DAY = "on-day";
    public static final String NOT_ON_DAY = "not-on-day";
    public static final String BEFORE = "before";
    public static final String NO_OVERLAP = "no-overlap";
    public static final String PERSON_NOT_BEFORE = "person-not-before";
    public static final String PERSON_NOT_AFTER = "person-not-after";
    public static final String PERSON_NOT_ON_DAY = "person-not-on-day";

    public static Constraint earliest(String meeting, int time) {
      return new Constraint(EARLIEST, meeting, "", "", "", time);
    }

    public static Constraint latest(String meeting, int time) {
      return new Constraint(LATEST, meeting, "", "", "", time);
    }

    public static Constraint onDay(String meeting, String day) {
      return new Constraint(ON_DAY, meeting, "", "", day, -1);
    }

    public static Constraint notOnDay(String meeting, String day) {
      return new Constraint(NOT_ON_DAY, meeting, "", "", day, -1);
    }

    public static Constraint before(String meeting, String other) {
      return new Constraint(BEFORE, meeting, other, "", "", -1);
    }

    public static Constraint noOverlap(String meeting, String other) {
      return new Constraint(NO_OVERLAP, meeting, other, "", "", -1);
    }

    public static Constraint personNotBefore(String person, int time) {
      return new Constraint(PERSON_NOT_BEFORE, "", "", person, "", time);
    }

    public static Constraint personNotAfter(String person, int time) {
      return new Constraint(PERSON_NOT_AFTER, "", "", person, "", time);
    }

    public static Constraint personNotOnDay(String person, String day) {
      return new Constraint(PERSON_NOT_ON_DAY, "", "", person, day, -1);
    }
  }
}
