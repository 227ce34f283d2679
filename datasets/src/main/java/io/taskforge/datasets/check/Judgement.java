package io.taskforge.datasets.check;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.Objects;

/**
 * What a verifier under test said about one response: its verdict, or why it gave none (it threw,
 * ran past the time bound, crashed, or broke the external protocol).
 *
 * @param verdict the verdict; {@code null} exactly when {@code failure} is set
 * @param failure why there is no verdict, one sentence; {@code null} when there is a verdict
 * @param nanos how long the verdict took
 */
public record Judgement(Verdict verdict, String failure, long nanos) {
  public Judgement {
    if ((verdict == null) == (failure == null)) {
      throw new IllegalArgumentException("a judgement has a verdict or a failure, not both or neither");
    }
  }

  public static Judgement of(Verdict verdict, long nanos) {
    return new Judgement(Objects.requireNonNull(verdict, "verdict"), null, nanos);
  }

  public static Judgement failed(String failure, long nanos) {
    return new Judgement(null, Objects.requireNonNull(failure, "failure"), nanos);
  }

  public boolean ok() {
    return verdict != null;
  }

  /** Scored 1. */
  public boolean correct() {
    return verdict != null && verdict.correct();
  }

  /** Scored exactly 0. */
  public boolean zero() {
    return verdict != null && verdict.score() == 0.0;
  }

  /** A verdict that says the verifier itself is broken or could not read the instance. */
  public boolean broken() {
    return verdict == null
        || verdict.status() == Status.INTERNAL_ERROR
        || verdict.status() == Status.BAD_PROBLEM;
  }

  /** One line for a report. */
  public String describe() {
    if (verdict == null) {
      return failure;
    }
    String score = verdict.score() == 0.0 || verdict.score() == 1.0
        ? String.valueOf((int) verdict.score()) : String.format(java.util.Locale.ROOT, "%.4f", verdict.score());
    return "score " + score + ", " + verdict.status() + ": " + verdict.reason();
  }
}
