package io.taskforge.arithmetic.longmultiplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongMultiplicationVerifierTest {
  private final LongMultiplicationTask task = new LongMultiplicationTask();
  private final LongMultiplicationVerifier verifier = new LongMultiplicationVerifier();

  private static final LongMultiplicationProblem P = new LongMultiplicationProblem("4732", "506", "trace");
  // 4732 × 506 = 2394392: partial products for the ones (6) and hundreds (5) digits
  private static final String GOLD = """
      4732 × 6 = 28392
      4732 × 500 = 2366000
      28392 + 2366000 = 2394392
      Result: 2394392""";

  private Generated<LongMultiplicationProblem> make(int level, String mode, long seed) {
    return task.generate(task.resolve(level, Map.of("mode", mode)), new Rng(seed));
  }

  private void correct(LongMultiplicationProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
  }

  private Verdict scored(LongMultiplicationProblem p, String response, Status status, double score) {
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
        for (int seed = 0; seed < 25; seed++) {
          Generated<LongMultiplicationProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Working.\n<answer>\n" + g.answer() + "\n</answer>");
          correct(g.problem(), "Done.\nAnswer: " + g.answer());
        }
      }
    }
    Generated<LongMultiplicationProblem> g = make(6, "trace", 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status()).isEqualTo(Status.CORRECT);
  }

  @Test
  void finalModeReadsOneWholeNumber() {
    LongMultiplicationProblem p = new LongMultiplicationProblem("4732", "506", "final");
    for (String a : new String[] {"2394392", "2,394,392", "\\boxed{2394392}", "2.394392e6", "+2394392",
        "4732 × 6 = 28392\nResult: 2394392"}) {
      correct(p, "<answer>" + a + "</answer>");
    }
    scored(p, "<answer>2394393</answer>", Status.WRONG, 0);
    scored(p, "<answer>4732 × 506 = 2394392</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>2394392 or 2394393</answer>", Status.INVALID_FORMAT, 0);
  }

  @Test
  void traceAcceptsAnyOrderGroupingAndReading() {
    correct(P, GOLD);
    correct(P, "4732 × 6 = 28392 (ones digit)\n4732 × 500 = 2366000 (hundreds digit 5)\n28392 + 2366000 = 2394392\n"
        + "Result: 2394392");
    // partial products in another order, factors swapped, other times signs, commas, numbering
    correct(P, "1. 500 x 4732 = 2,366,000\n2. 4732 * 6 = 28,392\n3. 2366000 + 28392 = 2394392\nResult: 2,394,392");
    // a zero digit written out, the sum in one line with it
    correct(P, "4732 · 6 = 28392\n4732 × 0 = 0\n4732 × 500 = 2366000\n28392 + 0 + 2366000 = 2394392\nResult: 2394392");
    // the roles swapped: 506 times each digit of 4732
    correct(P, "506 × 2 = 1012\n506 × 30 = 15180\n506 × 700 = 354200\n506 × 4000 = 2024000\n"
        + "1012 + 15180 + 354200 + 2024000 = 2394392\nResult: 2394392");
    // a different grouping of the sums
    correct(P, "506 × 4000 = 2024000\n506 × 2 = 1012\n506 × 700 = 354200\n2024000 + 354200 = 2378200\n"
        + "506 × 30 = 15180\n1012 + 15180 = 16192\n2378200 + 16192 = 2394392\nResult: 2394392");
    correct(new LongMultiplicationProblem("47", "30", "trace"), "47 × 30 = 1410\nResult: 1410");
    correct(P, "4732 × 0 = 0\n0 + 0 = 0\n" + GOLD);
    correct(new LongMultiplicationProblem("40", "40", "trace"), "40 × 40 = 1600\nResult: 1600");
  }

  @Test
  void aWrongLineIsReportedByNumberWithTheShareBeforeIt() {
    String[] lines = GOLD.split("\n");
    String[][] slips = {{"28392", "28382"}, {"500", "50"}, {"= 2394392", "= 2394492"}};
    for (int k = 1; k <= 3; k++) {
      String[] changed = lines.clone();
      changed[k - 1] = changed[k - 1].replace(slips[k - 1][0], slips[k - 1][1]);
      Verdict v = scored(P, String.join("\n", changed), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL, (k - 1) / 4.0);
      assertThat(v.details()).containsEntry("first_error_step", k);
    }
    Verdict v = scored(P, GOLD.replace("4732 × 500 = 2366000", "4732 × 50 = 236600"), Status.PARTIAL, 1 / 4.0);
    assertThat(v.reason()).contains("the tens digit of 506 is 0, not 5");
    v = scored(P, GOLD.replace("4732 × 500", "4732 × 5"), Status.PARTIAL, 1 / 4.0);
    assertThat(v.reason()).contains("the ones digit of 506 is 6, not 5");
    v = scored(P, GOLD.replace("4732 × 500", "4732 × 550"), Status.PARTIAL, 1 / 4.0);
    assertThat(v.reason()).contains("550 is not one digit of 506 with its place value");
    v = scored(P, GOLD.replace("4732 × 500", "4733 × 500"), Status.PARTIAL, 1 / 4.0);
    assertThat(v.reason()).contains("multiplies 4732 by one digit of 506");
    v = scored(P, "4732 × 6 = 28392\n4732 × 6 = 28392\n", Status.PARTIAL, 1 / 4.0);
    assertThat(v.reason()).contains("already computed");
    v = scored(P, "4732 × 6 = 28392\n4732 × 500 = 2366000\n28392 + 28392 = 56784\nResult: 56784", Status.PARTIAL, 2 / 4.0);
    assertThat(v.reason()).contains("28392 is not a partial product or sum the trace has computed and not yet added");
    // the roles cannot change half-way
    v = scored(P, "4732 × 6 = 28392\n506 × 2 = 1012\n", Status.PARTIAL, 1 / 4.0);
    assertThat(v.details()).containsEntry("first_error_step", 2);
    scored(P, "4732 x 6 equals 28392\nResult: 2394392", Status.ILLEGAL_STEP, 0);
  }

  @Test
  void theTraceMustCoverEveryDigitAndAddEverythingUp() {
    Verdict v = scored(P, "4732 × 6 = 28392\nResult: 2394392", Status.PARTIAL, 1 / 4.0);
    assertThat(v.reason()).contains("the partial product for the hundreds digit of 506 is missing");
    v = scored(P, "4732 × 6 = 28392\n4732 × 500 = 2366000\nResult: 2394392", Status.PARTIAL, 2 / 4.0);
    assertThat(v.reason()).contains("never added together");
    scored(P, GOLD.replace("Result: 2394392", "Result: 2394391"), Status.PARTIAL, 3 / 4.0);
    scored(P, GOLD.replace("\nResult: 2394392", ""), Status.PARTIAL, 3 / 4.0);
    scored(P, "Result: 2394392", Status.INVALID_FORMAT, 0);
    // padding with extra right lines does not buy credit beyond the reference's share
    v = scored(P, "4732 × 0 = 0\n4732 × 0 = 0\n4732 × 0 = 0\n4732 × 0 = 0\n4732 × 0 = 0\nResult: 2394392", Status.PARTIAL,
        3 / 6.0);
    assertThat(v.reason()).contains("missing");
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<LongMultiplicationProblem> g = make(5, mode, 99);
      LongMultiplicationProblem p = g.problem();
      String product = ((LongMultiplicationSolution) g.solution()).result();
      String wrong = new BigInteger(product).add(BigInteger.ONE).toString();
      for (String r : List.of("", "yes", "0", "A", "<answer></answer>", "\u0000\uD800", "Result: ",
          "<answer>" + g.answer() + "</answer> no, <answer>" + wrong + "</answer>", "junk ".repeat(2_000_000),
          "<answer>" + "9".repeat(150_000) + "</answer>", "<answer>" + "1 + ".repeat(40_000) + "1 = 2</answer>",
          "<answer>" + (p.multiplicand() + " × 0 = 0\n").repeat(5000) + "</answer>",
          "<answer>" + "1 × ".repeat(40_000) + "</answer>", "<answer>" + "1,000,".repeat(30_000) + "</answer>",
          "Multiply " + p.multiplicand() + " by " + p.multiplier() + ". Answer inside <answer></answer> tags.")) {
        Verdict v = verifier.verify(p, r);
        assertThat(v.score()).as("%s: %s", mode, r.length() > 80 ? r.substring(0, 80) : r).isZero();
        assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM, Status.CORRECT);
      }
    }
  }

  @Test
  void aProblemThatCannotBeReadIsABadProblem() {
    for (LongMultiplicationProblem p : List.of(new LongMultiplicationProblem(null, "12", "final"),
        new LongMultiplicationProblem("12", "0", "final"), new LongMultiplicationProblem("12", "-3", "trace"),
        new LongMultiplicationProblem("12", "3", null), new LongMultiplicationProblem("12", "3", "x"),
        new LongMultiplicationProblem("1".repeat(10_000), "3", "final"))) {
      assertThat(verifier.verify(p, "<answer>36</answer>").status()).isEqualTo(Status.BAD_PROBLEM);
    }
  }
}
