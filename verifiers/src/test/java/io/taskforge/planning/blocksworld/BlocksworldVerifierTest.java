package io.taskforge.planning.blocksworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlocksworldVerifierTest {
  private final BlocksworldTask task = new BlocksworldTask();
  private final BlocksworldVerifier verifier = new BlocksworldVerifier();

  /** C on A, B alone; the goal is the single tower C (bottom), B, A (top). */
  private static final BlocksworldProblem SMALL = BlocksworldProblem.standard(
      List.of("A", "B", "C"), List.of(List.of("A", "C"), List.of("B")), List.of(List.of("C", "B", "A")), 6);
  private static final String EXPECTED = "expected pick-up X, put-down X, stack X Y or unstack X Y";
  private static final String SMALL_PLAN =
      "unstack C A\nput-down C\npick-up B\nstack B C\npick-up A\nstack A B";

  private Generated<BlocksworldProblem> generate(int level, long index) {
    Params params = task.level(level);
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, index)));
  }

  private Verdict verify(BlocksworldProblem problem, String response) {
    return verifier.verify(problem, response);
  }

  private static String tagged(String plan) {
    return "<answer>\n" + plan + "\n</answer>";
  }

  @Test
  void goldAnswersScoreOneAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      for (int i = 0; i < 30; i++) {
        Generated<BlocksworldProblem> g = generate(level, i);
        Verdict v = verify(g.problem(), tagged(g.answer()));
        assertThat(v.score()).as("level %s index %s: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(v.status()).isEqualTo(Status.CORRECT);
        // Also through the registry, with the problem read back from JSON.
        Verdict viaJson = Verifiers.verify(task.id(), Json.MAPPER.valueToTree(g.problem()), tagged(g.answer()));
        assertThat(viaJson).isEqualTo(v);
      }
    }
  }

  @Test
  void theSmallExampleIsCorrect() {
    Verdict v = verify(SMALL, tagged(SMALL_PLAN));
    assertThat(v.status()).isEqualTo(Status.CORRECT);
    assertThat(v.reason()).isEqualTo("the plan reaches the goal in 6 steps, which is optimal");
    assertThat(v.details()).containsEntry("plan_length", 6).containsEntry("optimal_cost", 6);
  }

  @Test
  void documentedFormattingVariationsAreAccepted() {
    List<String> variants = List.of(
        SMALL_PLAN.toLowerCase(Locale.ROOT),
        SMALL_PLAN.replace("\n", "\r\n"),
        "1. unstack C A\n2. put-down C\n3. pick-up B\n4. stack B C\n5. pick-up A\n6. stack A B",
        "1) unstack C A\n2) put-down C\n\n3) pick-up B\n4) stack B C\n5) pick-up A\n6) stack A B\n",
        "Step 1: unstack C A\nStep 2: put-down C\nstep 3: pick-up B\nSTEP 4. stack B C\n"
            + "Step 5 - pick-up A\nStep 6: stack A B",
        "**Step 1:** unstack C A\n**Step 2:** put-down C\n**Step 3:** pick-up B\n**Step 4:** stack B C\n"
            + "**Step 5:** pick-up A\n**Step 6:** stack A B",
        "(unstack c a)\n(put-down c)\n(pick-up b)\n(stack b c)\n(pick-up a)\n(stack a b)",
        "- unstack C A\n- put-down C\n* pick-up B\n* stack B C\n- pick-up A\n- stack A B",
        "```\nunstack C A\nput-down C\npick-up B\nstack B C\npick-up A\nstack A B\n```",
        "```text\n  unstack C A.\n  put-down C;\n  pick up B\n  stack B on C\n  pickup A\n  stack A onto B.\n```",
        "unstack(C, A)\nput_down(C)\npick_up(B)\nstack(B, C)\npick-up(A)\nstack(A,B)",
        "Unstack C from A\nPut down C\nPick up B\nStack B onto C\nPick-Up A\nStack A on B",
        "`unstack C A`\n`put-down C`\n`pick-up B`\n`stack B C`\n`pick-up A`\n`stack A B`");
    for (String plan : variants) {
      Verdict v = verify(SMALL, "Let me think.\nHere is my plan:\n" + tagged(plan) + "\nThat's it.");
      assertThat(v.status()).as(plan + " -> " + v.reason()).isEqualTo(Status.CORRECT);
    }
    // A final "Answer:" line and the lines after it.
    assertThat(verify(SMALL, "I reasoned a lot.\nAnswer:\n" + SMALL_PLAN).correct()).isTrue();
    // Tags in any case.
    assertThat(verify(SMALL, "<ANSWER>" + SMALL_PLAN + "</Answer>").correct()).isTrue();
  }

  @Test
  void anyValidPlanIsAcceptedWhateverItsLength() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      for (int i = 0; i < 10; i++) {
        Generated<BlocksworldProblem> g = generate(level, i);
        String plan = tableThenBuild(g.problem());
        assertThat(plan.split("\n").length).isGreaterThanOrEqualTo(g.answer().split("\n").length);
        assertThat(verify(g.problem(), tagged(plan)).correct()).as(plan).isTrue();
      }
    }
    // Detours (put back what was just lifted) are legal too.
    String detour = "pick-up B\nput-down B\nunstack C A\nstack C A\n" + SMALL_PLAN;
    assertThat(verify(SMALL, tagged(detour)).correct()).isTrue();
  }

  /** A different, deliberately naive plan: clear every tower onto the table, then build the goal. */
  private static String tableThenBuild(BlocksworldProblem p) {
    List<String> plan = new ArrayList<>();
    for (List<String> tower : p.initial()) {
      for (int k = tower.size() - 1; k >= 1; k--) {
        plan.add("unstack " + tower.get(k) + " " + tower.get(k - 1));
        plan.add("put-down " + tower.get(k));
      }
    }
    for (List<String> tower : p.goal()) {
      for (int k = 1; k < tower.size(); k++) {
        plan.add("pick-up " + tower.get(k));
        plan.add("stack " + tower.get(k) + " " + tower.get(k - 1));
      }
    }
    return String.join("\n", plan);
  }

  @Test
  void illegalStepsNameTheStepAndThePrecondition() {
    assertIllegal("pick-up A", "step 1 \"pick-up A\" is illegal: A is not clear (C is on it)");
    assertIllegal("pick-up C", "step 1 \"pick-up C\" is illegal: C is not on the table (it is on A)");
    assertIllegal("unstack C B", "step 1 \"unstack C B\" is illegal: C is not on B (it is on A)");
    assertIllegal("stack A B", "step 1 \"stack A B\" is illegal: the hand does not hold A (it is empty)");
    assertIllegal("put-down B", "step 1 \"put-down B\" is illegal: the hand does not hold B (it is empty)");
    assertIllegal("unstack C A\npick-up B", "step 2 \"pick-up B\" is illegal: the hand is not empty (it holds C)");
    assertIllegal("unstack C A\nput-down A", "step 2 \"put-down A\" is illegal: the hand does not hold A (it holds C)");
    assertIllegal("unstack C A\nstack C C", "step 2 \"stack C C\" is illegal: a block cannot be stacked on itself");
    assertIllegal("unstack C A\nput-down C\npick-up A\nstack A C\npick-up B\nstack B C",
        "step 6 \"stack B C\" is illegal: C is not clear (A is on it)");
    assertIllegal("1. unstack C A\n2. put-down C\n3. pick-up B\n4. stack B C\n5. stack A B",
        "step 5 \"stack A B\" is illegal: the hand does not hold A (it is empty)");
  }

  private void assertIllegal(String plan, String reason) {
    Verdict v = verify(SMALL, tagged(plan));
    assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(v.details().get("first_error_step")).isEqualTo(Integer.parseInt(reason.split(" ")[1]));
    assertThat(v.score()).isZero();
    assertThat(v.reason()).isEqualTo(reason);
  }

  @Test
  void unmetGoalsAreNamed() {
    Verdict v = verify(SMALL, tagged("unstack C A\nput-down C"));
    assertThat(v.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).isEqualTo("the plan is legal but does not reach the goal: A on B, B on C still unmet");
    Verdict holding = verify(SMALL, tagged("unstack C A\nput-down C\npick-up B\nstack B C\npick-up A"));
    assertThat(holding.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(holding.reason()).isEqualTo("the plan is legal but does not reach the goal: A on B, hand empty still unmet");
    // Every truncated gold plan misses the goal.
    Generated<BlocksworldProblem> g = generate(6, 1);
    String[] lines = g.answer().split("\n");
    for (int cut = 1; cut < lines.length; cut++) {
      String prefix = String.join("\n", List.of(lines).subList(0, cut));
      Verdict t = verify(g.problem(), tagged(prefix));
      assertThat(t.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    }
  }

  @Test
  void unreadableLinesAreInvalidFormatAndNamed() {
    assertInvalid("jump A", "step 1 \"jump A\" is not an action: " + EXPECTED);
    assertInvalid("unstack C A\npick-up Z", "step 2 \"pick-up Z\" is not an action: there is no block \"z\"");
    assertInvalid("unstack C A\n\nstack C",
        "step 2 \"stack C\" is not an action: stack takes 2 blocks but the line gives 1 "
            + "(expected pick-up X, put-down X, stack X Y or unstack X Y)");
    assertInvalid("pick-up A B", "step 1 \"pick-up A B\" is not an action: pick-up takes 1 block but the line gives 2 "
        + "(expected pick-up X, put-down X, stack X Y or unstack X Y)");
    // The whole plan is read before it is simulated: an illegal first step does not hide a bad line.
    assertInvalid("pick-up A\nput-down A\nmove A to B", null);
    assertInvalid("Plan:\n" + SMALL_PLAN, "step 1 \"Plan:\" is not an action: " + EXPECTED);
    assertInvalid("```\n```", "the answer has no plan steps");
  }

  private void assertInvalid(String plan, String reason) {
    Verdict v = verify(SMALL, tagged(plan));
    assertThat(v.status()).as(v.reason()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.score()).isZero();
    if (reason != null) {
      assertThat(v.reason()).isEqualTo(reason);
    }
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<BlocksworldProblem> g = generate(5, 0);
    BlocksworldProblem p = g.problem();
    StringBuilder junk = new StringBuilder();
    Rng rng = new Rng(1);
    while (junk.length() < 10_000_000) {
      junk.append((char) rng.nextInt(0x10000));
    }
    StringBuilder manyLines = new StringBuilder();
    for (int i = 0; i < 10_001; i++) {
      manyLines.append("pick-up A\n");
    }
    String wrongPlan = "pick-up A\nput-down A";
    List<String> hostile = List.of(
        "", " ", "yes", "0", "none", "<answer></answer>", "<answer>", "</answer>", "<answer><answer>x</answer>",
        junk.toString(),
        "<answer>" + junk.substring(0, 100_000),
        tagged(g.answer()) + "\nWait, I made a mistake.\n" + tagged(wrongPlan),
        (String) g.view().get("initial_text") + "\n" + g.view().get("goal_text"),
        tagged("\u0000\u0001pick-up A\u0007"),
        tagged("pick-up \uD800"),
        tagged("stack A B C D E F G H"),
        tagged(manyLines.toString()),
        tagged("1.\n2.\n3."),
        tagged("(((((((((((((((((((("));
    for (String response : hostile) {
      Verdict v = verify(p, response);
      assertThat(v).isNotNull();
      assertThat(v.score()).as(v.reason()).isZero();
      assertThat(v.status()).isNotIn(Status.CORRECT, Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).doesNotContain("\n");
    }
    assertThat(verify(p, null).status()).isEqualTo(Status.INVALID_FORMAT);
    // A response cut off before </answer> still holds a complete plan.
    assertThat(verify(p, "<answer>\n" + g.answer()).correct()).isTrue();
    assertThat(verify(p, tagged(manyLines.toString())).reason()).contains("more than 10000 actions");
  }

  @Test
  void brokenProblemsAreBadProblems() {
    List<BlocksworldProblem> broken = new ArrayList<>();
    broken.add(null);
    broken.add(BlocksworldProblem.standard(null, SMALL.initial(), SMALL.goal(), 6));
    broken.add(BlocksworldProblem.standard(List.of(), List.of(), List.of(), 6));
    broken.add(BlocksworldProblem.standard(List.of("A", "B", "C"), null, SMALL.goal(), 6));
    broken.add(BlocksworldProblem.standard(List.of("A", "A", "C"), SMALL.initial(), SMALL.goal(), 6));
    broken.add(BlocksworldProblem.standard(List.of("A", "B", "C"), List.of(List.of("A", "C")), SMALL.goal(), 6));
    broken.add(BlocksworldProblem.standard(List.of("A", "B", "C"), SMALL.initial(), List.of(List.of("C", "B", "A", "A")), 6));
    broken.add(BlocksworldProblem.standard(List.of("A", "B", "C"), SMALL.initial(), List.of(List.of("C", "B"), List.of()), 6));
    broken.add(BlocksworldProblem.standard(List.of("A", "B", "C D"), SMALL.initial(), SMALL.goal(), 6));
    broken.add(new BlocksworldProblem(SMALL.blocks(), SMALL.initial(), SMALL.goal(), 5, false, null, null, false, 6, true));
    broken.add(new BlocksworldProblem(SMALL.blocks(), SMALL.initial(), SMALL.goal(), 4, true,
        List.of("ember", "ember", "orbit", "ripple"), null, false, 6, true));
    broken.add(new BlocksworldProblem(SMALL.blocks(), SMALL.initial(), SMALL.goal(), 3, true,
        List.of("ember", "quiver", "orbit", "ripple"), null, false, 6, true));
    broken.add(new BlocksworldProblem(SMALL.blocks(), SMALL.initial(), SMALL.goal(), 4, true,
        List.of("ember", "a", "orbit", "ripple"), null, false, 6, true));
    for (BlocksworldProblem p : broken) {
      Verdict v = verifier.verify(p, tagged(SMALL_PLAN));
      assertThat(v.status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
      assertThat(v.score()).isZero();
    }
    assertThat(Verifiers.verify(task.id(), Json.MAPPER.createObjectNode().put("blocks", 3), SMALL_PLAN).status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void anEmptyPlanIsNeverAnAnswer() {
    assertThat(verify(SMALL, tagged("```\n```")).status()).isEqualTo(Status.INVALID_FORMAT);
  }
}
