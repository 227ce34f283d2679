package io.taskforge.planning.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Rng;
import io.taskforge.verify.Verdict;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RoutingOracleTest {
  private final RoutingTask task = new RoutingTask();
  private final RoutingOracle oracle = new RoutingOracle();
  private final RoutingVerifier verifier = new RoutingVerifier();

  @Test
  void theOracleReadsOnlyTheCanonicalForm() {
    Generated<RoutingProblem> g = task.generate(task.level(6), new Rng(2));
    assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
    assertThat(oracle.accepts(g.problem(), g.answer().replace("Vehicle ", "Route "))).isFalse();
    assertThat(oracle.accepts(g.problem(), g.answer().replace(" -> ", "->"))).isFalse();
    assertThat(oracle.accepts(g.problem(), g.answer() + "\n")).isFalse();
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 15; i++) {
        Generated<RoutingProblem> g = task.generate(task.level(level), new Rng(41L * level + i));
        RoutingProblem p = g.problem();
        assertThat(oracle.accepts(p, g.answer())).isTrue();
        for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
          Verdict v = verifier.verify(p, form);
          assertThat(v.correct()).as(form + " -> " + v.reason()).isTrue();
        }
        for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
          kinds.add(m.kind() + (m.valid() ? " valid" : " invalid"));
          Verdict v = verifier.verify(p, m.response());
          assertThat(v.correct()).as(m + " -> " + v.reason()).isEqualTo(m.valid());
        }
      }
    }
    assertThat(kinds).contains("reverse-route valid", "reorder-lines valid", "relabel valid", "swap-stops valid",
        "swap-stops invalid", "move-stop invalid", "drop-stop invalid", "repeat-stop invalid", "split-route invalid",
        "depot-inside invalid");
    assertThat(kinds).doesNotContain("reverse-route invalid", "reorder-lines invalid", "drop-stop valid");
  }
}
