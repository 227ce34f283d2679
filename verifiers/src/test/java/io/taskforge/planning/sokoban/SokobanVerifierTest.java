package io.taskforge.planning.sokoban;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SokobanVerifierTest {
  private final SokobanTask task = new SokobanTask();
  private final SokobanVerifier verifier = new SokobanVerifier();
  private final SokobanOracle oracle = new SokobanOracle();

  /**
   * <pre>
   * #######
   * #@_$_.#
   * #_____#
   * #######
   * </pre>
   * Two pushes right: R R R (walk one, push twice).
   */
  private static final List<String> ROWS = List.of("#######", "#@_$_.#", "#_____#", "#######");
  private static final SokobanProblem SMALL = new SokobanProblem(ROWS, false, 3, true);

  private Generated<SokobanProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, index)));
  }

  private static String tagged(String plan) {
    return "<answer>\n" + plan + "\n</answer>";
  }

  @Test
  void goldAnswersScoreOneAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      for (int i = 0; i < (level <= 6 ? 10 : 2); i++) {
        Generated<SokobanProblem> g = generate(task.level(level), i);
        Verdict v = verifier.verify(g.problem(), tagged(g.answer()));
        assertThat(v.score()).as("level %s index %s: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
        Verdict viaJson = Verifiers.verify(task.id(), Json.MAPPER.valueToTree(g.problem()), tagged(g.answer()));
        assertThat(viaJson).isEqualTo(v);
      }
    }
  }

  @Test
  void pushesFollowTheRules() {
    assertThat(verifier.verify(SMALL, "R\nR\nR").correct()).isTrue();
    // Around and back: a longer plan is fine.
    assertThat(verifier.verify(SMALL, "D\nU\nR\nR\nR").correct()).isTrue();
    Verdict wall = verifier.verify(SMALL, "U");
    assertThat(wall.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(wall.reason()).isEqualTo("step 1 \"U\" is illegal: moving up from row 2, column 2 runs into a wall");
    Verdict tooFar = verifier.verify(SMALL, "R\nR\nR\nR");
    assertThat(tooFar.reason()).isEqualTo(
        "step 4 \"R\" is illegal: moving right from row 2, column 5 would push the box at row 2, column 6 into a wall");
    assertThat(tooFar.details()).containsEntry("first_error_step", 4);
    SokobanProblem two = new SokobanProblem(List.of("########", "#@$$_..#", "########"), false, 1, true);
    Verdict boxes = verifier.verify(two, "R");
    assertThat(boxes.reason()).isEqualTo(
        "step 1 \"R\" is illegal: moving right from row 2, column 2 would push the box at row 2, column 3 into the box "
            + "at row 2, column 4");
    Verdict unmet = verifier.verify(SMALL, "R\nR");
    assertThat(unmet.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(unmet.reason()).isEqualTo(
        "the plan is legal but does not reach the goal: a box on the goal at row 2, column 6 still unmet");
    // Pulling is impossible: stepping away leaves the box.
    assertThat(verifier.verify(SMALL, "R\nR\nL").status()).isEqualTo(Status.GOAL_NOT_REACHED);
  }

  @Test
  void documentedFormattingVariationsAreAccepted() {
    for (String plan : List.of("R\nR\nR", "r\nr\nr", "right\nRight\nRIGHT", "1. R\n2. R\n3. R",
        "Step 1: move right\nStep 2: push right\nStep 3: push right.", "- R\n* R\n- R;", "```\nR\n\nR\nR\n```",
        "R\r\nR\r\nR\r\n", "(R)\n`R`\nR.")) {
      Verdict v = verifier.verify(SMALL, "Plan:\n" + tagged(plan));
      assertThat(v.status()).as(plan + " -> " + v.reason()).isEqualTo(Status.CORRECT);
    }
    assertThat(verifier.verify(SMALL, "RRR").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verifier.verify(SMALL, "R R R").status()).isEqualTo(Status.INVALID_FORMAT);
    Verdict bad = verifier.verify(SMALL, "R\nnorth");
    assertThat(bad.reason()).isEqualTo(
        "step 2 \"north\" is not an action: expected one of U, D, L, R (or up, down, left, right)");
  }

  @Test
  void optimalityScoresByLength() {
    SokobanProblem strict = new SokobanProblem(ROWS, true, 3, true);
    Verdict longer = verifier.verify(strict, "D\nU\nR\nR\nR");
    assertThat(longer.status()).isEqualTo(Status.PARTIAL);
    assertThat(longer.score()).isEqualTo(0.6);
    assertThat(verifier.verify(strict, "R\nR\nR").correct()).isTrue();
    SokobanProblem bestKnown = new SokobanProblem(ROWS, true, 5, false);
    assertThat(verifier.verify(bestKnown, "R\nR\nR").correct()).isTrue();
    assertThat(verifier.verify(bestKnown, "D\nU\nD\nU\nR\nR\nR").details()).containsEntry("best_known_cost", 5);
    for (int level = 3; level <= 6; level++) {
      Generated<SokobanProblem> g = generate(task.resolve(level, Map.of("optimality", "true")), level);
      int length = g.answer().split("\n").length;
      for (Mutant m : oracle.mutants(g.problem(), g.answer(), new Rng(level))) {
        if (m.kind().equals("detour")) {
          assertThat(verifier.verify(g.problem(), m.response()).score()).isEqualTo((double) length / (length + 2));
        }
      }
    }
  }

  @Test
  void aWrongStepIsRejectedAtItsPosition() {
    for (int level : new int[] {3, 5, 7}) {
      Generated<SokobanProblem> g = generate(task.level(level), 1);
      List<String> gold = List.of(g.answer().split("\n"));
      SokobanModel model = SokobanModel.of(g.problem());
      SokobanState s = model.initial();
      int checked = 0;
      for (int k = 1; k <= gold.size(); k++) {
        for (SokobanMove m : SokobanMove.ALL) {
          if (model.violation(s, m) != null) {
            List<String> plan = new ArrayList<>(gold);
            plan.set(k - 1, String.valueOf(m.letter()));
            Verdict v = verifier.verify(g.problem(), tagged(String.join("\n", plan)));
            assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
            assertThat(v.details()).containsEntry("first_error_step", k);
            assertThat(v.reason()).startsWith("step " + k + " \"" + m.letter() + "\" is illegal: moving " + m.word());
            checked++;
            break;
          }
        }
        s = model.apply(s, SokobanMove.ALL.get("UDLR".indexOf(gold.get(k - 1))));
      }
      assertThat(checked).isGreaterThan(gold.size() / 3);
    }
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<SokobanProblem> g = generate(task.level(5), 0);
    StringBuilder junk = new StringBuilder();
    Rng rng = new Rng(9);
    while (junk.length() < 10_000_000) {
      junk.append((char) rng.nextInt(0x10000));
    }
    List<String> hostile = List.of("", " ", "yes", "0", "1", "A", "none", "impossible", "<answer></answer>", "<answer>",
        "</answer>", junk.toString(), tagged(g.answer()) + "\nNo wait.\n" + tagged("U\nU"),
        String.join("\n", g.problem().board()), tagged("\u0000R"), tagged("R \uD800"), tagged("R\n".repeat(10_001)),
        "x".repeat(10_000_000), tagged(g.answer().replace("\n", "")));
    for (String response : hostile) {
      Verdict v = verifier.verify(g.problem(), response);
      assertThat(v.score()).as(v.reason()).isZero();
      assertThat(v.status()).isNotIn(Status.CORRECT, Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank().doesNotContain("\n");
    }
    assertThat(verifier.verify(g.problem(), null).status()).isEqualTo(Status.INVALID_FORMAT);
  }

  @Test
  void brokenProblemsAreBadProblems() {
    List<SokobanProblem> broken = new ArrayList<>();
    broken.add(null);
    broken.add(new SokobanProblem(null, false, 1, true));
    broken.add(new SokobanProblem(List.of(), false, 1, true));
    broken.add(new SokobanProblem(List.of("#@$.@#"), false, 1, true));
    broken.add(new SokobanProblem(List.of("#_$.#"), false, 1, true));
    broken.add(new SokobanProblem(List.of("#@$$.#"), false, 1, true));
    broken.add(new SokobanProblem(List.of("#@__#"), false, 1, true));
    broken.add(new SokobanProblem(List.of("#@$?.#"), false, 1, true));
    broken.add(new SokobanProblem(List.of("@$." + "_".repeat(130)), false, 1, true));
    List<String> withNull = new ArrayList<>();
    withNull.add("#@$.#");
    withNull.add(null);
    broken.add(new SokobanProblem(withNull, false, 1, true));
    for (SokobanProblem p : broken) {
      assertThat(verifier.verify(p, "R").status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
    }
    assertThat(Verifiers.verify(task.id(), Json.MAPPER.createObjectNode().put("board", 3), "R").status())
        .isEqualTo(Status.BAD_PROBLEM);
    // Spaces and dashes read as floor.
    assertThat(verifier.verify(new SokobanProblem(List.of("#@ $-.#"), false, 3, true), "R\nR\nR").correct()).isTrue();
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 7; level++) {
      for (int i = 0; i < (level <= 5 ? 5 : 2); i++) {
        Generated<SokobanProblem> g = generate(task.level(level), i);
        SokobanProblem p = g.problem();
        for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
          assertThat(verifier.verify(p, form).correct()).as(form).isTrue();
        }
        for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
          kinds.add(m.kind() + (m.valid() ? " valid" : " invalid"));
          assertThat(verifier.verify(p, m.response()).correct()).as(m.toString()).isEqualTo(m.valid());
        }
      }
    }
    assertThat(kinds).contains("drop-step invalid", "swap-steps invalid", "insert-step invalid",
        "duplicate-step invalid", "truncate invalid", "reverse-one invalid", "into-wall invalid", "detour valid");
    assertThat(kinds).doesNotContain("detour invalid", "into-wall valid", "truncate valid");
  }

  @Test
  void theOracleSimulatesStrictly() {
    assertThat(oracle.accepts(SMALL, "R\nR\nR")).isTrue();
    assertThat(oracle.accepts(SMALL, "R\nR")).isFalse();
    assertThat(oracle.accepts(SMALL, "r\nR\nR")).isFalse();
    assertThat(oracle.accepts(SMALL, "R\nR\nR\nR")).isFalse();
    assertThat(oracle.accepts(SMALL, "")).isFalse();
  }
}
