package io.taskforge.datasets.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Params;
import io.taskforge.core.Task;
import io.taskforge.core.Tasks;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.arithmetic.expression.ExpressionProblem;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The harness finds bugs planted in copies of a verifier, and shrinks them to small instances. */
class PlantedBugTest {
  private static final String ARITHMETIC = "arithmetic.expression";

  @Test
  void aVerifierThatIgnoresPrecedenceIsCaughtAndShrunkToTheFirstLevelWherePrecedenceMatters() {
    CheckReport report;
    try (Judge judge = LocalJudge.replacing(new LeftToRightExpressionVerifier())) {
      report = CheckRun.run(CheckConfig.of(ARITHMETIC).levels(5, 10).count(4), judge, n -> {});
    }
    assertThat(report.passed()).isFalse();
    CheckFailure gold = failure(report, Property.GOLD, "gold");
    // Level 1 has two operands, so precedence never matters there; from level 2 on it can.
    assertThat(gold.level()).isBetween(2, 3);
    assertThat(gold.shrunkFrom()).startsWith("level 5, index ");
    assertThat(gold.what()).contains("must score 1");
    assertThat(gold.reproduce()).startsWith("taskforge check arithmetic.expression --level " + gold.level() + " ");
    assertThat(gold.problem()).containsPattern("[+-].*[*/]");

    // The reproducing command's config fails again, on that one instance.
    CheckReport again;
    try (Judge judge = LocalJudge.replacing(new LeftToRightExpressionVerifier())) {
      again = CheckRun.run(reproducing(gold), judge, n -> {});
    }
    assertThat(again.failures()).extracting(CheckFailure::kind).contains("gold");
    assertThat(CheckReport.renderFailure(gold)).contains("shrunk:", "reproduce: taskforge check arithmetic.expression");
  }

  @Test
  void aVerifierThatAcceptsOffByOneAnswersFailsTheOffByOneMutantsAtTheSmallestInstance() {
    CheckReport report;
    try (Judge judge = LocalJudge.replacing(new OffByOneVerifier())) {
      report = CheckRun.run(CheckConfig.of(ARITHMETIC).levels(3, 6).count(3), judge, n -> {});
    }
    CheckFailure f = failure(report, Property.MUTANTS, "mutant off-by-one (invalid)");
    assertThat(f.what()).contains("must score below 1", "the oracle rejects it", "was accepted");
    assertThat(f.level()).isEqualTo(1);
    assertThat(f.index()).isZero();
    assertThat(f.params()).containsEntry("operands", 2).containsEntry("digits", 1);
    assertThat(f.shrunkFrom()).isEqualTo("level 3, index 0");
    // Every off-by-one mutant (two per instance) of the 4 levels x 3 instances was accepted.
    assertThat(f.occurrences()).isEqualTo(4L * 3 * 2);
    assertThat(report.tasks().get(0).failed(Property.GOLD)).isZero();
  }

  @Test
  void aVerifierThatHangsIsReportedWithinTheTimeBound() {
    Verifier<ExpressionProblem> hanging = new Verifier<>() {
      @Override
      public String taskId() {
        return ARITHMETIC;
      }

      @Override
      public Class<ExpressionProblem> problemType() {
        return ExpressionProblem.class;
      }

      @Override
      public Verdict verify(ExpressionProblem problem, String response) {
        if (response.isEmpty()) {
          while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
          }
        }
        return Verdict.wrong("no");
      }
    };
    CheckReport report;
    try (Judge judge = LocalJudge.replacing(hanging)) {
      report = CheckRun.run(CheckConfig.of(ARITHMETIC).levels(1, 1).index(0).timeout(Duration.ofMillis(200)).shrink(false),
          judge, n -> {});
    }
    CheckFailure f = failure(report, Property.HOSTILE, "empty");
    assertThat(f.what()).isEqualTo("no verdict within 200 ms");
  }

  @Test
  void aVerifierThatThrowsIsReported() {
    Verifier<ExpressionProblem> throwing = new Verifier<>() {
      @Override
      public String taskId() {
        return ARITHMETIC;
      }

      @Override
      public Class<ExpressionProblem> problemType() {
        return ExpressionProblem.class;
      }

      @Override
      public Verdict verify(ExpressionProblem problem, String response) {
        if (response.contains("\u0000")) {
          throw new IllegalStateException("NUL");
        }
        return Verdict.wrong("no");
      }
    };
    CheckReport report;
    try (Judge judge = LocalJudge.replacing(throwing)) {
      report = CheckRun.run(CheckConfig.of(ARITHMETIC).levels(1, 2).count(2), judge, n -> {});
    }
    assertThat(failure(report, Property.HOSTILE, "control characters").what())
        .isEqualTo("the verifier threw java.lang.IllegalStateException: NUL");
  }

  @Test
  void aTaskWithoutAnOracleFailsPropertyTwoPlainly() {
    CheckReport report;
    try (Judge judge = LocalJudge.registered()) {
      report = CheckRun.run(CheckConfig.of(ARITHMETIC).levels(1, 2).count(2), judge, n -> {}, id -> Optional.empty());
    }
    CheckFailure f = failure(report, Property.MUTANTS, "no oracle");
    assertThat(f.what()).startsWith("no oracle is registered for arithmetic.expression");
    assertThat(f.aboutOneInstance()).isFalse();
    assertThat(report.failures()).hasSize(1);
    assertThat(report.render()).contains("oracle none", "FAILED arithmetic.expression, property 2 (mutants judged right): no oracle");
  }

  static CheckFailure failure(CheckReport report, Property property, String kind) {
    return report.failures().stream()
        .filter(f -> f.property() == property && f.kind().equals(kind))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failure " + property + " " + kind + " in\n" + report.render()));
  }

  /** The config of a failure's reproducing command. */
  static CheckConfig reproducing(CheckFailure f) {
    Task<?> task = Tasks.get(f.task());
    Params base = task.level(f.level());
    CheckConfig c = CheckConfig.of(f.task()).levels(f.level(), f.level()).seed(f.seed()).index(f.index());
    for (Map.Entry<String, Object> e : f.params().entrySet()) {
      if (!e.getValue().equals(base.asMap().get(e.getKey()))) {
        c = c.param(e.getKey(), String.valueOf(e.getValue()));
      }
    }
    return c;
  }
}
