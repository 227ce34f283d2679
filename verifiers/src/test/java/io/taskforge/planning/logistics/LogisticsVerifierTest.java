package io.taskforge.planning.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticsVerifierTest {
  private final LogisticsTask task = new LogisticsTask();
  private final LogisticsVerifier verifier = new LogisticsVerifier();

  /** c1 = {apt1, l1-1}, c2 = {apt2, l2-1}; t1 at apt1, t2 at apt2, a1 at apt2; p1 from l1-1 to l2-1. */
  private static LogisticsProblem problem(boolean optimality) {
    return new LogisticsProblem(List.of("c1", "c2"),
        List.of(new LogisticsProblem.Place("apt1", "c1", true), new LogisticsProblem.Place("l1-1", "c1", false),
            new LogisticsProblem.Place("apt2", "c2", true), new LogisticsProblem.Place("l2-1", "c2", false)),
        List.of(new LogisticsProblem.Vehicle("t1", "apt1"), new LogisticsProblem.Vehicle("t2", "apt2")),
        List.of(new LogisticsProblem.Vehicle("a1", "apt2")),
        List.of(new LogisticsProblem.Cargo("p1", "l1-1", "l2-1")), optimality, 11, true);
  }

  private static final String GOLD = String.join("\n",
      "drive-truck t1 apt1 l1-1 c1",
      "load-truck p1 t1 l1-1",
      "drive-truck t1 l1-1 apt1 c1",
      "unload-truck p1 t1 apt1",
      "fly-airplane a1 apt2 apt1",
      "load-airplane p1 a1 apt1",
      "fly-airplane a1 apt1 apt2",
      "unload-airplane p1 a1 apt2",
      "load-truck p1 t2 apt2",
      "drive-truck t2 apt2 l2-1 c2",
      "unload-truck p1 t2 l2-1");

  @Test
  void theGoldPlanScoresOneInEveryDocumentedSpelling() {
    LogisticsProblem p = problem(false);
    assertThat(verifier.verify(p, GOLD).score()).isEqualTo(1.0);
    for (String form : List.of(
        "Here is my plan.\n<answer>\n" + GOLD + "\n</answer>",
        GOLD.toUpperCase(java.util.Locale.ROOT),
        "1. " + GOLD.replace("\n", "\n2. "),
        GOLD.replace("drive-truck", "drive_truck").replace("load-truck", "loadtruck"),
        GOLD.replace("fly-airplane", "fly airplane").replace("unload-airplane", "Unload Airplane"),
        GOLD.replace(" c1", "").replace(" c2", ""),
        "(" + GOLD.replace("\n", ")\n(") + ")",
        "drive-truck(t1, apt1, l1-1, c1)\n" + GOLD.substring(GOLD.indexOf('\n') + 1),
        "drive-truck t1 from apt1 to l1-1 in c1\nload-truck p1 into t1 at l1-1\n" + GOLD.substring(GOLD.indexOf("drive-truck t1 l1-1")),
        "```\n" + GOLD + "\n```",
        "- " + GOLD.replace("\n", ";\n- "))) {
      Verdict v = verifier.verify(p, form);
      assertThat(v.correct()).as(form + " -> " + v.reason()).isTrue();
    }
  }

  @Test
  void alternativeValidPlansAreAcceptedAndScoredByLengthWithOptimality() {
    String detour = "fly-airplane a1 apt2 apt1\nfly-airplane a1 apt1 apt2\n" + GOLD;
    assertThat(verifier.verify(problem(false), detour).correct()).isTrue();
    Verdict scored = verifier.verify(problem(true), detour);
    assertThat(scored.status()).isEqualTo(Status.PARTIAL);
    assertThat(scored.score()).isEqualTo(11.0 / 13.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(scored.details()).containsEntry("plan_length", 13).containsEntry("optimal_cost", 11);
    // an optimal plan scores 1 with optimality too, and so does one that reorders independent steps
    assertThat(verifier.verify(problem(true), GOLD).score()).isEqualTo(1.0);
    String reordered = GOLD.replace("drive-truck t1 apt1 l1-1 c1\n", "")
        .replace("fly-airplane a1 apt2 apt1\n", "fly-airplane a1 apt2 apt1\ndrive-truck t1 apt1 l1-1 c1\n");
    assertThat(reordered).isNotEqualTo(GOLD);
    assertThat(verifier.verify(problem(true), reordered).status()).isEqualTo(Status.ILLEGAL_STEP);
    String interleaved = "fly-airplane a1 apt2 apt1\n" + GOLD.replace("fly-airplane a1 apt2 apt1\n", "");
    assertThat(verifier.verify(problem(true), interleaved).score()).isEqualTo(1.0);
    // a plan with an optimality problem whose reference is only the best known: shorter plans score 1
    LogisticsProblem p = problem(true);
    LogisticsProblem bestKnown = new LogisticsProblem(p.cities(), p.places(), p.trucks(), p.airplanes(), p.packages(),
        true, 12, false);
    Verdict v = verifier.verify(bestKnown, GOLD);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.details()).containsEntry("best_known_cost", 12);
  }

  @Test
  void aWrongStepIsRejectedAtItsPosition() {
    LogisticsProblem p = problem(false);
    String[] lines = GOLD.split("\n");
    for (int k = 0; k < lines.length; k++) {
      List<String> plan = new ArrayList<>(List.of(lines));
      plan.set(k, "fly-airplane a1 l1-1 apt2");
      Verdict v = verifier.verify(p, String.join("\n", plan));
      assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
      assertThat(v.details()).containsEntry("first_error_step", k + 1);
      assertThat(v.reason()).startsWith("step " + (k + 1) + " ");
    }
    Verdict v = verifier.verify(p, GOLD.replace("load-truck p1 t1 l1-1", "load-truck p1 t1 apt1"));
    assertThat(v.reason()).isEqualTo("step 2 \"load-truck p1 t1 apt1\" is illegal: truck t1 is at l1-1, not at apt1");
    v = verifier.verify(p, GOLD.replace("drive-truck t2 apt2 l2-1 c2", "drive-truck t2 apt2 l2-1 c1"));
    assertThat(v.reason()).contains("step 10", "apt2 is not in city c1");
    v = verifier.verify(p, GOLD.replace("fly-airplane a1 apt1 apt2", "fly-airplane a1 apt1 l2-1"));
    assertThat(v.reason()).contains("step 7", "l2-1 is not an airport");
    v = verifier.verify(p, GOLD.replace("drive-truck t2 apt2 l2-1 c2", "drive-truck t2 apt2 l1-1"));
    assertThat(v.reason()).contains("trucks drive only within a city");
  }

  @Test
  void unreadableLinesAreFormatErrorsNamingTheLine() {
    LogisticsProblem p = problem(false);
    Verdict v = verifier.verify(p, GOLD.replace("load-truck p1 t1 l1-1", "load-truck p9 t1 l1-1"));
    assertThat(v.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.details()).containsEntry("first_error_step", 2);
    assertThat(v.reason()).contains("there is no object \"p9\"");
    v = verifier.verify(p, GOLD.replace("load-truck p1 t1 l1-1", "load-truck p1 a1 l1-1"));
    assertThat(v.reason()).contains("a1 is an airplane, not a truck");
    v = verifier.verify(p, GOLD.replace("load-truck p1 t1 l1-1", "load-truck p1 t1"));
    assertThat(v.reason()).contains("load-truck takes 3 arguments but the line gives 2");
    v = verifier.verify(p, GOLD.replace("load-truck p1 t1 l1-1", "load-truck p1 t1 l1-1 c1"));
    assertThat(v.reason()).contains("gives more");
    v = verifier.verify(p, GOLD.replace("load-truck", "put"));
    assertThat(v.reason()).contains("expected load-truck");
    assertThat(verifier.verify(p, GOLD.replace("fly-airplane", "fly-plane")).status()).isEqualTo(Status.INVALID_FORMAT);
  }

  @Test
  void incompletePlansAndOtherAnswersScoreZero() {
    LogisticsProblem p = problem(false);
    Verdict v = verifier.verify(p, GOLD.substring(0, GOLD.lastIndexOf('\n')));
    assertThat(v.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(v.reason()).contains("package p1 is in truck t2, not at l2-1");
    for (String r : List.of("", "impossible", "yes", "0", "A", "<answer></answer>", "<answer>" + GOLD,
        "<answer>" + GOLD + "</answer>\n<answer>load-truck p1 t1 l1-1</answer>", "x".repeat(10_000_000),
        "\u0000\uD800" + GOLD, "drive-truck\n".repeat(20_000))) {
      Verdict h = verifier.verify(p, r);
      if (r.equals("<answer>" + GOLD)) {
        assertThat(h.correct()).isTrue(); // an unclosed tag: the rest is the answer
        continue;
      }
      assertThat(h.score()).as(r.length() > 60 ? r.substring(0, 60) : r).isZero();
      assertThat(h.reason()).isNotBlank();
    }
  }

  @Test
  void aBrokenProblemIsReportedAsSuch() {
    LogisticsProblem p = problem(false);
    LogisticsProblem broken = new LogisticsProblem(p.cities(), p.places(), p.trucks(),
        List.of(new LogisticsProblem.Vehicle("a1", "l1-1")), p.packages(), false, 11, true);
    assertThat(verifier.verify(broken, GOLD).status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new LogisticsProblem(null, null, null, null, null, false, 0, false), GOLD).status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void generatedGoldScoresOneAfterAJsonRoundTripAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 3; i++) {
        Generated<LogisticsProblem> g = task.generate(params, new Rng(100L * level + i));
        LogisticsProblem back = Json.MAPPER.convertValue(Json.MAPPER.valueToTree(g.problem()), LogisticsProblem.class);
        assertThat(verifier.verify(back, g.answer()).correct()).isTrue();
      }
    }
    Params optimal = task.resolve(4, Map.of("optimality", "true"));
    Generated<LogisticsProblem> g = task.generate(optimal, new Rng(7));
    assertThat(g.problem().optimality()).isTrue();
    Verdict v = verifier.verify(g.problem(), g.answer());
    assertThat(v.correct()).isTrue();
    assertThat(v.reason()).endsWith("which is optimal");
  }
}
