package io.taskforge.planning.scheduling;

import io.taskforge.core.Rng;
import io.taskforge.logic.names.PersonNames;
import io.taskforge.planning.scheduling.SchedulingProblem.Busy;
import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import io.taskforge.planning.scheduling.SchedulingProblem.Meeting;
import io.taskforge.planning.scheduling.SchedulingProblem.Person;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws scheduling problems around a planted schedule. People, working hours and meetings come
 * first; each meeting is then placed at a random free time of its attendees (the planted schedule);
 * busy slots and explicit constraints are drawn so that the planted schedule keeps them. An
 * unsatisfiable instance is made from such a problem by "breaking moves", each replacing a
 * constraint or a busy slot by one that the exhaustive solver's current schedule violates (never one
 * that leaves a meeting no time at all on its own), until the solver finds no schedule. Every time is
 * a multiple of 15 minutes; busy slots and constraint times are multiples of 30.
 */
final class SchedulingGenerator {
  private static final int[][] HOURS = {
    {540, 1020}, {540, 1020}, {540, 1020}, {480, 960}, {600, 1080}, {510, 990}, {570, 1050}};
  private static final int[] DURATIONS = {30, 45, 60, 90};
  private static final int[] BUSY_LENGTHS = {30, 60, 90, 120};
  private static final int MAX_ATTENDEES = 4;
  private static final int MAX_BREAKING_MOVES = 12;
  /** Generation never searches more nodes than this for one problem; a draw that needs more is redrawn. */
  static final long NODE_LIMIT = 2_000_000;
  /** Draws tried before giving up (validated params never come near it). */
  private static final int MAX_ATTEMPTS = 300;

  private final SchedulingParams p;
  private final Rng rng;

  // the draft
  private List<String> days;
  private List<String> names;
  private int[] workStart;
  private int[] workEnd;
  private int[] duration;
  private int[][] attendees;
  private int[] plantedDay;
  private int[] plantedStart;
  /** busy[person][day] = list of {start, end}. */
  private List<List<List<int[]>>> busy;
  private List<Constraint> constraints;

  /** A finished draw: the problem, the gold schedule (null when unsatisfiable) and the final search. */
  record Draw(SchedulingProblem problem, int[] day, int[] start, SchedulingSolver.Result search) {}

  SchedulingGenerator(SchedulingParams p, Rng rng) {
    this.p = p;
    this.rng = rng;
  }

