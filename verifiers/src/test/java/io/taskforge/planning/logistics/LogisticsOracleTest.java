package io.taskforge.planning.logistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.verify.Verdict;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LogisticsOracleTest {
  private final LogisticsTask task = new LogisticsTask();
  private final LogisticsOracle oracle = new LogisticsOracle();
  private final LogisticsVerifier verifier = new LogisticsVerifier();

  @Test
  void theOracleSimulatesTheCanonicalPlanStrictly() {
    Generated<LogisticsProblem> g = task.generate(task.level(3), new Rng(5));
    LogisticsProblem p = g.problem();
    assertThat(oracle.accepts(p, g.answer())).isTrue();
    assertThat(oracle.accepts(p, "")).isFalse();
    assertThat(oracle.accepts(p, g.answer().toUpperCase(java.util.Locale.ROOT))).isFalse();
    assertThat(oracle.accepts(p, "1. " + g.answer())).isFalse();
    assertThat(oracle.accepts(p, g.answer() + "\n")).isFalse();
    assertThat(oracle.accepts(p, g.answer().substring(0, g.answer().lastIndexOf('\n')))).isFalse();
  }

  @Test
  void goldPlansAreAcceptedByTheOracleOverManySeedsAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < (level <= 8 ? 25 : 5); i++) {
        Generated<LogisticsProblem> g = task.generate(params, new Rng(Seeds.instanceSeed(task.id(), 1, params, 9, i)));
        assertThat(oracle.accepts(g.problem(), g.answer())).as("level %s index %s", level, i).isTrue();
      }
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 9; level++) {
      for (int i = 0; i < 6; i++) {
        Generated<LogisticsProblem> g = task.generate(task.level(level), new Rng(31L * level + i));
        LogisticsProblem p = g.problem();
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
    assertThat(kinds).contains("drop-step invalid", "swap-steps invalid", "insert-step invalid",
        "duplicate-step invalid", "truncate invalid", "wrong-vehicle invalid", "wrong-place invalid",
        "wrong-city invalid", "unknown-object invalid", "detour valid", "load-unload valid");
    assertThat(kinds).doesNotContain("detour invalid", "load-unload invalid", "unknown-object valid", "truncate valid");
  }
}
