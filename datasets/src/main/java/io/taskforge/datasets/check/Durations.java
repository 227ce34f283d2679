package io.taskforge.datasets.check;

import java.time.Duration;
import java.util.Locale;

/** Durations as a person reads them: {@code 250 ms}, {@code 5 s}, {@code 1.5 s}. */
final class Durations {
  private Durations() {}

  static String show(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
