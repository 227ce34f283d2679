package io.taskforge.verify;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A verifier's judgement of one response.
 *
 * @param score in [0, 1]
 * @param correct true exactly when the answer is fully right (score 1)
 * @param status why
 * @param reason one sentence for a person, pointing at the first error
 */
@JsonPropertyOrder({"score", "correct", "status", "reason"})
public record Verdict(double score, boolean correct, Status status, String reason) {

  public Verdict {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    if (correct != (status == Status.CORRECT)) {
      throw new IllegalArgumentException("correct must be true exactly for status CORRECT");
    }
  }

  public static Verdict correct(String reason) {
    return new Verdict(1.0, true, Status.CORRECT, reason);
  }

  public static Verdict wrong(String reason) {
    return new Verdict(0.0, false, Status.WRONG, reason);
  }

  public static Verdict invalidFormat(String reason) {
    return new Verdict(0.0, false, Status.INVALID_FORMAT, reason);
  }

  public static Verdict of(Status status, String reason) {
    return new Verdict(status == Status.CORRECT ? 1.0 : 0.0, status == Status.CORRECT, status, reason);
  }

  /** Partial credit in [0, 1); 0 becomes {@code zeroStatus}. */
  public static Verdict partial(double score, Status zeroStatus, String reason) {
    if (score <= 0.0) {
      return of(zeroStatus, reason);
    }
    return new Verdict(Math.min(score, 0.999999), false, Status.PARTIAL, reason);
  }
}
