package io.taskforge.planning.slidingtile;

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

class SlidingTileVerifierTest {
  private final SlidingTileTask task = new SlidingTileTask();
  private final SlidingTileVerifier verifier = new SlidingTileVerifier();
  private final SlidingTileOracle oracle = new SlidingTileOracle();

  /** 1 2 3 / 4 5 6 / 7 _ 8: one move from the goal (the blank moves right, tile 8 slides left). */
  private static SlidingTileProblem small(String convention, boolean optimality) {
    return new SlidingTileProblem(3, List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 0, 8)),
        List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 0)), convention, optimality, 1, true);
  }

  /** 1 2 3 / 4 _ 6 / 7 5 8: down then right (blank moves), or up then left (tiles move). */
  private static final SlidingTileProblem TWO = new SlidingTileProblem(3,
      List.of(List.of(1, 2, 3), List.of(4, 0, 6), List.of(7, 5, 8)),
      List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 0)), "blank", false, 2, true);

  private Generated<SlidingTileProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, index)));
  }

  private static String tagged(String plan) {
    return "<answer>\n" + plan + "\n</answer>";
  }

  @Test
  void goldAnswersScoreOneAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      for (int i = 0; i < (level <= 8 ? 12 : 3); i++) {
        Generated<SlidingTileProblem> g = generate(task.level(level), i);
        Verdict v = verifier.verify(g.problem(), tagged(g.answer()));
        assertThat(v.score()).as("level %s index %s: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(v.status()).isEqualTo(Status.CORRECT);
        assertThat(v.details()).containsEntry("plan_length", g.answer().split("\n").length);
        assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
        Verdict viaJson = Verifiers.verify(task.id(), Json.MAPPER.valueToTree(g.problem()), tagged(g.answer()));
        assertThat(viaJson).isEqualTo(v);
      }
    }
  }

  @Test
  void movesAreReadInTheProblemsConvention() {
    assertThat(verifier.verify(small("blank", false), "right").correct()).isTrue();
    assertThat(verifier.verify(small("tile", false), "left").correct()).isTrue();
    assertThat(verifier.verify(small("tile", false), "right").status()).isEqualTo(Status.GOAL_NOT_REACHED);
    Verdict tile = verifier.verify(small("tile", false), "up");
    assertThat(tile.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(tile.reason()).isEqualTo(
        "step 1 \"up\" is illegal: no tile is below the blank (it is in the bottom row), so none can slide up");
    Verdict blank = verifier.verify(small("blank", false), "down");
    assertThat(blank.reason()).isEqualTo("step 1 \"down\" is illegal: the blank is in the bottom row, so it cannot move down");
  }

  @Test
  void documentedFormattingVariationsAreAccepted() {
    for (String plan : List.of("down\nright", "Down\nRIGHT", "D\nR", "d\nr", "1. down\n2. right", "1) down\n2) right.",
        "Step 1: down\nStep 2: right", "- move down\n- move right", "* slide down\n* Slide right",
        "```\ndown\n\nright\n```", "down\r\nright\r\n", "`down`\n`right`", "(down)\n(right)")) {
      Verdict v = verifier.verify(TWO, "Let me think.\n" + tagged(plan) + "\nDone.");
      assertThat(v.status()).as(plan + " -> " + v.reason()).isEqualTo(Status.CORRECT);
    }
    assertThat(verifier.verify(TWO, "I worked it out.\nAnswer:\ndown\nright").correct()).isTrue();
    assertThat(verifier.verify(TWO, "<ANSWER>down\nright</Answer>").correct()).isTrue();
  }

  @Test
  void anyValidPlanIsAcceptedAndOptimalityScoresByLength() {
    String detour = "left\nright\ndown\nright";
    assertThat(verifier.verify(TWO, tagged(detour)).correct()).isTrue();
    SlidingTileProblem strict = new SlidingTileProblem(3, TWO.board(), TWO.goal(), "blank", true, 2, true);
    Verdict v = verifier.verify(strict, tagged(detour));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isEqualTo(0.5);
    assertThat(v.details()).containsEntry("optimal_cost", 2).containsEntry("plan_cost", 4);
    Verdict optimal = verifier.verify(strict, tagged("down\nright"));
    assertThat(optimal.correct()).isTrue();
    assertThat(optimal.reason()).contains("optimal");
    // Another optimal plan of a generated instance: the gold with a detour is accepted, and with
    // optimality scores optimal / length.
    for (int level = 2; level <= 6; level++) {
      Params params = task.resolve(level, Map.of("optimality", "true"));
      Generated<SlidingTileProblem> g = generate(params, level);
      int length = g.answer().split("\n").length;
      for (Mutant m : oracle.mutants(g.problem(), g.answer(), new Rng(level))) {
        if (m.kind().equals("detour")) {
          Verdict d = verifier.verify(g.problem(), tagged(m.response()));
          assertThat(d.status()).isEqualTo(Status.PARTIAL);
          assertThat(d.score()).isEqualTo((double) length / (length + 2));
        }
      }
    }
    // A best-known reference: a shorter plan scores 1.
    SlidingTileProblem bestKnown = new SlidingTileProblem(3, TWO.board(), TWO.goal(), "blank", true, 4, false);
    assertThat(verifier.verify(bestKnown, "down\nright").correct()).isTrue();
    Verdict longer = verifier.verify(bestKnown, "up\ndown\nleft\nright\ndown\nright");
    assertThat(longer.score()).isEqualTo(4.0 / 6);
    assertThat(longer.details()).containsEntry("best_known_cost", 4);
  }

  @Test
  void aWrongStepIsRejectedAtItsPosition() {
    for (int level : new int[] {3, 5, 7}) {
      Generated<SlidingTileProblem> g = generate(task.level(level), 1);
      List<String> gold = List.of(g.answer().split("\n"));
      for (int k = 1; k <= gold.size(); k++) {
        // The move at k replaced by one that is impossible where it stands.
        SlidingTileModel model = SlidingTileModel.of(g.problem());
        TileBoard b = model.initial();
        for (int s = 0; s < k - 1; s++) {
          b = b.move(TileMove.valueOf(gold.get(s).toUpperCase(java.util.Locale.ROOT)));
        }
        String impossible = null;
        for (TileMove m : TileMove.ALL) {
          if (!b.canMove(m)) {
            impossible = m.blankWord();
          }
        }
        if (impossible == null) {
          continue; // the blank is in the middle: every move is possible
        }
        List<String> plan = new ArrayList<>(gold);
        plan.set(k - 1, impossible);
        Verdict v = verifier.verify(g.problem(), tagged(String.join("\n", plan)));
        assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
        assertThat(v.details()).containsEntry("first_error_step", k);
        assertThat(v.reason()).startsWith("step " + k + " \"" + impossible + "\" is illegal: the blank is in the");
        assertThat(v.score()).isZero();
      }
    }
  }

  @Test
  void unmetGoalsAndUnreadableLinesAreNamed() {
    Verdict partial = verifier.verify(TWO, "down");
    assertThat(partial.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(partial.reason()).isEqualTo(
        "the plan is legal but does not reach the goal: tile 8 in row 3, column 2 still unmet");
    Verdict bad = verifier.verify(TWO, "down\njump\nright");
    assertThat(bad.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(bad.reason()).isEqualTo(
        "step 2 \"jump\" is not an action: expected one of up, down, left, right (or U, D, L, R)");
    assertThat(bad.details()).containsEntry("first_error_step", 2);
    assertThat(verifier.verify(TWO, "down right").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verifier.verify(TWO, "DR").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verifier.verify(TWO, "move tile 5 up").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verifier.verify(TWO, "impossible").status()).isEqualTo(Status.WRONG);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<SlidingTileProblem> g = generate(task.level(5), 0);
    SlidingTileProblem p = g.problem();
    StringBuilder junk = new StringBuilder();
    Rng rng = new Rng(1);
    while (junk.length() < 10_000_000) {
      junk.append((char) rng.nextInt(0x10000));
    }
    List<String> hostile = List.of("", " ", "yes", "0", "1", "A", "none", "True", "<answer></answer>", "<answer>",
        "</answer>", "<answer><answer>x</answer>", junk.toString(), "<answer>" + junk.substring(0, 100_000),
        tagged(g.answer()) + "\nWait.\n" + tagged("up\nup\nup\nup"),
        String.join("\n", (List<String>) g.view().get("board_rows")),
        tagged("\u0000\u0001up\u0007"), tagged("up \uD800"), tagged("up\n".repeat(10_001)),
        tagged("up down left right"), tagged("((((((((((((((((((((("), "x".repeat(10_000_000));
    for (String response : hostile) {
      Verdict v = verifier.verify(p, response);
      assertThat(v.score()).as(v.reason()).isZero();
      assertThat(v.status()).isNotIn(Status.CORRECT, Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank().doesNotContain("\n");
    }
    assertThat(verifier.verify(p, null).status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verifier.verify(p, "<answer>\n" + g.answer()).correct()).isTrue();
  }

  @Test
  void brokenProblemsAreBadProblems() {
    List<List<Integer>> goal = TWO.goal();
    List<SlidingTileProblem> broken = new ArrayList<>();
    broken.add(null);
    broken.add(new SlidingTileProblem(3, null, goal, "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, TWO.board(), null, "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, TWO.board(), goal, "diagonal", false, 2, true));
    broken.add(new SlidingTileProblem(3, TWO.board(), goal, null, false, 2, true));
    broken.add(new SlidingTileProblem(4, TWO.board(), goal, "blank", false, 2, true));
    broken.add(new SlidingTileProblem(1, List.of(List.of(0)), List.of(List.of(0)), "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, List.of(List.of(1, 2, 3), List.of(4, 4, 6), List.of(7, 5, 8)), goal,
        "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, List.of(List.of(1, 2, 3), List.of(4, 9, 6), List.of(7, 5, 8)), goal,
        "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, List.of(List.of(1, 2, 3), List.of(4, 0, 6)), goal, "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, List.of(List.of(1, 2, 3), List.of(4, 0, 6, 5), List.of(7, 8)), goal,
        "blank", false, 2, true));
    broken.add(new SlidingTileProblem(7, List.of(), List.of(), "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, List.of(List.of(1, 2, 3), java.util.Arrays.asList(4, null, 6),
        List.of(7, 5, 8)), goal, "blank", false, 2, true));
    broken.add(new SlidingTileProblem(3, java.util.Arrays.asList(List.of(1, 2, 3), null, List.of(7, 5, 8)), goal,
        "blank", false, 2, true));
    for (SlidingTileProblem p : broken) {
      Verdict v = verifier.verify(p, "down\nright");
      assertThat(v.status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
    }
    assertThat(Verifiers.verify(task.id(), Json.MAPPER.createObjectNode().put("size", 3), "down").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (String convention : List.of("blank", "tile")) {
      for (int level = 1; level <= 8; level++) {
        Params params = task.resolve(level, Map.of("convention", convention));
        for (int i = 0; i < 4; i++) {
          Generated<SlidingTileProblem> g = generate(params, i);
          SlidingTileProblem p = g.problem();
          assertThat(oracle.accepts(p, g.answer())).isTrue();
          for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
            assertThat(verifier.verify(p, form).correct()).as(form).isTrue();
          }
          for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
            kinds.add(m.kind() + (m.valid() ? " valid" : " invalid"));
            assertThat(verifier.verify(p, m.response()).correct()).as(m.toString()).isEqualTo(m.valid());
          }
        }
      }
    }
    assertThat(kinds).contains("drop-step invalid", "swap-steps invalid", "insert-step invalid",
        "duplicate-step invalid", "truncate invalid", "reverse-one invalid", "other-convention invalid", "detour valid");
    assertThat(kinds).doesNotContain("detour invalid", "truncate valid");
  }

  @Test
  void theOracleSimulatesStrictly() {
    assertThat(oracle.accepts(TWO, "down\nright")).isTrue();
    assertThat(oracle.accepts(TWO, "right\ndown")).isFalse();
    assertThat(oracle.accepts(TWO, "Down\nright")).isFalse();
    assertThat(oracle.accepts(TWO, "down\nright\n")).isFalse();
    assertThat(oracle.accepts(TWO, "")).isFalse();
    assertThat(oracle.accepts(small("tile", false), "left")).isTrue();
    assertThat(oracle.accepts(small("blank", false), "left")).isFalse();
  }
}