  Draw draw() {
    boolean unsatisfiable = rng.chance(p.unsatisfiable(), 100);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      if (!draft()) {
        continue;
      }
      if (!unsatisfiable) {
        SchedulingProblem problem = problem(true);
        SchedulingSolver.Result search = SchedulingSolver.solve(new SchedulingRules(problem), NODE_LIMIT);
        if (search.complete() && search.solutions() > 0) {
          return new Draw(problem, plantedDay, plantedStart, search);
        }
        continue;
      }
      Draw broken = breakDraft();
      if (broken != null) {
        return broken;
      }
    }
    throw new io.taskforge.core.ParamException("params 'meetings', 'constraints', 'busy' and 'unsatisfiable': no "
        + (unsatisfiable ? "unsatisfiable" : "satisfiable") + " problem could be drawn in " + MAX_ATTEMPTS
        + " tries with " + p.meetings() + " meetings, " + p.constraints() + " constraints and " + p.busy()
        + " busy slots per person and day; " + (unsatisfiable ? "more constraints or busy slots are needed"
        : "fewer constraints or busy slots are needed"));
  }

  private SchedulingProblem problem(boolean satisfiable) {
    List<Person> people = new ArrayList<>();
    for (int a = 0; a < names.size(); a++) {
      List<Busy> slots = new ArrayList<>();
      for (int d = 0; d < days.size(); d++) {
        List<int[]> list = new ArrayList<>(busy.get(a).get(d));
        list.sort((x, y) -> Integer.compare(x[0], y[0]));
        for (int[] b : list) {
          slots.add(new Busy(days.get(d), b[0], b[1]));
        }
      }
      people.add(new Person(names.get(a), workStart[a], workEnd[a], slots));
    }
    List<Meeting> meetings = new ArrayList<>();
    for (int i = 0; i < duration.length; i++) {
      List<String> who = new ArrayList<>();
      for (int a : attendees[i]) {
        who.add(names.get(a));
      }
      meetings.add(new Meeting(id(i), duration[i], who));
    }
    return new SchedulingProblem(days, people, meetings, constraints, satisfiable);
  }

  static String id(int i) {
    return String.valueOf((char) ('A' + i));
  }

  // ---- the draft around a planted schedule ----

  private boolean draft() {
    days = Clock.WEEK.subList(0, p.days());
    names = PersonNames.pick(p.people(), rng);
    int n = p.people();
    workStart = new int[n];
    workEnd = new int[n];
    for (int a = 0; a < n; a++) {
      int[] h = HOURS[rng.nextInt(HOURS.length)];
      workStart[a] = h[0];
      workEnd[a] = h[1];
    }
    int m = p.meetings();
    duration = new int[m];
    attendees = new int[m][];
    for (int i = 0; i < m; i++) {
      duration[i] = DURATIONS[rng.nextInt(DURATIONS.length)];
      int size = rng.between(2, Math.min(MAX_ATTENDEES, n));
      int[] perm = rng.permutation(n);
      int[] who = java.util.Arrays.copyOf(perm, size);
      java.util.Arrays.sort(who);
      attendees[i] = who;
    }
    plantedDay = new int[m];
    plantedStart = new int[m];
    for (int i = 0; i < m; i++) {
      List<int[]> free = new ArrayList<>();
      int lo = lo(i);
      int hi = hi(i);
      for (int d = 0; d < days.size(); d++) {
        for (int s = lo; s + duration[i] <= hi; s += SchedulingSolver.GRID) {
          if (freeFor(i, d, s, s + duration[i])) {
            free.add(new int[] {d, s});
          }
        }
      }
      if (free.isEmpty()) {
        return false;
      }
      int[] pick = free.get(rng.nextInt(free.size()));
      plantedDay[i] = pick[0];
      plantedStart[i] = pick[1];
    }
    busy = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      List<List<int[]>> perDay = new ArrayList<>();
      for (int d = 0; d < days.size(); d++) {
        List<int[]> slots = new ArrayList<>();
        for (int k = 0; k < p.busy(); k++) {
          int[] slot = freeBusySlot(a, d, slots, -1, plantedDay, plantedStart);
          if (slot == null) {
            return false;
          }
          slots.add(slot);
        }
        perDay.add(slots);
      }
      busy.add(perDay);
    }
    constraints = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int tries = 0; constraints.size() < p.constraints(); tries++) {
      if (tries > 40 * (p.constraints() + 1)) {
        return false;
      }
      Constraint c = kept(plantedDay, plantedStart);
      if (c != null && keys.add(key(c))) {
        constraints.add(c);
      }
    }
    return true;
  }

  /** The latest working-hours start and earliest end among the attendees of meeting {@code i}. */
  private int lo(int i) {
    int lo = 0;
    for (int a : attendees[i]) {
      lo = Math.max(lo, workStart[a]);
    }
    return lo;
  }

  private int hi(int i) {
    int hi = SchedulingRules.DAY;
    for (int a : attendees[i]) {
      hi = Math.min(hi, workEnd[a]);
    }
    return hi;
  }

  /** Whether the attendees of {@code i} have no planted meeting (among those before {@code i}) then. */
  private boolean freeFor(int i, int day, int start, int end) {
    for (int j = 0; j < i; j++) {
      if (plantedDay[j] == day && start < plantedStart[j] + duration[j] && plantedStart[j] < end && shares(i, j)) {
        return false;
      }
    }
    return true;
  }

  private boolean shares(int i, int j) {
    for (int a : attendees[i]) {
      for (int b : attendees[j]) {
        if (a == b) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean attends(int person, int meeting) {
    for (int a : attendees[meeting]) {
      if (a == person) {
        return true;
      }
    }
    return false;
  }

  /**
   * A busy slot for person {@code a} on day {@code d}, inside working hours and clear of {@code
   * slots}: when {@code breaking} is -1, clear of the meetings {@code a} attends in the schedule
   * (day, start) too; else overlapping meeting {@code breaking} there. Null when none is found.
   */
  private int[] freeBusySlot(int a, int d, List<int[]> slots, int breaking, int[] day, int[] start) {
    List<int[]> options = new ArrayList<>();
    for (int len : BUSY_LENGTHS) {
      for (int from = workStart[a]; from + len <= workEnd[a]; from += 30) {
        int to = from + len;
        boolean ok = true;
        for (int[] s : slots) {
          ok &= to < s[0] || s[1] < from; // apart, not merely adjacent: two slots read as two
        }
        for (int i = 0; i < duration.length && ok; i++) {
          boolean overlaps = day[i] == d && from < start[i] + duration[i] && start[i] < to;
          if (i == breaking) {
            ok = overlaps;
          } else if (breaking < 0 && attends(a, i)) {
            ok = !overlaps;
          }
        }
        if (ok) {
          options.add(new int[] {from, to});
        }
      }
    }
    return options.isEmpty() ? null : options.get(rng.nextInt(options.size()));
  }

  /** What makes two constraints the same, whatever their times (pairs in either order). */
  private static String key(Constraint c) {
    boolean pair = c.kind().equals(Constraint.BEFORE) || c.kind().equals(Constraint.NO_OVERLAP);
    String a = c.meeting();
    String b = c.other();
    if (pair && a.compareTo(b) > 0) {
      a = c.other();
      b = c.meeting();
    }
    return (pair ? "pair" : c.kind()) + "|" + a + "|" + b + "|" + c.person() + "|" + c.day();
  }

  /** A random informative constraint that the schedule (day, start) keeps, or null. */
  private Constraint kept(int[] day, int[] start) {
    int m = duration.length;
    int i = rng.nextInt(m);
    int end = start[i] + duration[i];
    switch (rng.nextInt(9)) {
      case 0 -> {
        int t = grid30Between(lo(i) + 1, start[i]);
        return t < 0 ? null : Constraint.earliest(id(i), t);
      }
      case 1 -> {
        int t = grid30Between(end, hi(i) - 1);
        return t < 0 ? null : Constraint.latest(id(i), t);
      }
      case 2 -> {
        return days.size() < 2 ? null : Constraint.onDay(id(i), days.get(day[i]));
      }
      case 3 -> {
        if (days.size() < 2) {
          return null;
        }
        int d = (day[i] + 1 + rng.nextInt(days.size() - 1)) % days.size();
        return Constraint.notOnDay(id(i), days.get(d));
      }
      case 4 -> {
        if (m < 2) {
          return null;
        }
        int j = (i + 1 + rng.nextInt(m - 1)) % m;
        if (ends(i, j, day, start)) {
          return Constraint.before(id(i), id(j));
        }
        return ends(j, i, day, start) ? Constraint.before(id(j), id(i)) : null;
      }
      case 5 -> {
        if (m < 2) {
          return null;
        }
        int j = (i + 1 + rng.nextInt(m - 1)) % m;
        boolean apart = day[i] != day[j] || end <= start[j] || start[j] + duration[j] <= start[i];
        return apart && !shares(i, j) ? Constraint.noOverlap(id(i), id(j)) : null;
      }
      default -> {
        int a = attendees[i][rng.nextInt(attendees[i].length)];
        int first = SchedulingRules.DAY;
        int last = 0;
        boolean[] meets = new boolean[days.size()];
        for (int k = 0; k < m; k++) {
          if (attends(a, k)) {
            first = Math.min(first, start[k]);
            last = Math.max(last, start[k] + duration[k]);
            meets[day[k]] = true;
          }
        }
        int kind = rng.nextInt(3);
        if (kind == 0) {
          int t = grid30Between(workStart[a] + 1, first);
          return t < 0 ? null : Constraint.personNotBefore(names.get(a), t);
        }
        if (kind == 1) {
          int t = grid30Between(last, workEnd[a] - 1);
          return t < 0 ? null : Constraint.personNotAfter(names.get(a), t);
        }
        List<Integer> free = new ArrayList<>();
        for (int d = 0; d < meets.length; d++) {
          if (!meets[d]) {
            free.add(d);
          }
        }
        return free.isEmpty() || days.size() < 2 ? null : Constraint.personNotOnDay(names.get(a), days.get(rng.pick(free)));
      }
    }
  }

  /** Whether {@code i} ends before {@code j} starts in the schedule. */
  private boolean ends(int i, int j, int[] day, int[] start) {
    return day[i] < day[j] || (day[i] == day[j] && start[i] + duration[i] <= start[j]);
  }

  /** A random multiple of 30 in [lo, hi], or -1 when there is none. */
  private int grid30Between(int lo, int hi) {
    int from = (lo + 29) / 30;
    int to = Math.floorDiv(hi, 30);
    return to < from ? -1 : 30 * rng.between(from, to);
  }

  // ---- breaking ----

  /** Breaking moves against the solver's current schedule until none is left; null when they do not get there. */
  private Draw breakDraft() {
    int[] targetDay = plantedDay;
    int[] targetStart = plantedStart;
    for (int move = 0; move < MAX_BREAKING_MOVES; move++) {
      if (!breakingMove(targetDay, targetStart)) {
        return null;
      }
      SchedulingProblem problem = problem(false);
      SchedulingSolver.Result search = SchedulingSolver.solve(new SchedulingRules(problem), NODE_LIMIT);
      if (!search.complete()) {
        return null;
      }
      if (search.solutions() == 0) {
        return new Draw(problem, null, null, search);
      }
      targetDay = search.day();
      targetStart = search.start();
    }
    return null;
  }

  /** Replaces a constraint or a busy slot by one the target schedule breaks; false when none is found. */
  private boolean breakingMove(int[] day, int[] start) {
    for (int tries = 0; tries < 60; tries++) {
      boolean useConstraint = !constraints.isEmpty() && (p.busy() == 0 || rng.nextBoolean());
      if (useConstraint) {
        int at = rng.nextInt(constraints.size());
        Constraint c = broken(day, start);
        if (c == null) {
          continue;
        }
        Constraint old = constraints.set(at, c);
        Set<String> keys = new HashSet<>();
        boolean distinct = true;
        for (Constraint k : constraints) {
          distinct &= keys.add(key(k));
        }
        if (distinct && everyMeetingHasTime()) {
          return true;
        }
        constraints.set(at, old);
      } else if (p.busy() > 0) {
        int i = rng.nextInt(duration.length);
        int a = attendees[i][rng.nextInt(attendees[i].length)];
        List<int[]> slots = busy.get(a).get(day[i]);
        int at = rng.nextInt(slots.size());
        int[] old = slots.remove(at);
        int[] slot = freeBusySlot(a, day[i], slots, i, day, start);
        slots.add(at, slot == null ? old : slot);
        if (slot != null && everyMeetingHasTime()) {
          return true;
        }
        if (slot != null) {
          slots.set(at, old);
        }
      }
    }
    return false;
  }

  /** A random constraint that the schedule breaks, or null. */
  private Constraint broken(int[] day, int[] start) {
    int m = duration.length;
    int i = rng.nextInt(m);
    int end = start[i] + duration[i];
    switch (rng.nextInt(7)) {
      case 0 -> {
        int t = grid30Between(start[i] + 1, hi(i) - duration[i]);
        return t < 0 ? null : Constraint.earliest(id(i), t);
      }
      case 1 -> {
        int t = grid30Between(lo(i) + duration[i], end - 1);
        return t < 0 ? null : Constraint.latest(id(i), t);
      }
      case 2 -> {
        if (days.size() < 2) {
          return null;
        }
        int d = (day[i] + 1 + rng.nextInt(days.size() - 1)) % days.size();
        return Constraint.onDay(id(i), days.get(d));
      }
      case 3 -> {
        return days.size() < 2 ? null : Constraint.notOnDay(id(i), days.get(day[i]));
      }
      case 4 -> {
        if (m < 2) {
          return null;
        }
        int j = (i + 1 + rng.nextInt(m - 1)) % m;
        return ends(i, j, day, start) ? Constraint.before(id(j), id(i)) : Constraint.before(id(i), id(j));
      }
      default -> {
        int a = attendees[i][rng.nextInt(attendees[i].length)];
        if (rng.nextBoolean()) {
          int t = grid30Between(start[i] + 1, workEnd[a] - 30);
          return t < 0 ? null : Constraint.personNotBefore(names.get(a), t);
        }
        int t = grid30Between(workStart[a] + 30, end - 1);
        return t < 0 ? null : Constraint.personNotAfter(names.get(a), t);
      }
    }
  }

  /** Whether every meeting, on its own, still has some time (so no constraint is trivially impossible). */
  private boolean everyMeetingHasTime() {
    return !SchedulingSolver.probe(new SchedulingRules(problem(false))).someDomainEmpty();
  }
}
