package io.taskforge.planning.blocksworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier on the 3-operator encoding, the obfuscated variant and the optimality scoring. */
class BlocksworldVariantsVerifierTest {
  private final BlocksworldTask task = new BlocksworldTask();
  private final BlocksworldVerifier verifier = new BlocksworldVerifier();

  private static final List<String> BLOCKS = List.of("A", "B", "C");
  private static final List<List<String>> INITIAL = List.of(List.of("A", "C"), List.of("B"));
  private static final List<List<String>> GOAL = List.of(List.of("C", "B", "A"));
  private static final BlocksworldProblem THREE = new BlocksworldProblem(BLOCKS, INITIAL, GOAL, 3, false,
      BlocksworldProblem.naturalActions(3), BlocksworldProblem.naturalPredicates(3), false, 3, true);
  private static final BlocksworldProblem MYSTERY = new BlocksworldProblem(BLOCKS, INITIAL, GOAL, 4, true,
      List.of("ember", "quiver", "orbit", "ripple"), List.of("tangle", "meadow", "velvet", "sprout", "yearn"),
      false, 6, true);

  private Verdict verify(BlocksworldProblem p, String plan) {
    return verifier.verify(p, "<answer>\n" + plan + "\n</answer>");
  }

  @Test
  void threeOperatorPlansAreReadAndSimulated() {
    String plan = "move-b-to-t C A\nmove-t-to-b B C\nmove-t-to-b A B";
    assertThat(verify(THREE, plan).status()).isEqualTo(Status.CORRECT);
    assertThat(verify(THREE, "1. Move_B_To_T(C, A)\n2. move_t_to_b B C\n3. MOVE-T-TO-B a b").correct()).isTrue();
    assertThat(verify(THREE, "move-b-to-t C A\nmove-t-to-b B C\nmove-b-to-t B C\nmove-t-to-b B C\nmove-t-to-b A B")
        .correct()).isTrue();
    Verdict illegal = verify(THREE, "move-t-to-b A B");
    assertThat(illegal.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(illegal.reason()).isEqualTo("step 1 \"move-t-to-b A B\" is illegal: A is not clear (C is on it)");
    assertThat(verify(THREE, "move-b-to-t C A\nmove-b-to-b B A C").reason())
        .isEqualTo("step 2 \"move-b-to-b B A C\" is illegal: B is not on A (it is on the table)");
    assertThat(verify(THREE, "move-b-to-t C A\nmove-t-to-b C C").reason())
        .isEqualTo("step 2 \"move-t-to-b C C\" is illegal: a block cannot be moved onto itself");
    assertThat(verify(THREE, "move-b-to-b C A A").reason())
        .isEqualTo("step 1 \"move-b-to-b C A A\" is illegal: A is not clear (C is on it)");
    // The four-operator names are not actions of this encoding.
    Verdict wrong = verify(THREE, "unstack C A");
    assertThat(wrong.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(wrong.reason()).isEqualTo("step 1 \"unstack C A\" is not an action: expected move-b-to-b X Y Z, "
        + "move-b-to-t X Y or move-t-to-b X Y");
    assertThat(verify(THREE, "move-b-to-t C A").reason())
        .isEqualTo("the plan is legal but does not reach the goal: A on B, B on C still unmet");
  }

  @Test
  void obfuscatedPlansUseTheProblemsNamesAndMessagesNeverRevealTheirMeaning() {
    // pick-up = ember, put-down = quiver, stack = orbit, unstack = ripple;
    // on = tangle, ontable = meadow, clear = velvet, holding = sprout, handempty = yearn.
    String plan = "ripple C A\nquiver C\nember B\norbit B C\nember A\norbit A B";
    assertThat(verify(MYSTERY, plan).correct()).isTrue();
    assertThat(verify(MYSTERY, plan.toUpperCase(java.util.Locale.ROOT)).correct()).isTrue();
    Verdict usual = verify(MYSTERY, "unstack C A\nput-down C\npick-up B\nstack B C\npick-up A\nstack A B");
    assertThat(usual.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(usual.reason()).isEqualTo("step 1 \"unstack C A\" is not an action: expected ember X, quiver X, "
        + "orbit X Y or ripple X Y");
    assertThat(verify(MYSTERY, "pick up B").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verify(MYSTERY, "ember A").reason())
        .isEqualTo("step 1 \"ember A\" is illegal: the precondition 'velvet A' does not hold");
    assertThat(verify(MYSTERY, "ember C").reason())
        .isEqualTo("step 1 \"ember C\" is illegal: the precondition 'meadow C' does not hold");
    assertThat(verify(MYSTERY, "ripple C A\nember B").reason())
        .isEqualTo("step 2 \"ember B\" is illegal: the precondition 'yearn' does not hold");
    assertThat(verify(MYSTERY, "ripple C B").reason())
        .isEqualTo("step 1 \"ripple C B\" is illegal: the precondition 'tangle C B' does not hold");
    assertThat(verify(MYSTERY, "orbit A B").reason())
        .isEqualTo("step 1 \"orbit A B\" is illegal: the precondition 'sprout A' does not hold");
    assertThat(verify(MYSTERY, "ripple C A\norbit C C").reason())
        .isEqualTo("step 2 \"orbit C C\" is illegal: the precondition 'velvet C' does not hold");
    assertThat(verify(MYSTERY, "ripple C A").reason())
        .isEqualTo("the plan is legal but does not reach the goal: tangle A B, tangle B C, meadow C, yearn still unmet");
  }

  @Test
  void withOptimalityALongerValidPlanScoresTheRatio() {
    BlocksworldProblem p = new BlocksworldProblem(BLOCKS, INITIAL, GOAL, 4, false, BlocksworldProblem.naturalActions(4),
        BlocksworldProblem.naturalPredicates(4), true, 6, true);
    String plan = "unstack C A\nput-down C\npick-up B\nstack B C\npick-up A\nstack A B";
    assertThat(verifier.verify(p, plan).score()).isEqualTo(1.0);
    Verdict longer = verifier.verify(p, "pick-up B\nput-down B\n" + plan);
    assertThat(longer.status()).isEqualTo(Status.PARTIAL);
    assertThat(longer.score()).isEqualTo(0.75);
    assertThat(longer.reason()).isEqualTo("the plan reaches the goal at cost 8, but the optimum is 6");
    // Best known, not proven: said so.
    BlocksworldProblem bestKnown = new BlocksworldProblem(BLOCKS, INITIAL, GOAL, 4, false, null, null, true, 6, false);
    assertThat(verifier.verify(bestKnown, "pick-up B\nput-down B\n" + plan).reason())
        .isEqualTo("the plan reaches the goal at cost 8, but the best known plan costs 6");
  }

  @Test
  void goldPlansOfEveryVariantScoreOneAndAWrongStepIsCaughtWhereItStands() {
    for (int operators : new int[] {3, 4}) {
      for (boolean obfuscate : new boolean[] {false, true}) {
        for (boolean optimality : new boolean[] {false, true}) {
          for (int level = 1; level <= 10; level += 3) {
            Params params = task.resolve(level, Map.of("operators", String.valueOf(operators),
                "obfuscate", String.valueOf(obfuscate), "optimality", String.valueOf(optimality)));
            for (int i = 0; i < 4; i++) {
              Generated<BlocksworldProblem> g = task.generate(params, new Rng(77L * level + i));
              assertThat(verifier.verify(g.problem(), g.answer()).score()).isEqualTo(1.0);
              String[] lines = g.answer().split("\n");
              for (int k : new int[] {0, lines.length / 2, lines.length - 1}) {
                // Repeating the action before step k (or, at step 0, a non-existent block) breaks step k.
                List<String> broken = new ArrayList<>(List.of(lines));
                broken.set(k, k == 0 ? lines[0].split(" ")[0] + " Z Z Z".substring(0, 2 * lines[0].split(" ").length - 2)
                    : lines[k - 1]);
                Verdict v = verifier.verify(g.problem(), String.join("\n", broken));
                assertThat(v.score()).isZero();
                assertThat(v.details().get("first_error_step")).as(v.reason()).isEqualTo(k + 1);
              }
            }
          }
        }
      }
    }
  }
}
