package io.taskforge.arithmetic.baseconversion;

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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class BaseConversionVerifierTest {
  private final BaseConversionTask task = new BaseConversionTask();
  private final BaseConversionVerifier verifier = new BaseConversionVerifier();
  private final BaseConversionOracle oracle = new BaseConversionOracle();

  /** 1A7 (base 16) = 423 = 647 (base 8). */
  private static final BaseConversionProblem HEX_TO_OCT = new BaseConversionProblem("1A7", 16, 8, "trace");
  private static final String HEX_TO_OCT_TRACE = "1 × 16 + 10 = 26\n26 × 16 + 7 = 423\n"
      + "423 ÷ 8 = 52 remainder 7\n52 ÷ 8 = 6 remainder 4\n6 ÷ 8 = 0 remainder 6\nResult: 647";

  private Generated<BaseConversionProblem> make(int level, String mode, long seed) {
    Params p = task.schema().with(task.level(level), Map.of("mode", mode), task.id());
    return task.generate(p, new Rng(seed));
  }

  private Verdict correct(BaseConversionProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    assertThat(v.score()).isEqualTo(1.0);
    return v;
  }

  private Verdict scored(BaseConversionProblem p, String response, Status status, double score) {
    Verdict v = verifier.verify(p, response);
    String shown = response.length() > 200 ? response.substring(0, 200) : response;
    assertThat(v.status()).as("%s -> %s", shown, v.reason()).isEqualTo(status);
    assertThat(v.score()).as(shown).isCloseTo(score, Offset.offset(1e-9));
    assertThat(v.reason()).isNotBlank();
    return v;
  }

  @Test
  void goldScoresOneInBothModesAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int seed = 0; seed < 120; seed++) {
          Generated<BaseConversionProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Let me work it out.\n<answer>\n" + g.answer() + "\n</answer>");
        }
      }
    }
  }

  @Test
  void goldScoresOneThroughTheRegistryFromAJsonTree() {
    Generated<BaseConversionProblem> g = make(6, "trace", 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status())
        .isEqualTo(Status.CORRECT);
  }

  @Test
  void finalModeReadsTheDocumentedForms() {
    BaseConversionProblem p = new BaseConversionProblem("423", 10, 16, "final");
    for (String a : new String[] {"1A7", "1a7", " 01A7 ", "0x1A7", "1A7_16", "1A7_{16}", "$1A7_{16}$", "1A7₁₆",
        "1A7 (base 16)", "1a7 base 16", "\\boxed{1A7}", "**1A7**", "`1a7`", "1 A7", "work\nResult: 1A7"}) {
      correct(p, "<answer>" + a + "</answer>");
    }
    correct(new BaseConversionProblem("11110000", 2, 10, "final"), "<answer>240</answer>");
    correct(new BaseConversionProblem("1111101000", 2, 10, "final"), "<answer>1,000</answer>");
    correct(new BaseConversionProblem("255", 10, 2, "final"), "<answer>0b1111 1111</answer>");
    scored(p, "<answer>1A8</answer>", Status.WRONG, 0);
    scored(p, "<answer>7A1</answer>", Status.WRONG, 0);
    scored(p, "<answer>1A7_8</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>1G7</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>0b1A7</answer>", Status.WRONG, 0); // 0B1A7 is a hexadecimal number
    scored(p, "<answer>1A7 or 1A8</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>-1A7</answer>", Status.INVALID_FORMAT, 0);
    scored(p, "<answer>423</answer>", Status.WRONG, 0);
  }

  @Test
  void traceAcceptsTheGoldAndItsDocumentedVariations() {
    correct(HEX_TO_OCT, HEX_TO_OCT_TRACE);
    correct(HEX_TO_OCT, "0 × 16 + 1 = 1\n1 * 16 + A = 26\n16 · 26 + 7 = 423\n"
        + "423 / 8 = 52 R 7\n52 ÷ 8 = 6, rem 4\n6 ÷ 8 = 0 remainder 6 (6)\n**Result:** 647_8");
    correct(HEX_TO_OCT, "Step 1: (1 x 16) + 10 = 26\nStep 2: 26 x 16 + 7 = 423\n"
        + "Step 3: 423 = 52 × 8 + 7\nStep 4: 52 = 8 × 6 + 4\nStep 5: 6 = 0 × 8 + 6\nResult: 647");
    BaseConversionProblem toHex = new BaseConversionProblem("3000", 10, 16, "trace");
    correct(toHex, "3000 ÷ 16 = 187 remainder 8\n187 ÷ 16 = 11 remainder 11 (B)\n11 ÷ 16 = 0 remainder B\nResult: bb8");
  }

  @Test
  void traceAcceptsThePositionalExpansionInAnyOrder() {
    String tail = "\n423 ÷ 8 = 52 remainder 7\n52 ÷ 8 = 6 remainder 4\n6 ÷ 8 = 0 remainder 6\nResult: 647";
    correct(HEX_TO_OCT, "1 × 16^2 + A × 16^1 + 7 × 16^0 = 256 + 160 + 7 = 423" + tail);
    correct(HEX_TO_OCT, "7 × 16^0 = 7\n10 × 16^1 = 160\n1 × 16^2 = 256\n256 + 160 + 7 = 423" + tail);
    correct(HEX_TO_OCT, "16^2 = 256\n10 × 16^1 = 160\n1 × 16^2 = 256\n160 + 256 = 416\n416 + 7 × 16^0 = 423" + tail);
    correct(HEX_TO_OCT, "1 × 16**2 = 256\n7 × 16^{0} = 7\n256 + 7 = 263\n263 + 10 × 16^1 = 423" + tail);
    // zero digits may be left out or written
    BaseConversionProblem p = new BaseConversionProblem("1001", 2, 10, "trace");
    correct(p, "1 × 2^3 + 1 × 2^0 = 8 + 1 = 9\nResult: 9");
    correct(p, "1 × 2^3 + 0 × 2^2 + 0 × 2^1 + 1 × 2^0 = 9\nResult: 9");
    correct(new BaseConversionProblem("1000", 7, 10, "trace"), "1 × 7^3 = 343\nResult: 343");
  }

  @Test
  void aWrongStepIsReportedWithItsNumberAndTheShareBeforeIt() {
    String[] lines = HEX_TO_OCT_TRACE.split("\n");
    String[] wrongs = {
        "1 × 16 + 10 = 27", "26 × 16 + 8 = 424", "423 ÷ 8 = 52 remainder 6", "52 ÷ 8 = 6 remainder 5",
        "6 ÷ 8 = 1 remainder 6"};
    for (int k = 1; k <= 5; k++) {
      String[] m = lines.clone();
      m[k - 1] = wrongs[k - 1];
      Verdict v = scored(HEX_TO_OCT, String.join("\n", m), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL, (k - 1) / 6.0);
      assertThat(v.details()).containsEntry("first_error_step", k);
      assertThat(v.reason()).startsWith("step " + k + " is wrong");
    }
    Verdict v = scored(HEX_TO_OCT, "1 × 16 + 10 = 26\n423 ÷ 8 = 52 remainder 7\nResult: 647", Status.PARTIAL, 1 / 6.0);
    assertThat(v.reason()).contains("before 1A7 is fully read");
    v = scored(HEX_TO_OCT, "1 × 16 + 10 = 26\n10 × 16^1 = 160\nResult: 647", Status.PARTIAL, 1 / 6.0);
    assertThat(v.reason()).contains("one method");
    v = scored(HEX_TO_OCT, "1 × 16^2 = 256\n1 × 16^2 = 256\nResult: 647", Status.PARTIAL, 1 / 6.0);
    assertThat(v.reason()).contains("written already");
    v = scored(HEX_TO_OCT, "7 × 16^0 = 7\n7 + 7 = 14\nResult: 647", Status.PARTIAL, 1 / 6.0);
    assertThat(v.reason()).contains("added already");
    v = scored(HEX_TO_OCT, "11 × 16^1 = 176\nResult: 647", Status.ILLEGAL_STEP, 0);
    assertThat(v.reason()).contains("position 1").contains("A (10)");
    v = scored(new BaseConversionProblem("423", 10, 8, "trace"), "4 × 10^2 = 400\nResult: 647", Status.ILLEGAL_STEP, 0);
    assertThat(v.reason()).contains("already in base 10");
    // a wrong step in generated traces, at several positions
    for (int seed = 0; seed < 150; seed++) {
      Generated<BaseConversionProblem> g = make(2 + seed % 8, "trace", seed);
      String[] gl = g.answer().split("\n");
      int n = gl.length - 1;
      int k = 1 + seed % n;
      String[] t = gl[k - 1].split(" ");
      int last = gl[k - 1].contains("remainder") ? 4 : t.length - 1; // the quotient, or the Horner value
      t[last] = new BigInteger(t[last]).add(BigInteger.ONE).toString();
      gl[k - 1] = String.join(" ", t);
      Verdict w = scored(g.problem(), String.join("\n", gl), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL,
          (k - 1) / (double) (n + 1));
      assertThat(w.details()).containsEntry("first_error_step", k);
    }
  }

  @Test
  void fullCreditNeedsTheWholeConversionAndTheRightResult() {
    Verdict v = scored(HEX_TO_OCT, "1 × 16 + 10 = 26\n26 × 16 + 7 = 423\n423 ÷ 8 = 52 remainder 7\nResult: 647",
        Status.PARTIAL, 3 / 6.0);
    assertThat(v.reason()).contains("quotient reaches 0");
    v = scored(new BaseConversionProblem("1A7", 16, 10, "trace"), "1 × 16 + 10 = 26\nResult: 423", Status.PARTIAL, 1 / 3.0);
    assertThat(v.reason()).contains("does not finish reading");
    scored(HEX_TO_OCT, HEX_TO_OCT_TRACE.replace("Result: 647", "Result: 746"), Status.PARTIAL, 5 / 6.0);
    scored(HEX_TO_OCT, HEX_TO_OCT_TRACE.replace("\nResult: 647", ""), Status.PARTIAL, 5 / 6.0);
    scored(HEX_TO_OCT, HEX_TO_OCT_TRACE.replace("Result: 647", "Result: 648_9"), Status.PARTIAL, 5 / 6.0);
    scored(HEX_TO_OCT, "Result: 647", Status.INVALID_FORMAT, 0);
    correct(HEX_TO_OCT, HEX_TO_OCT_TRACE + "\n0 ÷ 8 = 0 remainder 0"); // lines after the Result: line are ignored
    scored(HEX_TO_OCT, HEX_TO_OCT_TRACE.replace("Result", "0 ÷ 8 = 0 remainder 0\nResult"), Status.PARTIAL, 5 / 7.0);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      Generated<BaseConversionProblem> g = make(5, mode, 99);
      BaseConversionProblem p = g.problem();
      List<String> hostile = new ArrayList<>(List.of("", " ", "yes", "none", "0", "A", "<answer>", "</answer>",
          "<answer></answer>", "\u0000\u0001\uD800\uDFFF", "<answer>" + "<answer>".repeat(10_000),
          "x".repeat(10_000_000), "<answer>" + "1".repeat(150_000) + "</answer>",
          "<answer>" + "1 × 2^0 = 1\n".repeat(6000) + "</answer>", "<answer>" + "(".repeat(100_000) + "</answer>",
          "<answer>1 × 2^99999999 = 5\nResult: 1</answer>", "<answer>" + "1 + ".repeat(50_000) + "1 = 2</answer>",
          "Answer: " + "\n".repeat(100_000), "<answer>" + g.answer() + "</answer>\n<answer>ZZZ</answer>"));
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
    for (BaseConversionProblem p : List.of(new BaseConversionProblem("1A7", 10, 16, "final"),
        new BaseConversionProblem("", 10, 16, "final"), new BaseConversionProblem(null, 10, 16, "final"),
        new BaseConversionProblem("12", 1, 16, "final"), new BaseConversionProblem("12", 10, 37, "final"),
        new BaseConversionProblem("12", 10, 10, "final"), new BaseConversionProblem("012", 10, 2, "final"),
        new BaseConversionProblem("12", 10, 2, "both"))) {
      assertThat(verifier.verify(p, "<answer>1100</answer>").status()).isEqualTo(Status.BAD_PROBLEM);
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int i = 0; i < 12; i++) {
          Generated<BaseConversionProblem> g = make(level, mode, 1000L * level + i);
          BaseConversionProblem p = g.problem();
          assertThat(oracle.accepts(p, g.answer())).as(g.answer()).isTrue();
          for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
            Verdict v = verifier.verify(p, form);
            assertThat(v.correct()).as("%s: form %s -> %s", p, form, v.reason()).isTrue();
          }
          for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
            kinds.add(mode + " " + m.kind() + (m.valid() ? " valid" : " invalid"));
            Verdict v = verifier.verify(p, m.response());
            assertThat(v.correct()).as("%s: %s -> %s", p, m, v.reason()).isEqualTo(m.valid());
          }
        }
      }
    }
    assertThat(kinds).contains("trace zero-start valid", "trace positional valid", "trace horner-value invalid",
        "trace horner-digit invalid", "trace horner-skip invalid", "trace positional-missing-term invalid",
        "trace positional-wrong-term invalid", "trace mixed-methods invalid", "trace division-remainder invalid",
        "trace division-quotient invalid", "trace division-stops-early invalid", "trace divide-too-soon invalid",
        "trace reversed-result invalid", "trace wrong-result invalid", "trace no-result invalid",
        "final off-by-one invalid", "final reversed invalid", "final digit invalid", "final source-number invalid",
        "final decimal-value invalid", "final wrong-marker invalid");
  }
}
