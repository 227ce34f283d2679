package io.taskforge.arithmetic.wordproblems;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordProblemsVerifierTest {
  private final WordProblemsVerifier verifier = new WordProblemsVerifier();

  private static final List<WordProblem.Quantity> QUANTITIES = List.of(
      new WordProblem.Quantity("bought", "the pencils bought", "4 * 12"),
      new WordProblem.Quantity("owned", "the pencils owned", "bought + 5"),
      new WordProblem.Quantity("given", "the pencils given away", "3 * 6"),
      new WordProblem.Quantity("left", "the pencils left", "owned - given"),
      new WordProblem.Quantity("share", "each child's share", "left / 2"));
  private static final WordProblem TRACE = new WordProblem("test", "trace", "A story?", QUANTITIES, "share");
  private static final WordProblem FINAL = new WordProblem("test", "final", "A story?", QUANTITIES, "share");
  private static final List<String> GOLD = List.of(
      "bought = 4 * 12 = 48",
      "owned = bought + 5 = 53",
      "given = 3 * 6 = 18",
      "left = owned - given = 35",
      "share = left / 2 = 17.5");

  private static String trace(List<String> lines, String result) {
    return String.join("\n", lines) + (result == null ? "" : "\nResult: " + result);
  }

  private Verdict verify(WordProblem p, String response) {
    return verifier.verify(p, response);
  }

  @Test
  void finalModeAcceptsEqualNumbersInTheDocumentedForms() {
    for (String ok : List.of("17.5", " 17.50 ", "35/2", "$17.5", "\\boxed{17.5}", "**17.5**", "+17.5",
        "<answer>17.5</answer>", "Let me think.\nAnswer: 17.5", trace(GOLD, "17.5"), "Result: 35/2")) {
      assertThat(verify(FINAL, ok).correct()).as(ok).isTrue();
    }
    Verdict wrong = verify(FINAL, "17");
    assertThat(wrong.status()).isEqualTo(Status.WRONG);
    assertThat(wrong.reason()).contains("'17'");
    for (String bad : List.of("17.5 dollars", "about 17.5", "17.5 or 18", "17,5", "$ 17.5 $ 2", "seventeen and a half")) {
      Verdict v = verify(FINAL, bad);
      assertThat(v.score()).as(bad).isZero();
      assertThat(v.status()).as(bad).isEqualTo(Status.INVALID_FORMAT);
    }
  }

  @Test
  void traceModeScoresTheGoldTraceOne() {
    Verdict v = verify(TRACE, trace(GOLD, "17.5"));
    assertThat(v.correct()).as(v.reason()).isTrue();
    assertThat(v.details()).containsEntry("steps_written", 5).containsEntry("steps_correct", 5);
  }

  @Test
  void traceModeAcceptsAnotherOrderThatRespectsDependencies() {
    List<String> other = List.of(GOLD.get(2), GOLD.get(0), GOLD.get(1), GOLD.get(3), GOLD.get(4));
    assertThat(verify(TRACE, trace(other, "17.5")).correct()).isTrue();
    List<String> again = List.of(GOLD.get(0), GOLD.get(2), GOLD.get(1), GOLD.get(3), GOLD.get(4));
    assertThat(verify(TRACE, trace(again, "17.5")).correct()).isTrue();
  }

  @Test
  void traceModeToleratesTheDocumentedVariations() {
    String varied = String.join("\n",
        "1. `BOUGHT` = 4 × 12 = 48",
        "Step 2: owned = bought + 5 = 48 + 5 = 53",
        "- given = 3 x 6 = 18",
        "  left = owned − given = 53 - 18 = 35",
        "**share** = left ÷ 2 = (35) / 2 = 35/2",
        "**Result:** $17.50");
    assertThat(verify(TRACE, varied).correct()).as(verify(TRACE, varied).reason()).isTrue();
    assertThat(verify(TRACE, trace(List.of("bought = 48 = 48", "owned = 53 = 53", "given = 18 = 18",
        "left = 35 = 35", "share = 17.5 = 17.5"), "17.5")).correct()).isTrue();
    assertThat(verify(TRACE, trace(List.of("bought = 4*12 = 48", "owned = $48 + $5 = 53", "given = 3·6 = 18",
        "left = 53-18 = 35", "share = left/2 = 17.50"), "35/2")).correct()).isTrue();
    WordProblem big = new WordProblem("t", "trace", "?", List.of(
        new WordProblem.Quantity("total", "t", "1250 * 12"), new WordProblem.Quantity("half", "h", "total / 2")), "half");
    assertThat(verify(big, "total = 1,250 x 12 = 15,000\nhalf = total / 2 = 7,500\nResult: 7,500").correct()).isTrue();
  }

  /** One wrong step at position k: first_error_step is k and the score is (k - 1) / (max(n, r) + 1). */
  @Test
  void aWrongStepIsReportedAtItsNumberWithTheShareOfStepsBeforeIt() {
    String[] wrongLines = {
        "bought = 4 * 12 = 46",
        "owned = bought + 5 = 52",
        "given = 3 * 7 = 21",
        "left = owned - given = 36",
        "share = left / 2 = 17"};
    for (int k = 1; k <= 5; k++) {
      List<String> lines = new ArrayList<>(GOLD);
      lines.set(k - 1, wrongLines[k - 1]);
      Verdict v = verify(TRACE, trace(lines, "17.5"));
      assertThat(v.details()).as("k=%d", k).containsEntry("first_error_step", k);
      assertThat(v.score()).as("k=%d", k).isEqualTo((k - 1) / 6.0);
      assertThat(v.status()).isEqualTo(k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL);
      assertThat(v.reason()).startsWith("step " + k + " is wrong");
    }
    // an arithmetic slip is named as such; a consistent line with the wrong value as a wrong value
    assertThat(verify(TRACE, trace(List.of("bought = 4 * 12 = 46"), "17.5")).reason()).contains("'4 * 12' is 48, not 46");
    assertThat(verify(TRACE, trace(List.of("bought = 4 * 11 = 44"), "17.5")).reason())
        .contains("the value 44 of 'bought' is wrong");
  }

  @Test
  void traceRulesBeyondArithmetic() {
    assertThat(verify(TRACE, trace(List.of(GOLD.get(1)), "17.5")).reason())
        .contains("'owned' is computed from 'bought', which has no earlier line");
    assertThat(verify(TRACE, trace(List.of(GOLD.get(0), GOLD.get(0)), "17.5")).reason())
        .contains("'bought' was already computed at step 1");
    assertThat(verify(TRACE, trace(List.of("pens = 4 * 12 = 48"), "17.5")).reason())
        .contains("'pens' is not one of the problem's quantities");
    assertThat(verify(TRACE, trace(List.of(GOLD.get(0), "owned = bought + 5 + given - given = 53"), "17.5")).reason())
        .contains("uses 'given' before its line");
    assertThat(verify(TRACE, trace(List.of(GOLD.get(0), "owned = owned = 53"), "17.5")).reason())
        .contains("to compute itself");
    assertThat(verify(TRACE, trace(List.of("bought = 48"), "17.5")).reason()).contains("shows no expression");
    assertThat(verify(TRACE, trace(List.of("I multiply 4 by 12"), "17.5")).reason()).contains("not of the form");
    assertThat(verify(TRACE, trace(List.of("bought = 4 * 12 = 48 pencils"), "17.5")).reason()).contains("is not a number");
    assertThat(verify(TRACE, trace(List.of("bought = 4 * (12 = 48"), "17.5")).reason()).contains("cannot be evaluated");
    assertThat(verify(TRACE, trace(List.of("bought = 48 / 0 = 48"), "17.5")).reason()).contains("divides by zero");
  }

  @Test
  void anIncompleteTraceOrAWrongResultEarnsLessThanOne() {
    Verdict early = verify(TRACE, trace(GOLD.subList(0, 4), "17.5"));
    assertThat(early.score()).isEqualTo(4 / 6.0);
    assertThat(early.reason()).contains("leaves out 'share'");
    Verdict noResult = verify(TRACE, trace(GOLD, null));
    assertThat(noResult.score()).isEqualTo(5 / 6.0);
    assertThat(noResult.reason()).contains("no 'Result:' line");
    Verdict wrongResult = verify(TRACE, trace(GOLD, "35"));
    assertThat(wrongResult.score()).isEqualTo(5 / 6.0);
    assertThat(wrongResult.correct()).isFalse();
    Verdict onlyResult = verify(TRACE, "Result: 17.5");
    assertThat(onlyResult.score()).isZero();
    assertThat(onlyResult.status()).isEqualTo(Status.INVALID_FORMAT);
    Verdict finalOnly = verify(TRACE, "17.5");
    assertThat(finalOnly.score()).isZero();
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    String gold = trace(GOLD, "17.5");
    List<String> hostile = new ArrayList<>(List.of("", " ", "yes", "0", "17", "<answer>", "<answer></answer>",
        "\u0000\u0001", "\uD800x\uDFFF", "Result:", "Result: ", "bought = = = = 48",
        "<answer>" + gold + "</answer>\n<answer>Result: 18</answer>",
        "bought = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + " = 1",
        "bought = " + "-".repeat(150_000) + "48 = 48",
        "bought = " + "9".repeat(5_000) + " = 48",
        "bought = " + "99999999999999999999 * ".repeat(60) + "1 = 1",
        ("bought = 4 * 12 = 48\n").repeat(20_000),
        "x".repeat(10_000_000)));
    for (WordProblem p : List.of(TRACE, FINAL)) {
      for (String r : hostile) {
        Verdict v = verify(p, r);
        assertThat(v.score()).as("%s: %s", p.mode(), r.length() > 40 ? r.substring(0, 40) : r).isLessThan(1.0);
        assertThat(v.reason()).isNotBlank();
      }
    }
    // the steps are the lines before the last Result: line, so an early Result: line is a wrong step
    assertThat(verify(TRACE, "Result: 17.5\n" + gold).details()).containsEntry("first_error_step", 1);
  }

  @Test
  void aCorruptedProblemIsReportedAsSuch() {
    WordProblem broken = new WordProblem("t", "final", "?", List.of(new WordProblem.Quantity("a", "a", "b + 1")), "a");
    assertThat(verify(broken, "1").status()).isEqualTo(Status.BAD_PROBLEM);
    WordProblem noAsked = new WordProblem("t", "final", "?", QUANTITIES, "nothing");
    assertThat(verify(noAsked, "1").status()).isEqualTo(Status.BAD_PROBLEM);
    WordProblem empty = new WordProblem("t", "final", "?", List.of(), "a");
    assertThat(verify(empty, "1").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void generatedGoldScoresOneInBothModesAtEveryLevelAfterAJsonRoundTrip() {
    WordProblemsTask task = new WordProblemsTask();
    for (String mode : List.of("final", "trace")) {
      for (int level = 1; level <= 10; level++) {
        Params p = task.resolve(level, Map.of("mode", mode));
        for (int i = 0; i < 20; i++) {
          Generated<WordProblem> g = task.generate(p, new Rng(100L * level + i));
          WordProblem back = Json.MAPPER.convertValue(Json.MAPPER.valueToTree(g.problem()), WordProblem.class);
          Verdict v = verify(back, g.answer());
          assertThat(v.correct()).as("%s level %d: %s", mode, level, v.reason()).isTrue();
        }
      }
    }
  }
}
