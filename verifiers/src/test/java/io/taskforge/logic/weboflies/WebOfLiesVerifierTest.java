package io.taskforge.logic.weboflies;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.OracleAgreement;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebOfLiesVerifierTest {
  private final WebOfLiesTask task = new WebOfLiesTask();
  private final WebOfLiesVerifier verifier = new WebOfLiesVerifier();
  private final WebOfLiesOracle oracle = new WebOfLiesOracle();

  private Generated<WebOfLiesProblem> generate(int level, long index) {
    Params p = task.level(level);
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 23, index)));
  }

  private static WebOfLiesProblem.Sentence status(int person, boolean truthful) {
    return new WebOfLiesProblem.Sentence(WebOfLiesProblem.STATUS, person, -1, truthful, "");
  }

  private static WebOfLiesProblem.Sentence says(int person, int about, boolean truthful) {
    return new WebOfLiesProblem.Sentence(WebOfLiesProblem.SAYS, person, about, truthful, "");
  }

  @Test
  void goldScoresOneAtEveryLevelAndTheOtherAnswerZero() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 60; i++) {
        Generated<WebOfLiesProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "Following the chain...\n<answer>" + g.answer() + "</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        Verdict w = verifier.verify(g.problem(), g.answer().equals("yes") ? "no" : "yes");
        assertThat(w.status()).isEqualTo(Status.WRONG);
      }
    }
  }

  @Test
  void derivesHonestyFromTheSentencesInEitherDirection() {
    List<String> people = List.of("Ann", "Ben", "Cal", "Dee");
    // Ann lies. Ann says Ben lies (false, so Ben tells the truth). Cal says Ben tells the truth (true: Cal is honest).
    WebOfLiesProblem p = new WebOfLiesProblem(people, List.of(
        status(0, false), says(0, 1, false), says(2, 1, true), says(2, 3, false)), 3);
    Verdict v = verifier.verify(p, "no");
    assertThat(v.correct()).as(v.reason()).isTrue();
    assertThat(v.reason()).contains("Dee lies", "Ann's given honesty");
    assertThat(verifier.verify(new WebOfLiesProblem(people, p.sentences(), 1), "yes").correct()).isTrue();
    assertThat(oracle.accepts(p, "no")).isTrue();
  }

  @Test
  void contradictoryOrUndeterminedProblemsAreBadProblems() {
    List<String> people = List.of("Ann", "Ben");
    WebOfLiesProblem contradictory = new WebOfLiesProblem(people, List.of(
        status(0, true), status(1, true), says(0, 1, false)), 1);
    assertThat(verifier.verify(contradictory, "yes").status()).isEqualTo(Status.BAD_PROBLEM);
    WebOfLiesProblem open = new WebOfLiesProblem(people, List.of(says(0, 1, false)), 1);
    assertThat(verifier.verify(open, "yes").status()).isEqualTo(Status.BAD_PROBLEM);
    WebOfLiesProblem outside = new WebOfLiesProblem(people, List.of(status(0, true), says(0, 5, false)), 1);
    assertThat(verifier.verify(outside, "yes").status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new WebOfLiesProblem(people, List.of(status(0, true)), 7), "yes").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void documentedVariationsAreAcceptedAndOthersAreNot() {
    WebOfLiesProblem p = new WebOfLiesProblem(List.of("Ann"), List.of(status(0, true)), 0);
    for (String r : List.of("yes", "Yes", "YES", "Yes.", "**Yes**", "`yes`", " yes \n", "Answer: yes",
        "<answer>Yes</answer>")) {
      assertThat(verifier.verify(p, r).correct()).as(r).isTrue();
    }
    for (String r : List.of("Yes, Ann tells the truth.", "y", "true", "yes no", "yess", "Ann")) {
      assertThat(verifier.verify(p, r).status()).as(r).isEqualTo(Status.INVALID_FORMAT);
    }
  }

  @Test
  void verifierAgreesWithTheIndependentOracleOnEveryMutant() {
    assertThat(OracleAgreement.check(task, verifier, oracle, 25, 11)).isGreaterThan(1000);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<WebOfLiesProblem> g = generate(4, 0);
    OracleAgreement.hostileScoreZero(verifier, g.problem(), g.answer(), String.join("\n", (List<String>) g.view().get("sentences")));
    Object tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, g.answer()).correct()).isTrue();
  }
}
