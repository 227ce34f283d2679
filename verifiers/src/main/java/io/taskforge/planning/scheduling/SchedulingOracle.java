package io.taskforge.planning.scheduling;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import io.taskforge.planning.scheduling.SchedulingProblem.Busy;
import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import io.taskforge.planning.scheduling.SchedulingProblem.Meeting;
import io.taskforge.planning.scheduling.SchedulingProblem.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Property-testing oracle for {@code planning.scheduling}, written apart from {@link
 * SchedulingVerifier} and {@link SchedulingRules}: its own strict reader of the canonical answer
 * (exactly {@code Meeting X: Day H:MM-H:MM} per line, every meeting once, or exactly {@code
 * impossible}) and its own check of every rule, straight from the problem's records.
 *
 * <p>Mutant kinds: {@code shift} (a meeting moved by 15 to 120 minutes; sometimes still valid),
 * {@code other-day} (sometimes valid), {@code stretch} (an end time 15 minutes later), {@code
 * swap-times} (two meetings exchange their times; sometimes valid), {@code drop-line}, {@code
 * duplicate-line}, {@code unknown-meeting}, {@code impossible} (for a schedulable problem) and, for
 * a problem with no valid schedule, {@code random-schedule}.
 */
public final class SchedulingOracle implements TaskOracle<SchedulingProblem> {
  private static final String IMPOSSIBLE = "impossible";

  @Override
  public String taskId() {
    return SchedulingTask.ID;
  }

  @Override
  public Class<SchedulingProblem> problemType() {
    return SchedulingProblem.class;
  }

  /** One line of the canonical answer. */
  private record Slot(String meeting, String day, int start, int end) {
    String line() {
      return "Meeting " + meeting + ": " + day + " " + clock(start) + "-" + clock(end);
    }
  }

  private static String clock(int minutes) {
    return minutes / 60 + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60;
  }

  private static String twelve(int minutes) {
    int h = minutes / 60 % 12;
    return (h == 0 ? 12 : h) + ":" + (minutes % 60 < 10 ? "0" : "") + minutes % 60 + (minutes >= 720 ? " pm" : " am");
  }

