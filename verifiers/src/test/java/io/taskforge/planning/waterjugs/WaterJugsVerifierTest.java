package io.taskforge.planning.waterjugs;

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

class WaterJugsVerifierTest {
  private final WaterJugsTask task = new WaterJugsTask();
  private final WaterJugsVerifier verifier = new WaterJugsVerifier();

  /** The Die Hard puzzle: jugs of 3 and 5 litres, 4 litres in B. */
  private static final WaterJugsProblem DIE_HARD = new WaterJugsProblem(List.of("A", "B"), List.of(3, 5),
      List.of(0, 0), true, List.of(-1, 4), true, false, 6);
  private static final String DIE_HARD_PLAN = "fill B\npour B A\nempty A\npour B A\nfill B\npour B A";
  /** 4 litres are out of reach with 2- and 4-litre jugs. */
  private static final WaterJugsProblem EVEN = new WaterJugsProblem(List.of("A", "B"), List.of(2, 4),
      List.of(0, 0), true, List.of(-1, 3), false, false, -1);
  /** 8 litres shared 4-4 without a tap. */
  private static final WaterJugsProblem SHARE = new WaterJugsProblem(List.of("A", "B", "C"), List.of(8, 5, 3),
      List.of(8, 0, 0), false, List.of(4, 4, -1), true, false, 7);

