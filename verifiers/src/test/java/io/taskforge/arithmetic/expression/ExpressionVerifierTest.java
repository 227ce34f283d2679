package io.taskforge.arithmetic.expression;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.math.Rational;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ExpressionVerifierTest {
  private final ExpressionTask task = new ExpressionTask();
  private final ExpressionVerifier verifier = new ExpressionVerifier();

  private static final ExpressionProblem SAMPLE = new ExpressionProblem("(83 - (-15) * (-71)) / (24 - (-13) * 50)");
  private static final String SAMPLE_GOLD = "-491/337";

  private Generated<ExpressionProblem> make(int level, long seed) {
    return task.generate(task.level(level), new Rng(seed));
  }

  private void correct(ExpressionProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as(response).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
    assertThat(v.correct()).isTrue();
  }

  private Verdict rejected(ExpressionProblem p, String response, Status status) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as(response.length() > 200 ? response.substring(0, 200) : response).isEqualTo(status);
    assertThat(v.score()).isZero();
    assertThat(v.correct()).isFalse();
    assertThat(v.reason()).isNotBlank();
    return v;
  }

  @Test
  void goldAnswersScoreOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int seed = 0; seed < 300; seed++) {
        Generated<ExpressionProblem> g = make(level, seed);
        correct(g.problem(), g.answer());
        correct(g.problem(), "<answer>" + g.answer() + "</answer>");
        correct(g.problem(), "Working step by step... so the result is\n\nAnswer: " + g.answer());
      }
    }
  }

  @Test
  void goldScoresOneThroughTheRegistryFromAJsonTree() {
    Generated<ExpressionProblem> g = make(6, 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status())
        .isEqualTo(Status.CORRECT);
  }

  @Test
  void equalNumbersInOtherFormsAreAccepted() {
    ExpressionProblem p = new ExpressionProblem("-(3 * 5) / 20");
    for (String a : new String[] {"-3/4", "-0.75", "\u22120.750", "-6/8", "3/-4", "-75e-2", " -3 / 4 ",
        "$-\\frac{3}{4}$", "\\boxed{-0.75}", "**-3/4**", "(-3/4)", "-.75"}) {
      correct(p, "The value is computed above.\n<answer>" + a + "</answer>");
    }
    correct(new ExpressionProblem("1000 * 1234 + 5"), "<answer>1,234,005</answer>");
    correct(new ExpressionProblem("1 + 2"), "<ANSWER>\n  3\n</Answer>");
    correct(new ExpressionProblem("1 + 2"), "**Answer:** 3");
    correct(SAMPLE, "<answer>" + SAMPLE_GOLD + "</answer>");
  }

  @Test
  void wrongNumbersAreWrongWithNoPartialCredit() {
    Verdict v = rejected(SAMPLE, "<answer>491/337</answer>", Status.WRONG);
    assertThat(v.reason()).contains("491/337");
    rejected(SAMPLE, "<answer>-1.457</answer>", Status.WRONG); // a rounded decimal is not the value
    rejected(SAMPLE, "<answer>-492/337</answer>", Status.WRONG);
    rejected(new ExpressionProblem("1 / 3"), "<answer>0.3333333333</answer>", Status.WRONG);
    rejected(new ExpressionProblem("2 + 3 * 4"), "<answer>20</answer>", Status.WRONG); // precedence ignored
    rejected(new ExpressionProblem("8 - 3 - 2"), "<answer>7</answer>", Status.WRONG); // right-associated
    rejected(new ExpressionProblem("-(2 + 3) * 4"), "<answer>-14</answer>", Status.WRONG);
    rejected(new ExpressionProblem("12 / 3 / 2"), "<answer>8</answer>", Status.WRONG);
    for (int seed = 0; seed < 200; seed++) {
      Generated<ExpressionProblem> g = make(1 + seed % 10, seed);
      Rational gold = Rational.parse(g.answer());
      rejected(g.problem(), "<answer>" + gold.add(Rational.ONE) + "</answer>", Status.WRONG);
      rejected(g.problem(), "<answer>" + gold.negate().add(Rational.of(1, 7)) + "</answer>", Status.WRONG);
    }
  }

  @Test
  void answersThatAreNotOneNumberAreInvalid() {
    Verdict v = rejected(SAMPLE, "<answer>x = -491/337</answer>", Status.INVALID_FORMAT);
    assertThat(v.reason()).contains("x = -491/337").contains("not a single number");
    rejected(SAMPLE, "<answer>-491/337 or 491/337</answer>", Status.INVALID_FORMAT);
    rejected(SAMPLE, "<answer>about -1.46</answer>", Status.INVALID_FORMAT);
    rejected(SAMPLE, "<answer>-491/337 (approximately -1.457)</answer>", Status.INVALID_FORMAT);
    rejected(SAMPLE, "<answer>" + SAMPLE.expression() + "</answer>", Status.INVALID_FORMAT);
    rejected(new ExpressionProblem("3 / 2"), "<answer>1 1/2</answer>", Status.INVALID_FORMAT);
    rejected(new ExpressionProblem("3 / 2"), "<answer>1,5</answer>", Status.INVALID_FORMAT);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<ExpressionProblem> g = make(5, 99);
    ExpressionProblem p = g.problem();
    String gold = g.answer();
    String wrong = Rational.parse(gold).add(Rational.ONE).toString();
    rejected(p, "", Status.INVALID_FORMAT);
    rejected(p, "   \n\t", Status.INVALID_FORMAT);
    rejected(p, "yes", Status.INVALID_FORMAT);
    rejected(p, "<answer></answer>", Status.INVALID_FORMAT);
    rejected(p, "<answer>", Status.INVALID_FORMAT);
    rejected(p, "</answer>" + gold, Status.INVALID_FORMAT);
    rejected(p, "<answer><answer>" + gold + "</answer></answer>", Status.INVALID_FORMAT);
    rejected(p, "<answer>" + gold + "</answer> no wait <answer>" + wrong + "</answer>", Status.WRONG);
    rejected(p, "<answer>" + gold + "</answer>\n<answer>" + wrong, Status.WRONG);
    rejected(p, "<answer>" + gold + " " + wrong + "</answer>", Status.INVALID_FORMAT);
    rejected(p, "\u0000\u0001\uD800\uDFFF\uFFFF", Status.INVALID_FORMAT);
    rejected(p, "<answer>\uD800</answer>", Status.INVALID_FORMAT);
    rejected(p, "Evaluate " + p.expression() + " exactly. Give your final answer inside <answer></answer> tags.",
        Status.INVALID_FORMAT);
    if (!gold.equals("0")) {
      rejected(p, "0", Status.WRONG);
    }
    String junk = "junk ".repeat(2_000_000);
    rejected(p, junk, Status.INVALID_FORMAT);
    rejected(p, "<answer>" + "9".repeat(150_000) + "</answer>", Status.INVALID_FORMAT);
    rejected(p, "<answer>" + "(".repeat(100_000) + "</answer>", Status.INVALID_FORMAT);
    rejected(p, "<answer>" + "<answer>".repeat(100_000), Status.INVALID_FORMAT);
  }

  @Test
  void aProblemThatCannotBeEvaluatedIsABadProblem() {
    for (String e : new String[] {"", "1 +", "1 / (2 - 2)", "(1", "1)", "abc",
        "(".repeat(10_000) + "1" + ")".repeat(10_000), "-".repeat(10_000) + "1",
        "1".repeat(InfixEvaluator.MAX_CHARS + 1)}) {
      assertThat(verifier.verify(new ExpressionProblem(e), "<answer>1</answer>").status())
          .as(e.length() > 50 ? e.substring(0, 50) : e).isEqualTo(Status.BAD_PROBLEM);
    }
    assertThat(verifier.verify(new ExpressionProblem(null), "1").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void theEvaluatorReadsStandardPrecedence() {
    assertThat(InfixEvaluator.evaluate("2 + 3 * 4")).contains(Rational.of(14));
    assertThat(InfixEvaluator.evaluate("8 - 3 - 2")).contains(Rational.of(3));
    assertThat(InfixEvaluator.evaluate("12 / 3 / 2")).contains(Rational.of(2));
    assertThat(InfixEvaluator.evaluate("-2 * 3 + -(4 - 6)")).contains(Rational.of(-4));
    assertThat(InfixEvaluator.evaluate("3 - (-5)")).contains(Rational.of(8));
    assertThat(InfixEvaluator.evaluate("1 / 3 + 1 / 6")).contains(Rational.of(1, 2));
    assertThat(InfixEvaluator.evaluate("99999999999 * 99999999999 * 99999999999"))
        .contains(Rational.of(BigInteger.valueOf(99999999999L).pow(3)));
  }
}