  @Override
  public List<String> equivalentForms(SchedulingProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (gold.equals(IMPOSSIBLE)) {
      forms.add("Impossible.");
      forms.add("IMPOSSIBLE");
      forms.add("**impossible**");
      forms.add("  impossible\n");
      return forms;
    }
    List<Slot> slots = parse(problem, gold);
    if (slots == null) {
      return forms;
    }
    StringBuilder reversed = new StringBuilder();
    StringBuilder twelveHour = new StringBuilder();
    StringBuilder terse = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    StringBuilder prose = new StringBuilder();
    StringBuilder padded = new StringBuilder();
    StringBuilder numbered = new StringBuilder();
    for (int i = slots.size() - 1; i >= 0; i--) {
      reversed.append(slots.get(i).line()).append('\n');
    }
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      twelveHour.append("Meeting ").append(s.meeting()).append(": ").append(s.day()).append(' ')
          .append(twelve(s.start())).append(" - ").append(twelve(s.end())).append('\n');
      terse.append(s.meeting().toLowerCase(Locale.ROOT)).append(' ').append(s.day().substring(0, 3)).append(", ")
          .append(clock(s.start())).append(" to ").append(clock(s.end())).append('\n');
      bullets.append(i % 2 == 0 ? "- " : "* ").append("**Meeting ").append(s.meeting()).append("**: ").append(s.day())
          .append(' ').append(clock(s.start())).append('\u2013').append(clock(s.end())).append(".\n");
      prose.append("Meeting ").append(s.meeting()).append(" on ").append(s.day()).append(" from ")
          .append(clock(s.start())).append(" until ").append(clock(s.end())).append('\n');
      padded.append("Meeting ").append(s.meeting()).append(": ").append(s.day().toUpperCase(Locale.ROOT)).append(' ')
          .append(String.format(Locale.ROOT, "%02d:%02d-%02d:%02d", s.start() / 60, s.start() % 60, s.end() / 60,
              s.end() % 60)).append("\r\n\r\n");
      numbered.append(i + 1).append(". ").append(s.line()).append(";\n");
    }
    forms.add(reversed.toString());
    forms.add(twelveHour.toString());
    forms.add(terse.toString());
    forms.add(bullets.toString());
    forms.add(prose.toString());
    forms.add(padded.toString());
    forms.add(numbered.toString());
    forms.add("```\n" + gold + "\n```");
    forms.add(gold.toLowerCase(Locale.ROOT));
    return forms;
  }

  @Override
  public List<Mutant> mutants(SchedulingProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    if (gold.equals(IMPOSSIBLE)) {
      for (int r = 0; r < 3; r++) {
        List<Slot> random = new ArrayList<>();
        for (Meeting m : problem.meetings()) {
          String day = rng.pick(problem.days());
          int start = 8 * 60 + 15 * rng.nextInt(36);
          random.add(new Slot(m.id(), day, start, start + m.duration()));
        }
        add(out, problem, "random-schedule", random);
      }
      return out;
    }
    List<Slot> slots = parse(problem, gold);
    if (slots == null) {
      return out;
    }
    int n = slots.size();
    out.add(new Mutant(IMPOSSIBLE, IMPOSSIBLE, accepts(problem, IMPOSSIBLE)));
    for (int r = 0; r < 3; r++) {
      List<Slot> m = new ArrayList<>(slots);
      int i = rng.nextInt(n);
      Slot s = m.get(i);
      int delta = 15 * rng.between(1, 8) * (rng.nextBoolean() ? 1 : -1);
      if (s.start() + delta < 0 || s.end() + delta > 23 * 60 + 59) {
        delta = -delta;
      }
      m.set(i, new Slot(s.meeting(), s.day(), s.start() + delta, s.end() + delta));
      add(out, problem, "shift", m);
    }
    if (problem.days().size() > 1) {
      List<Slot> m = new ArrayList<>(slots);
      int i = rng.nextInt(n);
      Slot s = m.get(i);
      String other = problem.days().get((problem.days().indexOf(s.day()) + 1 + rng.nextInt(problem.days().size() - 1))
          % problem.days().size());
      m.set(i, new Slot(s.meeting(), other, s.start(), s.end()));
      add(out, problem, "other-day", m);
    }
    {
      List<Slot> m = new ArrayList<>(slots);
      int i = rng.nextInt(n);
      Slot s = m.get(i);
      m.set(i, new Slot(s.meeting(), s.day(), s.start(), s.end() + 15));
      add(out, problem, "stretch", m);
    }
    if (n > 1) {
      List<Slot> m = new ArrayList<>(slots);
      int i = rng.nextInt(n);
      int j = (i + 1 + rng.nextInt(n - 1)) % n;
      Slot a = m.get(i);
      Slot b = m.get(j);
      m.set(i, new Slot(a.meeting(), b.day(), b.start(), b.start() + (a.end() - a.start())));
      m.set(j, new Slot(b.meeting(), a.day(), a.start(), a.start() + (b.end() - b.start())));
      add(out, problem, "swap-times", m);
    }
    {
      List<String> lines = lines(slots);
      lines.remove(rng.nextInt(n));
      out.add(new Mutant("drop-line", String.join("\n", lines), accepts(problem, String.join("\n", lines))));
      lines = lines(slots);
      lines.add(rng.nextInt(n + 1), lines.get(rng.nextInt(n)));
      out.add(new Mutant("duplicate-line", String.join("\n", lines), false));
      lines = lines(slots);
      int i = rng.nextInt(n);
      lines.set(i, lines.get(i).replaceFirst("^Meeting [A-Za-z0-9]+:", "Meeting Z9:"));
      out.add(new Mutant("unknown-meeting", String.join("\n", lines), false));
    }
    return out;
  }

  private static List<String> lines(List<Slot> slots) {
    List<String> lines = new ArrayList<>();
    slots.forEach(s -> lines.add(s.line()));
    return lines;
  }

  private void add(List<Mutant> out, SchedulingProblem problem, String kind, List<Slot> slots) {
    String text = String.join("\n", lines(slots));
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  @Override
  public boolean accepts(SchedulingProblem problem, String canonicalAnswer) {
    if (canonicalAnswer.equals(IMPOSSIBLE)) {
      return !problem.satisfiable();
    }
    List<Slot> slots = parse(problem, canonicalAnswer);
    return slots != null && valid(problem, slots);
  }

  /** Strictly reads the canonical lines, every meeting exactly once; null when that fails. */
  private static List<Slot> parse(SchedulingProblem problem, String text) {
    Map<String, Slot> byMeeting = new HashMap<>();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("Meeting ")) {
        return null;
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        return null;
      }
      String id = line.substring(8, colon);
      String[] rest = line.substring(colon + 2).split(" ", -1);
      if (rest.length != 2 || !problem.days().contains(rest[0]) && !List.of("Saturday", "Sunday").contains(rest[0])) {
        return null;
      }
      String[] times = rest[1].split("-", -1);
      if (times.length != 2) {
        return null;
      }
      int start = minutes(times[0]);
      int end = minutes(times[1]);
      if (start < 0 || end < 0 || byMeeting.containsKey(id)) {
        return null;
      }
      byMeeting.put(id, new Slot(id, rest[0], start, end));
    }
    List<Slot> out = new ArrayList<>();
    for (Meeting m : problem.meetings()) {
      Slot s = byMeeting.remove(m.id());
      if (s == null) {
        return null;
      }
      out.add(s);
    }
    return byMeeting.isEmpty() ? out : null;
  }

  private static int minutes(String hhmm) {
    String[] p = hhmm.split(":", -1);
    if (p.length != 2 || p[0].isEmpty() || p[0].length() > 2 || p[1].length() != 2) {
      return -1;
    }
    try {
      int h = Integer.parseInt(p[0]);
      int m = Integer.parseInt(p[1]);
      return h <= 23 && m <= 59 ? h * 60 + m : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Every rule, checked from the records. */
  private static boolean valid(SchedulingProblem problem, List<Slot> slots) {
    Map<String, Slot> at = new HashMap<>();
    for (Slot s : slots) {
      at.put(s.meeting(), s);
    }
    Map<String, Person> people = new HashMap<>();
    problem.people().forEach(p -> people.put(p.name(), p));
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      Meeting m = problem.meetings().get(i);
      if (!problem.days().contains(s.day()) || s.end() - s.start() != m.duration()) {
        return false;
      }
      for (String who : m.attendees()) {
        Person p = people.get(who);
        if (s.start() < p.start() || s.end() > p.end()) {
          return false;
        }
        for (Busy b : p.busy()) {
          if (b.day().equals(s.day()) && overlap(s.start(), s.end(), b.start(), b.end())) {
            return false;
          }
        }
      }
      for (int j = 0; j < i; j++) {
        Slot o = slots.get(j);
        boolean sameTime = o.day().equals(s.day()) && overlap(s.start(), s.end(), o.start(), o.end());
        if (sameTime && m.attendees().stream().anyMatch(problem.meetings().get(j).attendees()::contains)) {
          return false;
        }
      }
    }
    for (Constraint c : problem.constraints()) {
      if (!holds(problem, c, at)) {
        return false;
      }
    }
    return true;
  }

  private static boolean holds(SchedulingProblem problem, Constraint c, Map<String, Slot> at) {
    Slot a = at.get(c.meeting());
    Slot b = at.get(c.other());
    List<String> days = problem.days();
    return switch (c.kind()) {
      case Constraint.EARLIEST -> a.start() >= c.time();
      case Constraint.LATEST -> a.end() <= c.time();
      case Constraint.ON_DAY -> a.day().equals(c.day());
      case Constraint.NOT_ON_DAY -> !a.day().equals(c.day());
      case Constraint.BEFORE -> days.indexOf(a.day()) < days.indexOf(b.day())
          || (a.day().equals(b.day()) && a.end() <= b.start());
      case Constraint.NO_OVERLAP -> !a.day().equals(b.day()) || !overlap(a.start(), a.end(), b.start(), b.end());
      default -> {
        for (Meeting m : problem.meetings()) {
          if (!m.attendees().contains(c.person())) {
            continue;
          }
          Slot s = at.get(m.id());
          boolean ok = switch (c.kind()) {
            case Constraint.PERSON_NOT_BEFORE -> s.start() >= c.time();
            case Constraint.PERSON_NOT_AFTER -> s.end() <= c.time();
            default -> !s.day().equals(c.day());
          };
          if (!ok) {
            yield false;
          }
        }
        yield true;
      }
    };
  }

  private static boolean overlap(int s1, int e1, int s2, int e2) {
    return s1 < e2 && s2 < e1;
  }
}
