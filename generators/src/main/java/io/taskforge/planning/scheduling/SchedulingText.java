package io.taskforge.planning.scheduling;

import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import java.util.List;

/** The English sentences of a scheduling problem, for prompts and verdicts. */
public final class SchedulingText {
  private SchedulingText() {}

  /** One constraint as a sentence without its final period. */
  public static String constraint(Constraint k) {
    return switch (k.kind()) {
      case Constraint.EARLIEST -> "Meeting " + k.meeting() + " must not start before " + Clock.format(k.time());
      case Constraint.LATEST -> "Meeting " + k.meeting() + " must end by " + Clock.format(k.time());
      case Constraint.ON_DAY -> "Meeting " + k.meeting() + " must take place on " + k.day();
      case Constraint.NOT_ON_DAY -> "Meeting " + k.meeting() + " cannot take place on " + k.day();
      case Constraint.BEFORE -> "Meeting " + k.meeting() + " must end before Meeting " + k.other() + " starts";
      case Constraint.NO_OVERLAP -> "Meetings " + k.meeting() + " and " + k.other()
          + " need the same room, so they must not overlap";
      case Constraint.PERSON_NOT_BEFORE -> k.person() + " does not want any meeting to start before "
          + Clock.format(k.time());
      case Constraint.PERSON_NOT_AFTER -> k.person() + " does not want any meeting to end after "
          + Clock.format(k.time());
      case Constraint.PERSON_NOT_ON_DAY -> k.person() + " does not want to meet on " + k.day();
      default -> k.kind();
    };
  }

  /** "A, B and C". */
  static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
