package io.taskforge.planning.scheduling;

import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules of a {@link SchedulingProblem}, compiled to indices: what the verifier checks a schedule
 * against. The constructor checks the problem itself and throws {@link IllegalArgumentException}
 * naming what is wrong.
 *
 * <p>A schedule gives each meeting a day, a start and an end. It is valid when every meeting lasts
 * exactly its duration, lies inside every attendee's working hours and outside their busy slots, no
 * person attends two overlapping meetings (intervals are half-open: a meeting ending at 10:00 does
 * not overlap one starting at 10:00), and every explicit constraint holds.
 */
public final class SchedulingRules {
  static final int DAY = 24 * 60;
  private static final int MAX_ITEMS = 500;

  final String[] days;
  final String[] people;
  final int[] workStart;
  final int[] workEnd;
  /** Per person: busy slots as {day, start, end} triples. */
  final int[][] busy;
  final String[] meetings;
  final int[] duration;
  /** Per meeting: the attendees' person indices. */
  final int[][] attendees;
  final Constraint[] constraints;
  /** Per constraint: {meeting, other, person, day} indices (-1 when unused). */
  final int[][] refs;
  private final Map<String, Integer> meetingByName = new HashMap<>();
  private final Map<String, Integer> dayByName = new HashMap<>();
  private final Map<String, Integer> personByName = new HashMap<>();

  public SchedulingRules(SchedulingProblem p) {
    require(p != null && p.days() != null && p.people() != null && p.meetings() != null && p.constraints() != null,
        "the problem lacks its days, people, meetings or constraints");
    require(!p.days().isEmpty() && !p.meetings().isEmpty(), "the problem has no days or no meetings");
    require(p.days().size() + p.people().size() + p.meetings().size() + p.constraints().size() <= MAX_ITEMS,
        "the problem is too big");
    days = p.days().toArray(new String[0]);
    for (int d = 0; d < days.length; d++) {
      require(days[d] != null && dayByName.put(days[d].toLowerCase(Locale.ROOT), d) == null,
          "the problem has a missing or repeated day");
    }
    int n = p.people().size();
    people = new String[n];
    workStart = new int[n];
    workEnd = new int[n];
    busy = new int[n][];
    for (int i = 0; i < n; i++) {
      SchedulingProblem.Person person = p.people().get(i);
      require(person != null && person.name() != null && person.busy() != null, "the problem has an incomplete person");
      people[i] = person.name();
      require(personByName.put(person.name(), i) == null, "the problem names a person twice");
      require(0 <= person.start() && person.start() < person.end() && person.end() <= DAY,
          "the problem gives a person impossible working hours");
      workStart[i] = person.start();
      workEnd[i] = person.end();
      busy[i] = new int[person.busy().size() * 3];
      for (int k = 0; k < person.busy().size(); k++) {
        SchedulingProblem.Busy b = person.busy().get(k);
        require(b != null && b.day() != null, "the problem has an incomplete busy slot");
        Integer d = dayByName.get(b.day().toLowerCase(Locale.ROOT));
        require(d != null && 0 <= b.start() && b.start() < b.end() && b.end() <= DAY,
            "the problem has a busy slot on an unknown day or at impossible times");
        busy[i][3 * k] = d;
        busy[i][3 * k + 1] = b.start();
        busy[i][3 * k + 2] = b.end();
      }
    }
    int m = p.meetings().size();
    meetings = new String[m];
    duration = new int[m];
    attendees = new int[m][];
    for (int i = 0; i < m; i++) {
      SchedulingProblem.Meeting meeting = p.meetings().get(i);
      require(meeting != null && meeting.id() != null && !meeting.id().isEmpty() && meeting.attendees() != null
          && !meeting.attendees().isEmpty(), "the problem has an incomplete meeting");
      meetings[i] = meeting.id();
      require(meetingByName.put(meeting.id().toLowerCase(Locale.ROOT), i) == null, "the problem names a meeting twice");
      require(0 < meeting.duration() && meeting.duration() <= DAY, "the problem has a meeting with an impossible duration");
      duration[i] = meeting.duration();
      attendees[i] = new int[meeting.attendees().size()];
      for (int k = 0; k < attendees[i].length; k++) {
        Integer who = personByName.get(meeting.attendees().get(k));
        require(who != null, "meeting " + meeting.id() + " has an unknown attendee");
        for (int j = 0; j < k; j++) {
          require(attendees[i][j] != who, "meeting " + meeting.id() + " lists an attendee twice");
        }
        attendees[i][k] = who;
      }
    }
    constraints = p.constraints().toArray(new Constraint[0]);
    refs = new int[constraints.length][];
    for (int c = 0; c < constraints.length; c++) {
      Constraint k = constraints[c];
      require(k != null && k.kind() != null, "the problem has an incomplete constraint");
      int[] r = {-1, -1, -1, -1};
      switch (k.kind()) {
        case Constraint.EARLIEST, Constraint.LATEST -> {
          r[0] = meetingRef(k.meeting());
          requireTime(k.time());
        }
        case Constraint.ON_DAY, Constraint.NOT_ON_DAY -> {
          r[0] = meetingRef(k.meeting());
          r[3] = dayRef(k.day());
        }
        case Constraint.BEFORE, Constraint.NO_OVERLAP -> {
          r[0] = meetingRef(k.meeting());
          r[1] = meetingRef(k.other());
          require(r[0] != r[1], "a constraint relates a meeting to itself");
        }
        case Constraint.PERSON_NOT_BEFORE, Constraint.PERSON_NOT_AFTER -> {
          r[2] = personRef(k.person());
          requireTime(k.time());
        }
        case Constraint.PERSON_NOT_ON_DAY -> {
          r[2] = personRef(k.person());
          r[3] = dayRef(k.day());
        }
        default -> throw new IllegalArgumentException("the problem has a constraint of unknown kind " + k.kind());
      }
      refs[c] = r;
    }
  }

