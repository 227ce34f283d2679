package io.taskforge.planning.rivercrossing;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RiverCrossingVerifierTest {
  private final RiverCrossingTask task = new RiverCrossingTask();
  private final RiverCrossingVerifier verifier = new RiverCrossingVerifier();

  private static final RiverCrossingProblem WGC = new RiverCrossingProblem("farmer", 0, 0,
      List.of("wolf", "goat", "cabbage"), List.of(List.of("wolf", "goat"), List.of("goat", "cabbage")), 2, false, 7);
  private static final String WGC_PLAN = "cross goat\nreturn\ncross wolf\nreturn goat\ncross cabbage\nreturn\ncross goat";
  private static final RiverCrossingProblem MC = new RiverCrossingProblem("missionaries", 3, 3, List.of(), List.of(),
      2, false, 11);
  private static final String MC_PLAN =
      "cross c c\nreturn c\ncross c c\nreturn c\ncross m m\nreturn m c\ncross m m\nreturn c\ncross c c\nreturn c\ncross c c";

  private Generated<RiverCrossingProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, index)));
  }

  private Verdict verify(RiverCrossingProblem p, String plan) {
    return verifier.verify(p, "<answer>\n" + plan + "\n</answer>");
  }

  @Test
  void goldAnswersScoreOneAtEveryLevelAlsoThroughJson() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 7 ? 10 : 2); i++) {
        Generated<RiverCrossingProblem> g = generate(task.level(level), i);
        Verdict v = verify(g.problem(), g.answer());
        assertThat(v.score()).as("level %s index %s: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(Verifiers.verify(task.id(), Json.MAPPER.valueToTree(g.problem()), g.answer()))
            .isEqualTo(verifier.verify(g.problem(), g.answer()));
      }
    }
  }

  @Test
  void classicPlansAndTheirAlternativesAreAccepted() {
    assertThat(verify(WGC, WGC_PLAN).reason()).isEqualTo("the plan reaches the goal in 7 steps, which is optimal");
    assertThat(verify(WGC, "cross goat\nreturn\ncross cabbage\nreturn goat\ncross wolf\nreturn\ncross goat").correct())
        .isTrue();
    assertThat(verify(MC, MC_PLAN).correct()).isTrue();
    assertThat(verify(MC, MC_PLAN.replaceFirst("cross c c\nreturn c", "cross m c\nreturn m")).correct()).isTrue();
    // a detour: the goat over and straight back
    assertThat(verify(WGC, "cross goat\nreturn goat\n" + WGC_PLAN).correct()).isTrue();
  }

  @Test
  void documentedLineFormsAreAccepted() {
    for (String plan : List.of(
        WGC_PLAN.toUpperCase(Locale.ROOT),
        "1. Cross with the goat.\n2. Return alone.\n3. Cross with the wolf.\n4. Return with the goat.\n"
            + "5. Cross with the cabbage.\n6. Return.\n7. Cross with the goat.",
        "- cross farmer goat\n- return farmer\n- cross farmer and wolf\n- return farmer and goat\n- cross cabbage\n"
            + "- return empty\n- cross the goat",
        "(cross goat)\n(return)\n(cross wolf)\n(return goat)\n(cross cabbage)\n(return nothing)\n(cross goat)")) {
      assertThat(verify(WGC, plan).status()).as(plan).isEqualTo(Status.CORRECT);
    }
    for (String plan : List.of(
        MC_PLAN.toUpperCase(Locale.ROOT),
        MC_PLAN.replace("c c", "2 cannibals").replace("m m", "2 missionaries"),
        MC_PLAN.replace(" c", " cannibal").replace(" m", " missionary"),
        MC_PLAN.replace("m c", "1 missionary and 1 cannibal"),
        "Step 1: cross with c, c\n" + MC_PLAN.substring(MC_PLAN.indexOf('\n') + 1))) {
      assertThat(verify(MC, plan).status()).as(plan).isEqualTo(Status.CORRECT);
    }
  }

  @Test
  void illegalTripsAreNamed() {
    assertThat(verify(WGC, "cross wolf").reason()).isEqualTo(
        "step 1 \"cross wolf\" is illegal: the goat and the cabbage would be left together on the near bank without the farmer");
    assertThat(verify(WGC, "cross goat\ncross wolf").reason()).isEqualTo(
        "step 2 \"cross wolf\" is illegal: the boat is on the far bank, so the next trip must be a return");
    assertThat(verify(WGC, "return").reason()).isEqualTo(
        "step 1 \"return\" is illegal: the boat is on the near bank, so the next trip must cross");
    assertThat(verify(WGC, "cross goat\nreturn wolf").reason()).isEqualTo(
        "step 2 \"return wolf\" is illegal: the wolf is not on the far bank");
    assertThat(verify(WGC, "cross goat wolf").reason()).isEqualTo(
        "step 1 \"cross goat wolf\" is illegal: the boat holds the farmer and at most 1 item, not 2");
    assertThat(verify(MC, "cross m").reason()).isEqualTo(
        "step 1 \"cross m\" is illegal: on the near bank the cannibals would outnumber the missionaries (3 to 2)");
    assertThat(verify(MC, "cross m c\nreturn m\ncross m m").reason()).isEqualTo(
        "step 3 \"cross m m\" is illegal: on the near bank the cannibals would outnumber the missionaries (2 to 1)");
    assertThat(verify(MC, "cross").reason()).isEqualTo(
        "step 1 \"cross\" is illegal: the boat cannot cross empty: someone has to row");
    assertThat(verify(MC, "cross m m c").reason()).isEqualTo(
        "step 1 \"cross m m c\" is illegal: the boat holds at most 2 people, not 3");
    assertThat(verify(MC, "cross c c\nreturn m").reason()).isEqualTo(
        "step 2 \"return m\" is illegal: there are only 0 missionaries on the far bank");
  }

  @Test
  void unreadableLinesAndUnmetGoalsAreNamed() {
    assertThat(verify(WGC, "cross lion").reason())
        .isEqualTo("step 1 \"cross lion\" is not an action: there is no item \"lion\" (expected \"cross\" or \"return\" "
            + "and the items aboard, e.g. \"cross wolf\")");
    assertThat(verify(WGC, "row goat").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verify(WGC, "cross goat goat").reason())
        .isEqualTo("step 1 \"cross goat goat\" is not an action: the goat is named twice");
    assertThat(verify(WGC, "cross alone goat").reason())
        .isEqualTo("step 1 \"cross alone goat\" is not an action: the trip is both alone and with items");
    assertThat(verify(MC, "cross 2").reason())
        .isEqualTo("step 1 \"cross 2\" is not an action: a number without \"m\" or \"c\" after it (expected \"cross\" "
            + "or \"return\" and who is aboard, e.g. \"cross m c\")");
    assertThat(verify(MC, "cross m x").status()).isEqualTo(Status.INVALID_FORMAT);
    Verdict partial = verify(WGC, "cross goat\nreturn");
    assertThat(partial.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(partial.reason()).isEqualTo("the plan is legal but does not reach the goal: the farmer on the far bank, "
        + "the wolf on the far bank, the cabbage on the far bank still unmet");
    assertThat(verify(MC, "cross c c").reason()).isEqualTo("the plan is legal but does not reach the goal: "
        + "3 missionaries on the far bank (0 there), 3 cannibals on the far bank (2 there) still unmet");
  }

  @Test
  void aWrongTripAtStepKIsReportedAtStepK() {
    for (int level : new int[] {1, 2, 4, 5}) {
      for (int i = 0; i < 4; i++) {
        Generated<RiverCrossingProblem> g = generate(task.level(level), i);
        String[] lines = g.answer().split("\n");
        for (int k = 0; k < lines.length; k++) {
          List<String> broken = new ArrayList<>(List.of(lines));
          // the direction word flipped is always out of turn
          broken.set(k, (lines[k].startsWith("cross") ? "return" : "cross") + lines[k].substring(lines[k].indexOf(' ') < 0
              ? lines[k].length() : lines[k].indexOf(' ')));
          Verdict v = verify(g.problem(), String.join("\n", broken));
          assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
          assertThat(v.details().get("first_error_step")).isEqualTo(k + 1);
        }
      }
    }
  }

  @Test
  void optimalityScoresTheRatio() {
    RiverCrossingProblem scored = new RiverCrossingProblem("farmer", 0, 0, WGC.items(), WGC.conflicts(), 2, true, 7);
    assertThat(verify(scored, WGC_PLAN).score()).isEqualTo(1.0);
    Verdict longer = verify(scored, "cross goat\nreturn goat\n" + WGC_PLAN);
    assertThat(longer.status()).isEqualTo(Status.PARTIAL);
    assertThat(longer.score()).isEqualTo(7.0 / 9);
  }

  @Test
  void hostileResponsesScoreZeroAndBrokenProblemsAreBadProblems() {
    Generated<RiverCrossingProblem> g = generate(task.level(5), 0);
    for (String r : List.of("", "yes", "impossible", "cross", "<answer>", "cross " + "goat ".repeat(10_000),
        "<answer>" + g.answer() + "</answer><answer>return</answer>", "\u0000\uD800", "cross 99 m",
        "cross " + String.join(" ", g.problem().items()))) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
    }
    assertThat(verifier.verify(MC, "cross " + "m ".repeat(100)).score()).isZero();
    List<RiverCrossingProblem> broken = List.of(
        new RiverCrossingProblem("ferry", 0, 0, WGC.items(), WGC.conflicts(), 2, false, 7),
        new RiverCrossingProblem(null, 0, 0, WGC.items(), WGC.conflicts(), 2, false, 7),
        new RiverCrossingProblem("farmer", 0, 0, List.of("wolf", "wolf"), List.of(), 2, false, 7),
        new RiverCrossingProblem("farmer", 0, 0, List.of("wolf", "cross"), List.of(), 2, false, 7),
        new RiverCrossingProblem("farmer", 0, 0, WGC.items(), List.of(List.of("wolf", "lion")), 2, false, 7),
        new RiverCrossingProblem("farmer", 0, 0, WGC.items(), List.of(List.of("wolf", "wolf")), 2, false, 7),
        new RiverCrossingProblem("farmer", 0, 0, null, WGC.conflicts(), 2, false, 7),
        new RiverCrossingProblem("missionaries", 2, 3, List.of(), List.of(), 2, false, 7),
        new RiverCrossingProblem("missionaries", 3, 3, List.of(), List.of(), 0, false, 7));
    for (RiverCrossingProblem p : broken) {
      assertThat(verifier.verify(p, "cross goat").status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
    }
  }
}
