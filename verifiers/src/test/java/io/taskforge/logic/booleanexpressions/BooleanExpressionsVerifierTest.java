package io.taskforge.logic.booleanexpressions;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.OracleAgreement;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.logic.formula.Formula;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.List;
import org.junit.jupiter.api.Test;

class BooleanExpressionsVerifierTest {
  private final BooleanExpressionsTask task = new BooleanExpressionsTask();
  private final BooleanExpressionsVerifier verifier = new BooleanExpressionsVerifier();
  private final BooleanExpressionsOracle oracle = new BooleanExpressionsOracle();

  private Generated<BooleanExpressionsProblem> generate(int level, long index) {
    Params p = task.level(level);
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 41, index)));
  }

  private static BooleanExpressionsProblem problem(Formula tree) {
    return new BooleanExpressionsProblem(ExpressionText.of(tree, true), "minimal", tree);
  }

  @Test
  void goldScoresOneAtEveryLevelAndTheOtherValueZero() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 60; i++) {
        Generated<BooleanExpressionsProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "Let me evaluate.\n<answer>" + g.answer() + "</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        String other = g.answer().equals("True") ? "False" : "True";
        Verdict w = verifier.verify(g.problem(), other);
        assertThat(w.status()).isEqualTo(Status.WRONG);
        assertThat(w.reason()).contains("evaluates to " + g.answer());
      }
    }
  }

  @Test
  void judgesByTheTreeWithTheUsualTruthTables() {
    Formula t = Formula.constant(true);
    Formula f = Formula.constant(false);
    assertThat(verifier.verify(problem(Formula.xor(t, t, t)), "True").correct()).isTrue();
    assertThat(verifier.verify(problem(Formula.xor(t, t)), "False").correct()).isTrue();
    assertThat(verifier.verify(problem(Formula.or(f, Formula.and(t, f))), "False").correct()).isTrue();
    assertThat(verifier.verify(problem(Formula.not(Formula.and(t, f))), "True").correct()).isTrue();
    // Precedence: "not True and False or True" is ((not True) and False) or True = True.
    Formula e = Formula.or(Formula.and(Formula.not(t), f), t);
    assertThat(verifier.verify(problem(e), "True").correct()).isTrue();
    assertThat(BooleanExpressionsOracle.evaluate("not True and False or True")).isTrue();
    assertThat(BooleanExpressionsOracle.evaluate("not (True and False or True)")).isFalse();
    assertThat(BooleanExpressionsOracle.evaluate("True or True xor True")).isTrue();
    assertThat(BooleanExpressionsOracle.evaluate("(True or True) xor True")).isFalse();
  }

  @Test
  void documentedVariationsAreAcceptedAndOthersAreNot() {
    BooleanExpressionsProblem p = problem(Formula.and(Formula.constant(true), Formula.constant(true)));
    for (String r : List.of("True", "true", "TRUE", "True.", "**True**", "`true`", "  True \n", "Answer: True",
        "<answer>\nTrue\n</answer>", "<answer>**true**.</answer>")) {
      assertThat(verifier.verify(p, r).correct()).as(r).isTrue();
    }
    for (String r : List.of("1", "yes", "T", "The answer is True", "True or False", "True False", "Truee", "not False")) {
      Verdict v = verifier.verify(p, r);
      assertThat(v.status()).as(r).isEqualTo(Status.INVALID_FORMAT);
      assertThat(v.score()).isZero();
    }
  }

  @Test
  void malformedTreesAreBadProblems() {
    assertThat(verifier.verify(new BooleanExpressionsProblem("x", "full", null), "True").status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(problemWithVariable(), "True").status()).isEqualTo(Status.BAD_PROBLEM);
    Formula deep = Formula.constant(true);
    for (int i = 0; i < 500; i++) {
      deep = Formula.not(deep);
    }
    assertThat(verifier.verify(new BooleanExpressionsProblem("deep", "full", deep), "True").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  private static BooleanExpressionsProblem problemWithVariable() {
    return new BooleanExpressionsProblem("x", "full", Formula.and(Formula.is(0, true), Formula.constant(true)));
  }

  @Test
  void verifierAgreesWithTheIndependentOracleOnEveryMutant() {
    assertThat(OracleAgreement.check(task, verifier, oracle, 25, 3)).isGreaterThan(1000);
  }

  @Test
  void theOracleReadsTheTextTheSameWayAsTheTree() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 40; i++) {
        Generated<BooleanExpressionsProblem> g = generate(level, i);
        assertThat(BooleanExpressionsOracle.evaluate(g.problem().expression())).isEqualTo(g.problem().tree().eval(0));
      }
    }
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<BooleanExpressionsProblem> g = generate(4, 0);
    OracleAgreement.hostileScoreZero(verifier, g.problem(), g.answer(), g.problem().expression());
    Object tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, g.answer()).correct()).isTrue();
  }
}
