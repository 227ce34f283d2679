package io.taskforge.arithmetic.longdivision;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Rng;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongDivisionOracleTest {
  private final LongDivisionTask task = new LongDivisionTask();
  private final LongDivisionOracle oracle = new LongDivisionOracle();
  private final LongDivisionVerifier verifier = new LongDivisionVerifier();

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndFormInBothModes() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (String remainder : new String[] {"true", "false"}) {
        for (int level = 1; level <= 10; level++) {
          for (int i = 0; i < 8; i++) {
            Generated<LongDivisionProblem> g = task.generate(
                task.resolve(level, Map.of("mode", mode, "remainder", remainder)), new Rng(100L * level + i));
            LongDivisionProblem p = g.problem();
            assertThat(oracle.accepts(p, g.answer())).as(g.answer()).isTrue();
            for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
              assertThat(verifier.verify(p, form).correct()).as("form %s -> %s", form, verifier.verify(p, form).reason())
                  .isTrue();
            }
            for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
              kinds.add(mode + " " + m.kind() + (m.valid() ? " valid" : " invalid"));
              assertThat(verifier.verify(p, m.response()).correct())
                  .as("%s: %s -> %s", p, m, verifier.verify(p, m.response())).isEqualTo(m.valid());
            }
            for (String h : oracle.hostileResponses(p, g.answer())) {
              assertThat(verifier.verify(p, h).score()).as(h).isZero();
            }
          }
        }
      }
    }
    assertThat(kinds).contains("final quotient-off-by-one invalid", "final remainder-off-by-one invalid",
        "final borrowed invalid", "final swapped invalid", "final quotient-only invalid", "final quotient-only valid",
        "final zero-remainder-written valid", "trace leading-zeros valid",
        "trace zero-remainder-written valid", "trace wrong-digit invalid", "trace wrong-remainder invalid",
        "trace skip-digit invalid", "trace big-first invalid", "trace wrong-result invalid", "trace quotient-only valid",
        "trace quotient-only invalid", "trace no-result invalid", "trace result-only invalid");
  }

  @Test
  void theOracleDividesByRepeatedSubtraction() {
    LongDivisionProblem p = new LongDivisionProblem("7403", "6", "trace");
    assertThat(oracle.accepts(p, "7 \u00F7 6 = 1 R 1\n14 \u00F7 6 = 2 R 2\n20 \u00F7 6 = 3 R 2\n23 \u00F7 6 = 3 R 5\nResult: 1233 R 5"))
        .isTrue();
    assertThat(oracle.accepts(p, "74 \u00F7 6 = 12 R 2\n20 \u00F7 6 = 3 R 2\n23 \u00F7 6 = 3 R 5\nResult: 1233 R 5")).isFalse();
    LongDivisionProblem f = new LongDivisionProblem("7403", "6", "final");
    assertThat(oracle.accepts(f, "1233 R 5")).isTrue();
    assertThat(oracle.accepts(f, "1233")).isFalse();
    assertThat(oracle.accepts(new LongDivisionProblem("7404", "6", "final"), "1234")).isTrue();
  }
}
