package io.taskforge.planning.scheduling;

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

class SchedulingOracleTest {
  private final SchedulingTask task = new SchedulingTask();
  private final SchedulingOracle oracle = new SchedulingOracle();
  private final SchedulingVerifier verifier = new SchedulingVerifier();

  @Test
  void theOracleReadsOnlyTheCanonicalForm() {
    Generated<SchedulingProblem> g = task.generate(task.resolve(4, java.util.Map.of("unsatisfiable", "0")), new Rng(3));
    SchedulingProblem p = g.problem();
    assertThat(oracle.accepts(p, "impossible")).isFalse();
    assertThat(oracle.accepts(p, g.answer())).isTrue();
    assertThat(oracle.accepts(p, g.answer().toLowerCase(java.util.Locale.ROOT))).isFalse();
    assertThat(oracle.accepts(p, "- " + g.answer())).isFalse();
    assertThat(oracle.accepts(p, g.answer() + "\n")).isFalse();
    assertThat(oracle.accepts(p, "")).isFalse();
  }

  @Test
  void goldAnswersAreAcceptedByTheOracleAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 20; i++) {
        Generated<SchedulingProblem> g = task.generate(params, new Rng(Seeds.instanceSeed(task.id(), 1, params, 9, i)));
        assertThat(oracle.accepts(g.problem(), g.answer())).as("level %s index %s", level, i).isTrue();
      }
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 12; i++) {
        Generated<SchedulingProblem> g = task.generate(task.level(level), new Rng(37L * level + i));
        SchedulingProblem p = g.problem();
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
    assertThat(kinds).contains("shift valid", "shift invalid", "other-day invalid", "stretch invalid",
        "swap-times invalid", "drop-line invalid", "duplicate-line invalid", "unknown-meeting invalid",
        "impossible invalid", "random-schedule invalid");
    assertThat(kinds).doesNotContain("stretch valid", "random-schedule valid", "impossible valid");
  }
}
