package io.taskforge.arithmetic.longaddition;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Rng;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongAdditionOracleTest {
  private final LongAdditionTask task = new LongAdditionTask();
  private final LongAdditionOracle oracle = new LongAdditionOracle();
  private final LongAdditionVerifier verifier = new LongAdditionVerifier();

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndFormInBothModes() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int i = 0; i < 12; i++) {
          Generated<LongAdditionProblem> g = task.generate(task.resolve(level, Map.of("mode", mode)), new Rng(100L * level + i));
          LongAdditionProblem p = g.problem();
          assertThat(oracle.accepts(p, g.answer())).as(g.answer()).isTrue();
          for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
            assertThat(verifier.verify(p, form).correct()).as("form %s -> %s", form, verifier.verify(p, form).reason())
                .isTrue();
          }
          for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
            kinds.add(mode + " " + m.kind() + (m.valid() ? " valid" : " invalid"));
            assertThat(verifier.verify(p, m.response()).correct()).as("%s: %s -> %s", p, m, verifier.verify(p, m.response()))
                .isEqualTo(m.valid());
          }
          for (String h : oracle.hostileResponses(p, g.answer())) {
            assertThat(verifier.verify(p, h).score()).as(h).isZero();
          }
        }
      }
    }
    assertThat(kinds).contains("final off-by-one invalid", "final digit invalid", "final no-carry invalid",
        "final dropped-addend invalid", "trace term-order valid", "trace drop-zero valid", "trace carry-column valid",
        "trace wrong-digit invalid", "trace wrong-carry invalid", "trace forgot-carry invalid", "trace wrong-total invalid",
        "trace drop-line invalid", "trace swap-lines invalid", "trace wrong-result invalid", "trace no-result invalid",
        "trace result-only invalid");
  }

  @Test
  void theOracleJudgesHandWrittenTraces() {
    LongAdditionProblem p = new LongAdditionProblem(List.of("58", "67"), "trace");
    assertThat(oracle.accepts(p, "column 1: 8 + 7 = 15, write 5, carry 1\ncolumn 2: 5 + 6 + 1 = 12, write 2, carry 1\nResult: 125"))
        .isTrue();
    assertThat(oracle.accepts(p, "column 1: 7 + 8 = 15, write 5, carry 1\ncolumn 2: 1 + 6 + 5 = 12, write 2, carry 1\n"
        + "column 3: 1 = 1, write 1, carry 0\nResult: 125")).isTrue();
    assertThat(oracle.accepts(p, "column 1: 8 + 7 = 15, write 5, carry 1\ncolumn 2: 5 + 6 = 11, write 1, carry 1\nResult: 125"))
        .isFalse();
    assertThat(oracle.accepts(p, "column 1: 8 + 7 = 15, write 5, carry 1\nResult: 125")).isFalse();
    assertThat(oracle.accepts(p, "Result: 125")).isFalse();
    LongAdditionProblem f = new LongAdditionProblem(List.of("58", "67"), "final");
    assertThat(oracle.accepts(f, "125")).isTrue();
    assertThat(oracle.accepts(f, "0125")).isFalse();
    assertThat(oracle.accepts(f, "115")).isFalse();
  }
}
