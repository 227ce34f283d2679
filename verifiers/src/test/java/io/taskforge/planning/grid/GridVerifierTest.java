package io.taskforge.planning.grid;

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

class GridVerifierTest {
  private final GridTask task = new GridTask();
  private final GridVerifier verifier = new GridVerifier();
  private final GridOracle oracle = new GridOracle();

  /**
   * <pre>
   * #######
   * #S.A.G#
   * #.###.#
   * #a....#
   * #######
   * </pre>
   * Shortest: fetch a (down, down), come back up (up, up), through A: right x4 = 8 moves; the lower
   * corridor also reaches G without the door: down, down, right x4, up, up = 8 moves.
   */
  private static final List<String> BOARD = List.of("#######", "#S.A.G#", "#.###.#", "#a....#", "#######");
  private static final GridProblem SMALL = new GridProblem(BOARD, false, 8, true);
  /** The lower corridor closed: the door is the only way. */
  private static final GridProblem LOCKED = new GridProblem(
      List.of("#######", "#S.A.G#", "#.#####", "#a#####", "#######"), false, 8, true);

  private Generated<GridProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 7, index)));
  }

  private static String tagged(String plan) {
    return "<answer>\n" + plan + "\n</answer>";
  }

  @Test
  void goldAnswersScoreOneAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      for (int i = 0; i < 12; i++) {
        Generated<GridProblem> g = generate(task.level(level), i);
        Verdict v = verifier.verify(g.problem(), tagged(g.answer()));
        assertThat(v.score()).as("level %s index %s: %s", level, i, v.reason()).isEqualTo(1.0);
        assertThat(v.reason()).contains("optimal");
        assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
        Verdict viaJson = Verifiers.verify(task.id(), Json.MAPPER.valueToTree(g.problem()), tagged(g.answer()));
        assertThat(viaJson).isEqualTo(v);
      }
    }
  }

  @Test
  void keysOpenDoorsAndAlternativeRoutesAreAccepted() {
    String viaDoor = "down\ndown\nup\nup\nright\nright\nright\nright";
    String below = "down\ndown\nright\nright\nright\nright\nup\nup";
    assertThat(verifier.verify(SMALL, viaDoor).correct()).isTrue();
    assertThat(verifier.verify(SMALL, below).correct()).isTrue();
    assertThat(verifier.verify(LOCKED, viaDoor).correct()).isTrue();
    Verdict locked = verifier.verify(LOCKED, "right\nright\nright\nright");
    assertThat(locked.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(locked.reason()).isEqualTo(
        "step 2 \"right\" is illegal: moving right from row 2, column 3 runs into door A while holding no key a");
    assertThat(locked.details()).containsEntry("first_error_step", 2);
    Verdict wall = verifier.verify(LOCKED, "up");
    assertThat(wall.reason()).isEqualTo("step 1 \"up\" is illegal: moving up from row 2, column 2 runs into a wall");
    // The key is kept: the door can be passed again and again.
    assertThat(verifier.verify(LOCKED, viaDoor + "\nleft\nleft\nright\nright").correct()).isTrue();
    Verdict off = verifier.verify(new GridProblem(List.of("SG"), false, 1, true), "up");
    assertThat(off.reason()).isEqualTo("step 1 \"up\" is illegal: moving up from row 1, column 1 leaves the board");
  }

  @Test
  void documentedFormattingVariationsAreAccepted() {
    String plan = "down\ndown\nup\nup\nright\nright\nright\nright";
    for (String variant : List.of(plan, plan.toUpperCase(java.util.Locale.ROOT), "D\nD\nU\nU\nR\nR\nR\nR",
        "d\nd\nu\nu\nr\nr\nr\nr", "1. down\n2. down\n3. up\n4. up\n5. right\n6. right\n7. right\n8. right",
        "Step 1: move down\nStep 2: move down\nStep 3: go up\nStep 4: go up\n- right\n- right\n* right\n* right.",
        "```\n" + plan + "\n```", plan.replace("\n", "\r\n"))) {
      Verdict v = verifier.verify(LOCKED, "My plan:\n" + tagged(variant));
      assertThat(v.status()).as(variant + " -> " + v.reason()).isEqualTo(Status.CORRECT);
    }
  }

  @Test
  void optimalityScoresByLengthAndUnmetGoalsAreNamed() {
    GridProblem strict = new GridProblem(LOCKED.board(), true, 8, true);
    String detour = "down\nup\ndown\ndown\nup\nup\nright\nright\nright\nright";
    Verdict v = verifier.verify(strict, detour);
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isEqualTo(0.8);
    assertThat(verifier.verify(strict, "down\ndown\nup\nup\nright\nright\nright\nright").correct()).isTrue();
    Verdict shortOf = verifier.verify(LOCKED, "down\ndown\nup\nup\nright\nright\nright");
    assertThat(shortOf.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(shortOf.reason()).isEqualTo("the plan is legal but does not reach the goal: standing on G at row 2, "
        + "column 6 (the walker is at row 2, column 5) still unmet");
    for (int level = 3; level <= 7; level++) {
      Generated<GridProblem> g = generate(task.resolve(level, Map.of("optimality", "true")), level);
      int length = g.answer().split("\n").length;
      for (Mutant m : oracle.mutants(g.problem(), g.answer(), new Rng(level))) {
        if (m.kind().equals("detour")) {
          Verdict d = verifier.verify(g.problem(), m.response());
          assertThat(d.score()).isEqualTo((double) length / (length + 2));
        }
      }
    }
  }

  @Test
  void aWrongStepIsRejectedAtItsPosition() {
    for (int level : new int[] {3, 6, 9}) {
      Generated<GridProblem> g = generate(task.level(level), 2);
      List<String> gold = List.of(g.answer().split("\n"));
      GridModel model = GridModel.of(g.problem());
      GridState state = model.initial();
      int checked = 0;
      for (int k = 1; k <= gold.size(); k++) {
        for (Step s : Step.ALL) {
          if (model.violation(state, s) != null) {
            List<String> plan = new ArrayList<>(gold);
            plan.set(k - 1, s.word());
            Verdict v = verifier.verify(g.problem(), tagged(String.join("\n", plan)));
            assertThat(v.status()).isEqualTo(Status.ILLEGAL_STEP);
            assertThat(v.details()).containsEntry("first_error_step", k);
            assertThat(v.reason()).startsWith("step " + k + " \"" + s.word() + "\" is illegal: moving " + s.word());
            checked++;
            break;
          }
        }
        state = model.apply(state, Step.valueOf(gold.get(k - 1).toUpperCase(java.util.Locale.ROOT)));
      }
      assertThat(checked).isGreaterThan(gold.size() / 2);
    }
  }

  @Test
  void unreadableAndHostileResponsesScoreZero() {
    Verdict bad = verifier.verify(LOCKED, "down\npick up a\nup");
    assertThat(bad.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(bad.reason()).isEqualTo("step 2 \"pick up a\" is not an action: expected one of up, down, left, right "
        + "(or U, D, L, R), one move per line");
    Generated<GridProblem> g = generate(task.level(5), 0);
    StringBuilder junk = new StringBuilder();
    Rng rng = new Rng(3);
    while (junk.length() < 10_000_000) {
      junk.append((char) rng.nextInt(0x10000));
    }
    List<String> hostile = List.of("", " ", "yes", "0", "1", "A", "none", "impossible", "<answer></answer>", "<answer>",
        "</answer>", junk.toString(), tagged(g.answer()) + "\nHmm.\n" + tagged("up\nup\nup"),
        String.join("\n", g.problem().board()), tagged("\u0000up"), tagged("up \uDC00"), tagged("right\n".repeat(10_001)),
        "x".repeat(10_000_000), tagged("up down"), tagged("north"));
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
    List<GridProblem> broken = new ArrayList<>();
    broken.add(null);
    broken.add(new GridProblem(null, false, 1, true));
    broken.add(new GridProblem(List.of(), false, 1, true));
    broken.add(new GridProblem(List.of("S.G", "S.."), false, 1, true));
    broken.add(new GridProblem(List.of("S.G", "..G"), false, 1, true));
    broken.add(new GridProblem(List.of("S.."), false, 1, true));
    broken.add(new GridProblem(List.of("..G"), false, 1, true));
    broken.add(new GridProblem(List.of("S?G"), false, 1, true));
    broken.add(new GridProblem(List.of("S.xG"), false, 1, true));
    broken.add(new GridProblem(List.of("S" + ".".repeat(200) + "G"), false, 1, true));
    List<String> withNull = new ArrayList<>();
    withNull.add("SG");
    withNull.add(null);
    broken.add(new GridProblem(withNull, false, 1, true));
    for (GridProblem p : broken) {
      assertThat(verifier.verify(p, "right").status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
    }
    assertThat(Verifiers.verify(task.id(), Json.MAPPER.createObjectNode().put("board", 3), "up").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 9; level++) {
      for (int i = 0; i < 5; i++) {
        Generated<GridProblem> g = generate(task.level(level), i);
        GridProblem p = g.problem();
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
    assertThat(kinds).doesNotContain("detour invalid", "truncate valid", "into-wall valid");
  }

  @Test
  void theOracleWalksStrictly() {
    assertThat(oracle.accepts(LOCKED, "down\ndown\nup\nup\nright\nright\nright\nright")).isTrue();
    assertThat(oracle.accepts(LOCKED, "right\nright\nright\nright")).isFalse();
    assertThat(oracle.accepts(LOCKED, "Down\ndown\nup\nup\nright\nright\nright\nright")).isFalse();
    assertThat(oracle.accepts(LOCKED, "")).isFalse();
  }
}