  private Generated<WaterJugsProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, index)));
  }

  private Verdict verify(WaterJugsProblem p, String plan) {
    return verifier.verify(p, "<answer>\n" + plan + "\n</answer>");
  }

  @Test
  void goldAnswersScoreOneAtEveryLevelAlsoThroughJson() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 6 ? 15 : 4); i++) {
        Generated<WaterJugsProblem> g = generate(task.level(level), i);
        Verdict v = verify(g.problem(), g.answer());
        assertThat(v.score()).as("level %s index %s: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(Verifiers.verify(task.id(), Json.MAPPER.valueToTree(g.problem()), g.answer())).isEqualTo(
            verifier.verify(g.problem(), g.answer()));
      }
    }
  }

  @Test
  void classicPuzzlesAndAlternativePlans() {
    assertThat(verify(DIE_HARD, DIE_HARD_PLAN).reason()).isEqualTo("the plan reaches the goal in 6 steps, which is optimal");
    // Another six-step plan, and a longer one.
    assertThat(verify(DIE_HARD, "fill B\npour B A\nempty A\npour B A\nfill B\npour B A").correct()).isTrue();
    assertThat(verify(DIE_HARD, "fill A\npour A B\nfill A\npour A B\nempty B\npour A B\nfill A\npour A B").correct())
        .isTrue();
    String share = "pour A B\npour B C\npour C A\npour B C\npour A B\npour B C\npour C A";
    assertThat(verify(SHARE, share).correct()).isTrue();
    Verdict noTap = verify(SHARE, "fill B");
    assertThat(noTap.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(noTap.reason()).isEqualTo("step 1 \"fill B\" is illegal: there is no tap: water can only be poured between jugs");
    assertThat(verify(SHARE, "empty A").reason()).endsWith("there is no drain: water can only be poured between jugs");
  }

  @Test
  void documentedLineFormsAreAccepted() {
    for (String plan : List.of(
        DIE_HARD_PLAN.toUpperCase(java.util.Locale.ROOT),
        "1. Fill jug B.\n2. Pour jug B into jug A.\n3. Empty jug A.\n4. Pour B into A.\n5. Fill the B.\n6. Pour B into A.",
        "- fill B\n- pour from B to A\n- empty A\n- pour B -> A\n- fill B\n- pour B \u2192 A",
        "(fill b)\n(pour b a)\n(empty a)\n(pour b a)\n(fill b)\n(pour b a)",
        "Step 1: fill(B)\nStep 2: pour(B, A)\nStep 3: empty(A)\nStep 4: pour(B, A)\nStep 5: fill(B)\nStep 6: pour(B, A)",
        "```\nfill B\npour B onto A\nempty the A\npour B in A\nfill B\npour the B into the A\n```")) {
      Verdict v = verifier.verify(DIE_HARD, "Let me think.\n<answer>\n" + plan + "\n</answer>");
      assertThat(v.status()).as(plan + " -> " + v.reason()).isEqualTo(Status.CORRECT);
    }
  }

  @Test
  void impossibleIsRightExactlyWhenThereIsNoPlan() {
    for (String word : List.of("impossible", "Impossible.", "IMPOSSIBLE", "**impossible**", "`impossible`")) {
      assertThat(verify(EVEN, word).correct()).as(word).isTrue();
      Verdict wrong = verify(DIE_HARD, word);
      assertThat(wrong.status()).isEqualTo(Status.WRONG);
      assertThat(wrong.reason()).isEqualTo("the answer says impossible, but the problem has a plan of cost 6");
    }
    Verdict attempt = verify(EVEN, "fill B\npour B A");
    assertThat(attempt.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(attempt.reason()).isEqualTo(
        "the plan is legal but does not reach the goal: jug B holding 3 litres (it holds 2) still unmet");
    assertThat(verify(EVEN, "It is impossible.").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verify(EVEN, "impossible\nfill A").status()).isEqualTo(Status.INVALID_FORMAT);
  }

  @Test
  void aWrongActionAtStepKIsReportedAtStepK() {
    for (int level : new int[] {2, 4, 6}) {
      for (int i = 0; i < 8; i++) {
        Generated<WaterJugsProblem> g = generate(task.level(level), i);
        if (!g.problem().solvable()) {
          continue;
        }
        String[] lines = g.answer().split("\n");
        for (int k = 0; k < lines.length; k++) {
          List<String> broken = new ArrayList<>(List.of(lines));
          // the same action twice in a row never changes anything the second time
          broken.add(k + 1, lines[k]);
          Verdict v = verify(g.problem(), String.join("\n", broken));
          if (v.status() == Status.ILLEGAL_STEP) {
            assertThat(v.details().get("first_error_step")).isEqualTo(k + 2);
          } else {
            // pour X Y twice can be legal when X had more than Y could take; then the plan misses the goal or is longer
            assertThat(lines[k]).startsWith("pour");
          }
        }
        List<String> broken = new ArrayList<>(List.of(lines));
        broken.set(0, "pour " + g.problem().jugs().get(0) + " " + g.problem().jugs().get(0));
        Verdict v = verify(g.problem(), String.join("\n", broken));
        assertThat(v.details().get("first_error_step")).isEqualTo(1);
        assertThat(v.reason()).isEqualTo("step 1 \"" + broken.get(0) + "\" is illegal: a jug cannot be poured into itself");
      }
    }
  }

  @Test
  void illegalAndUnreadableLinesAreNamed() {
    assertThat(verify(DIE_HARD, "empty A").reason()).isEqualTo("step 1 \"empty A\" is illegal: jug A is already empty");
    assertThat(verify(DIE_HARD, "fill A\nfill A").reason())
        .isEqualTo("step 2 \"fill A\" is illegal: jug A is already full (3 litres)");
    assertThat(verify(DIE_HARD, "pour A B").reason()).isEqualTo("step 1 \"pour A B\" is illegal: jug A is empty");
    assertThat(verify(DIE_HARD, "fill A\nfill B\npour A B").reason())
        .isEqualTo("step 3 \"pour A B\" is illegal: jug B is already full (5 litres)");
    assertThat(verify(DIE_HARD, "fill C").reason()).isEqualTo("step 1 \"fill C\" is not an action: there is no jug \"c\"");
    assertThat(verify(DIE_HARD, "boil A").reason())
        .isEqualTo("step 1 \"boil A\" is not an action: expected fill X, empty X or pour X Y");
    assertThat(verify(SHARE, "boil A").reason()).isEqualTo("step 1 \"boil A\" is not an action: expected pour X Y");
    assertThat(verify(DIE_HARD, "pour A").reason())
        .isEqualTo("step 1 \"pour A\" is not an action: it names no jug to pour into (expected fill X, empty X or pour X Y)");
    assertThat(verify(DIE_HARD, "fill A B").reason())
        .isEqualTo("step 1 \"fill A B\" is not an action: it has extra words after the jug (expected fill X, empty X or pour X Y)");
    assertThat(verify(DIE_HARD, "fill").status()).isEqualTo(Status.INVALID_FORMAT);
  }

  @Test
  void optimalityScoresTheRatio() {
    WaterJugsProblem scored = new WaterJugsProblem(DIE_HARD.jugs(), DIE_HARD.capacities(), DIE_HARD.initial(), true,
        DIE_HARD.goal(), true, true, 6);
    assertThat(verify(scored, DIE_HARD_PLAN).score()).isEqualTo(1.0);
    Verdict longer = verify(scored, "fill A\npour A B\nfill A\npour A B\nempty B\npour A B\nfill A\npour A B");
    assertThat(longer.status()).isEqualTo(Status.PARTIAL);
    assertThat(longer.score()).isEqualTo(0.75);
  }

  @Test
  void hostileResponsesScoreZeroAndBrokenProblemsAreBadProblems() {
    Generated<WaterJugsProblem> g = generate(task.level(5), 1);
    for (String r : List.of("", "yes", "0", "none", "A", "<answer></answer>", "<answer>", "fill", "pour pour pour",
        "impossible or fill A", "<answer>" + g.answer() + "</answer><answer>empty A</answer>", "\u0000\uD800",
        "x".repeat(300_000))) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).as(r.length() > 50 ? r.substring(0, 50) : r).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
    }
    List<WaterJugsProblem> broken = List.of(
        new WaterJugsProblem(null, List.of(3), List.of(0), true, List.of(1), true, false, 2),
        new WaterJugsProblem(List.of("A", "B"), List.of(3), List.of(0, 0), true, List.of(1, -1), true, false, 2),
        new WaterJugsProblem(List.of("A", "B"), List.of(3, 0), List.of(0, 0), true, List.of(1, -1), true, false, 2),
        new WaterJugsProblem(List.of("A", "B"), List.of(3, 5), List.of(4, 0), true, List.of(1, -1), true, false, 2),
        new WaterJugsProblem(List.of("A", "B"), List.of(3, 5), List.of(0, 0), true, List.of(-1, -1), true, false, 2),
        new WaterJugsProblem(List.of("A", "a"), List.of(3, 5), List.of(0, 0), true, List.of(1, -1), true, false, 2),
        new WaterJugsProblem(List.of("A", "pour"), List.of(3, 5), List.of(0, 0), true, List.of(1, -1), true, false, 2),
        new WaterJugsProblem(List.of("A", "B"), List.of(3, 500), List.of(0, 0), true, List.of(1, -1), true, false, 2));
    for (WaterJugsProblem p : broken) {
      assertThat(verifier.verify(p, "fill A").status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
    }
  }
}
