package io.taskforge.planning.scheduling;

import io.taskforge.planning.scheduling.SchedulingProblem.Busy;
import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import io.taskforge.planning.scheduling.SchedulingProblem.Meeting;
import io.taskforge.planning.scheduling.SchedulingProblem.Person;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent schedule checker and counter for tests, written from the problem's records and not
 * from {@link SchedulingRules} or {@link SchedulingSolver}: plain chronological backtracking over
 * every start on a grid of {@code step} minutes (from 0:00), each meeting's options filtered by the
 * rules that concern it alone, the others checked against the meetings already placed.
 */
final class ReferenceScheduler {
  private final SchedulingProblem p;
  private final int step;
  private final List<Meeting> meetings;
  private final Map<String, Person> people = new HashMap<>();
  private final List<List<int[]>> options = new ArrayList<>(); // per meeting: {day, start}
  private final int[] order;
  private final int[] day;
  private final int[] start;
  private long count;
  private long cap;

  ReferenceScheduler(SchedulingProblem p, int step) {
    this.p = p;
    this.step = step;
    this.meetings = p.meetings();
    p.people().forEach(x -> people.put(x.name(), x));
    int m = meetings.size();
    day = new int[m];
    start = new int[m];
    Integer[] idx = new Integer[m];
    for (int i = 0; i < m; i++) {
      idx[i] = i;
      List<int[]> opts = new ArrayList<>();
      for (int d = 0; d < p.days().size(); d++) {
        for (int s = 0; s + meetings.get(i).duration() <= 24 * 60; s += step) {
          if (alone(i, d, s)) {
            opts.add(new int[] {d, s});
          }
        }
      }
      options.add(opts);
    }
    Arrays.sort(idx, (a, b) -> Integer.compare(options.get(a).size(), options.get(b).size()));
    order = new int[m];
    for (int i = 0; i < m; i++) {
      order[i] = idx[i];
    }
  }

  /** Valid schedules on the grid, counted up to {@code cap}. */
  long count(long cap) {
    this.cap = cap;
    count = 0;
    search(0);
    return count;
  }

  /** Whether the schedule (days as indices, starts and ends in minutes) keeps every rule. */
  boolean valid(int[] days, int[] starts, int[] ends) {
    for (int i = 0; i < meetings.size(); i++) {
      if (ends[i] - starts[i] != meetings.get(i).duration() || days[i] < 0 || days[i] >= p.days().size()
          || !alone(i, days[i], starts[i])) {
        return false;
      }
    }
    System.arraycopy(days, 0, day, 0, days.length);
    System.arraycopy(starts, 0, start, 0, starts.length);
    for (int k = 0; k < meetings.size(); k++) {
      if (!together(k)) {
        return false;
      }
    }
    return true;
  }

  private void search(int k) {
    if (count >= cap) {
      return;
    }
    if (k == order.length) {
      count++;
      return;
    }
    int i = order[k];
    for (int[] o : options.get(i)) {
      day[i] = o[0];
      start[i] = o[1];
      if (consistent(k)) {
        search(k + 1);
      }
    }
  }

  /** The rules between order[k] and the meetings placed before it. */
  private boolean consistent(int k) {
    int i = order[k];
    for (int q = 0; q < k; q++) {
      if (!pair(i, order[q])) {
        return false;
      }
    }
    return true;
  }

  /** With every meeting placed: the rules between meeting {@code k} and all others. */
  private boolean together(int k) {
    for (int j = 0; j < meetings.size(); j++) {
      if (j != k && !pair(k, j)) {
        return false;
      }
    }
    return true;
  }

  private boolean pair(int i, int j) {
    int ei = start[i] + meetings.get(i).duration();
    int ej = start[j] + meetings.get(j).duration();
    boolean overlap = day[i] == day[j] && start[i] < ej && start[j] < ei;
    if (overlap) {
      for (String a : meetings.get(i).attendees()) {
        if (meetings.get(j).attendees().contains(a)) {
          return false;
        }
      }
    }
    String a = meetings.get(i).id();
    String b = meetings.get(j).id();
    for (Constraint c : p.constraints()) {
      boolean ab = c.meeting().equals(a) && c.other().equals(b);
      boolean ba = c.meeting().equals(b) && c.other().equals(a);
      if (!ab && !ba) {
        continue;
      }
      if (c.kind().equals(Constraint.NO_OVERLAP) && overlap) {
        return false;
      }
      if (c.kind().equals(Constraint.BEFORE)) {
        int first = ab ? i : j;
        int second = ab ? j : i;
        int endFirst = start[first] + meetings.get(first).duration();
        if (!(day[first] < day[second] || (day[first] == day[second] && endFirst <= start[second]))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The rules that concern meeting {@code i} alone, at day {@code d} from {@code s}. */
  private boolean alone(int i, int d, int s) {
    Meeting m = meetings.get(i);
    int e = s + m.duration();
    String dayName = p.days().get(d);
    for (String who : m.attendees()) {
      Person x = people.get(who);
      if (s < x.start() || e > x.end()) {
        return false;
      }
      for (Busy b : x.busy()) {
        if (b.day().equals(dayName) && s < b.end() && b.start() < e) {
          return false;
        }
      }
    }
    for (Constraint c : p.constraints()) {
      boolean mine = c.meeting().equals(m.id());
      boolean attends = m.attendees().contains(c.person());
      boolean ok = switch (c.kind()) {
        case Constraint.EARLIEST -> !mine || s >= c.time();
        case Constraint.LATEST -> !mine || e <= c.time();
        case Constraint.ON_DAY -> !mine || dayName.equals(c.day());
        case Constraint.NOT_ON_DAY -> !mine || !dayName.equals(c.day());
        case Constraint.PERSON_NOT_BEFORE -> !attends || s >= c.time();
        case Constraint.PERSON_NOT_AFTER -> !attends || e <= c.time();
        case Constraint.PERSON_NOT_ON_DAY -> !attends || !dayName.equals(c.day());
        default -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
