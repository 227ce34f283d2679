package io.taskforge.arithmetic.linearsystem;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LinearSystemOracleTest {
  private final LinearSystemTask task = new LinearSystemTask();
  private final LinearSystemOracle oracle = new LinearSystemOracle();
  private final LinearSystemVerifier verifier = new LinearSystemVerifier();

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantFormAndHostileResponse() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        Params p = task.schema().withText(task.level(level), Map.of("mode", mode), task.id());
        for (int i = 0; i < 12; i++) {
          Generated<LinearSystemProblem> g = task.generate(p, new Rng(1000L * level + i));
          LinearSystemProblem problem = g.problem();
          assertThat(oracle.accepts(problem, g.answer())).as("%s\n%s", problem, g.answer()).isTrue();
          for (String form : oracle.equivalentForms(problem, g.answer(), new Rng(i))) {
            Verdict v = verifier.verify(problem, form);
            assertThat(v.correct()).as("%s: form\n%s\n%s", problem, form, v.reason()).isTrue();
          }
          for (Mutant m : oracle.mutants(problem, g.answer(), new Rng(i))) {
            kinds.add(mode + " " + m.kind() + (m.valid() ? " valid" : " invalid"));
            Verdict v = verifier.verify(problem, m.response());
            assertThat(v.correct()).as("%s: %s\n%s\n%s", problem, m.kind(), m.response(), v.reason())
                .isEqualTo(m.valid());
          }
          for (String h : oracle.hostileResponses(problem, g.answer())) {
            assertThat(verifier.verify(problem, h).score()).as(h).isZero();
          }
        }
      }
    }
    assertThat(kinds).contains("final reordered valid", "final unreduced valid", "final decimal valid",
        "final off-by-one invalid", "final sign-flip invalid", "final swap-values invalid", "final missing invalid",
        "final tuple invalid", "final conflicting invalid", "trace gauss-jordan valid", "trace fraction-free valid",
        "trace swap-steps valid", "trace swap-steps invalid", "trace result-order valid", "trace wrong-entry invalid",
        "trace wrong-factor invalid", "trace wrong-value invalid", "trace drop-step invalid", "trace swap-back invalid",
        "trace zero-factor invalid", "trace no-values invalid", "trace wrong-result invalid", "trace no-result invalid");
  }

  @Test
  void theOraclesOwnEliminationsTakeOtherRoutes() {
    LinearSystemProblem p = new LinearSystemProblem(List.of("x", "y"), List.of(List.of(1, -5), List.of(3, 3)),
        List.of(3, -9), 3, "trace");
    assertThat(LinearSystemOracle.gaussJordan(p)).containsExactly(
        "R1 <-> R2", "R1 = 1/3 R1: [1, 1 | -3]", "R2 = R2 - R1: [0, -6 | 6]", "R2 = -1/6 R2: [0, 1 | -1]",
        "R1 = R1 - R2: [1, 0 | -2]", "x = -2", "y = -1", "Result: x = -2, y = -1");
    assertThat(LinearSystemOracle.fractionFree(p)).containsExactly(
        "R2 = R2 - 3 R1: [0, 18 | -18]", "y = -1", "x = -2", "Result: x = -2, y = -1");
    assertThat(oracle.accepts(p, String.join("\n", LinearSystemOracle.gaussJordan(p)))).isTrue();
    assertThat(oracle.accepts(p, "R2 = R2 - 3 R1: [0, 18 | -18]\nx = -2\ny = -1\nResult: x = -2, y = -1")).isFalse();
  }
}
