package io.taskforge.arithmetic.linearsystem;

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
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class LinearSystemVerifierTest {
  private final LinearSystemTask task = new LinearSystemTask();
  private final LinearSystemVerifier verifier = new LinearSystemVerifier();

  /** x - 5y = 3, 3x + 3y = -9: x = -2, y = -1; the reference trace has 3 steps. */
  private static LinearSystemProblem two(String mode) {
    return new LinearSystemProblem(List.of("x", "y"), List.of(List.of(1, -5), List.of(3, 3)), List.of(3, -9), 3, mode);
  }

  /** 2x + y - z = 8, -3x - y + 2z = -11, -2x + y + 2z = -3: x = 2, y = 3, z = -1; reference 6 steps. */
  private static LinearSystemProblem three(String mode) {
    return new LinearSystemProblem(List.of("x", "y", "z"),
        List.of(List.of(2, 1, -1), List.of(-3, -1, 2), List.of(-2, 1, 2)), List.of(8, -11, -3), 6, mode);
  }

  private static final String THREE_TRACE = String.join("\n",
      "R2 = R2 + 3/2 R1: [0, 1/2, 1/2 | 1]",
      "R3 = R3 + R1: [0, 2, 1 | 5]",
      "R3 = R3 - 4 R2: [0, 0, -1 | 1]",
      "z = -1",
      "y = 3",
      "x = 2",
      "Result: x = 2, y = 3, z = -1");

  private Generated<LinearSystemProblem> make(int level, String mode, long seed) {
    Params p = task.schema().withText(task.level(level), Map.of("mode", mode), task.id());
    return task.generate(p, new Rng(seed));
  }

  private void correct(LinearSystemProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
  }

  private Verdict scored(LinearSystemProblem p, String response, Status status, double score) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(status);
    assertThat(v.score()).as(response).isCloseTo(score, Offset.offset(1e-9));
    assertThat(v.reason()).isNotBlank();
    return v;
  }

  @Test
  void goldScoresOneInBothModesAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int seed = 0; seed < 40; seed++) {
          Generated<LinearSystemProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Let me eliminate.\n<answer>\n" + g.answer() + "\n</answer>");
          correct(g.problem(), "Work above.\nAnswer: " + g.answer());
        }
      }
    }
  }

  @Test
  void goldScoresOneThroughTheRegistryFromAJsonTree() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<LinearSystemProblem> g = make(7, mode, 1);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status())
          .isEqualTo(Status.CORRECT);
    }
  }

  // ---- final mode ----

  @Test
  void finalModeAcceptsAssignmentsInAnyOrderAndForm() {
    LinearSystemProblem p = three("final");
    for (String a : new String[] {"x = 2, y = 3, z = -1", "z = -1, x = 2, y = 3", "x=2;y=3;z=-1", "x = 2\ny = 3\nz = -1",
        "x = 2, y = 3 and z = -1", "X = 2, Y = 3, Z = \u22121", "x = 4/2, y = 6/2, z = -2/2", "x = 2.0, y = 3, z = -1.00",
        "$x = 2$, $y = \\frac{6}{2}$, $z = -1$", "x = 2, y = 3, z = -1, x = 2", "Result: x = 2, y = 3, z = -1"}) {
      correct(p, "<answer>" + a + "</answer>");
    }
    LinearSystemProblem four = new LinearSystemProblem(List.of("x1", "x2", "x3", "x4"),
        List.of(List.of(1, 1, 0, 0), List.of(0, 1, 1, 0), List.of(0, 0, 1, 1), List.of(1, 0, 0, -1)),
        List.of(3, 5, 7, -3), 7, "final");
    correct(four, "<answer>x_1 = 1, x_{2} = 2, X3 = 3, x\u2084 = 4</answer>");
  }

  @Test
  void finalModeGivesTheShareOfRightUnknowns() {
    LinearSystemProblem p = three("final");
    Verdict one = scored(p, "<answer>x = 2, y = 4, z = 0</answer>", Status.PARTIAL, 1 / 3.0);
    assertThat(one.reason()).contains("y = 4 is wrong").contains("1 of 3");
    scored(p, "<answer>x = 2, y = 3</answer>", Status.PARTIAL, 2 / 3.0);
    scored(p, "<answer>x = 3, y = 2, z = 1</answer>", Status.WRONG, 0);
    scored(two("final"), "<answer>x = -2, y = 1</answer>", Status.PARTIAL, 0.5);
  }

  @Test
  void finalModeRejectsWhatIsNotAssignmentsToTheUnknowns() {
    LinearSystemProblem p = three("final");
    scored(p, "<answer>(2, 3, -1)</answer>", Status.INVALID_FORMAT, 0);
    assertThat(scored(p, "<answer>x = 2, y = 3, w = -1</answer>", Status.INVALID_FORMAT, 0).reason())
        .contains("'w' is not an unknown");
    assertThat(scored(p, "<answer>x = 2, y = 3, z = -1, x = 3</answer>", Status.INVALID_FORMAT, 0).reason())
        .contains("two different values");
    scored(p, "<answer>x = 2, y = 3, z = -1 or 1</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>The answer is x = 2, y = 3, z = -1</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>x = 2, y = 3, 2 = z</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>x = y = 2</answer>", Status.INVALID_FORMAT, 0);
  }

  // ---- trace mode ----

  @Test
  void theReferenceStyleTraceScoresOneAndSoDoDecoratedForms() {
    correct(three("trace"), THREE_TRACE);
    correct(three("trace"), "Step 1: R2 := R2 + (3/2)*R1 -> [0; 1/2; 1/2 | 1]\n\n"
        + "Step 2: r3 <- r3 + 1·R1 => [0 2 1 | 5]\n3. R3 \u2192 R3 - 4R2 = [0, 0, -1 | 1]\n"
        + "- z = -1\n- y = (1 - 1/2 z) / (1/2) = 3\n- x = 2\n**Result:** z = -1, y = 3, x = 2");
    correct(two("trace"), "R2 = R2 - 3 R1: [0, 18 | -18]\ny = -1\nx = -2\nResult: x = -2, y = -1");
  }

  @Test
  void otherPivotOrdersAndRowOperationsScoreOne() {
    LinearSystemProblem p = three("trace");
    // another pivot: swap first, eliminate with the swapped row
    correct(p, String.join("\n",
        "R1 <-> R2",
        "R2 = R2 + 2/3 R1: [0, 1/3, 1/3 | 2/3]",
        "R3 = R3 - 2/3 R1: [0, 5/3, 2/3 | 13/3]",
        "R3 = R3 - 5 R2: [0, 0, -1 | 1]",
        "z = -1", "y = 3", "x = 2",
        "Result: x = 2, y = 3, z = -1"));
    // fraction-free combinations and Gauss-Jordan to the identity, values read in any order
    correct(p, String.join("\n",
        "R2 = 2 R2 + 3 R1: [0, 1, 1 | 2]",
        "R3 = R3 + R1: [0, 2, 1 | 5]",
        "R3 = R3 - 2 R2: [0, 0, -1 | 1]",
        "R3 = -1 R3: [0, 0, 1 | -1]",
        "R2 = R2 - R3: [0, 1, 0 | 3]",
        "R1 = R1 + R3 - R2: [2, 0, 0 | 4]",
        "R1 = R1 / 2: [1, 0, 0 | 2]",
        "x = 2", "z = -1", "y = 3",
        "Result: y = 3, x = 2, z = -1"));
    // independent eliminations in the other order
    correct(p, String.join("\n",
        "R3 = R3 + R1: [0, 2, 1 | 5]",
        "R2 = R2 + 3/2 R1: [0, 1/2, 1/2 | 1]",
        "R3 = R3 - 4 R2: [0, 0, -1 | 1]",
        "z = -1", "y = 3", "x = 2",
        "Result: x = 2, y = 3, z = -1"));
  }

  @Test
  void aWrongStepAtPositionKIsReportedWithTheSharedScore() {
    String[] good = THREE_TRACE.split("\n");
    String[] bad = {"R2 = R2 + 3/2 R1: [0, 1/2, 3/2 | 1]", "R3 = R3 + R1: [0, 2, 1 | 6]", "R3 = R3 - 4 R2: [0, 0, 1 | 1]",
        "z = 1", "y = 2", "x = 3"};
    for (int k = 1; k <= 6; k++) {
      List<String> lines = new ArrayList<>(List.of(good));
      lines.set(k - 1, bad[k - 1]);
      String response = String.join("\n", lines);
      Verdict v = verifier.verify(three("trace"), response);
      assertThat(v.details()).as(response).containsEntry("first_error_step", k).containsEntry("steps_correct", k - 1);
      assertThat(v.score()).isCloseTo((k - 1) / 7.0, Offset.offset(1e-9));
      assertThat(v.status()).isEqualTo(k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL);
      assertThat(v.reason()).startsWith("step " + k + " is wrong");
    }
  }

  @Test
  void stepErrorsNameWhatIsWrong() {
    LinearSystemProblem p = three("trace");
    assertThat(reason(p, "R2 = R2 + 3/2 R1: [0, 1/2, 3/2 | 1]")).contains("gives 1/2, not 3/2, in the column of z");
    assertThat(reason(p, "R2 = R2 + 3/2 R1: [0, 1/2, 1/2 | 2]")).contains("for the constant");
    assertThat(reason(p, "R2 = R1: [2, 1, -1 | 8]")).contains("nonzero multiple of R2");
    assertThat(reason(p, "R2 = R2 + 0 R1: [-3, -1, 2 | -11]")).contains("changes nothing");
    assertThat(reason(p, "R1 <-> R2\nR2 <-> R1")).contains("step 2").contains("earlier state");
    assertThat(reason(p, "R1 <-> R1")).contains("with itself");
    assertThat(reason(p, "R4 = R4 - R1: [0, 0, 0 | 0]")).contains("R1 to R3");
    assertThat(reason(p, "R2 = R2 + 3/2 R1")).contains("in brackets");
    assertThat(reason(p, "R2 = R2 + 3/2 R1: [0, 1/2 | 1]")).contains("2 coefficients, not 3");
    assertThat(reason(p, "R2 = R2 + 3/2 R1: [0, 1/2, 1/2, 1]")).contains("'|'");
    assertThat(reason(p, "z = -1")).contains("no row holds z");
    assertThat(reason(p, THREE_TRACE.replace("y = 3", "y = 4"))).contains("R2 gives y = 3, not 4");
    assertThat(reason(p, THREE_TRACE.replace("x = 2", "z = -1"))).contains("z is already known");
    assertThat(reason(p, "w = 3")).contains("neither a row operation");
    assertThat(reason(p, "Subtract 3/2 of R1 from R2")).contains("neither a row operation");
  }

  private String reason(LinearSystemProblem p, String response) {
    return verifier.verify(p, response).reason();
  }

  @Test
  void paddingIsBoundedAndCannotCycle() {
    LinearSystemProblem p = two("trace");
    StringBuilder pad = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      pad.append("R1 = 2 R1: [").append(1 << (i + 1)).append(", ").append(-5 << (i + 1)).append(" | ")
          .append(3 << (i + 1)).append("]\n");
    }
    Verdict v = verifier.verify(p, pad + "Result: x = -2, y = -1");
    assertThat(v.details()).containsEntry("first_error_step", LinearSystemVerifier.rowOperationBudget(2) + 1);
    assertThat(v.reason()).contains("more than the 8");
    Verdict cycle = verifier.verify(p, "R1 = 2 R1: [2, -10 | 6]\nR1 = 1/2 R1: [1, -5 | 3]\n");
    assertThat(cycle.details()).containsEntry("first_error_step", 2);
  }

  @Test
  void theResultMustBeWhatTheStepsDerive() {
    LinearSystemProblem p = three("trace");
    String steps = THREE_TRACE.substring(0, THREE_TRACE.lastIndexOf('\n'));
    assertThat(scored(p, steps, Status.PARTIAL, 6 / 7.0).reason()).contains("Result:");
    assertThat(scored(p, steps + "\nResult: x = 2, y = 3", Status.PARTIAL, 6 / 7.0).reason()).contains("no value for z");
    assertThat(scored(p, steps + "\nResult: x = 2, y = 3, z = 1", Status.PARTIAL, 6 / 7.0).reason())
        .contains("the steps derive -1");
    String noX = steps.substring(0, steps.lastIndexOf('\n'));
    assertThat(scored(p, noX + "\nResult: x = 2, y = 3, z = -1", Status.PARTIAL, 5 / 7.0).reason())
        .contains("never derive x");
    scored(p, "Result: x = 2, y = 3, z = -1", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>x = 2, y = 3, z = -1</answer>", Status.ILLEGAL_STEP, 0);
  }

  // ---- problems and hostile responses ----

  @Test
  void badProblemsAreNotTheResponsesFault() {
    LinearSystemProblem singular = new LinearSystemProblem(List.of("x", "y"), List.of(List.of(1, 2), List.of(2, 4)),
        List.of(3, 6), 3, "final");
    assertThat(verifier.verify(singular, "x = 1, y = 1").status()).isEqualTo(Status.BAD_PROBLEM);
    LinearSystemProblem ragged = new LinearSystemProblem(List.of("x", "y"), List.of(List.of(1, 2), List.of(2)),
        List.of(3, 6), 3, "final");
    assertThat(verifier.verify(ragged, "x = 1, y = 1").status()).isEqualTo(Status.BAD_PROBLEM);
    LinearSystemProblem same = new LinearSystemProblem(List.of("x", "X"), List.of(List.of(1, 0), List.of(0, 1)),
        List.of(3, 6), 3, "final");
    assertThat(verifier.verify(same, "x = 3").status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new LinearSystemProblem(null, null, null, 0, null), "x = 3").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void aRegularMatrixWhoseDeterminantIsAMultipleOfThePrimeIsStillRegular() {
    LinearSystemProblem p = new LinearSystemProblem(List.of("x"), List.of(List.of(2_147_483_647)),
        List.of(2_147_483_647), 1, "final");
    correct(p, "x = 1");
    assertThat(LinearSystemVerifier.regular(p.coefficients())).isFalse(); // the fast test cannot tell
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<LinearSystemProblem> g = make(5, mode, 99);
      LinearSystemProblem p = g.problem();
      List<String> responses = List.of("", " ", "yes", "0", "x", "=", "= = =", "x =", "x = ", "1/0", "NaN", "none",
          "<answer>", "<answer></answer>", "<answer>" + "<answer>".repeat(1000), "\u0000\u0001\u001b[31m",
          "\uD800\uDC00\uDFFF\uD800", "x".repeat(10_000_000), "<answer>" + "x1 = ".repeat(30_000) + "</answer>",
          "<answer>" + "=".repeat(150_000) + "</answer>", "<answer>" + "R1 <-> R2\n".repeat(6_000) + "</answer>",
          "<answer>R1 = " + "R1 + ".repeat(20_000) + "R1: [1 | 1]</answer>",
          "<answer>" + "R1 = 2 R1: [" + "1, ".repeat(30_000) + "| 1]</answer>",
          "<answer>" + g.answer() + "</answer>\n<answer>I am not sure. 42</answer>");
      for (String r : responses) {
        Verdict v = verifier.verify(p, r);
        assertThat(v.score()).as("%s: %s", mode, r.length() > 80 ? r.substring(0, 80) : r).isZero();
        assertThat(v.reason()).isNotBlank();
        assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      }
    }
  }
}
