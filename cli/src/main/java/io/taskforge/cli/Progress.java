package io.taskforge.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/** Progress on stderr, only when a person is watching a terminal; silent in pipes and CI. */
final class Progress implements LongConsumer {
  private final long total;
  private final boolean enabled;
  private final PrintStream err = System.err;
  private long lastPrint;

  Progress(long total) {
    this.total = total;
    this.enabled = System.console() != null && System.getenv("CI") == null;
  }

  @Override
  public void accept(long done) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastPrint < 200_000_000L) {
      return;
    }
    lastPrint = now;
    err.printf(Locale.ROOT, "\r%,d / %,d (%d%%)", done, total, total == 0 ? 100 : done * 100 / total);
    if (done >= total) {
      err.print("\r\033[K");
    }
    err.flush();
  }
}
