package io.taskforge.verify.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import org.junit.jupiter.api.Test;

class TraceTextTest {
  @Test
  void stepsLoseTheirNumberingAndBulletsButNotTheirNumbers() {
    TraceText.Parsed p = TraceText.parse("""
        Step 1: 47 + 85 = 132
        2. 132 * 3 = 396

        - 396 - 6 = 390
        4) -5 + 3 = -2
        * 3.5 + 1 = 4.5
        ```
        12 / 4 = 3
        **Result:** 3
        ignored after the result
        """, TraceText.MAX_STEPS);
    assertThat(p.ok()).isTrue();
    assertThat(p.steps()).extracting(TraceLine::text).containsExactly(
        "47 + 85 = 132", "132 * 3 = 396", "396 - 6 = 390", "-5 + 3 = -2", "3.5 + 1 = 4.5", "12 / 4 = 3");
    assertThat(p.steps()).extracting(TraceLine::step).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(p.steps().get(2).lineNumber()).isEqualTo(4);
    assertThat(p.result()).isEqualTo("3");
    assertThat(p.resultLine()).isEqualTo(9);
  }

  @Test
  void theLastResultLineCountsAndItsAbsenceIsReported() {
    TraceText.Parsed twice = TraceText.parse("1 + 1 = 2\nResult: 2\n2 + 2 = 4\nresult: 4", 10);
    assertThat(twice.result()).isEqualTo("4");
    assertThat(twice.steps()).extracting(TraceLine::text).containsExactly("1 + 1 = 2", "Result: 2", "2 + 2 = 4");
    TraceText.Parsed none = TraceText.parse("1 + 1 = 2", 10);
    assertThat(none.result()).isNull();
    assertThat(none.resultLine()).isEqualTo(-1);
    assertThat(TraceText.parse("", 10).steps()).isEmpty();
    assertThat(TraceText.parse("Result: 7", 10).steps()).isEmpty();
  }

  @Test
  void tooManyStepsIsAnError() {
    TraceText.Parsed p = TraceText.parse("1 = 1\n".repeat(11), 10);
    assertThat(p.ok()).isFalse();
    assertThat(p.error()).contains("more than 10 steps");
  }

  @Test
  void finalModeReadsTheResultLineOrTheWholeAnswer() {
    assertThat(TraceText.finalText("  42 ")).isEqualTo("42");
    assertThat(TraceText.finalText("6 * 7 = 42\nResult: 42")).isEqualTo("42");
  }

  @Test
  void hugeAndHostileAnswersAreLinear() {
    String junk = "\n".repeat(1_000_000) + "x";
    assertThat(TraceText.parse(junk, TraceText.MAX_STEPS).steps()).hasSize(1);
    assertThat(TraceText.parse("Step\nStep 99999999999\n3.\n", 10).steps()).extracting(TraceLine::text)
        .containsExactly("Step", "Step 99999999999");
  }

  @Test
  void scoringFollowsTheSharedRule() {
    Verdict full = TraceScore.verdict(5, 5, 0, null, null);
    assertThat(full.correct()).isTrue();
    assertThat(full.details()).containsEntry("steps_correct", 5).doesNotContainKey("first_error_step");

    Verdict third = TraceScore.verdict(5, 5, 3, "7 × 8 is 56, not 54", null);
    assertThat(third.status()).isEqualTo(Status.PARTIAL);
    assertThat(third.score()).isEqualTo(2.0 / 6);
    assertThat(third.reason()).isEqualTo("step 3 is wrong: 7 × 8 is 56, not 54");
    assertThat(third.details()).containsEntry("first_error_step", 3).containsEntry("steps_correct", 2);

    Verdict first = TraceScore.verdict(5, 5, 1, "the carry is 1, not 0", null);
    assertThat(first.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(first.score()).isZero();

    Verdict noResult = TraceScore.verdict(5, 5, 0, null, "the answer has no Result: line");
    assertThat(noResult.score()).isEqualTo(5.0 / 6);
    assertThat(noResult.reason()).isEqualTo("every step checks out, but the answer has no Result: line");

    // Copying the first step of the reference and stopping earns only its share.
    assertThat(TraceScore.verdict(1, 9, 0, null, "the result is missing").score()).isEqualTo(0.1);
    // Padding with correct but useless steps does not raise the share of a wrong trace.
    assertThat(TraceScore.verdict(20, 5, 0, null, "the result is 3, not 4").score()).isEqualTo(5.0 / 21);

    Verdict empty = TraceScore.verdict(0, 5, 0, null, "the answer has no Result: line");
    assertThat(empty.status()).isEqualTo(Status.INVALID_FORMAT);
  }
}