  private int meetingRef(String id) {
    Integer i = id == null ? null : meetingByName.get(id.toLowerCase(Locale.ROOT));
    require(i != null, "a constraint names an unknown meeting");
    return i;
  }

  private int dayRef(String day) {
    Integer i = day == null ? null : dayByName.get(day.toLowerCase(Locale.ROOT));
    require(i != null, "a constraint names an unknown day");
    return i;
  }

  private int personRef(String name) {
    Integer i = name == null ? null : personByName.get(name);
    require(i != null, "a constraint names an unknown person");
    return i;
  }

  private static void requireTime(int time) {
    require(0 <= time && time <= DAY, "a constraint has an impossible time");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  public int meetingCount() {
    return meetings.length;
  }

  public String meetingId(int i) {
    return meetings[i];
  }

  public int duration(int i) {
    return duration[i];
  }

  /** The index of a meeting by its id (case-insensitive), or -1. */
  public int meeting(String id) {
    Integer i = meetingByName.get(id.toLowerCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  /** The index of a day by its full name (case-insensitive), or -1 when the problem has no such day. */
  public int day(String name) {
    Integer i = dayByName.get(name.toLowerCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  public List<String> dayNames() {
    return List.of(days);
  }

  /**
   * The first rule the schedule breaks, as a sentence, or null when it is valid; {@code count[0]}
   * receives the number of broken rules. Meetings are checked in order (duration, working hours,
   * busy slots, then the constraints on that meeting alone), then every person's overlaps, then the
   * constraints between meetings, in the problem's order.
   */
  public String firstViolation(int[] day, int[] start, int[] end, int[] count) {
    String first = null;
    int broken = 0;
    for (int i = 0; i < meetings.length; i++) {
      if (end[i] - start[i] != duration[i]) {
        broken++;
        first = first != null ? first : "Meeting " + meetings[i] + " lasts " + (end[i] - start[i])
            + " minutes, but it must last " + duration[i];
      }
      for (int a : attendees[i]) {
        if (start[i] < workStart[a] || end[i] > workEnd[a]) {
          broken++;
          first = first != null ? first : "Meeting " + meetings[i] + " (" + when(i, day, start, end)
              + ") is outside " + people[a] + "'s working hours (" + Clock.range(workStart[a], workEnd[a]) + ")";
        }
        int[] b = busy[a];
        for (int k = 0; k < b.length; k += 3) {
          if (b[k] == day[i] && start[i] < b[k + 2] && b[k + 1] < end[i]) {
            broken++;
            first = first != null ? first : "Meeting " + meetings[i] + " (" + when(i, day, start, end)
                + ") overlaps " + people[a] + "'s busy slot " + days[b[k]] + " " + Clock.range(b[k + 1], b[k + 2]);
          }
        }
      }
    }
    for (int i = 0; i < meetings.length; i++) {
      for (int j = i + 1; j < meetings.length; j++) {
        if (day[i] != day[j] || start[i] >= end[j] || start[j] >= end[i]) {
          continue;
        }
        int shared = shared(i, j);
        if (shared >= 0) {
          broken++;
          first = first != null ? first : people[shared] + " would be in Meeting " + meetings[i] + " and Meeting "
              + meetings[j] + " at once (" + when(i, day, start, end) + " and " + Clock.range(start[j], end[j]) + ")";
        }
      }
    }
    for (int c = 0; c < constraints.length; c++) {
      String why = violation(c, day, start, end);
      if (why != null) {
        broken++;
        first = first != null ? first : why;
      }
    }
    count[0] = broken;
    return first;
  }

  /** The first person attending both meetings, or -1. */
  int shared(int i, int j) {
    for (int a : attendees[i]) {
      for (int b : attendees[j]) {
        if (a == b) {
          return a;
        }
      }
    }
    return -1;
  }

  private String when(int i, int[] day, int[] start, int[] end) {
    return days[day[i]] + " " + Clock.range(start[i], end[i]);
  }

  /** Why constraint {@code c} does not hold, or null. */
  private String violation(int c, int[] day, int[] start, int[] end) {
    Constraint k = constraints[c];
    int[] r = refs[c];
    int i = r[0];
    int j = r[1];
    String rule = " (constraint: " + SchedulingText.constraint(k) + ")";
    switch (k.kind()) {
      case Constraint.EARLIEST -> {
        return start[i] >= k.time() ? null
            : "Meeting " + meetings[i] + " starts at " + Clock.format(start[i]) + rule;
      }
      case Constraint.LATEST -> {
        return end[i] <= k.time() ? null : "Meeting " + meetings[i] + " ends at " + Clock.format(end[i]) + rule;
      }
      case Constraint.ON_DAY, Constraint.NOT_ON_DAY -> {
        boolean on = day[i] == r[3];
        return on == k.kind().equals(Constraint.ON_DAY) ? null
            : "Meeting " + meetings[i] + " is on " + days[day[i]] + rule;
      }
      case Constraint.BEFORE -> {
        boolean ok = day[i] < day[j] || (day[i] == day[j] && end[i] <= start[j]);
        return ok ? null : "Meeting " + meetings[i] + " (" + when(i, day, start, end) + ") does not end before Meeting "
            + meetings[j] + " (" + when(j, day, start, end) + ") starts" + rule;
      }
      case Constraint.NO_OVERLAP -> {
        boolean ok = day[i] != day[j] || end[i] <= start[j] || end[j] <= start[i];
        return ok ? null : "Meeting " + meetings[i] + " (" + when(i, day, start, end) + ") overlaps Meeting "
            + meetings[j] + " (" + when(j, day, start, end) + ")" + rule;
      }
      default -> {
        int person = r[2];
        for (int m = 0; m < meetings.length; m++) {
          if (!attends(person, m)) {
            continue;
          }
          boolean ok = switch (k.kind()) {
            case Constraint.PERSON_NOT_BEFORE -> start[m] >= k.time();
            case Constraint.PERSON_NOT_AFTER -> end[m] <= k.time();
            default -> day[m] != r[3];
          };
          if (!ok) {
            return people[person] + " has Meeting " + meetings[m] + " " + when(m, day, start, end) + rule;
          }
        }
        return null;
      }
    }
  }

  boolean attends(int person, int meeting) {
    for (int a : attendees[meeting]) {
      if (a == person) {
        return true;
      }
    }
    return false;
  }
}
