package io.taskforge.arithmetic.fractions;

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

class FractionsOracleTest {
  private final FractionsTask task = new FractionsTask();
  private final FractionsOracle oracle = new FractionsOracle();
  private final FractionsVerifier verifier = new FractionsVerifier();

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantFormAndHostileResponse() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        Params p = task.schema().withText(task.level(level), Map.of("mode", mode), task.id());
        for (int i = 0; i < 15; i++) {
          Generated<FractionsProblem> g = task.generate(p, new Rng(1000L * level + i));
          FractionsProblem problem = g.problem();
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
    assertThat(kinds).contains("final off-by-one invalid", "final sign-flip invalid", "final swap-fraction invalid",
        "final unreduced invalid", "final decimal valid", "final rounded invalid", "final digit invalid",
        "final left-to-right invalid", "final mixed-number invalid", "final repeated invalid",
        "trace wrong-value invalid", "trace drop-step invalid", "trace drop-step valid", "trace duplicate-step invalid",
        "trace swap-steps invalid", "trace two-at-once invalid", "trace restated valid", "trace other-order valid",
        "trace wrong-result invalid", "trace unreduced-result invalid", "trace no-result invalid");
  }

  @Test
  void theOracleJudgesStepsByItsOwnEnumerationOfRewrites() {
    FractionsProblem p = new FractionsProblem("1/2 + 2/3 \u00D7 3/5", 4, "trace");
    assertThat(oracle.accepts(p, "1/2 + 6/15\n1/2 + 2/5\n5/10 + 4/10\n9/10\nResult: 9/10")).isTrue();
    assertThat(oracle.accepts(p, "1/2 + 2/5\n9/10\nResult: 9/10")).isTrue();
    assertThat(oracle.accepts(p, "1/2 + 6/15\n9/10\nResult: 9/10")).isTrue();
    assertThat(oracle.accepts(p, "9/10\nResult: 9/10")).isFalse();
    assertThat(oracle.accepts(p, "1/2 + 2/5\n9/10\nResult: 18/20")).isFalse();
    assertThat(oracle.accepts(p, "1/2 + 4/6 \u00D7 3/5\n1/2 + 12/30\n9/10\nResult: 9/10")).isFalse();
    FractionsProblem sum = new FractionsProblem("1/4 + 1/6", 2, "trace");
    assertThat(oracle.accepts(sum, "3/12 + 2/12\n1/4 + 2/12\n3/12 + 2/12\n5/12\nResult: 5/12")).isFalse();
    assertThat(oracle.accepts(sum, "2/4 + 1/6\n5/12\nResult: 5/12")).isFalse();
    FractionsProblem fin = new FractionsProblem("1/4 + 1/4", 2, "final");
    assertThat(oracle.accepts(fin, "1/2")).isTrue();
    assertThat(oracle.accepts(fin, "0.5")).isTrue();
    assertThat(oracle.accepts(fin, "2/4")).isFalse();
  }

  @Test
  void theOraclesOwnTraceTakesAnotherOrder() {
    List<String> own = FractionsOracle.ownTrace("(1/2 + 1/3) \u00D7 (3/4 - 1/4)");
    assertThat(own).containsExactly("(1/2 + 1/3) \u00D7 1/2", "5/6 \u00D7 1/2", "5/12", "Result: 5/12");
  }
}
