package io.taskforge.arithmetic.dag;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Rng;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class DagOracleTest {
  private final DagTask task = new DagTask();
  private final DagOracle oracle = new DagOracle();
  private final DagVerifier verifier = new DagVerifier();

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : List.of("final", "trace")) {
      for (int level = 1; level <= 10; level++) {
        for (int i = 0; i < 12; i++) {
          Generated<DagProblem> g = task.generate(task.resolve(level, Map.of("mode", mode)), new Rng(1000L * level + i));
          DagProblem p = g.problem();
          assertThat(oracle.accepts(p, g.answer())).as(g.answer()).isTrue();
          for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
            assertThat(verifier.verify(p, form).correct()).as("%s form:\n%s\n-> %s", mode, form,
                verifier.verify(p, form).reason()).isTrue();
          }
          for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
            kinds.add(mode + " " + m.kind() + (m.valid() ? " valid" : " invalid"));
            assertThat(verifier.verify(p, m.response()).correct()).as("%s:\n%s\n-> %s", m.kind(), m.response(),
                verifier.verify(p, m.response()).reason()).isEqualTo(m.valid());
          }
          for (String h : oracle.hostileResponses(p, g.answer())) {
            assertThat(verifier.verify(p, h).score()).as(h).isZero();
          }
        }
      }
    }
    assertThat(kinds).contains(
        "final off-by-one invalid", "final digit invalid", "final operand invalid", "final repeated invalid",
        "final distractor invalid", "final sign-flip invalid",
        "trace wrong-value invalid", "trace wrong-result invalid", "trace no-result invalid", "trace result-only invalid",
        "trace drop-step invalid", "trace swap-steps valid", "trace swap-steps invalid", "trace reorder valid",
        "trace commute valid", "trace commute invalid", "trace wrong-op invalid", "trace wrong-operand invalid",
        "trace duplicate-step valid", "trace extra-node valid", "trace restate valid", "trace restate invalid");
  }

  @Test
  void theOracleReadsOnlyTheCanonicalFormat() {
    DagProblem p = new DagProblem(List.of(
        new DagNode("A", "value", "5", List.of()), new DagNode("B", "value", "7", List.of()),
        new DagNode("C", "+", "", List.of("A", "B")), new DagNode("D", "-", "", List.of("C", "A"))), "D", "trace");
    assertThat(oracle.accepts(p, "C = A + B = 12\nD = C - A = 7\nResult: 7")).isTrue();
    assertThat(oracle.accepts(p, "C = B + A = 12\nD = C - A = 7\nResult: 7")).isTrue();
    assertThat(oracle.accepts(p, "D = C - A = 7\nC = A + B = 12\nResult: 7")).isFalse();
    assertThat(oracle.accepts(p, "C = A + B = 12\nD = A - C = 7\nResult: 7")).isFalse();
    assertThat(oracle.accepts(p, "C = A + B = 12\nResult: 7")).isFalse();
    assertThat(oracle.accepts(p, "C = A × B = 12\nD = C - A = 7\nResult: 7")).isFalse();
    DagProblem f = new DagProblem(p.nodes(), "D", "final");
    assertThat(oracle.accepts(f, "7")).isTrue();
    assertThat(oracle.accepts(f, "7.0")).isFalse();
  }
}
