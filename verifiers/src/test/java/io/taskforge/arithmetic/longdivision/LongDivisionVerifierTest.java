package io.taskforge.arithmetic.longdivision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongDivisionVerifierTest {
  private final LongDivisionTask task = new LongDivisionTask();
  private final LongDivisionVerifier verifier = new LongDivisionVerifier();

  private static final LongDivisionProblem P = new LongDivisionProblem("7403", "6", "trace");
  private static final String GOLD = """
      7 ÷ 6 = 1 R 1
      14 ÷ 6 = 2 R 2
      20 ÷ 6 = 3 R 2
      23 ÷ 6 = 3 R 5
      Result: 1233 R 5""";
  private static final LongDivisionProblem WIDE = new LongDivisionProblem("123456", "56", "trace");
  // 123456 = 56 × 2204 + 32
  private static final String WIDE_GOLD = """
      123 ÷ 56 = 2 R 11
      114 ÷ 56 = 2 R 2
      25 ÷ 56 = 0 R 25
      256 ÷ 56 = 4 R 32
      Result: 2204 R 32""";

  private Generated<LongDivisionProblem> make(int level, String mode, long seed) {
    return task.generate(task.resolve(level, Map.of("mode", mode)), new Rng(seed));
  }

  private void correct(LongDivisionProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
  }

  private Verdict scored(LongDivisionProblem p, String response, Status status, double score) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response.length() > 200 ? response.substring(0, 200) : response, v.reason())
        .isEqualTo(status);
    assertThat(v.score()).isCloseTo(score, within(1e-9));
    assertThat(v.correct()).isFalse();
    assertThat(v.reason()).isNotBlank();
    return v;
  }

  @Test
  void goldScoresOneInBothModesAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int seed = 0; seed < 30; seed++) {
          Generated<LongDivisionProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Working.\n<answer>\n" + g.answer() + "\n</answer>");
          correct(g.problem(), "Done.\nAnswer: " + g.answer());
        }
      }
    }
    Generated<LongDivisionProblem> g = make(6, "trace", 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status()).isEqualTo(Status.CORRECT);
  }

  @Test
  void finalModeReadsTheDocumentedSpellings() {
    LongDivisionProblem p = new LongDivisionProblem("7403", "6", "final");
    for (String a : new String[] {"1233 R 5", "1233 r 5", "1233R5", "1233 rem 5", "1233 remainder 5", "1233, remainder 5",
        "quotient 1233, remainder 5", "Quotient: 1233; Remainder: 5", "q = 1233, r = 5", "r = 5, q = 1233",
        "1233 with a remainder of 5", "quotient is 1233 and remainder is 5", "\\boxed{1233 R 5}", "**1,233 R 5**",
        "$1233 R 5$", "Working:\n7 ÷ 6 = 1 R 1\nResult: 1233 R 5"}) {
      correct(p, "<answer>" + a + "</answer>");
    }
    LongDivisionProblem exact = new LongDivisionProblem("7404", "6", "final");
    for (String a : new String[] {"1234", "1234 R 0", "quotient 1234", "q = 1234, r = 0", "1,234"}) {
      correct(exact, "<answer>" + a + "</answer>");
    }
    assertThat(scored(p, "<answer>1233</answer>", Status.WRONG, 0).reason()).contains("remainder is missing");
    assertThat(scored(p, "<answer>1234 R 5</answer>", Status.WRONG, 0).reason()).contains("quotient 1234 is wrong");
    assertThat(scored(p, "<answer>1233 R 4</answer>", Status.WRONG, 0).reason()).contains("remainder 4 is wrong");
    scored(p, "<answer>1232 R 11</answer>", Status.WRONG, 0);
    scored(exact, "<answer>1234 R 6</answer>", Status.WRONG, 0);
    for (String a : new String[] {"1233.8333", "1233 5/6", "7403/6", "1233 R 5 R 5", "1233 R 5 or 1233 R 4", "about 1233",
        "R 5", "1233 R", "quotient 1233 remainder", "the answer is 1233 R 5", "-1233 R 5", "1233 R -5"}) {
      scored(p, "<answer>" + a + "</answer>", Status.INVALID_FORMAT, 0);
    }
    scored(exact, "<answer>7404 / 6</answer>", Status.INVALID_FORMAT, 0);
    scored(exact, "<answer>\\frac{7404}{6}</answer>", Status.INVALID_FORMAT, 0);
  }

  @Test
  void traceAcceptsTheDocumentedFreedoms() {
    correct(P, GOLD);
    correct(WIDE, WIDE_GOLD);
    correct(P, GOLD.replace("14 ÷ 6 = 2 R 2", "14 ÷ 6 = 2 R 2 (bring down 4)"));
    // leading parts shorter than the divisor, giving quotient digits 0 first
    correct(WIDE, "1 ÷ 56 = 0 R 1\n12 ÷ 56 = 0 R 12\n" + WIDE_GOLD);
    // other spellings, numbering, bullets
    correct(WIDE, "Step 1: 123 / 56 = 2 r 11\nStep 2: 114 / 56 = 2, remainder 2\n- 25 ÷ 56 = 0 rem 25\n"
        + "- 256 ÷ 56 = 4 R: 32\n**Result:** quotient 2204, remainder 32");
    correct(new LongDivisionProblem("7404", "6", "trace"),
        "7 ÷ 6 = 1 R 1\n14 ÷ 6 = 2 R 2\n20 ÷ 6 = 3 R 2\n24 ÷ 6 = 4 R 0\nResult: 1234");
    correct(new LongDivisionProblem("7404", "6", "trace"),
        "7 ÷ 6 = 1 R 1\n14 ÷ 6 = 2 R 2\n20 ÷ 6 = 3 R 2\n24 ÷ 6 = 4 R 0\nResult: 1234 R 0");
  }

  @Test
  void aWrongLineIsReportedByNumberWithTheShareBeforeIt() {
    String[] lines = GOLD.split("\n");
    String[][] slips = {{"= 1 R 1", "= 1 R 2"}, {"14 ÷", "13 ÷"}, {"= 3 R 2", "= 2 R 8"}, {"= 3 R 5", "= 4 R -1"}};
    for (int k = 1; k <= 4; k++) {
      String[] changed = lines.clone();
      changed[k - 1] = changed[k - 1].replace(slips[k - 1][0], slips[k - 1][1]);
      assertThat(changed[k - 1]).isNotEqualTo(lines[k - 1]);
      Verdict v = scored(P, String.join("\n", changed), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL, (k - 1) / 5.0);
      assertThat(v.details()).containsEntry("first_error_step", k);
      assertThat(v.reason()).startsWith("step " + k + " is wrong");
    }
    Verdict v = scored(P, GOLD.replace("14 ÷", "13 ÷"), Status.PARTIAL, 1 / 5.0);
    assertThat(v.reason()).contains("bringing down the next digit 4 after the remainder 1 gives 14, not 13");
    v = scored(P, GOLD.replace("20 ÷ 6 = 3 R 2", "20 ÷ 6 = 2 R 8"), Status.PARTIAL, 2 / 5.0);
    assertThat(v.reason()).contains("20 ÷ 6 is 3 (remainder 2), not 2");
    v = scored(P, GOLD.replace("23 ÷ 6 = 3 R 5", "23 ÷ 6 = 3 R 4"), Status.PARTIAL, 3 / 5.0);
    assertThat(v.reason()).contains("23 - 3 × 6 is 5, not 4");
    v = scored(P, GOLD.replace("14 ÷ 6", "14 ÷ 7"), Status.PARTIAL, 1 / 5.0);
    assertThat(v.reason()).contains("the divisor is 6, not 7");
    v = scored(WIDE, "1234 ÷ 56 = 22 R 2\n25 ÷ 56 = 0 R 25\n256 ÷ 56 = 4 R 32\nResult: 2204 R 32", Status.ILLEGAL_STEP, 0);
    assertThat(v.reason()).contains("more than one quotient digit");
    v = scored(WIDE, "124 ÷ 56 = 2 R 12\n", Status.ILLEGAL_STEP, 0);
    assertThat(v.reason()).contains("a leading part of 123456");
    v = scored(WIDE, "123 ÷ 56 = 2 R 11\n114 ÷ 56 = 2 R 2\n256 ÷ 56 = 4 R 32\nResult: 2204 R 32", Status.PARTIAL, 2 / 5.0);
    assertThat(v.details()).containsEntry("first_error_step", 3);
    v = scored(P, GOLD.replace("Result", "3 ÷ 6 = 0 R 3\nResult"), Status.PARTIAL, 4 / 6.0);
    assertThat(v.reason()).contains("already brought down");
  }

  @Test
  void theResultMustBeRightAndDerived() {
    String[] lines = GOLD.split("\n");
    scored(P, GOLD.replace("Result: 1233 R 5", "Result: 1233 R 4"), Status.PARTIAL, 4 / 5.0);
    scored(P, GOLD.replace("Result: 1233 R 5", "Result: 1233"), Status.PARTIAL, 4 / 5.0);
    scored(P, GOLD.replace("\nResult: 1233 R 5", ""), Status.PARTIAL, 4 / 5.0);
    Verdict v = scored(P, lines[0] + "\n" + lines[1] + "\nResult: 1233 R 5", Status.PARTIAL, 2 / 5.0);
    assertThat(v.reason()).contains("stop before the last digit");
    scored(P, "Result: 1233 R 5", Status.INVALID_FORMAT, 0);
    scored(P, "1233 R 5", Status.ILLEGAL_STEP, 0);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<LongDivisionProblem> g = make(5, mode, 99);
      LongDivisionProblem p = g.problem();
      for (String r : List.of("", "yes", "0", "A", "R", "none", "<answer></answer>", "\u0000\uD800", "Result: ",
          "<answer>" + g.answer() + "</answer> hmm <answer>0 R 0</answer>", "junk ".repeat(2_000_000),
          "<answer>" + "9".repeat(150_000) + "</answer>", "<answer>" + "r ".repeat(50_000) + "</answer>",
          "<answer>" + "1 ÷ 2 = 0 R 1\n".repeat(6000) + "</answer>", "<answer>" + "q ".repeat(60_000) + "</answer>",
          "<answer>" + p.dividend() + " / " + p.divisor() + "</answer>",
          "Divide " + p.dividend() + " by " + p.divisor() + ". Answer inside <answer></answer> tags.")) {
        Verdict v = verifier.verify(p, r);
        assertThat(v.score()).as("%s: %s", mode, r.length() > 80 ? r.substring(0, 80) : r).isZero();
        assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM, Status.CORRECT);
      }
    }
  }

  @Test
  void aProblemThatCannotBeReadIsABadProblem() {
    for (LongDivisionProblem p : List.of(new LongDivisionProblem(null, "6", "final"), new LongDivisionProblem("12", "0", "final"),
        new LongDivisionProblem("12", "x", "trace"), new LongDivisionProblem("12", "3", null),
        new LongDivisionProblem("12", "3", "both"), new LongDivisionProblem("1".repeat(10_000), "3", "final"))) {
      assertThat(verifier.verify(p, "<answer>4</answer>").status()).isEqualTo(Status.BAD_PROBLEM);
    }
  }
}
