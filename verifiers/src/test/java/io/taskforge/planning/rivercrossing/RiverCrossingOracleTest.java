package io.taskforge.planning.rivercrossing;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RiverCrossingOracleTest {
  private final RiverCrossingTask task = new RiverCrossingTask();
  private final RiverCrossingOracle oracle = new RiverCrossingOracle();
  private final RiverCrossingVerifier verifier = new RiverCrossingVerifier();

  @Test
  void judgesCanonicalPlansStrictly() {
    RiverCrossingProblem wgc = new RiverCrossingProblem("farmer", 0, 0, List.of("wolf", "goat", "cabbage"),
        List.of(List.of("wolf", "goat"), List.of("goat", "cabbage")), 2, false, 7);
    String plan = "cross goat\nreturn\ncross wolf\nreturn goat\ncross cabbage\nreturn\ncross goat";
    assertThat(oracle.accepts(wgc, plan)).isTrue();
    assertThat(oracle.accepts(wgc, plan.replace("cross wolf", "cross cabbage").replace("cross cabbage\nreturn\n",
        "cross wolf\nreturn\n"))).isTrue();
    assertThat(oracle.accepts(wgc, "cross wolf\n" + plan)).isFalse();
    assertThat(oracle.accepts(wgc, plan.replace("return goat", "return"))).isFalse();
    assertThat(oracle.accepts(wgc, plan.toUpperCase(Locale.ROOT))).isFalse();
    assertThat(oracle.accepts(wgc, "cross with the goat")).isFalse();
    RiverCrossingProblem mc = new RiverCrossingProblem("missionaries", 3, 3, List.of(), List.of(), 2, true, 11);
    String mcPlan = "cross c c\nreturn c\ncross c c\nreturn c\ncross m m\nreturn m c\ncross m m\nreturn c\ncross c c\n"
        + "return c\ncross c c";
    assertThat(oracle.accepts(mc, mcPlan)).isTrue();
    assertThat(oracle.accepts(mc, "cross m c\nreturn m c\n" + mcPlan)).isFalse(); // optimality: longer
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (boolean optimality : new boolean[] {false, true}) {
      for (int level = 1; level <= 7; level++) {
        Params params = task.resolve(level, Map.of("optimality", String.valueOf(optimality)));
        for (int i = 0; i < 3; i++) {
          Generated<RiverCrossingProblem> g = task.generate(params, new Rng(19L * level + i));
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
    assertThat(kinds).contains("drop-step invalid", "swap-steps invalid", "insert-step invalid", "duplicate-step invalid",
        "truncate invalid", "flip-direction invalid", "change-passenger invalid", "overload invalid", "detour valid",
        "detour invalid");
  }
}
