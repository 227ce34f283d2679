package io.taskforge.planning.waterjugs;

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

class WaterJugsOracleTest {
  private final WaterJugsTask task = new WaterJugsTask();
  private final WaterJugsOracle oracle = new WaterJugsOracle();
  private final WaterJugsVerifier verifier = new WaterJugsVerifier();

  @Test
  void judgesCanonicalAnswersStrictly() {
    WaterJugsProblem p = new WaterJugsProblem(List.of("A", "B"), List.of(3, 5), List.of(0, 0), true, List.of(-1, 4),
        true, false, 6);
    assertThat(oracle.accepts(p, "fill B\npour B A\nempty A\npour B A\nfill B\npour B A")).isTrue();
    assertThat(oracle.accepts(p, "fill B\npour B A\nempty A\npour B A\nfill B")).isFalse();
    assertThat(oracle.accepts(p, "impossible")).isFalse();
    assertThat(oracle.accepts(p, "Fill B\npour B A\nempty A\npour B A\nfill B\npour B A")).isFalse();
    assertThat(oracle.accepts(p, "fill B\npour B into A\nempty A\npour B A\nfill B\npour B A")).isFalse();
    WaterJugsProblem none = new WaterJugsProblem(List.of("A", "B"), List.of(2, 4), List.of(0, 0), true, List.of(-1, 3),
        false, false, -1);
    assertThat(oracle.accepts(none, "impossible")).isTrue();
    assertThat(oracle.accepts(none, "fill B")).isFalse();
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (boolean optimality : new boolean[] {false, true}) {
      for (boolean tap : new boolean[] {true, false}) {
        for (int level = tap ? 1 : 4; level <= 6; level++) {
          Params params = task.resolve(level, Map.of("optimality", String.valueOf(optimality), "tap", String.valueOf(tap),
              "impossible_percent", "30"));
          for (int i = 0; i < 4; i++) {
            Generated<WaterJugsProblem> g = task.generate(params, new Rng(17L * level + i));
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
        "duplicate-step invalid", "truncate invalid", "wrong-jug invalid", "flip-action invalid",
        "say-impossible invalid", "random-plan invalid", "detour valid", "detour invalid");
  }
}
