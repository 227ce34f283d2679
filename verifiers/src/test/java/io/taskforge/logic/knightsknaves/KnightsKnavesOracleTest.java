package io.taskforge.logic.knightsknaves;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Rng;
import io.taskforge.logic.formula.Formula;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KnightsKnavesOracleTest {
  private final KnightsKnavesTask task = new KnightsKnavesTask();
  private final KnightsKnavesOracle oracle = new KnightsKnavesOracle();
  private final KnightsKnavesVerifier verifier = new KnightsKnavesVerifier();

  /** Alice: "Bob is a knave." Bob: "Alice and I are the same kind." Alice knight, Bob knave. */
  private static final KnightsKnavesProblem TWO = new KnightsKnavesProblem(List.of("Alice", "Bob"), List.of(
      new KnightsKnavesProblem.Statement(0, Formula.is(1, false)),
      new KnightsKnavesProblem.Statement(1, Formula.iff(Formula.is(0, true), Formula.is(1, true)))));

  @Test
  void judgesByConsistencyWithEveryStatement() {
    assertThat(oracle.accepts(TWO, "Alice: knight, Bob: knave")).isTrue();
    assertThat(oracle.accepts(TWO, "Bob: knave, Alice: knight")).isTrue();
    assertThat(oracle.accepts(TWO, "Alice: knave, Bob: knight")).isFalse();
    assertThat(oracle.accepts(TWO, "Alice: knight, Bob: knight")).isFalse();
    for (String unreadable : new String[] {"", "Alice: knight", "Alice: knight, Bob: knave, Bob: knave",
        "Alice: knight, Carol: knave", "alice: knight, Bob: knave", "Alice: Knight, Bob: knave", "Alice knight, Bob knave"}) {
      assertThat(oracle.accepts(TWO, unreadable)).as(unreadable).isFalse();
    }
    assertThat(KnightsKnavesOracle.consistentAssignments(TWO)).hasSize(1);
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 5; i++) {
        Generated<KnightsKnavesProblem> g = task.generate(task.level(level), new Rng(77L * level + i));
        KnightsKnavesProblem p = g.problem();
        assertThat(oracle.accepts(p, g.answer())).isTrue();
        for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
          assertThat(verifier.verify(p, form).correct()).as(form).isTrue();
        }
        for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
          kinds.add(m.kind() + (m.valid() ? " valid" : " invalid"));
          assertThat(verifier.verify(p, m.response()).correct()).as(m.toString()).isEqualTo(m.valid());
        }
        for (String h : oracle.hostileResponses(p, g.answer())) {
          assertThat(verifier.verify(p, h).score()).as(h).isZero();
        }
      }
    }
    assertThat(kinds).contains("flip-one invalid", "swap-two invalid", "all-knights invalid", "reorder valid",
        "drop-one invalid", "duplicate invalid", "rename invalid").doesNotContain("other-solution valid");
  }
}
