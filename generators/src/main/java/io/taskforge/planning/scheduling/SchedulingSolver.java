package io.taskforge.planning.scheduling;

import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import java.util.Arrays;

/**
 * Exhaustive search for valid schedules: forward checking with the smallest domain first, over
 * meeting starts on the 15-minute grid.
 *
 * <p>The grid loses nothing when every time and duration of the problem is a multiple of 15 minutes
 * (as generated): for a fixed choice of days and of which side of each busy slot or other meeting a
 * meeting lies on, the rules are difference constraints between starts with constants that are
 * multiples of 15, and such a system, when it has a solution, has one in multiples of 15 (its
 * shortest-path solution). So "no schedule on the grid" proves "no schedule at all".
 */
final class SchedulingSolver {
  static final int GRID = 15;
  /** Valid schedules are counted up to this many. */
  static final int COUNT_CAP = 1000;

  private final SchedulingRules r;
  private final int m;
  /** Per meeting: candidate (day * 1440 + start) codes, and the depth that removed each (-1: alive). */
  private final int[][] values;
  private final int[][] removedAt;
  private final int[] alive;
  /** relation[i][j]: bit 1 = must not overlap, bit 2 = i before j, bit 4 = j before i. */
  private final int[][] relation;
  private final int[] assigned;
  private final long nodeLimit;
  private int solutions;
  private int[] first;
  private long nodes;
  private boolean stopped;

  /**
   * The outcome.
   *
   * @param complete whether the search finished (else the node limit stopped it)
   * @param solutions valid schedules found, up to {@link #COUNT_CAP}
   * @param day the first schedule's days (null when none)
   * @param start the first schedule's starts (null when none)
   * @param nodes search nodes visited
   */
  record Result(boolean complete, int solutions, int[] day, int[] start, long nodes) {}

  private SchedulingSolver(SchedulingRules r, long nodeLimit) {
    this.r = r;
    this.m = r.meetingCount();
    this.nodeLimit = nodeLimit;
    this.values = new int[m][];
    this.removedAt = new int[m][];
    this.alive = new int[m];
    this.relation = new int[m][m];
    this.assigned = new int[m];
    Arrays.fill(assigned, -1);
    for (int i = 0; i < m; i++) {
      values[i] = domain(i);
      removedAt[i] = new int[values[i].length];
      Arrays.fill(removedAt[i], -1);
      alive[i] = values[i].length;
      for (int j = 0; j < m; j++) {
        if (i != j && r.shared(i, j) >= 0) {
          relation[i][j] |= 1;
        }
      }
    }
    for (int c = 0; c < r.constraints.length; c++) {
      int i = r.refs[c][0];
      int j = r.refs[c][1];
      switch (r.constraints[c].kind()) {
        case Constraint.NO_OVERLAP -> {
          relation[i][j] |= 1;
          relation[j][i] |= 1;
        }
        case Constraint.BEFORE -> {
          relation[i][j] |= 2;
          relation[j][i] |= 4;
        }
        default -> { }
      }
    }
  }

  /** A solver for looking at single meetings' domains, without searching. */
  static SchedulingSolver probe(SchedulingRules rules) {
    return new SchedulingSolver(rules, 0);
  }

  /** Whether some meeting has no time at all on its own (hours, busy slots, its own constraints). */
  boolean someDomainEmpty() {
    for (int i = 0; i < m; i++) {
      if (values[i].length == 0) {
        return true;
      }
    }
    return false;
  }

  /** Counts valid schedules up to {@link #COUNT_CAP}, visiting at most {@code nodeLimit} nodes. */
  static Result solve(SchedulingRules rules, long nodeLimit) {
    SchedulingSolver s = new SchedulingSolver(rules, nodeLimit);
    for (int i = 0; i < s.m; i++) {
      if (s.alive[i] == 0) {
        return new Result(true, 0, null, null, 0);
      }
    }
    s.search(0);
    int[] day = null;
    int[] start = null;
    if (s.first != null) {
      day = new int[s.m];
      start = new int[s.m];
      for (int i = 0; i < s.m; i++) {
        day[i] = s.first[i] / SchedulingRules.DAY;
        start[i] = s.first[i] % SchedulingRules.DAY;
      }
    }
    boolean complete = !s.stopped || s.solutions >= COUNT_CAP;
    return new Result(complete, s.solutions, day, start, s.nodes);
  }

