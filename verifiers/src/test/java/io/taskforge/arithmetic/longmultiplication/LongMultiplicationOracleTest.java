package io.taskforge.arithmetic.longmultiplication;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Rng;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LongMultiplicationOracleTest {
  private final LongMultiplicationTask task = new LongMultiplicationTask();
  private final LongMultiplicationOracle oracle = new LongMultiplicationOracle();
  private final LongMultiplicationVerifier verifier = new LongMultiplicationVerifier();

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndFormInBothModes() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int i = 0; i < 10; i++) {
          Generated<LongMultiplicationProblem> g =
              task.generate(task.resolve(level, Map.of("mode", mode)), new Rng(100L * level + i));
          LongMultiplicationProblem p = g.problem();
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
    assertThat(kinds).contains("final off-by-one invalid", "final digit invalid", "final no-shift invalid",
        "final dropped-partial invalid", "trace reorder-partials valid", "trace swap-factors valid", "trace one-sum valid",
        "trace swap-roles valid", "trace zero-digit valid", "trace shift-error invalid", "trace wrong-partial invalid",
        "trace wrong-sum invalid", "trace drop-partial invalid", "trace double-count invalid",
        "trace wrong-result invalid", "trace no-result invalid", "trace result-only invalid");
  }

  @Test
  void theOracleMultipliesByItsOwnDigitArithmetic() {
    assertThat(LongMultiplicationOracle.timesDigit("4732", 6)).isEqualTo("28392");
    assertThat(LongMultiplicationOracle.timesDigit("99", 9)).isEqualTo("891");
    assertThat(LongMultiplicationOracle.timesDigit("12", 0)).isEqualTo("0");
    LongMultiplicationProblem p = new LongMultiplicationProblem("47", "36", "trace");
    assertThat(oracle.accepts(p, "47 \u00D7 6 = 282\n47 \u00D7 30 = 1410\n282 + 1410 = 1692\nResult: 1692")).isTrue();
    assertThat(oracle.accepts(p, "36 \u00D7 7 = 252\n36 \u00D7 40 = 1440\n252 + 1440 = 1692\nResult: 1692")).isTrue();
    assertThat(oracle.accepts(p, "47 \u00D7 6 = 282\n36 \u00D7 40 = 1440\n282 + 1440 = 1722\nResult: 1692")).isFalse();
    assertThat(oracle.accepts(p, "47 \u00D7 6 = 282\n47 \u00D7 3 = 141\n282 + 141 = 423\nResult: 1692")).isFalse();
  }
}
