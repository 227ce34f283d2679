package io.taskforge.planning.hanoi;

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

class HanoiOracleTest {
  private final HanoiTask task = new HanoiTask();
  private final HanoiOracle oracle = new HanoiOracle();
  private final HanoiVerifier verifier = new HanoiVerifier();

  private static final HanoiProblem SMALL = new HanoiProblem(2, List.of("A", "B", "C"),
      List.of(List.of(2, 1), List.of(), List.of()), List.of(List.of(), List.of(), List.of(2, 1)), false, 3);

  @Test
  void simulatesCanonicalPlansStrictly() {
    assertThat(oracle.accepts(SMALL, "move 1 A B\nmove 2 A C\nmove 1 B C")).isTrue();
    assertThat(oracle.accepts(SMALL, "move 1 A C\nmove 1 C B\nmove 2 A C\nmove 1 B C")).isTrue();
    assertThat(oracle.accepts(SMALL, "move 1 A B\nmove 2 A C")).isFalse();
    assertThat(oracle.accepts(SMALL, "move 2 A C")).isFalse();
    for (String unreadable : new String[] {"A B\nA C\nB C", "Move 1 A B\nmove 2 A C\nmove 1 B C", "", "move 3 A B"}) {
      assertThat(oracle.accepts(SMALL, unreadable)).as(unreadable).isFalse();
    }
    HanoiProblem scored = new HanoiProblem(2, SMALL.pegs(), SMALL.initial(), SMALL.goal(), true, 3);
    assertThat(oracle.accepts(scored, "move 1 A C\nmove 1 C B\nmove 2 A C\nmove 1 B C")).isFalse();
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (boolean optimality : new boolean[] {false, true}) {
      for (int level = 1; level <= 8; level++) {
        for (int pegs : new int[] {3, 4}) {
          Params params = task.resolve(level, Map.of("optimality", String.valueOf(optimality), "pegs",
              String.valueOf(pegs), "disks", String.valueOf(Math.min(8, task.level(level).getInt("disks")))));
          for (int i = 0; i < 3; i++) {
            Generated<HanoiProblem> g = task.generate(params, new Rng(13L * level + i));
            assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
            for (String form : oracle.equivalentForms(g.problem(), g.answer(), new Rng(i))) {
              assertThat(verifier.verify(g.problem(), form).correct()).as(form).isTrue();
            }
            for (Mutant m : oracle.mutants(g.problem(), g.answer(), new Rng(i))) {
              kinds.add(m.kind() + (m.valid() ? " valid" : " invalid"));
              assertThat(verifier.verify(g.problem(), m.response()).correct()).as(m.toString()).isEqualTo(m.valid());
            }
          }
        }
      }
    }
    assertThat(kinds).contains("drop-step invalid", "swap-steps invalid", "insert-step invalid",
        "duplicate-step invalid", "truncate invalid", "wrong-disk invalid", "wrong-target invalid",
        "reverse-step invalid", "detour valid", "detour invalid");
  }
}
