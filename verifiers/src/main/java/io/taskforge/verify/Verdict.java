package io.taskforge.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A verifier's judgement of one response.
 *
 * @param score in [0, 1]
 * @param correct true exactly when the answer is fully right (score 1)
 * @param status why
 * @param reason one sentence for a person, pointing at the first error
 * @param details machine-readable facts behind the verdict, in a stable order (e.g. {@code
 *     first_error_step}, {@code steps_checked}, {@code plan_length}, {@code optimal_length}); empty
 *     for most verdicts and then left out of JSON
 */
@JsonPropertyOrder({"score", "correct", "status", "reason", "details"})
public record Verdict(
    double score,
    boolean correct,
    Status status,
    String reason,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> details) {

  public Verdict {
    details = details == null ? ImmutableMap.of() : ImmutableMap.copyOf(details);
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
    if (correct != (status == Status.CORRECT)) {
      throw new IllegalArgumentException("correct must be true exactly for status CORRECT");
    }
  }

  public Verdict(double score, boolean correct, Status status, String reason) {
    this(score, correct, status, reason, ImmutableMap.of());
  }

  /** This verdict with one more detail (a later value for the same key replaces the earlier one). */
  public Verdict withDetail(String key, Object value) {
    Map<String, Object> more = new java.util.LinkedHashMap<>(details);
    more.put(key, value);
    return new Verdict(score, correct, status, reason, more);
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
