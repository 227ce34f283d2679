package io.taskforge.arithmetic.fractions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FractionsVerifierTest {
  private final FractionsTask task = new FractionsTask();
  private final FractionsVerifier verifier = new FractionsVerifier();

  /** 1/2 + 2/3 × 3/5 = 9/10, the documented example; the reference trace has 4 steps. */
  private static final FractionsProblem EXAMPLE = new FractionsProblem("1/2 + 2/3 \u00D7 3/5", 4, "trace");
  private static final FractionsProblem EXAMPLE_FINAL = new FractionsProblem("1/2 + 2/3 \u00D7 3/5", 4, "final");
  private static final String EXAMPLE_TRACE = "1/2 + 6/15\n1/2 + 2/5\n5/10 + 4/10\n9/10\nResult: 9/10";

  private Generated<FractionsProblem> make(int level, String mode, long seed) {
    Params p = task.schema().withText(task.level(level), Map.of("mode", mode), task.id());
    return task.generate(p, new Rng(seed));
  }

  private Verdict verdict(FractionsProblem p, String response) {
    return verifier.verify(p, response);
  }

  private void correct(FractionsProblem p, String response) {
    Verdict v = verdict(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
  }

  private Verdict scored(FractionsProblem p, String response, Status status, double score) {
    Verdict v = verdict(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(status);
    assertThat(v.score()).as(response).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.reason()).isNotBlank();
    return v;
  }

  @Test
  void goldScoresOneInBothModesAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int seed = 0; seed < 60; seed++) {
          Generated<FractionsProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Let me work.\n<answer>\n" + g.answer() + "\n</answer>");
          correct(g.problem(), "Working shown above.\nAnswer: " + g.answer());
        }
      }
    }
  }

  @Test
  void goldScoresOneThroughTheRegistryFromAJsonTree() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<FractionsProblem> g = make(6, mode, 1);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status())
          .isEqualTo(Status.CORRECT);
    }
  }

  // ---- final mode ----

  @Test
  void finalModeAcceptsEqualNumbersInLowestTerms() {
    FractionsProblem half = new FractionsProblem("3/4 - 1/4", 2, "final");
    for (String a : new String[] {"1/2", "0.5", ".5", "5e-1", " 1 / 2 ", "$\\frac{1}{2}$", "\\boxed{1/2}", "+1/2",
        "**1/2**", "(1/2)", "1\u22152"}) {
      correct(half, "<answer>" + a + "</answer>");
    }
    correct(new FractionsProblem("-3/4 - 1/4", 2, "final"), "<answer>\u22121</answer>");
    correct(new FractionsProblem("3/2 + 1/2", 2, "final"), "<answer>2/1</answer>"); // coprime terms
    correct(EXAMPLE_FINAL, "I computed 2/3 × 3/5 = 2/5 first.\nResult: 9/10"); // a shown trace
    correct(EXAMPLE_FINAL, "<answer>1/2 + 2/5\nResult: 9/10</answer>");
  }

  @Test
  void finalModeGivesHalfCreditForTheRightValueNotInLowestTerms() {
    Verdict v = scored(EXAMPLE_FINAL, "<answer>18/20</answer>", Status.PARTIAL, 0.5);
    assertThat(v.reason()).contains("18/20").contains("lowest terms").contains("9/10");
    scored(EXAMPLE_FINAL, "<answer>\\frac{27}{30}</answer>", Status.PARTIAL, 0.5);
    scored(EXAMPLE_FINAL, "<answer>-18/-20</answer>", Status.PARTIAL, 0.5);
    scored(EXAMPLE_FINAL, "<answer>0.9/1</answer>", Status.PARTIAL, 0.5);
    scored(new FractionsProblem("3/2 + 1/2", 2, "final"), "<answer>4/2</answer>", Status.PARTIAL, 0.5);
  }

  @Test
  void finalModeRejectsOtherValuesAndNonNumbers() {
    Verdict v = scored(EXAMPLE_FINAL, "<answer>13/15</answer>", Status.WRONG, 0); // (1/2 + 2/3) × 3/5
    assertThat(v.reason()).contains("13/15");
    scored(EXAMPLE_FINAL, "<answer>0.9000001</answer>", Status.WRONG, 0);
    scored(EXAMPLE_FINAL, "<answer>-9/10</answer>", Status.WRONG, 0);
    scored(new FractionsProblem("1/3 + 1/3", 2, "final"), "<answer>0.667</answer>", Status.WRONG, 0);
    scored(EXAMPLE_FINAL, "<answer>9/10 or 10/9</answer>", Status.INVALID_FORMAT, 0);
    scored(EXAMPLE_FINAL, "<answer>x = 9/10</answer>", Status.INVALID_FORMAT, 0);
    scored(new FractionsProblem("1 + 1/2", 2, "final"), "<answer>1 1/2</answer>", Status.INVALID_FORMAT, 0);
  }

  // ---- trace mode ----

  @Test
  void theDocumentedTraceScoresOneAndSoDoDecoratedForms() {
    correct(EXAMPLE, EXAMPLE_TRACE);
    correct(EXAMPLE, "Step 1: 1/2 + 6/15\nStep 2: = 1/2 + 2/5\n\n3. 5/10 + 4/10\n- 9/10\n**Result:** 9/10");
    correct(EXAMPLE, "1/2 + 2/3 * 3/5\n= 1/2 + 6/15\n=1/2+2/5\n= 5/10 + 4/10\n= 9/10\nresult: 0.9");
    correct(EXAMPLE, "<answer>\n" + EXAMPLE_TRACE + "\n</answer>");
  }

  @Test
  void alternativeValidOrdersOfWorkScoreOne() {
    // compute directly without the optional common-denominator and reduction steps
    correct(EXAMPLE, "1/2 + 2/5\n9/10\nResult: 9/10");
    // a common denominator for the unreduced intermediate, another than the least
    correct(EXAMPLE, "1/2 + 6/15\n15/30 + 12/30\n27/30\n9/10\nResult: 9/10");
    // only one operand needs rewriting
    correct(new FractionsProblem("1/2 + 1/4", 2, "trace"), "2/4 + 1/4\n3/4\nResult: 3/4");
    // independent operations in either order
    FractionsProblem two = new FractionsProblem("(1/2 + 1/3) \u00D7 (1/4 - 1/5)", 6, "trace");
    correct(two, "5/6 \u00D7 (1/4 - 1/5)\n5/6 \u00D7 1/20\n5/120\n1/24\nResult: 1/24");
    correct(two, "(1/2 + 1/3) \u00D7 1/20\n5/6 \u00D7 1/20\n1/24\nResult: 1/24");
    // division by the reciprocal, or directly
    FractionsProblem div = new FractionsProblem("3/4 \u00F7 9/8", 3, "trace");
    correct(div, "3/4 \u00D7 8/9\n24/36\n2/3\nResult: 2/3");
    correct(div, "3/4 : 9/8\n= 2/3\nResult: 2/3");
    correct(div, "3/4 / 9/8\n2/3\nResult: 2/3");
    // negative intermediate values, in parentheses or not
    FractionsProblem neg = new FractionsProblem("2/3 \u00D7 (1/4 - 5/6)", 4, "trace");
    correct(neg, "2/3 \u00D7 (-7/12)\n-14/36\n-7/18\nResult: -7/18");
    correct(neg, "2/3 x -7/12\n-7/18\nResult: -7/18");
  }

  @Test
  void aWrongStepAtPositionKIsReportedWithTheSharedScore() {
    String[] good = {"1/2 + 6/15", "1/2 + 2/5", "5/10 + 4/10", "9/10"};
    String[] bad = {"1/2 + 5/15", "1/2 + 2/6", "5/10 + 3/10", "8/10"};
    for (int k = 1; k <= 4; k++) {
      List<String> lines = new ArrayList<>(List.of(good));
      lines.set(k - 1, bad[k - 1]);
      String response = String.join("\n", lines) + "\nResult: 9/10";
      Verdict v = verdict(EXAMPLE, response);
      assertThat(v.details()).as(response).containsEntry("first_error_step", k);
      assertThat(v.details()).containsEntry("steps_written", 4).containsEntry("steps_correct", k - 1);
      assertThat(v.score()).as(response).isCloseTo((k - 1) / 5.0, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(v.status()).isEqualTo(k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL);
      assertThat(v.reason()).startsWith("step " + k + " is wrong");
    }
  }

  @Test
  void stepErrorsNameWhatIsWrong() {
    assertThat(verdict(EXAMPLE, "1/2 + 7/15\nResult: 9/10").reason()).contains("'2/3 \u00D7 3/5' is 2/5, not '7/15'");
    assertThat(verdict(EXAMPLE, "9/10\nResult: 9/10").reason()).contains("one operation");
    assertThat(verdict(EXAMPLE, "1/2 + 2/3 \u00D7 3/5\n1/2 + 2/3 \u00D7 3/5\nResult: 9/10").reason())
        .contains("changes nothing");
    assertThat(verdict(EXAMPLE, "3/6 + 4/6 \u00D7 3/5\nResult: 9/10").reason()).contains("one rewrite per step");
    assertThat(verdict(EXAMPLE, "1/2 + 4/6 \u00D7 3/5\nResult: 9/10").reason())
        .contains("neither divides its terms by a common factor nor multiplies them");
    assertThat(verdict(EXAMPLE, "7/6 \u00D7 3/5\nResult: 9/10").reason()).contains("not one allowed rewrite");
    assertThat(verdict(EXAMPLE, "1/2 + 2/3 \u00D7 3/5 +\nResult: 9/10").reason()).contains("cannot be read");
    assertThat(verdict(EXAMPLE, "1/2 + 2/3 \u00D7 3/0\nResult: 9/10").reason()).contains("zero denominator");
    FractionsProblem div = new FractionsProblem("3/4 \u00F7 9/8", 3, "trace");
    assertThat(verdict(div, "3/4 \u00D7 9/8\nResult: 2/3").reason()).contains("multiplying by 8/9");
    FractionsProblem sum = new FractionsProblem("1/4 + 1/6", 2, "trace");
    assertThat(verdict(sum, "3/12 + 3/18\nResult: 5/12").reason()).contains("not over one denominator");
    assertThat(verdict(sum, "3/12 + 3/12\nResult: 5/12").reason()).contains("not equal");
    // 2/4 -> 3/6 is neither a division nor a multiplication of the terms
    FractionsProblem half = new FractionsProblem("2/4 + 1/6", 2, "trace");
    assertThat(verdict(half, "3/6 + 1/6\n4/6\n2/3\nResult: 2/3").details()).containsEntry("first_error_step", 1);
  }

  @Test
  void expandingAndReducingCannotPadATrace() {
    FractionsProblem sum = new FractionsProblem("1/4 + 1/6", 3, "trace");
    correct(sum, "3/12 + 2/12\n5/12\nResult: 5/12");
    correct(sum, "6/24 + 4/24\n10/24\n5/12\nResult: 5/12");
    Verdict padded = verdict(sum, "3/12 + 2/12\n1/4 + 2/12\n1/4 + 1/6\n3/12 + 2/12\n5/12\nResult: 5/12");
    assertThat(padded.details()).containsEntry("first_error_step", 4);
    assertThat(padded.reason()).contains("'1/4 + 1/6' were already put over a common denominator once");
    Verdict twice = verdict(sum, "3/12 + 2/12\n1/4 + 2/12\n3/12 + 2/12\n5/12\nResult: 5/12");
    assertThat(twice.details()).containsEntry("first_error_step", 3);
    assertThat(twice.reason()).contains("already put over a common denominator once");
  }

  @Test
  void theResultMustBeDerivedAndInLowestTerms() {
    Verdict early = scored(EXAMPLE, "1/2 + 6/15\n1/2 + 2/5\nResult: 9/10", Status.PARTIAL, 2 / 5.0);
    assertThat(early.reason()).contains("not at a single number");
    Verdict unreduced = scored(EXAMPLE, "1/2 + 2/5\n9/10\nResult: 18/20", Status.PARTIAL, 2 / 5.0);
    assertThat(unreduced.reason()).contains("lowest terms");
    Verdict missing = scored(EXAMPLE, "1/2 + 2/5\n9/10", Status.PARTIAL, 2 / 5.0);
    assertThat(missing.reason()).contains("Result:");
    Verdict other = scored(EXAMPLE, "1/2 + 2/5\n9/10\nResult: 9/11", Status.PARTIAL, 2 / 5.0);
    assertThat(other.reason()).contains("not the number the steps end at");
    scored(EXAMPLE, "1/2 + 2/5\n18/20\nResult: 9/10", Status.CORRECT, 1.0); // the last reduction in the result
    scored(EXAMPLE, "Result: 9/10", Status.INVALID_FORMAT, 0);
    scored(EXAMPLE, "9/10", Status.INVALID_FORMAT, 0);
    scored(EXAMPLE, "<answer>= 9/10</answer>", Status.INVALID_FORMAT, 0);
    // even where the lone number would be a right first step, it is not a trace
    FractionsProblem one = new FractionsProblem("1/3 + 2/3", 1, "trace");
    assertThat(verdict(one, "1").status()).isEqualTo(Status.INVALID_FORMAT);
    correct(one, "1\nResult: 1");
    scored(one, "3/3\n1", Status.PARTIAL, 1 / 3.0); // two right steps, credit capped at the reference's one
  }

  // ---- hostile ----

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<FractionsProblem> g = make(5, mode, 99);
      FractionsProblem p = g.problem();
      String deep = "(".repeat(100_000) + "1/2" + ")".repeat(100_000);
      List<String> responses = List.of("", " ", "yes", "0", "-0", "1/0", "0/0", "NaN", "Infinity", "none",
          "<answer>", "</answer>", "<answer></answer>", "<answer>" + "<answer>".repeat(1000),
          "\u0000\u0001\u001b[31m", "\uD800\uDC00\uDFFF\uD800", "x".repeat(10_000_000),
          "<answer>" + "9".repeat(150_000) + "</answer>", "<answer>" + "1/2 + ".repeat(30_000) + "1/2</answer>",
          "<answer>" + deep.substring(0, 150_000) + "</answer>",
          "<answer>" + "1\n".repeat(6000) + "Result: 1</answer>",
          "<answer>" + g.answer() + "</answer>\n<answer>I am not sure. 42</answer>");
      for (String r : responses) {
        Verdict v = verdict(p, r);
        assertThat(v.score()).as("%s: %s", mode, r.length() > 80 ? r.substring(0, 80) : r).isZero();
        assertThat(v.reason()).isNotBlank();
        assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      }
    }
  }

  @Test
  void aCorruptedProblemIsABadProblemNotTheResponsesFault() {
    assertThat(verdict(new FractionsProblem("1/2 +", 1, "final"), "1/2").status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(verdict(new FractionsProblem("1/2 \u00F7 (1/2 - 1/2)", 1, "final"), "1").status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(verdict(new FractionsProblem("1/2 + 1/2", 1, "both"), "1").status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(verdict(new FractionsProblem(null, 1, "final"), "1").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void lowestTermsIsReadFromTheWrittenForm() {
    assertThat(FractionsVerifier.notInLowestTerms("3/4")).isFalse();
    assertThat(FractionsVerifier.notInLowestTerms("0.75")).isFalse();
    assertThat(FractionsVerifier.notInLowestTerms("-12")).isFalse();
    assertThat(FractionsVerifier.notInLowestTerms("\\boxed{3/4}")).isFalse();
    assertThat(FractionsVerifier.notInLowestTerms("1,001/1,000")).isFalse();
    assertThat(FractionsVerifier.notInLowestTerms("3/4.")).isFalse();
    assertThat(FractionsVerifier.notInLowestTerms("6/8")).isTrue();
    assertThat(FractionsVerifier.notInLowestTerms("$\\frac{6}{8}$")).isTrue();
    assertThat(FractionsVerifier.notInLowestTerms("1.5/2")).isTrue();
    assertThat(FractionsVerifier.notInLowestTerms("15e-1/2")).isTrue();
  }
}
