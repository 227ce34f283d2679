package io.taskforge.datasets.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.core.ParamException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The harness on taskforge's own verifiers: the foundation tasks hold every property. */
class CheckRunTest {
  private static final List<String> FOUNDATION =
      List.of("arithmetic.expression", "logic.knights-knaves", "planning.blocksworld");

  @Test
  void theFoundationTasksHoldEveryPropertyAtEveryLevel() {
    AtomicLong progress = new AtomicLong();
    CheckConfig config = CheckConfig.of(FOUNDATION).count(6);
    CheckReport report;
    try (Judge judge = LocalJudge.registered()) {
      report = CheckRun.run(config, judge, progress::set);
    }
    assertThat(report.failures()).as(report.render()).isEmpty();
    assertThat(report.passed()).isTrue();
    assertThat(progress.get()).isEqualTo(CheckRun.plannedInstances(config)).isEqualTo(3 * 10 * 6);
    for (CheckReport.TaskResult t : report.tasks()) {
      assertThat(t.oracle()).isNotNull();
      for (Property p : Property.values()) {
        for (int level = 1; level <= 10; level++) {
          assertThat(t.cases()[p.ordinal()][level]).as("%s %s level %d", t.task(), p, level).isPositive();
        }
      }
      // Dozens of cases per instance: forms, mutants and hostile responses.
      assertThat(t.cases(Property.GOLD)).isGreaterThan(60 * 7);
      assertThat(t.cases(Property.MUTANTS)).isGreaterThan(60 * 8);
      assertThat(t.cases(Property.HOSTILE)).isGreaterThan(60 * 35);
    }
    assertThat(report.render()).contains("All properties hold", "planning.blocksworld (version 2, oracle BlocksworldOracle)");
    assertThat(report.toJson().get("passed").asBoolean()).isTrue();
  }

  @Test
  void theReportDoesNotDependOnTheThreadCount() {
    CheckConfig config = CheckConfig.of("logic.knights-knaves").levels(1, 3).count(3);
    String one;
    String three;
    try (Judge judge = LocalJudge.registered()) {
      one = CheckRun.run(config.threads(1), judge, n -> {}).render();
      three = CheckRun.run(config.threads(3), judge, n -> {}).render();
    }
    assertThat(three).isEqualTo(one);
  }

  @Test
  void anUnknownTaskOrParamIsBadInput() {
    try (Judge judge = LocalJudge.registered()) {
      assertThatThrownBy(() -> CheckRun.run(CheckConfig.of("logic.no-such-task"), judge, n -> {}))
          .isInstanceOf(ParamException.class).hasMessageContaining("unknown task");
      assertThatThrownBy(() -> CheckRun.run(CheckConfig.of("planning.blocksworld").param("colour", "red"), judge, n -> {}))
          .isInstanceOf(ParamException.class).hasMessageContaining("colour");
    }
    assertThatThrownBy(() -> CheckConfig.of("x").levels(0, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CheckConfig.of("x").count(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMedianFallsOnlyWhenTheNextLevelIsMostlyEasier() {
    // Same distribution, medians apart by sampling: not a fall.
    assertThat(CheckRun.dominance(new long[] {1, 2, 3, 4, 5}, new long[] {1, 2, 3, 4, 5})).isZero();
    // Every value of the next level is smaller: a fall.
    assertThat(CheckRun.dominance(new long[] {5, 6, 7}, new long[] {1, 2, 3})).isEqualTo(1.0);
    assertThat(CheckRun.dominance(new long[] {1, 2, 3}, new long[] {5, 6, 7})).isEqualTo(-1.0);
  }

  @Test
  void reproducingCommandsQuoteForTheShell() {
    assertThat(CheckRun.shellQuote("python3")).isEqualTo("python3");
    assertThat(CheckRun.shellQuote("python3 v.py")).isEqualTo("'python3 v.py'");
    assertThat(CheckRun.shellQuote("it's")).isEqualTo("'it'\\''s'");
  }

  @Test
  void shrinkingTriesSmallerValuesSmallestFirst() {
    var spec = io.taskforge.core.ParamSpec.integer("n", 5, 2, 20, "n");
    assertThat(Shrinker.smaller(spec, 10)).containsExactly(2, 4, 6, 9);
    assertThat(Shrinker.smaller(spec, 3)).containsExactly(2);
    assertThat(Shrinker.smaller(spec, 2)).isEmpty();
    assertThat(Shrinker.smaller(io.taskforge.core.ParamSpec.bool("b", true, "b"), true)).containsExactly(false);
  }

  @Test
  void reportedTextIsOneLineWithControlsVisible() {
    assertThat(Shown.text("a\nb\u0000\"", 10)).isEqualTo("\"a\\nb\\u0000\\\"\"");
    assertThat(Shown.text("x".repeat(30), 5)).isEqualTo("\"xxxxx\"... (30 chars)");
    assertThat(ExternalJudge.escapeLoneSurrogates("\"\uD800x\uD83D\uDE00\uDC00\"")).isEqualTo("\"\\uD800x\uD83D\uDE00\\uDC00\"");
  }
}