  /** The starts a meeting may take on its own: attendees' hours and busy slots, its unary constraints. */
  private int[] domain(int i) {
    int lo = 0;
    int hi = SchedulingRules.DAY;
    for (int a : r.attendees[i]) {
      lo = Math.max(lo, r.workStart[a]);
      hi = Math.min(hi, r.workEnd[a]);
    }
    int d = r.duration[i];
    int[] out = new int[r.days.length * (SchedulingRules.DAY / GRID + 1)];
    int n = 0;
    for (int day = 0; day < r.days.length; day++) {
      for (int s = (lo + GRID - 1) / GRID * GRID; s + d <= hi; s += GRID) {
        if (allowed(i, day, s, s + d)) {
          out[n++] = day * SchedulingRules.DAY + s;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  private boolean allowed(int i, int day, int start, int end) {
    for (int a : r.attendees[i]) {
      int[] b = r.busy[a];
      for (int k = 0; k < b.length; k += 3) {
        if (b[k] == day && start < b[k + 2] && b[k + 1] < end) {
          return false;
        }
      }
    }
    for (int c = 0; c < r.constraints.length; c++) {
      Constraint k = r.constraints[c];
      int[] ref = r.refs[c];
      boolean ok = switch (k.kind()) {
        case Constraint.EARLIEST -> ref[0] != i || start >= k.time();
        case Constraint.LATEST -> ref[0] != i || end <= k.time();
        case Constraint.ON_DAY -> ref[0] != i || day == ref[3];
        case Constraint.NOT_ON_DAY -> ref[0] != i || day != ref[3];
        case Constraint.PERSON_NOT_BEFORE -> !r.attends(ref[2], i) || start >= k.time();
        case Constraint.PERSON_NOT_AFTER -> !r.attends(ref[2], i) || end <= k.time();
        case Constraint.PERSON_NOT_ON_DAY -> !r.attends(ref[2], i) || day != ref[3];
        default -> true;
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private void search(int depth) {
    if (stopped) {
      return;
    }
    if (depth == m) {
      solutions++;
      if (first == null) {
        first = assigned.clone();
      }
      if (solutions >= COUNT_CAP) {
        stopped = true;
      }
      return;
    }
    int best = -1;
    for (int i = 0; i < m; i++) {
      if (assigned[i] < 0 && (best < 0 || alive[i] < alive[best])) {
        best = i;
      }
    }
    int i = best;
    for (int v = 0; v < values[i].length && !stopped; v++) {
      if (removedAt[i][v] >= 0) {
        continue;
      }
      if (++nodes > nodeLimit) {
        stopped = true;
        return;
      }
      int code = values[i][v];
      assigned[i] = code;
      if (propagate(i, code, depth)) {
        search(depth + 1);
      }
      undo(depth);
      assigned[i] = -1;
    }
  }

  /** Removes the values of unassigned meetings that conflict with {@code i} at {@code code}; false on a wipe-out. */
  private boolean propagate(int i, int code, int depth) {
    int day = code / SchedulingRules.DAY;
    int start = code % SchedulingRules.DAY;
    int end = start + r.duration[i];
    for (int j = 0; j < m; j++) {
      int rel = relation[i][j];
      if (rel == 0 || assigned[j] >= 0) {
        continue;
      }
      int dj = r.duration[j];
      int[] vs = values[j];
      int[] gone = removedAt[j];
      for (int v = 0; v < vs.length; v++) {
        if (gone[v] >= 0) {
          continue;
        }
        int dayJ = vs[v] / SchedulingRules.DAY;
        int startJ = vs[v] % SchedulingRules.DAY;
        int endJ = startJ + dj;
        boolean conflict = ((rel & 1) != 0 && dayJ == day && start < endJ && startJ < end)
            || ((rel & 2) != 0 && !(day < dayJ || (day == dayJ && end <= startJ)))
            || ((rel & 4) != 0 && !(dayJ < day || (day == dayJ && endJ <= start)));
        if (conflict) {
          gone[v] = depth;
          alive[j]--;
        }
      }
      if (alive[j] == 0) {
        return false;
      }
    }
    return true;
  }

  private void undo(int depth) {
    for (int j = 0; j < m; j++) {
      int[] gone = removedAt[j];
      for (int v = 0; v < gone.length; v++) {
        if (gone[v] == depth) {
          gone[v] = -1;
          alive[j]++;
        }
      }
    }
  }
}
