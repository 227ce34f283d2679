package io.taskforge.verify.trace;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;

/**
 * The one scoring rule of trace mode, shared by every arithmetic trace task.
 *
 * <p>Full credit needs every step right and the right result derived by them. Otherwise the score
 * is the share of steps right before the first wrong one, {@code min(k, r) / (max(n, r) + 1)},
 * where {@code k} is the number of steps right before the first wrong one, {@code n} the number of
 * steps written, {@code r} the number in the reference trace, and the {@code + 1} stands for the
 * result: a trace that stops early, or that only copies the result, earns no more than its share
 * of the reference's work; padding with extra steps raises nothing; and a flawless trace with a
 * missing or wrong result earns less than 1. Status: {@code CORRECT}; {@code PARTIAL} when {@code k > 0};
 * else {@code ILLEGAL_STEP} when step 1 is wrong, {@code WRONG} when the steps are right but the
 * result is not, {@code INVALID_FORMAT} when there are no steps. Details: {@code steps_written},
 * {@code steps_correct} and, when there is one, {@code first_error_step}.
 */
public final class TraceScore {
  private TraceScore() {}

  /**
   * The verdict.
   *
   * @param written steps in the answer
   * @param reference steps in the reference trace
   * @param firstError the number (from 1) of the first wrong step, or 0 when every step is right
   * @param stepError why that step is wrong, a clause such as {@code "7 × 8 is 56, not 54"}; ignored
   *     when {@code firstError} is 0
   * @param resultError why the result earns no credit (missing, wrong, or not what the steps
   *     derive), or null when it is right
   */
  public static Verdict verdict(int written, int reference, int firstError, String stepError, String resultError) {
    int correct = firstError > 0 ? firstError - 1 : written;
    Verdict v;
    if (firstError == 0 && resultError == null && written > 0) {
      v = Verdict.correct("all " + written + " steps check out and the result is right");
    } else {
      String reason;
      Status zero;
      if (written == 0) {
        reason = "the answer has no trace steps" + (resultError == null ? "" : ", and " + resultError);
        zero = Status.INVALID_FORMAT;
      } else if (firstError > 0) {
        reason = "step " + firstError + " is wrong: " + stepError;
        zero = Status.ILLEGAL_STEP;
      } else {
        reason = "every step checks out, but " + resultError;
        zero = Status.WRONG;
      }
      double score = (double) Math.min(correct, Math.max(reference, 1)) / (Math.max(written, reference) + 1);
      v = Verdict.partial(score, zero, reason);
    }
    v = v.withDetail("steps_written", written).withDetail("steps_correct", correct);
    return firstError > 0 ? v.withDetail("first_error_step", firstError) : v;
  }
}
