package io.taskforge.planning.blocksworld;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BlocksworldOracleTest {
  private final BlocksworldTask task = new BlocksworldTask();
  private final BlocksworldOracle oracle = new BlocksworldOracle();
  private final BlocksworldVerifier verifier = new BlocksworldVerifier();

  /** C on A, B alone; goal: A on B on C. */
  private static final BlocksworldProblem SMALL = BlocksworldProblem.standard(List.of("A", "B", "C"),
      List.of(List.of("A", "C"), List.of("B")), List.of(List.of("C", "B", "A")), 6);

  @Test
  void simulatesThePlanFromTheInitialTowers() {
    String plan = "unstack C A\nput-down C\npick-up B\nstack B C\npick-up A\nstack A B";
    assertThat(oracle.accepts(SMALL, plan)).isTrue();
    assertThat(oracle.accepts(SMALL, "pick-up A\nput-down A\n" + plan)).isFalse(); // A is under C
    assertThat(oracle.accepts(SMALL, "pick-up B\nput-down B\n" + plan)).isTrue();
    assertThat(oracle.accepts(SMALL, plan.replace("\nstack A B", ""))).isFalse(); // still holding A
    assertThat(oracle.accepts(SMALL, plan + "\nunstack A B\nstack A B")).isTrue();
    assertThat(oracle.accepts(SMALL, "")).isFalse();
    for (String unreadable : new String[] {"Unstack C A", "unstack C", "stack C on A", "unstack C D", "1. unstack C A"}) {
      assertThat(oracle.accepts(SMALL, unreadable)).as(unreadable).isFalse();
    }
    BlocksworldProblem three = new BlocksworldProblem(SMALL.blocks(), SMALL.initial(), SMALL.goal(), 3, false,
        BlocksworldProblem.naturalActions(3), BlocksworldProblem.naturalPredicates(3), true, 3, true);
    assertThat(oracle.accepts(three, "move-b-to-t C A\nmove-t-to-b B C\nmove-t-to-b A B")).isTrue();
    assertThat(oracle.accepts(three, "move-t-to-b A B\nmove-b-to-t C A\nmove-t-to-b B C")).isFalse();
    // With optimality, a longer plan is not fully correct.
    assertThat(oracle.accepts(three, "move-b-to-t C A\nmove-t-to-b B A\nmove-b-to-t B A\nmove-t-to-b B C\n"
        + "move-t-to-b A B")).isFalse();
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int operators : new int[] {3, 4}) {
      for (boolean obfuscate : new boolean[] {false, true}) {
        for (boolean optimality : new boolean[] {false, true}) {
          for (int level = 1; level <= 8; level += 2) {
            Params params = task.resolve(level, Map.of("operators", String.valueOf(operators),
                "obfuscate", String.valueOf(obfuscate), "optimality", String.valueOf(optimality)));
            for (int i = 0; i < 3; i++) {
              Generated<BlocksworldProblem> g = task.generate(params, new Rng(31L * level + i));
              BlocksworldProblem p = g.problem();
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
      }
    }
    assertThat(kinds).contains("drop-step invalid", "swap-steps invalid", "insert-step invalid", "duplicate-step invalid",
        "truncate invalid", "rename-block invalid", "swap-blocks invalid", "swap-action-names invalid",
        "usual-names invalid", "detour valid", "detour invalid");
    assertThat(kinds).doesNotContain("rename-block valid", "usual-names valid");
  }
}
