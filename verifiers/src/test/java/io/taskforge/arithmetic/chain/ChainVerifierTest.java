package io.taskforge.arithmetic.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.check.Mutant;
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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  private final ChainTask task = new ChainTask();
  private final ChainVerifier verifier = new ChainVerifier();
  private final ChainOracle oracle = new ChainOracle();

  /** start with 7; add 12; multiply by 3; subtract 60; divide by 3. */
  private static ChainProblem sample(String mode) {
    return new ChainProblem(7, List.of(
        new ChainProblem.Operation("add", 12),
        new ChainProblem.Operation("multiply", 3),
        new ChainProblem.Operation("subtract", 60),
        new ChainProblem.Operation("divide", 3)), mode);
  }

  private static final String SAMPLE_TRACE = "7 + 12 = 19\n19 × 3 = 57\n57 - 60 = -3\n-3 ÷ 3 = -1\nResult: -1";

  private Generated<ChainProblem> make(int level, String mode, long seed) {
    Params p = task.schema().with(task.level(level), Map.of("mode", mode), task.id());
    return task.generate(p, new Rng(seed));
  }

  private Verdict correct(ChainProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
    return v;
  }

  private Verdict scored(ChainProblem p, String response, Status status, double score) {
    Verdict v = verifier.verify(p, response);
    String shown = response.length() > 200 ? response.substring(0, 200) : response;
    assertThat(v.status()).as("%s -> %s", shown, v.reason()).isEqualTo(status);
    assertThat(v.score()).as(shown).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.correct()).isFalse();
    assertThat(v.reason()).isNotBlank();
    return v;
  }

  @Test
  void goldScoresOneInBothModesAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int seed = 0; seed < 150; seed++) {
          Generated<ChainProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Let me work it out.\n<answer>\n" + g.answer() + "\n</answer>");
          correct(g.problem(), "Working...\nAnswer: " + g.answer());
        }
      }
    }
  }

  @Test
  void goldScoresOneThroughTheRegistryFromAJsonTree() {
    Generated<ChainProblem> g = make(6, "trace", 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status())
        .isEqualTo(Status.CORRECT);
  }

  @Test
  void finalModeReadsEqualNumbersInDocumentedForms() {
    ChainProblem p = sample("final");
    for (String a : new String[] {"-1", " -1 ", "\u22121", "$-1$", "\\boxed{-1}", "**-1**", "-1.0", "-2/2",
        "some work\nResult: -1"}) {
      correct(p, "<answer>" + a + "</answer>");
    }
    ChainProblem big = new ChainProblem(999, List.of(new ChainProblem.Operation("multiply", 1001)), "final");
    correct(big, "<answer>999,999</answer>");
    scored(p, "<answer>1</answer>", Status.WRONG, 0);
    scored(p, "<answer>-1/2</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>-1 or 1</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>x = -1</answer>", Status.INVALID_FORMAT, 0);
  }

  @Test
  void traceAcceptsTheGoldAndTheDocumentedVariations() {
    ChainProblem p = sample("trace");
    Verdict v = correct(p, SAMPLE_TRACE);
    assertThat(v.details()).containsEntry("steps_written", 4).containsEntry("steps_correct", 4);
    correct(p, "Step 1: 7 + 12 = 19\nStep 2: 19 * 3 = 57\nStep 3: 57 \u2212 60 = \u22123\nStep 4: -3 / 3 = -1\n\nResult: -1");
    correct(p, "1. 7+12=19\n2. 19x3=57\n3. 57-60=-3.\n4. (-3) : 3 = -1\n**Result:** -1");
    correct(p, "- 7 + 12 = 19\n- 19 · 3 = 57\n- 57 - 60 = -3\n- -3 ÷ 3 = -1\nResult: -1");
  }

  @Test
  void traceAcceptsAnotherValidOrderOfOperands() {
    // + and × may take their numbers in either order
    correct(sample("trace"), "12 + 7 = 19\n3 × 19 = 57\n57 - 60 = -3\n-3 ÷ 3 = -1\nResult: -1");
    for (int seed = 0; seed < 200; seed++) {
      Generated<ChainProblem> g = make(1 + seed % 10, "trace", seed);
      String[] lines = g.answer().split("\n");
      StringBuilder swapped = new StringBuilder();
      for (int k = 0; k < lines.length - 1; k++) {
        String[] t = lines[k].split(" ");
        boolean commutative = t[1].equals("+") || t[1].equals("×");
        String a = t[0].startsWith("-") ? "(" + t[0] + ")" : t[0];
        swapped.append(commutative ? t[2] + " " + t[1] + " " + a : lines[k].substring(0, lines[k].indexOf(" =")))
            .append(" = ").append(t[4]).append('\n');
      }
      swapped.append(lines[lines.length - 1]);
      correct(g.problem(), swapped.toString());
    }
  }

  @Test
  void aWrongStepIsReportedWithItsNumberAndTheShareBeforeIt() {
    ChainProblem p = sample("trace");
    String[] wrong = {
        "7 + 12 = 18\n18 × 3 = 54\n54 - 60 = -6\n-6 ÷ 3 = -2\nResult: -2",
        "7 + 12 = 19\n19 × 3 = 56\n56 - 60 = -4\n-4 ÷ 3 = -1\nResult: -1",
        "7 + 12 = 19\n19 × 3 = 57\n60 - 57 = 3\n3 ÷ 3 = 1\nResult: 1",
        "7 + 12 = 19\n19 × 3 = 57\n57 - 60 = -3\n-3 ÷ 3 = 1\nResult: 1"};
    for (int k = 1; k <= 4; k++) {
      Verdict v = scored(p, wrong[k - 1], k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL, (k - 1) / 5.0);
      assertThat(v.details()).containsEntry("first_error_step", k);
      assertThat(v.reason()).startsWith("step " + k + " is wrong");
    }
    Verdict v = scored(p, "7 + 12 = 19\n19 + 3 = 22\nResult: -1", Status.PARTIAL, 1 / 5.0);
    assertThat(v.reason()).contains("multiply by 3");
    v = scored(p, "7 + 12 = 19\n19 × 4 = 76\nResult: -1", Status.PARTIAL, 1 / 5.0);
    assertThat(v.reason()).contains("uses 4");
    v = scored(p, "7 + 12 = 19\n20 × 3 = 60\nResult: -1", Status.PARTIAL, 1 / 5.0);
    assertThat(v.reason()).contains("starts from 20").contains("19");
    v = scored(p, SAMPLE_TRACE.replace("Result", "-1 + 1 = 0\nResult"), Status.PARTIAL, 4 / 6.0);
    assertThat(v.details()).containsEntry("first_error_step", 5);
    scored(p, "7 + 12 equals 19\nResult: -1", Status.ILLEGAL_STEP, 0);
    // a wrong step in a generated trace, for several positions
    for (int seed = 0; seed < 100; seed++) {
      Generated<ChainProblem> g = make(3 + seed % 8, "trace", seed);
      String[] lines = g.answer().split("\n");
      int n = lines.length - 1;
      int k = 1 + seed % n;
      String[] t = lines[k - 1].split(" ");
      lines[k - 1] = t[0] + " " + t[1] + " " + t[2] + " = " + new java.math.BigInteger(t[4]).add(java.math.BigInteger.TEN);
      Verdict w = scored(g.problem(), String.join("\n", lines), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL,
          (k - 1) / (double) (n + 1));
      assertThat(w.details()).containsEntry("first_error_step", k);
    }
  }

  @Test
  void fullCreditNeedsEveryStepAndTheRightResult() {
    ChainProblem p = sample("trace");
    Verdict v = scored(p, "7 + 12 = 19\n19 × 3 = 57\nResult: -1", Status.PARTIAL, 2 / 5.0);
    assertThat(v.reason()).contains("stops after step 2 of 4");
    assertThat(v.details()).doesNotContainKey("first_error_step");
    v = scored(p, SAMPLE_TRACE.replace("Result: -1", "Result: 1"), Status.PARTIAL, 4 / 5.0);
    assertThat(v.reason()).contains("result 1");
    scored(p, SAMPLE_TRACE.replace("\nResult: -1", ""), Status.PARTIAL, 4 / 5.0);
    scored(p, "Result: -1", Status.INVALID_FORMAT, 0);
    scored(p, "-1", Status.ILLEGAL_STEP, 0);
    scored(p, SAMPLE_TRACE.replace("Result: -1", "Result: minus one"), Status.PARTIAL, 4 / 5.0);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<ChainProblem> g = make(5, mode, 99);
      ChainProblem p = g.problem();
      List<String> hostile = new ArrayList<>(List.of("", " ", "yes", "none", "0", "A", "<answer>", "</answer>",
          "<answer></answer>", "\u0000\u0001\uD800\uDFFF", "<answer>" + "<answer>".repeat(10_000),
          "x".repeat(10_000_000), "<answer>" + "9".repeat(150_000) + "</answer>",
          "<answer>" + "1 + 1 = 2\n".repeat(6000) + "</answer>",
          "<answer>" + "(".repeat(100_000) + "</answer>",
          "Answer: " + "\n".repeat(100_000),
          "<answer>" + g.answer() + "</answer>\n<answer>12345</answer>"));
      hostile.addAll(oracle.hostileResponses(p, g.answer()));
      for (String r : hostile) {
        Verdict v = verifier.verify(p, r);
        assertThat(v.score()).as("%s: %s", mode, r.length() > 60 ? r.substring(0, 60) : r).isZero();
        assertThat(v.reason()).isNotBlank();
      }
    }
  }

  @Test
  void aBrokenProblemIsABadProblem() {
    List<ChainProblem> broken = List.of(
        new ChainProblem(7, List.of(new ChainProblem.Operation("divide", 2)), "final"),
        new ChainProblem(7, List.of(new ChainProblem.Operation("power", 2)), "final"),
        new ChainProblem(7, List.of(new ChainProblem.Operation("add", 0)), "final"),
        new ChainProblem(7, List.of(), "final"),
        new ChainProblem(7, null, "final"),
        new ChainProblem(7, List.of(new ChainProblem.Operation("add", 2)), "verbose"));
    for (ChainProblem p : broken) {
      assertThat(verifier.verify(p, "<answer>9</answer>").status()).isEqualTo(Status.BAD_PROBLEM);
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int i = 0; i < 12; i++) {
          Generated<ChainProblem> g = make(level, mode, 1000L * level + i);
          ChainProblem p = g.problem();
          assertThat(oracle.accepts(p, g.answer())).as(g.answer()).isTrue();
          for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
            assertThat(verifier.verify(p, form).correct()).as("form %s", form).isTrue();
          }
          for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
            kinds.add(mode + " " + m.kind() + (m.valid() ? " valid" : " invalid"));
            Verdict v = verifier.verify(p, m.response());
            assertThat(v.correct()).as("%s -> %s", m, v.reason()).isEqualTo(m.valid());
          }
        }
      }
    }
    assertThat(kinds).contains("trace swap-operands valid", "trace swap-operands invalid", "trace wrong-value invalid",
        "trace wrong-operand invalid", "trace propagated-error invalid", "trace drop-step invalid",
        "trace drop-last-step invalid", "trace duplicate-step invalid", "trace swap-steps invalid",
        "trace wrong-result invalid", "trace no-result invalid", "trace result-only invalid",
        "final off-by-one invalid", "final sign-flip invalid", "final digit invalid", "final one-step-short invalid",
        "final repeated invalid");
  }
}
