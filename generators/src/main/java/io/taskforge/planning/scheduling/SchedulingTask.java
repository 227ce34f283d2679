package io.taskforge.planning.scheduling;

import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.planning.core.CanonicalGraph;
import io.taskforge.planning.scheduling.SchedulingProblem.Busy;
import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import io.taskforge.planning.scheduling.SchedulingProblem.Meeting;
import io.taskforge.planning.scheduling.SchedulingProblem.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Meeting scheduling in the style of natural-language planning benchmarks: put every meeting on a
 * day and a time that suits its attendees' working hours and busy slots, never double-books anyone,
 * and keeps every explicit constraint (time windows, days, order, shared rooms, personal
 * preferences). Any valid schedule is correct; a share of the instances (param {@code
 * unsatisfiable}) has none, and the answer there is {@code impossible}, proven by an exhaustive
 * search ({@link SchedulingSolver}) at generation.
 */
public final class SchedulingTask implements Task<SchedulingProblem> {
  public static final String ID = "planning.scheduling";
  //                                        level: 1  2  3  4  5  6  7  8  9  10
  private static final int[] PEOPLE =              {2, 3, 3, 4, 4, 5, 6, 6, 7, 8};
  private static final int[] DAYS =                {1, 1, 2, 2, 3, 3, 4, 5, 5, 5};
  private static final int[] MEETINGS =            {1, 2, 2, 3, 4, 5, 6, 7, 8, 10};
  private static final int[] CONSTRAINTS =         {0, 1, 2, 3, 4, 5, 7, 8, 10, 12};
  private static final int[] BUSY =                {2, 2, 2, 3, 3, 3, 3, 4, 4, 4};
  private static final int[] UNSATISFIABLE =       {0, 0, 10, 20, 20, 25, 25, 25, 25, 25};

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(SchedulingParams.PEOPLE, PEOPLE[DEFAULT_LEVEL - 1], 2, 12, "number of people"),
      ParamSpec.integer(SchedulingParams.DAYS, DAYS[DEFAULT_LEVEL - 1], 1, 5, "number of working days, from Monday"),
      ParamSpec.integer(SchedulingParams.MEETINGS, MEETINGS[DEFAULT_LEVEL - 1], 1, 12,
          "number of meetings to schedule, each with 2 to 4 attendees"),
      ParamSpec.integer(SchedulingParams.CONSTRAINTS, CONSTRAINTS[DEFAULT_LEVEL - 1], 0, 20,
          "number of explicit constraints (time windows, days, order, rooms, preferences)"),
      ParamSpec.integer(SchedulingParams.BUSY, BUSY[DEFAULT_LEVEL - 1], 0, 4,
          "busy slots in every person's calendar, per day"),
      ParamSpec.integer(SchedulingParams.UNSATISFIABLE, UNSATISFIABLE[DEFAULT_LEVEL - 1], 0, 100,
          "percentage of instances that have no valid schedule (answer: impossible)"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Schedule meetings around people's working hours, busy slots and constraints, or say that "
        + "it is impossible.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    return Map.of(
        SchedulingParams.PEOPLE, PEOPLE[level - 1],
        SchedulingParams.DAYS, DAYS[level - 1],
        SchedulingParams.MEETINGS, MEETINGS[level - 1],
        SchedulingParams.CONSTRAINTS, CONSTRAINTS[level - 1],
        SchedulingParams.BUSY, BUSY[level - 1],
        SchedulingParams.UNSATISFIABLE, UNSATISFIABLE[level - 1]);
  }

  @Override
  public void validate(Params params) {
    SchedulingParams p = SchedulingParams.from(params);
    if (p.unsatisfiable() > 0 && (p.meetings() < 2
        || (p.days() == 1 ? p.constraints() + p.busy() < 1 : p.constraints() < 3 && p.busy() < 2))) {
      throw new ParamException("params 'unsatisfiable', 'meetings', 'constraints' and 'busy': an unsatisfiable "
          + "instance needs at least 2 meetings and, over several days, at least 3 constraints or 2 busy slots per "
          + "person and day (over one day, one of either), so with unsatisfiable=" + p.unsatisfiable()
          + " these are too few");
    }
    if (p.constraints() > 2 * p.meetings() + 2) {
      throw new ParamException("params 'constraints' and 'meetings': there are at most 2 constraints per meeting "
          + "plus 2, so constraints must be at most " + (2 * p.meetings() + 2) + " here, got " + p.constraints());
    }
    if (p.meetings() * 3 > p.people() * p.days() * 2) {
      throw new ParamException("params 'meetings', 'people' and 'days': a day's calendars hold about 2 meetings for "
          + "every 3 people, so meetings must be at most " + p.people() * p.days() * 2 / 3 + " here, got "
          + p.meetings());
    }
  }

  @Override
  public Class<SchedulingProblem> problemType() {
    return SchedulingProblem.class;
  }

  @Override
  public Generated<SchedulingProblem> generate(Params params, Rng rng) {
    SchedulingParams p = SchedulingParams.from(params);
    SchedulingGenerator.Draw draw = new SchedulingGenerator(p, rng).draw();
    SchedulingProblem problem = draw.problem();
    List<String> lines = new ArrayList<>();
    if (draw.day() != null) {
      for (int i = 0; i < problem.meetings().size(); i++) {
        int start = draw.start()[i];
        lines.add(line(problem.meetings().get(i).id(), problem.days().get(draw.day()[i]), start,
            start + problem.meetings().get(i).duration()));
      }
    }
    String answer = problem.satisfiable() ? String.join("\n", lines) : "impossible";
    int busySlots = 0;
    for (Person person : problem.people()) {
      busySlots += person.busy().size();
    }
    int attendances = 0;
    for (Meeting m : problem.meetings()) {
      attendances += m.attendees().size();
    }
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("people", p.people())
        .put("days", p.days())
        .put("meetings", problem.meetings().size())
        .put("attendances", attendances)
        .put("constraints", problem.constraints().size())
        .put("busy_slots", busySlots)
        .put("satisfiable", problem.satisfiable())
        .put("solutions", draw.search().solutions())
        .put("search_nodes", draw.search().nodes())
        .buildOrThrow();
    return Generated.of(problem, new SchedulingSolution(lines, problem.satisfiable(), draw.search().solutions()),
        answer, metrics, view(problem), canonicalForm(problem));
  }

  /** "Meeting A: Tuesday 10:00-11:00". */
  static String line(String id, String day, int start, int end) {
    return "Meeting " + id + ": " + day + " " + Clock.range(start, end);
  }

  private static Map<String, Object> view(SchedulingProblem p) {
    List<String> peopleLines = new ArrayList<>();
    List<String> calendarLines = new ArrayList<>();
    for (Person person : p.people()) {
      StringBuilder prose = new StringBuilder();
      prose.append(person.name()).append(" works ").append(Clock.range(person.start(), person.end())).append(" every day");
      StringBuilder calendar = new StringBuilder();
      calendar.append(person.name()).append(" (hours ").append(Clock.range(person.start(), person.end())).append(")");
      if (person.busy().isEmpty()) {
        prose.append(" and has no other appointments.");
        calendar.append(": free");
      } else {
        prose.append(" and is busy ");
        List<String> parts = new ArrayList<>();
        List<String> cal = new ArrayList<>();
        for (String day : p.days()) {
          List<String> slots = new ArrayList<>();
          for (Busy b : person.busy()) {
            if (b.day().equals(day)) {
              slots.add(Clock.range(b.start(), b.end()));
            }
          }
          if (!slots.isEmpty()) {
            parts.add("on " + day + " " + SchedulingText.list(slots));
            cal.add(day.substring(0, 3) + " " + String.join(", ", slots));
          }
        }
        prose.append(String.join("; ", parts)).append('.');
        calendar.append(": busy ").append(String.join(" | ", cal));
      }
      peopleLines.add(prose.toString());
      calendarLines.add(calendar.toString());
    }
    List<String> meetingLines = new ArrayList<>();
    for (Meeting m : p.meetings()) {
      meetingLines.add("Meeting " + m.id() + " (" + m.duration() + " minutes) with " + SchedulingText.list(m.attendees()) + ".");
    }
    List<String> constraintLines = new ArrayList<>();
    for (Constraint c : p.constraints()) {
      constraintLines.add(SchedulingText.constraint(c) + ".");
    }
    List<String> ids = new ArrayList<>();
    p.meetings().forEach(m -> ids.add("Meeting " + m.id()));
    Meeting first = p.meetings().get(0);
    return ImmutableMap.<String, Object>builder()
        .put("day_count", p.days().size())
        .put("days", SchedulingText.list(p.days()))
        .put("people_count", p.people().size())
        .put("meeting_count", p.meetings().size())
        .put("meetings", SchedulingText.list(ids))
        .put("people_lines", peopleLines)
        .put("calendar_lines", calendarLines)
        .put("meeting_lines", meetingLines)
        .put("constraint_lines", constraintLines)
        .put("example", line(first.id(), p.days().get(0), 600, 600 + first.duration()))
        .buildOrThrow();
  }

  /** Names of people and meetings do not matter; days (in order), times and durations do. */
  static String canonicalForm(SchedulingProblem p) {
    CanonicalGraph g = new CanonicalGraph();
    Map<String, Integer> day = new HashMap<>();
    for (int d = 0; d < p.days().size(); d++) {
      day.put(p.days().get(d), g.node("day" + d));
    }
    Map<String, Integer> person = new HashMap<>();
    for (Person x : p.people()) {
      int node = g.node("person " + x.start() + "-" + x.end());
      person.put(x.name(), node);
      for (Busy b : x.busy()) {
        g.edge(node, g.node("busy " + b.start() + "-" + b.end()), "busy");
        g.edge(g.node("busy-day"), day.get(b.day()), "on");
      }
    }
    Map<String, Integer> meeting = new HashMap<>();
    for (Meeting m : p.meetings()) {
      int node = g.node("meeting " + m.duration());
      meeting.put(m.id(), node);
      m.attendees().forEach(a -> g.edge(person.get(a), node, "attends"));
    }
    for (Constraint c : p.constraints()) {
      int node = g.node(c.kind() + " " + c.time());
      if (!c.meeting().isEmpty()) {
        g.edge(node, meeting.get(c.meeting()), "meeting");
      }
      if (!c.other().isEmpty()) {
        g.edge(node, meeting.get(c.other()), "other");
      }
      if (!c.person().isEmpty()) {
        g.edge(node, person.get(c.person()), "person");
      }
      if (!c.day().isEmpty()) {
        g.edge(node, day.get(c.day()), "day");
      }
    }
    return "scheduling;" + p.satisfiable() + ";" + g.text(4);
  }

  @Override
  public String answerFormat() {
    return "One line per meeting, in any order: \"Meeting A: Tuesday 10:00-11:00\" (the meeting, its day, "
        + "its start and end time); or the single word \"impossible\" when no valid schedule exists. "
        + "Read leniently but exactly: the word \"Meeting\" and the colon after the meeting's letter may be "
        + "left out; case does not matter; the day may be written in full or as its first three letters "
        + "(\"Tue\") and may be followed by a comma; \"on\" before the day and \"from\" or \"at\" before "
        + "the start are allowed; times are H:MM or HH:MM on the 24-hour clock, or with \"am\"/\"pm\" on "
        + "the 12-hour clock (\"2:30 pm\"); start and end are separated by \"-\", an en or em dash, "
        + "\"to\" or \"until\". A line may start with a bullet (\"-\", \"*\") or a number (\"1.\") and may "
        + "end with a period or semicolon; emphasis and code marks (*, _, `) are ignored anywhere; blank lines and code-fence lines are skipped; "
        + "any other line makes the answer unreadable. Every meeting must appear exactly once. Example: "
        + "\"Meeting A: Monday 9:00-10:00\" and \"Meeting B: Wednesday 14:30-15:15\", one per line. The "
        + "answer is the text of the last <answer>...</answer> block.";
  }

  @Override
  public String scoring() {
    return "Score 1 for any schedule that keeps every rule: each meeting on one of the days, lasting "
        + "exactly its duration, inside all its attendees' working hours and outside their busy slots, "
        + "no person in two overlapping meetings (a meeting ending at 10:00 does not overlap one starting "
        + "at 10:00), and every listed constraint kept; or for \"impossible\" when no valid schedule "
        + "exists. Score 0 otherwise, with status INVALID_FORMAT (the first unreadable line, an unknown or "
        + "repeated meeting), WRONG (a meeting left out, or \"impossible\" for a schedulable problem) or "
        + "CONSTRAINT_VIOLATED (the first broken rule; details.violations counts all of them). There is no "
        + "partial credit. Impossibility is proven at generation by an exhaustive search over 15-minute "
        + "starts, which loses nothing since every time in the problem is a multiple of 15 minutes.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("meetings", "attendances", "constraints", "busy_slots");
  }
}
