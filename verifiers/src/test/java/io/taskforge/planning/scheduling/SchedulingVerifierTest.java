package io.taskforge.planning.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.planning.scheduling.SchedulingProblem.Busy;
import io.taskforge.planning.scheduling.SchedulingProblem.Constraint;
import io.taskforge.planning.scheduling.SchedulingProblem.Meeting;
import io.taskforge.planning.scheduling.SchedulingProblem.Person;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingVerifierTest {
  private final SchedulingVerifier verifier = new SchedulingVerifier();
  private final SchedulingTask task = new SchedulingTask();

  /**
   * Monday to Wednesday; A (60 minutes, Alice and Bernard), B (30 minutes, Bernard and Carmen);
   * Alice busy Tuesday 9:30-10:30; Carmen works 10:00-17:00; B must end before A starts; Carmen
   * does not want to meet on Wednesday.
   */
  private static SchedulingProblem problem(boolean satisfiable) {
    return new SchedulingProblem(List.of("Monday", "Tuesday", "Wednesday"),
        List.of(new Person("Alice", 540, 1020, List.of(new Busy("Tuesday", 570, 630))),
            new Person("Bernard", 540, 1020, List.of()),
            new Person("Carmen", 600, 1020, List.of())),
        List.of(new Meeting("A", 60, List.of("Alice", "Bernard")), new Meeting("B", 30, List.of("Bernard", "Carmen"))),
        List.of(Constraint.before("B", "A"), Constraint.personNotOnDay("Carmen", "Wednesday")), satisfiable);
  }

  private static final String GOLD = "Meeting A: Monday 10:30-11:30\nMeeting B: Monday 10:00-10:30";

  @Test
  void anyValidScheduleScoresOneInEveryDocumentedSpelling() {
    SchedulingProblem p = problem(true);
    for (String form : List.of(GOLD,
        "Meeting B: Monday 10:00-10:30\nMeeting A: Monday 10:30-11:30",
        "Meeting A: Tuesday 13:00-14:00\nMeeting B: Monday 16:00-16:30",
        "<answer>\n" + GOLD + "\n</answer>",
        GOLD.toUpperCase(Locale.ROOT),
        "A: Mon, 10:30 to 11:30\nb Mon 10:00 until 10:30.",
        "- **Meeting A**: Monday 10:30\u201311:30\n- **Meeting B**: Monday 10:00\u201410:30",
        "1. Meeting A: Monday 10:30 am - 11:30 am\n2. Meeting B: Monday 10:00 AM - 10:30AM;",
        "Meeting A on Monday from 10:30 to 11:30\n\nMeeting B on monday at 10:00-10:30",
        "```\nMeeting A: Monday 10:30-11:30\nMeeting B: Monday 10:00-10:30\n```",
        "Meeting A: Monday 10:31-11:31\nMeeting B: Monday 10:01-10:31",
        "Meeting A: Tuesday 12:30 pm-1:30 pm\nMeeting B: Tuesday 12:00 pm - 12:30 pm",
        "Meeting A: Monday 10:30-11:30\r\nMeeting B: Monday 10:00-10:30\r\n")) {
      Verdict v = verifier.verify(p, form);
      assertThat(v.correct()).as(form + " -> " + v.reason()).isTrue();
    }
  }

  @Test
  void brokenRulesAreNamed() {
    SchedulingProblem p = problem(true);
    Map<String, String> cases = Map.of(
        "Meeting A: Monday 10:00-11:00\nMeeting B: Monday 10:00-10:30",
        "Bernard would be in Meeting A and Meeting B at once (Monday 10:00-11:00 and 10:00-10:30)",
        "Meeting A: Monday 10:30-11:15\nMeeting B: Monday 10:00-10:30",
        "Meeting A lasts 45 minutes, but it must last 60",
        "Meeting A: Tuesday 9:00-10:00\nMeeting B: Monday 10:00-10:30",
        "Meeting A (Tuesday 9:00-10:00) overlaps Alice's busy slot Tuesday 9:30-10:30",
        "Meeting A: Monday 13:00-14:00\nMeeting B: Monday 15:00-15:30",
        "Meeting B (Monday 15:00-15:30) does not end before Meeting A (Monday 13:00-14:00) starts"
            + " (constraint: Meeting B must end before Meeting A starts)",
        "Meeting A: Wednesday 13:00-14:00\nMeeting B: Wednesday 10:00-10:30",
        "Carmen has Meeting B Wednesday 10:00-10:30 (constraint: Carmen does not want to meet on Wednesday)",
        "Meeting A: Monday 16:30-17:30\nMeeting B: Monday 10:00-10:30",
        "Meeting A (Monday 16:30-17:30) is outside Alice's working hours (9:00-17:00)",
        "Meeting A: Thursday 10:30-11:30\nMeeting B: Monday 10:00-10:30",
        "Meeting A is on Thursday, but meetings can only be on Monday, Tuesday, Wednesday",
        "Meeting A: Monday 11:30-10:30\nMeeting B: Monday 10:00-10:30",
        "Meeting A ends (10:30) no later than it starts (11:30)");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      Verdict v = verifier.verify(p, c.getKey());
      assertThat(v.status()).as(c.getKey()).isEqualTo(Status.CONSTRAINT_VIOLATED);
      assertThat(v.reason()).isEqualTo(c.getValue());
      assertThat(v.score()).isZero();
    }
    assertThat(verifier.verify(p, "Meeting A: Monday 10:00-11:00\nMeeting B: Monday 10:00-10:30").details())
        .containsEntry("violations", 2);
  }

  @Test
  void unreadableIncompleteAndRepeatedSchedulesAreNamed() {
    SchedulingProblem p = problem(true);
    Verdict v = verifier.verify(p, "Meeting A: Monday 10:30-11:30");
    assertThat(v.status()).isEqualTo(Status.WRONG);
    assertThat(v.reason()).isEqualTo("the schedule leaves out Meeting B");
    v = verifier.verify(p, GOLD + "\nMeeting A: Monday 10:30-11:30");
    assertThat(v.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.reason()).isEqualTo("Meeting A is scheduled twice (lines 1 and 3)");
    v = verifier.verify(p, GOLD + "\nMeeting C: Monday 12:00-13:00");
    assertThat(v.reason()).isEqualTo("line 3 \"Meeting C: Monday 12:00-13:00\" names no meeting of this problem");
    for (String bad : List.of("Schedule:\n" + GOLD, "Meeting A: Monday 10:30\nMeeting B: Monday 10:00-10:30",
        "Meeting A: Monday 10.30-11.30\nMeeting B: Monday 10:00-10:30",
        "Meeting A: Someday 10:30-11:30\nMeeting B: Monday 10:00-10:30",
        "Meeting A: Monday 25:30-26:30\nMeeting B: Monday 10:00-10:30",
        "Meeting A: Monday 13:30 pm-14:30 pm\nMeeting B: Monday 10:00-10:30",
        "Meeting A: Monday 10:30-11:30 or later\nMeeting B: Monday 10:00-10:30",
        "Meeting A: Monday 10:5-11:30\nMeeting B: Monday 10:00-10:30")) {
      Verdict b = verifier.verify(p, bad);
      assertThat(b.status()).as(bad).isEqualTo(Status.INVALID_FORMAT);
      assertThat(b.details()).containsKey("first_error_line");
    }
  }

  @Test
  void impossibleIsRightExactlyWhenNoScheduleExists() {
    assertThat(verifier.verify(problem(true), "impossible").status()).isEqualTo(Status.WRONG);
    assertThat(verifier.verify(problem(false), "Impossible.").correct()).isTrue();
    assertThat(verifier.verify(problem(false), "**IMPOSSIBLE**").correct()).isTrue();
    assertThat(verifier.verify(problem(false), "It is impossible.").correct()).isFalse();
  }

  @Test
  void hostileResponsesScoreZero() {
    SchedulingProblem p = problem(true);
    for (String r : List.of("", " ", "yes", "0", "A", "none", "<answer></answer>", "Answer:", "x".repeat(10_000_000),
        "<answer>" + GOLD + "</answer>\n<answer>Meeting A: Monday 9:00-10:00</answer>",
        "\u0000\uD800\uDFFF", "Meeting A: Monday 10:30-11:30\n".repeat(100_000), "1. 2. 3.", "Meeting",
        "Meeting A:", "Meeting A: Monday", "Meeting A: Monday 10:30-")) {
      Verdict v = verifier.verify(p, r);
      assertThat(v.score()).as(r.length() > 50 ? r.substring(0, 50) : r).isZero();
      assertThat(v.reason()).isNotBlank();
    }
    assertThat(verifier.verify(new SchedulingProblem(null, null, null, null, true), GOLD).status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void generatedGoldScoresOneAfterAJsonRoundTripAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 5; i++) {
        Generated<SchedulingProblem> g = task.generate(params, new Rng(100L * level + i));
        SchedulingProblem back = Json.MAPPER.convertValue(Json.MAPPER.valueToTree(g.problem()), SchedulingProblem.class);
        Verdict v = verifier.verify(back, g.answer());
        assertThat(v.correct()).as(v.reason()).isTrue();
      }
    }
  }
}
