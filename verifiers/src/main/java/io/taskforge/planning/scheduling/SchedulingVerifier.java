package io.taskforge.planning.scheduling;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanText;
import java.util.Arrays;
import java.util.List;

/**
 * Scores schedules against the problem's rules ({@link SchedulingRules}): every meeting exactly
 * once, on one of the days, for its duration, inside its attendees' hours and outside their busy
 * slots, nobody double-booked, every constraint kept. {@code impossible} is correct exactly when the
 * problem has no valid schedule. The gold schedule plays no part: any valid schedule scores 1.
 */
public final class SchedulingVerifier implements Verifier<SchedulingProblem> {
  private static final int MAX_LINES = 1000;

  @Override
  public String taskId() {
    return SchedulingTask.ID;
  }

  @Override
  public Class<SchedulingProblem> problemType() {
    return SchedulingProblem.class;
  }

  @Override
  public Verdict verify(SchedulingProblem problem, String response) {
    SchedulingRules rules;
    try {
      rules = new SchedulingRules(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    if (PlanCheck.isImpossible(answer)) {
      return problem.satisfiable()
          ? Verdict.wrong("the answer says impossible, but the meetings can be scheduled")
          : Verdict.correct("no valid schedule exists, as the answer says");
    }
    int m = rules.meetingCount();
    int[] day = new int[m];
    int[] start = new int[m];
    int[] end = new int[m];
    int[] lineOf = new int[m];
    int[] weekdayOf = new int[m];
    Arrays.fill(lineOf, 0);
    int lineNumber = 0;
    int read = 0;
    int from = 0;
    int length = answer.length();
    while (from <= length) {
      int to = answer.indexOf('\n', from);
      if (to < 0) {
        to = length;
      }
      lineNumber++;
      int a = from;
      while (a < to && Character.isWhitespace(answer.charAt(a))) {
        a++;
      }
      if (a < to && !answer.startsWith("```", a)) {
        if (++read > MAX_LINES) {
          return Verdict.invalidFormat("the answer has more than " + MAX_LINES + " lines");
        }
        ScheduleReader.Entry e = ScheduleReader.read(answer, a, to);
        String text = answer.substring(a, Math.min(to, a + 80)).strip();
        if (e.error() != null) {
          return Verdict.invalidFormat("line " + lineNumber + " " + PlanText.quote(text) + " is not a meeting line: "
              + e.error()).withDetail("first_error_line", lineNumber);
        }
        int i = rules.meeting(e.meeting());
        if (i < 0) {
          return Verdict.invalidFormat("line " + lineNumber + " " + PlanText.quote(text) + " names no meeting of "
              + "this problem").withDetail("first_error_line", lineNumber);
        }
        if (lineOf[i] != 0) {
          return Verdict.invalidFormat("Meeting " + rules.meetingId(i) + " is scheduled twice (lines " + lineOf[i]
              + " and " + lineNumber + ")").withDetail("first_error_line", lineNumber);
        }
        lineOf[i] = lineNumber;
        weekdayOf[i] = e.weekday();
        start[i] = e.start();
        end[i] = e.end();
      }
      from = to + 1;
    }
    int missing = 0;
    int firstMissing = -1;
    for (int i = 0; i < m; i++) {
      if (lineOf[i] == 0) {
        missing++;
        firstMissing = firstMissing < 0 ? i : firstMissing;
      }
    }
    if (missing == m) {
      return Verdict.invalidFormat("the answer schedules no meeting");
    }
    if (missing > 0) {
      return Verdict.wrong("the schedule leaves out Meeting " + rules.meetingId(firstMissing)
          + (missing > 1 ? " and " + (missing - 1) + " more" : "")).withDetail("missing", missing);
    }
    List<String> days = rules.dayNames();
    for (int i = 0; i < m; i++) {
      String weekday = io.taskforge.planning.scheduling.Clock.WEEK.get(weekdayOf[i]);
      day[i] = rules.day(weekday);
      if (day[i] < 0) {
        return Verdict.of(Status.CONSTRAINT_VIOLATED, "Meeting " + rules.meetingId(i) + " is on " + weekday
            + ", but meetings can only be on " + String.join(", ", days));
      }
      if (end[i] <= start[i]) {
        return Verdict.of(Status.CONSTRAINT_VIOLATED, "Meeting " + rules.meetingId(i) + " ends ("
            + Clock.format(end[i]) + ") no later than it starts (" + Clock.format(start[i]) + ")");
      }
    }
    int[] count = new int[1];
    String violation = rules.firstViolation(day, start, end, count);
    if (violation != null) {
      return Verdict.of(Status.CONSTRAINT_VIOLATED, violation).withDetail("violations", count[0]);
    }
    return Verdict.correct("the schedule keeps every rule").withDetail("violations", 0);
  }
}
