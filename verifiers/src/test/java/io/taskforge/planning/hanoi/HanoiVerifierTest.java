package io.taskforge.planning.hanoi;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

class HanoiVerifierTest {
  private final HanoiTask task = new HanoiTask();
  private final HanoiVerifier verifier = new HanoiVerifier();

  /** Disks 2 and 1 on A; goal: both on C. */
  private static final HanoiProblem SMALL = new HanoiProblem(2, List.of("A", "B", "C"),
      List.of(List.of(2, 1), List.of(), List.of()), List.of(List.of(), List.of(), List.of(2, 1)), false, 3);
  private static final String SMALL_PLAN = "move 1 A B\nmove 2 A C\nmove 1 B C";

  private Generated<HanoiProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, index)));
  }

  private Verdict verify(HanoiProblem p, String plan) {
    return verifier.verify(p, "<answer>\n" + plan + "\n</answer>");
  }

  @Test
  void goldAnswersScoreOneAtEveryLevelAlsoThroughJson() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 20; i++) {
        Generated<HanoiProblem> g = generate(task.level(level), i);
        Verdict v = verify(g.problem(), g.answer());
        assertThat(v.score()).as("level %s index %s: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(v.reason()).endsWith("which is optimal");
        assertThat(verifier.verify(Json.MAPPER.convertValue(Json.MAPPER.valueToTree(g.problem()), HanoiProblem.class),
            g.answer())).isEqualTo(v);
      }
    }
  }

  @Test
  void documentedLineFormsAreAccepted() {
    List<String> forms = List.of(
        SMALL_PLAN,
        "Move disk 1 from A to B.\nMove disk 2 from A to C.\nMove disk 1 from B to C.",
        "move disk 1 from peg A to peg C".replace("C", "B") + "\nmove disk 2 from peg a to peg c\nMOVE DISK 1 FROM PEG B TO PEG C",
        "A B\nA C\nB C",
        "1. A -> B\n2. A -> C\n3. B -> C",
        "A->B\nA\u2192C\nB \u2192 C",
        "move A B\nmove from A onto C\nmove B to C",
        "Step 1: move 1 A B\nStep 2: move 2 A C\nStep 3: move 1 B C",
        "(move 1 a b)\n(move 2 a c)\n(move 1 b c)",
        "- move(1, A, B)\n- move(2, A, C)\n- move(1, B, C)",
        "```\n1 A B\n2 A C\n3 B C\n```");
    for (String plan : forms) {
      Verdict v = verifier.verify(SMALL, "Here is my plan.\n<answer>\n" + plan + "\n</answer>");
      assertThat(v.status()).as(plan + " -> " + v.reason()).isEqualTo(Status.CORRECT);
    }
    assertThat(verifier.verify(SMALL, "Answer: " + SMALL_PLAN).correct()).isTrue();
  }

  @Test
  void anyValidPlanIsAcceptedAndOptimalityScoresTheRatio() {
    for (int level = 3; level <= 7; level++) {
      for (int i = 0; i < 8; i++) {
        Generated<HanoiProblem> g = generate(task.level(level), i);
        HanoiProblem p = g.problem();
        // Another optimal plan: breadth-first search with the moves tried in the reverse order.
        String other = String.join("\n", ReferenceSearch.plan(p, true));
        assertThat(verify(p, other).score()).isEqualTo(1.0);
        // A detour: the first move made, undone, made again.
        String[] lines = g.answer().split("\n");
        String[] w = lines[0].split(" ");
        String undo = "move " + w[1] + " " + w[3] + " " + w[2];
        String detour = lines[0] + "\n" + undo + "\n" + g.answer();
        assertThat(verify(p, detour).score()).isEqualTo(1.0);
        HanoiProblem scored = new HanoiProblem(p.disks(), p.pegs(), p.initial(), p.goal(), true, p.optimalLength());
        assertThat(verify(scored, g.answer()).score()).isEqualTo(1.0);
        Verdict longer = verify(scored, detour);
        assertThat(longer.status()).isEqualTo(Status.PARTIAL);
        assertThat(longer.score()).isEqualTo((double) lines.length / (lines.length + 2));
      }
    }
  }

  @Test
  void aWrongMoveAtStepKIsReportedAtStepK() {
    for (int level : new int[] {4, 6, 8}) {
      for (int i = 0; i < 5; i++) {
        Generated<HanoiProblem> g = generate(task.level(level), i);
        String[] lines = g.answer().split("\n");
        for (int k : new int[] {0, 1, lines.length / 2, lines.length - 1}) {
          List<String> broken = new ArrayList<>(List.of(lines));
          String[] w = lines[k].split(" ");
          // the same disk moved back where it came from is never legal as the next step after itself...
          // so instead: a move of the largest disk, which is covered unless it is alone on its peg.
          broken.set(k, "move " + w[1] + " " + w[2] + " " + w[2]);
          Verdict v = verify(g.problem(), String.join("\n", broken));
          assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
          assertThat(v.details().get("first_error_step")).isEqualTo(k + 1);
          assertThat(v.reason()).startsWith("step " + (k + 1) + " ");
        }
      }
    }
  }

  @Test
  void illegalMovesAreNamed() {
    assertIllegal("move 1 B C", "step 1 \"move 1 B C\" is illegal: peg B is empty");
    assertIllegal("move 2 A C", "step 1 \"move 2 A C\" is illegal: disk 2 is not on top of peg A (disk 1 is)");
    assertIllegal("move 1 A B\nmove 1 A C",
        "step 2 \"move 1 A C\" is illegal: disk 1 is not on top of peg A (disk 2 is; disk 1 is on peg B)");
    assertIllegal("move 1 A B\nmove 2 A B",
        "step 2 \"move 2 A B\" is illegal: disk 2 cannot go on peg B, whose top disk 1 is smaller");
    assertIllegal("A A", "step 1 \"A A\" is illegal: a disk must move to another peg, not from A to A");
    assertIllegal("A B\nC B", "step 2 \"C B\" is illegal: peg C is empty");
  }

  private void assertIllegal(String plan, String reason) {
    Verdict v = verify(SMALL, plan);
    assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).isEqualTo(reason);
  }

  @Test
  void unreadableLinesAndUnmetGoalsAreNamed() {
    String expected = "(expected \"move D X Y\" (disk D from peg X to peg Y))";
    assertInvalid("move 3 A B", "step 1 \"move 3 A B\" is not an action: there is no disk \"3\"");
    assertInvalid("move 1 A D", "step 1 \"move 1 A D\" is not an action: there is no peg \"d\" " + expected);
    assertInvalid("jump", "step 1 \"jump\" is not an action: there is no peg \"jump\" " + expected);
    assertInvalid("move 1 A", "step 1 \"move 1 A\" is not an action: it names no target peg " + expected);
    assertInvalid("move 1 A B please", "step 1 \"move 1 A B please\" is not an action: it has extra words after the "
        + "target peg " + expected);
    assertInvalid("move disk A B", "step 1 \"move disk A B\" is not an action: \"disk\" is not followed by a disk "
        + "number " + expected);
    assertInvalid("Plan:\n" + SMALL_PLAN, null);
    Verdict v = verify(SMALL, "move 1 A B");
    assertThat(v.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(v.reason()).isEqualTo("the plan is legal but does not reach the goal: disk 2 on C, disk 1 on C still unmet");
  }

  private void assertInvalid(String plan, String reason) {
    Verdict v = verify(SMALL, plan);
    assertThat(v.status()).as(v.reason()).isEqualTo(Status.INVALID_FORMAT);
    if (reason != null) {
      assertThat(v.reason()).isEqualTo(reason);
    }
  }

  @Test
  void hostileResponsesScoreZeroAndBrokenProblemsAreBadProblems() {
    Generated<HanoiProblem> g = generate(task.level(5), 0);
    StringBuilder junk = new StringBuilder();
    Rng rng = new Rng(1);
    while (junk.length() < 2_000_000) {
      junk.append((char) rng.nextInt(0x10000));
    }
    for (String r : List.of("", "yes", "0", "impossible", "A", "<answer>", "<answer></answer>", junk.toString(),
        "<answer>" + g.answer() + "</answer>\n<answer>move 1 A A</answer>", "move " + "9".repeat(30) + " A B",
        "A B C D E F G", "->->->", "\u2192", "move disk", "<answer>\u0000\uD800</answer>")) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).as(r.length() > 60 ? r.substring(0, 60) : r).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
    }
    List<HanoiProblem> broken = List.of(
        new HanoiProblem(2, null, SMALL.initial(), SMALL.goal(), false, 3),
        new HanoiProblem(3, SMALL.pegs(), SMALL.initial(), SMALL.goal(), false, 3),
        new HanoiProblem(2, List.of("A", "B"), List.of(List.of(2, 1), List.of()), List.of(List.of(), List.of(2, 1)), false, 3),
        new HanoiProblem(2, List.of("A", "B", "C"), List.of(List.of(1, 2), List.of(), List.of()), SMALL.goal(), false, 3),
        new HanoiProblem(2, List.of("A", "B", "A"), SMALL.initial(), SMALL.goal(), false, 3),
        new HanoiProblem(2, List.of("A", "B", "move"), SMALL.initial(), SMALL.goal(), false, 3),
        new HanoiProblem(2, List.of("A", "B", "3"), SMALL.initial(), SMALL.goal(), false, 3));
    for (HanoiProblem p : broken) {
      assertThat(verifier.verify(p, SMALL_PLAN).status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
    }
    assertThat(Verifiers.verify(task.id(), Json.MAPPER.createObjectNode().put("disks", 3), SMALL_PLAN).status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void moreThanThreePegsWork() {
    Params params = task.resolve(5, Map.of("pegs", "4", "disks", "6"));
    for (int i = 0; i < 10; i++) {
      Generated<HanoiProblem> g = generate(params, i);
      assertThat(verify(g.problem(), g.answer()).correct()).isTrue();
      assertThat(verify(g.problem(), String.join("\n", ReferenceSearch.plan(g.problem(), true))).correct()).isTrue();
    }
  }
}
