package io.taskforge.datasets.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.api.TaskForge;
import io.taskforge.core.Instance;
import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** External verifiers over the JSON Lines protocol: answers, crashes, hangs, protocol errors. */
class ExternalJudgeTest {
  private static final String KK = "logic.knights-knaves";
  /** Answers every request with score 1. */
  private static final String ACCEPT_ALL = answering("\"score\":1", "");

  /**
   * A shell pipeline answering each request with these fields after the id (the 4th field between
   * double quotes), then running the extra sed commands. cut and sed read 10 MB lines quickly.
   */
  private static String answering(String fields, String sedCommands) {
    return "stdbuf -oL cut -d'\"' -f4 | stdbuf -oL sed -e 's/.*/{\"id\":\"&\"," + fields + "}/'" + sedCommands;
  }

  /** Every case here ends by itself (an answer, a crash); only a loaded machine makes one slow. */
  private static final Duration GENEROUS = Duration.ofSeconds(30);

  private static Instance instance() {
    return TaskForge.task(KK).level(1).get(0);
  }

  @Test
  void answersAreReadAsVerdicts() {
    try (ExternalJudge judge = ExternalJudge.of(ACCEPT_ALL)) {
      Judgement j = judge.judge(instance(), "anything", GENEROUS);
      assertThat(j.ok()).as(j.describe()).isTrue();
      assertThat(j.correct()).isTrue();
      assertThat(j.describe()).isEqualTo("score 1, CORRECT: external score 1");
      assertThat(judge.answers()).isEqualTo(1);
    }
    String half = answering("\"score\":0.5,\"reason\":\"half\"", "");
    try (ExternalJudge judge = ExternalJudge.of(half)) {
      assertThat(judge.judge(instance(), "x", GENEROUS).describe()).isEqualTo("score 0.5000, PARTIAL: half");
    }
  }

  @Test
  void aCrashIsReportedAndTheProgramRestarted() {
    try (ExternalJudge judge = ExternalJudge.of(answering("\"score\":1", " -e 2q"))) {
      assertThat(judge.judge(instance(), "a", GENEROUS).ok()).isTrue();
      assertThat(judge.judge(instance(), "b", GENEROUS).ok()).isTrue();
      Judgement crashed = judge.judge(instance(), "c", GENEROUS);
      assertThat(crashed.failure()).startsWith("the external verifier crashed: it exited with code 0 before answering");
      assertThat(judge.judge(instance(), "d", GENEROUS).ok()).as("restarted").isTrue();
    }
    try (ExternalJudge judge = ExternalJudge.of("echo 'bad things happened' >&2; exit 3")) {
      assertThat(judge.judge(instance(), "a", GENEROUS).failure())
          .isEqualTo("the external verifier crashed: it exited with code 3 before answering; "
              + "its standard error ends: \"bad things happened\"");
    }
  }

  @Test
  void aProgramThatDoesNotAnswerInTimeIsKilled() {
    try (ExternalJudge judge = ExternalJudge.of("read line; sleep 60", Duration.ZERO)) {
      Judgement j = judge.judge(instance(), "a", Duration.ofMillis(300));
      assertThat(j.failure()).isEqualTo(
          "no answer from the external verifier within 300 ms (it was killed and will be restarted)");
    }
  }

  @Test
  void protocolErrorsAreReported() {
    try (ExternalJudge judge = ExternalJudge.of("echo hello; cat > /dev/null")) {
      assertThat(judge.judge(instance(), "a", GENEROUS).failure())
          .isEqualTo("the external verifier wrote a line that is not a JSON object: \"hello\" (it was restarted)");
    }
    try (ExternalJudge judge = ExternalJudge.of("sed -u 's/.*/{\"id\":\"other\",\"score\":1}/'")) {
      assertThat(judge.judge(instance(), "a", GENEROUS).failure()).startsWith("the external verifier answered id \"other\" to request ");
    }
    try (ExternalJudge judge = ExternalJudge.of(answering("\"score\":2", ""))) {
      assertThat(judge.judge(instance(), "a", GENEROUS).failure()).isEqualTo("the external verifier gave score 2, outside [0, 1]");
    }
  }

  @Test
  void aCommandThatNeverAnswersIsBadInput() {
    try (ExternalJudge judge = ExternalJudge.of("no-such-command-taskforge-test")) {
      assertThatThrownBy(() -> CheckRun.run(CheckConfig.of(KK).levels(1, 1).count(2).threads(1), judge, n -> {}))
          .isInstanceOf(CheckRun.CheckException.class)
          .hasMessageStartingWith("the external verifier 'no-such-command-taskforge-test' never answered: it exited with code 127");
    }
  }

  @Test
  void aVerifierThatAcceptsEverythingFailsMutantsAndHostileResponses() {
    CheckReport report;
    try (ExternalJudge judge = ExternalJudge.of(ACCEPT_ALL)) {
      report = CheckRun.run(CheckConfig.of(KK).levels(1, 2).count(2).threads(1), judge, n -> {});
    }
    assertThat(report.tasks().get(0).failed(Property.GOLD)).isZero();
    assertThat(PlantedBugTest.failure(report, Property.MUTANTS, "mutant flip-one (invalid)").reproduce())
        .endsWith(" --external " + CheckRun.shellQuote(ACCEPT_ALL));
    assertThat(PlantedBugTest.failure(report, Property.HOSTILE, "empty").verdict()).isEqualTo("score 1, CORRECT: external score 1");
  }

  /**
   * The scenario: a reward function, in another program, that accepts any response
   * containing the gold text. Check catches it and shrinks the counterexample to the smallest puzzle.
   */
  @Test
  void aSubstringRewardFunctionIsCaughtWithAShrunkCounterexample() {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String command = CheckRun.shellQuote(java) + " -cp " + CheckRun.shellQuote(classpath) + " "
        + ContainsGoldVerifier.class.getName();
    CheckReport report;
    try (ExternalJudge judge = ExternalJudge.of(command)) {
      report = CheckRun.run(CheckConfig.of(KK).levels(3, 5).count(3).threads(1), judge, n -> {});
    }
    assertThat(report.passed()).isFalse();
    CheckFailure contradiction = PlantedBugTest.failure(report, Property.HOSTILE, "gold followed by a contradicting answer");
    assertThat(contradiction.what()).isEqualTo("it must score below 1 (the last answer is wrong) but was accepted");
    assertThat(contradiction.shrunkFrom()).isEqualTo("level 3, index 0");
    assertThat(contradiction.level()).isEqualTo(1);
    assertThat(contradiction.params()).containsEntry("people", 2);
    assertThat(contradiction.reproduce()).startsWith("taskforge check logic.knights-knaves --level 1 --seed 0 --index 0 --external ");
    // Right answers written another documented way are refused, and an invalid duplicate entry passes.
    assertThat(PlantedBugTest.failure(report, Property.MUTANTS, "mutant reorder (valid)").what())
        .startsWith("it must score 1 (the oracle accepts it) but got 0");
    assertThat(PlantedBugTest.failure(report, Property.MUTANTS, "mutant duplicate (invalid)").what())
        .contains("was accepted");
    assertThat(report.tasks().get(0).failed(Property.DETERMINISM)).isZero();
  }
}
