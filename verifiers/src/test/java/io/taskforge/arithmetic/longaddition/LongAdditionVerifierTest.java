package io.taskforge.arithmetic.longaddition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongAdditionVerifierTest {
  private final LongAdditionTask task = new LongAdditionTask();
  private final LongAdditionVerifier verifier = new LongAdditionVerifier();

  private static final LongAdditionProblem SMALL = new LongAdditionProblem(List.of("58", "67"), "trace");
  private static final LongAdditionProblem RAGGED = new LongAdditionProblem(List.of("9999", "1", "905"), "trace");
  private static final String RAGGED_GOLD = """
      column 1: 9 + 1 + 5 = 15, write 5, carry 1
      column 2: 9 + 0 + 1 = 10, write 0, carry 1
      column 3: 9 + 9 + 1 = 19, write 9, carry 1
      column 4: 9 + 1 = 10, write 0, carry 1
      Result: 10905""";

  private Generated<LongAdditionProblem> make(int level, String mode, long seed) {
    Params p = task.resolve(level, Map.of("mode", mode));
    return task.generate(p, new Rng(seed));
  }

  private Verdict correct(LongAdditionProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
    return v;
  }

  private Verdict scored(LongAdditionProblem p, String response, Status status, double score) {
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
          Generated<LongAdditionProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Let me add.\n<answer>\n" + g.answer() + "\n</answer>");
          correct(g.problem(), "I worked it out.\nAnswer: " + g.answer());
        }
      }
    }
    Generated<LongAdditionProblem> g = make(6, "trace", 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status()).isEqualTo(Status.CORRECT);
  }

  @Test
  void finalModeReadsOneWholeNumber() {
    LongAdditionProblem p = new LongAdditionProblem(List.of("999999", "1234"), "final");
    for (String a : new String[] {"1001233", "1,001,233", "+1001233", "$1001233$", "\\boxed{1001233}", "**1001233**",
        "1001233.0", " 1001233 ", "column 1: 9 + 4 = 13, write 3, carry 1\nResult: 1001233"}) {
      correct(p, "<answer>" + a + "</answer>");
    }
    assertThat(scored(p, "<answer>1001234</answer>", Status.WRONG, 0).reason()).contains("1001234");
    scored(p, "<answer>1001233 1001233</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>999999 + 1234 = 1001233</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>1001233.5</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>1,0012,33</answer>", Status.INVALID_FORMAT, 0);
  }

  @Test
  void traceAcceptsTheDocumentedFreedoms() {
    correct(SMALL, "column 1: 8 + 7 = 15, write 5, carry 1\ncolumn 2: 5 + 6 + 1 = 12, write 2, carry 1\nResult: 125");
    // terms in any order, the carry anywhere, numbering, bullets, 'col', semicolons, no spaces, any case
    correct(SMALL, "Step 1: col 1: 7 + 8 = 15; write 5; carry 1\nStep 2: COLUMN 2: 1 + 6 + 5 = 12 write 2 carry 1\nResult: 125");
    correct(SMALL, "- col1:7+8=15,write5,carry1\n- column 2 (tens): 1+5+6 = 12, write down 2, carry 1.\n**Result:** 125");
    // the final carry written out as a column of its own
    correct(SMALL, "column 1: 8 + 7 = 15, write 5, carry 1\ncolumn 2: 5 + 6 + 1 = 12, write 2, carry 1\n"
        + "column 3: 1 = 1, write 1, carry 0\nResult: 125");
    correct(RAGGED, RAGGED_GOLD);
    correct(SMALL, "column 1 (ones): 8 + 7 = 15, write 5, carry 1 (into the tens)\n"
        + "column 2 (tens): 5 + 6 + 1 = 12, write 2, carry 1.\nResult: 125");
    scored(SMALL, "column 1: 8 + 7 = 15, write 5, carry 1 (into the tens\nResult: 125", Status.ILLEGAL_STEP, 0);
    // zero digits left out, carry 0 left out, the carry first
    LongAdditionProblem zeros = new LongAdditionProblem(List.of("405", "302"), "trace");
    correct(zeros, "column 1: 5 + 2 = 7, write 7\ncolumn 2: 0 = 0, write 0\ncolumn 3: 4 + 3 = 7, write 7, carry 0\nResult: 707");
    correct(RAGGED, RAGGED_GOLD.replace("9 + 0 + 1", "1 + 9").replace("9 + 1 + 5", "5 + 9 + 1"));
    correct(new LongAdditionProblem(List.of("99", "99", "99", "99", "99", "99", "99", "99", "99", "99", "99", "99"), "trace"),
        "column 1: 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 = 108, write 8, carry 10\n"
            + "column 2: 10 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 + 9 = 118, write 8, carry 11\n"
            + "column 3: 11 = 11, write 1, carry 1\ncolumn 4: 1 = 1, write 1, carry 0\nResult: 1,188");
  }

  @Test
  void aWrongStepIsReportedByNumberWithTheShareBeforeIt() {
    String[] lines = RAGGED_GOLD.split("\n");
    int n = lines.length - 1;
    String[][] slips = {
        {"write 5", "write 6"}, {"= 10, write 0", "= 11, write 1"}, {"carry 1", "carry 2"}, {"9 + 1 =", "9 ="}};
    for (int k = 1; k <= n; k++) {
      String[] changed = lines.clone();
      changed[k - 1] = changed[k - 1].replace(slips[k - 1][0], slips[k - 1][1]);
      assertThat(changed[k - 1]).isNotEqualTo(lines[k - 1]);
      Verdict v = scored(RAGGED, String.join("\n", changed), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL, (k - 1) / 5.0);
      assertThat(v.details()).containsEntry("first_error_step", k);
      assertThat(v.reason()).startsWith("step " + k + " is wrong");
    }
    Verdict v = scored(RAGGED, RAGGED_GOLD.replace("carry 1\ncolumn 4: 9 + 1", "carry 1\ncolumn 4: 9"),
        Status.PARTIAL, 3 / 5.0);
    assertThat(v.reason()).contains("the digits 9 and the carry 1");
    v = scored(RAGGED, RAGGED_GOLD.replace("column 3", "column 4"), Status.PARTIAL, 2 / 5.0);
    assertThat(v.reason()).contains("must be column 3");
    v = scored(RAGGED, RAGGED_GOLD.replace("19, write 9", "19, write 1"), Status.PARTIAL, 2 / 5.0);
    assertThat(v.reason()).contains("last digit of 19");
    v = scored(RAGGED, RAGGED_GOLD.replace("= 15", "= 14"), Status.ILLEGAL_STEP, 0);
    assertThat(v.reason()).contains("is 15, not 14");
    v = scored(SMALL, "column 1: 8 + 7 = 15, write 5\ncolumn 2: 5 + 6 = 11, write 1, carry 1\nResult: 115",
        Status.ILLEGAL_STEP, 0);
    assertThat(v.reason()).contains("the carry out of a column total of 15 is 1").contains("missing");
    v = scored(SMALL, "column 1: 8 + 7 = 15, write 5, carry 1\ncolumn 2: 5 + 6 + 1 = 12, write 2, carry 1\n"
        + "column 3: 1 = 1, write 1, carry 0\ncolumn 4: 0 = 0, write 0, carry 0\nResult: 125", Status.PARTIAL, 2 / 5.0);
    assertThat(v.reason()).contains("no column 4");
  }

  @Test
  void theResultMustBeRightAndDerivedByCompleteColumns() {
    String[] lines = RAGGED_GOLD.split("\n");
    scored(RAGGED, RAGGED_GOLD.replace("Result: 10905", "Result: 10904"), Status.PARTIAL, 4 / 5.0);
    scored(RAGGED, RAGGED_GOLD.replace("Result: 10905", "Result: ten thousand"), Status.PARTIAL, 4 / 5.0);
    Verdict v = scored(RAGGED, RAGGED_GOLD.replace("\nResult: 10905", ""), Status.PARTIAL, 4 / 5.0);
    assertThat(v.reason()).contains("no 'Result:' line");
    v = scored(RAGGED, lines[0] + "\n" + lines[1] + "\nResult: 10905", Status.PARTIAL, 2 / 5.0);
    assertThat(v.reason()).contains("stop at column 2 of 4");
    assertThat(v.details()).doesNotContainKey("first_error_step").containsEntry("steps_correct", 2);
    scored(RAGGED, "Result: 10905", Status.INVALID_FORMAT, 0);
    scored(RAGGED, "10905", Status.ILLEGAL_STEP, 0);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<LongAdditionProblem> g = make(5, mode, 99);
      LongAdditionProblem p = g.problem();
      String sum = ((LongAdditionSolution) g.solution()).result();
      String wrong = new BigInteger(sum).add(BigInteger.ONE).toString();
      List<String> hostile = new ArrayList<>(List.of("", " ", "yes", "0", "A", "none", "<answer>", "<answer></answer>",
          "</answer>" + sum, "\u0000\u0001\uD800\uDFFF\uFFFF", "<answer>\uD800</answer>", "Result:", "Result: ",
          "<answer>" + g.answer() + "</answer> no wait <answer>" + wrong + "</answer>",
          "junk ".repeat(2_000_000), "<answer>" + "9".repeat(150_000) + "</answer>",
          "<answer>" + "column 1: ".repeat(20_000) + "</answer>", "<answer>" + "1 + ".repeat(40_000) + "</answer>",
          "<answer>" + "column 1: 1\n".repeat(15_000) + "</answer>", "<answer>" + "<answer>".repeat(100_000),
          "Add " + String.join(" + ", p.addends()) + ". Give your final answer inside <answer></answer> tags."));
      for (String r : hostile) {
        Verdict v = verifier.verify(p, r);
        assertThat(v.score()).as("%s: %s", mode, r.length() > 80 ? r.substring(0, 80) : r).isZero();
        assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM, Status.CORRECT);
      }
    }
  }

  @Test
  void aProblemThatCannotBeReadIsABadProblem() {
    for (LongAdditionProblem p : List.of(new LongAdditionProblem(null, "final"), new LongAdditionProblem(List.of(), "final"),
        new LongAdditionProblem(List.of("12", "x"), "final"), new LongAdditionProblem(List.of("12", "-3"), "trace"),
        new LongAdditionProblem(List.of("12", "012"), "trace"), new LongAdditionProblem(List.of("12", "3"), null),
        new LongAdditionProblem(List.of("12", "3"), "both"), new LongAdditionProblem(List.of("1".repeat(100_000)), "final"))) {
      assertThat(verifier.verify(p, "<answer>15</answer>").status()).isEqualTo(Status.BAD_PROBLEM);
    }
  }
}
