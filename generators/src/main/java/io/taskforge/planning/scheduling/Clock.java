package io.taskforge.planning.scheduling;

import java.util.List;

/** Times of day as minutes after midnight, and the week's day names. */
public final class Clock {
  /** The days of the week, from Monday; a problem uses the first few. */
  public static final List<String> WEEK =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  private Clock() {}

  /** "9:00", "13:45" (24-hour, no leading zero). */
  public static String format(int minutes) {
    int m = minutes % 60;
    return (minutes / 60) + (m < 10 ? ":0" : ":") + m;
  }

  /** "9:00-10:30". */
  public static String range(int start, int end) {
    return format(start) + "-" + format(end);
  }
}
