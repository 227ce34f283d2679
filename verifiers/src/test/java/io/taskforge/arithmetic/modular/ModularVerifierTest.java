package io.taskforge.arithmetic.modular;

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

class ModularVerifierTest {
  private final ModularTask task = new ModularTask();
  private final ModularVerifier verifier = new ModularVerifier();
  private final ModularOracle oracle = new ModularOracle();

  private static ModularProblem power(String mode) {
    return new ModularProblem("power", "5", "13", "", "23", mode); // 5^13 mod 23 = 21
  }

  private static ModularProblem inverse(String mode) {
    return new ModularProblem("inverse", "23", "", "", "71", mode); // 23^-1 mod 71 = 34
  }

  private static ModularProblem congruence(String mode) {
    return new ModularProblem("congruence", "12", "", "9", "21", mode); // x ≡ 6 (mod 7)
  }

  private static final String POWER_TRACE = "5^2 ≡ 5^2 = 25 ≡ 2 (mod 23)\n5^3 ≡ 2 × 5 = 10 (mod 23)\n"
      + "5^6 ≡ 10^2 = 100 ≡ 8 (mod 23)\n5^12 ≡ 8^2 = 64 ≡ 18 (mod 23)\n5^13 ≡ 18 × 5 = 90 ≡ 21 (mod 23)\nResult: 21";
  private static final String INVERSE_TRACE = "71 = 3 × 23 + 2\n2 = 71 - 3 × 23\n23 = 11 × 2 + 1\n"
      + "1 = 23 - 11 × 2 = 34 × 23 - 11 × 71\nx ≡ 34 (mod 71)\nResult: 34";
  private static final String CONGRUENCE_TRACE = "21 = 1 × 12 + 9\n9 = 21 - 1 × 12\n12 = 1 × 9 + 3\n"
      + "3 = 12 - 1 × 9 = 2 × 12 - 1 × 21\n9 = 3 × 3 + 0\nx ≡ 2 × 3 = 6 (mod 7)\nResult: x ≡ 6 (mod 7)";

  private Generated<ModularProblem> make(int level, String mode, long seed) {
    Params p = task.schema().with(task.level(level), Map.of("mode", mode), task.id());
    return task.generate(p, new Rng(seed));
  }

  private Verdict correct(ModularProblem p, String response) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as("%s -> %s", response, v.reason()).isEqualTo(Status.CORRECT);
    return v;
  }

  private Verdict scored(ModularProblem p, String response, Status status, double score) {
    Verdict v = verifier.verify(p, response);
    String shown = response.length() > 200 ? response.substring(0, 200) : response;
    assertThat(v.status()).as("%s -> %s", shown, v.reason()).isEqualTo(status);
    assertThat(v.score()).as(shown).isCloseTo(score, Offset.offset(1e-9));
    assertThat(v.reason()).isNotBlank();
    return v;
  }

  @Test
  void theExamplesOfTheDocumentationAreRight() {
    correct(power("trace"), POWER_TRACE);
    correct(inverse("trace"), INVERSE_TRACE);
    correct(congruence("trace"), CONGRUENCE_TRACE);
    for (String kind : new String[] {"power", "inverse", "congruence"}) {
      String example = ModularTask.example(kind);
      String trace = example.substring(example.indexOf('\n') + 1);
      ModularProblem p = kind.equals("power") ? power("trace") : kind.equals("inverse") ? inverse("trace") : congruence("trace");
      correct(p, trace);
    }
  }

  @Test
  void goldScoresOneInBothModesAtEveryLevel() {
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int seed = 0; seed < 100; seed++) {
          Generated<ModularProblem> g = make(level, mode, seed);
          correct(g.problem(), g.answer());
          correct(g.problem(), "Work.\n<answer>\n" + g.answer() + "\n</answer>");
        }
      }
    }
  }

  @Test
  void goldScoresOneThroughTheRegistryFromAJsonTree() {
    Generated<ModularProblem> g = make(6, "trace", 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>").status())
        .isEqualTo(Status.CORRECT);
  }

  @Test
  void finalAnswersAreComparedAsSetsOfSolutions() {
    ModularProblem c = congruence("final");
    for (String a : new String[] {"x ≡ 6 (mod 7)", "x = 6 mod 7", "x == 13 (mod 7)", "x ≡ -1 (mod 7)",
        "x \\equiv 6 \\pmod{7}", "$x \\equiv 6 \\pmod{7}$", "6 (mod 7)", "x ≡ 6, 13, 20 (mod 21)", "6, 13, 20",
        "x ≡ 20, 6, 13 (mod 21)", "x ≡ 6, 13, 20, 27, 34, 41 (mod 42)", "work\nResult: x ≡ 6 (mod 7)"}) {
      correct(c, "<answer>" + a + "</answer>");
    }
    for (String a : new String[] {"6", "x ≡ 6 (mod 21)", "x ≡ 6, 13 (mod 21)", "x ≡ 5 (mod 7)", "none",
        "x ≡ 6 (mod 14)", "6, 13, 20, 27", "x ≡ 6 (mod 0)"}) {
      scored(c, "<answer>" + a + "</answer>", Status.WRONG, 0);
    }
    scored(c, "<answer>x ≡ 6 (mod 7) or none</answer>", Status.INVALID_FORMAT, 0);
    scored(c, "<answer>x is 6</answer>", Status.INVALID_FORMAT, 0);
    ModularProblem i = inverse("final");
    for (String a : new String[] {"34", "x ≡ 34 (mod 71)", "34 (mod 71)", "x = 105 mod 71", "\\boxed{34}"}) {
      correct(i, "<answer>" + a + "</answer>");
    }
    scored(i, "<answer>105</answer>", Status.WRONG, 0);
    scored(i, "<answer>-37</answer>", Status.WRONG, 0);
    scored(i, "<answer>none</answer>", Status.WRONG, 0);
    ModularProblem noInverse = new ModularProblem("inverse", "6", "", "", "21", "final");
    for (String a : new String[] {"none", "None.", "no inverse", "No solution", "∅", "\\boxed{none}"}) {
      correct(noInverse, "<answer>" + a + "</answer>");
    }
    scored(noInverse, "<answer>0</answer>", Status.WRONG, 0);
    ModularProblem pw = power("final");
    correct(pw, "<answer>21</answer>");
    correct(pw, "<answer>21 (mod 23)</answer>");
    scored(pw, "<answer>44</answer>", Status.WRONG, 0);
    scored(pw, "<answer>21 (mod 22)</answer>", Status.WRONG, 0);
    scored(pw, "<answer>none</answer>", Status.WRONG, 0);
  }

  @Test
  void traceAcceptsOtherValidOrdersOfWork() {
    ModularProblem p = power("trace");
    // right-to-left binary
    correct(p, "5^2 ≡ 25 ≡ 2 (mod 23)\n5^4 ≡ 2^2 = 4 (mod 23)\n5^8 ≡ 4^2 = 16 (mod 23)\n"
        + "5^5 ≡ 5^4 × 5 ≡ 4 × 5 = 20 (mod 23)\n5^13 ≡ 5^8 · 5^5 ≡ 16 × 20 = 320 ≡ 21 (mod 23)\nResult: 21");
    // another addition chain, = for ≡, mod without parentheses, a^1 stated, a product congruent but not reduced
    correct(p, "5^1 = 5 mod 23\n5^2 = 5 * 5 = 25 = 2 mod 23\n5^3 = 2 * 5 = 10 mod 23\n5^6 = 10^2 = 100 = 8 mod 23\n"
        + "5^12 = 8 * 8 = 87 = 18 mod 23\n5^13 = 18 * 5 = 90 = 21 mod 23\nResult: 21 (mod 23)");
    // back-substitution instead of the forward combinations; the optional last division; the inverse head
    correct(inverse("trace"), "71 = 3 × 23 + 2\n23 = 11 × 2 + 1\n2 = 2 × 1 + 0\n1 = 23 - 11 × 2\n"
        + "1 = 23 - 11 × (71 - 3 × 23) = 34 × 23 - 11 × 71\n23^-1 ≡ 34 (mod 71)\nResult: 34");
    correct(inverse("trace"), "71 = 23 × 3 + 2\n23 = 2 × 11 + 1\n1 = 1 × 23 - 11 × 2\n1 = -11 × 71 + 34 × 23\nResult: 34");
    // a congruence: the reduced congruence, a second Euclid run on (7, 4), a solution line with more work
    correct(congruence("trace"), "21 = 1 × 12 + 9\n12 = 1 × 9 + 3\n9 = 3 × 3 + 0\n4x ≡ 3 (mod 7)\n"
        + "7 = 1 × 4 + 3\n4 = 1 × 3 + 1\n1 = 4 - 1 × 3 = 4 - (7 - 4) = 2 × 4 - 1 × 7\nx ≡ 2 × 3 ≡ 6 (mod 7)\n"
        + "Result: x ≡ 6 (mod 7)");
    // a divides m: the gcd is a, no combination needed
    correct(new ModularProblem("congruence", "7", "", "14", "21", "trace"), "21 = 3 × 7 + 0\nx ≡ 2 (mod 3)\nResult: x ≡ 2 (mod 3)");
    // no answer: the divisions down to 0 are enough
    correct(new ModularProblem("inverse", "6", "", "", "21", "trace"), "21 = 3 × 6 + 3\n6 = 2 × 3 + 0\nResult: none");
  }

  @Test
  void aWrongStepIsReportedWithItsNumberAndTheShareBeforeIt() {
    String[] lines = POWER_TRACE.split("\n");
    String[] wrong = {"5^2 ≡ 5^2 = 25 ≡ 3 (mod 23)", "5^3 ≡ 2 × 5 = 11 (mod 23)", "5^6 ≡ 10^2 = 100 ≡ 9 (mod 23)",
        "5^12 ≡ 8^2 = 65 ≡ 18 (mod 23)", "5^13 ≡ 18 × 5 = 90 ≡ 44 (mod 23)"};
    for (int k = 1; k <= 5; k++) {
      String[] m = lines.clone();
      m[k - 1] = wrong[k - 1];
      Verdict v = scored(power("trace"), String.join("\n", m), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL, (k - 1) / 6.0);
      assertThat(v.details()).containsEntry("first_error_step", k);
    }
    Verdict v = scored(power("trace"), "5^2 ≡ 25 ≡ 2 (mod 23)\n5^7 ≡ 2^3 × 5 ≡ 17 (mod 23)\nResult: 21", Status.PARTIAL, 1 / 6.0);
    assertThat(v.reason()).contains("not one squaring or one multiplication away");
    v = scored(power("trace"), "5^2 ≡ 25 ≡ 2 (mod 23)\n5^2 ≡ 2 (mod 23)\nResult: 21", Status.PARTIAL, 1 / 6.0);
    assertThat(v.reason()).contains("computed in step 1");
    scored(power("trace"), "6^2 ≡ 36 ≡ 13 (mod 23)\nResult: 21", Status.ILLEGAL_STEP, 0);
    scored(power("trace"), "5^2 ≡ 25 ≡ 2 (mod 24)\nResult: 21", Status.ILLEGAL_STEP, 0);
    String[] inv = INVERSE_TRACE.split("\n");
    String[] badInv = {"71 = 3 × 23 + 3", "2 = 71 - 3 × 22", "23 = 11 × 2 + 2", "1 = 23 - 11 × 2 = 34 × 23 - 12 × 71",
        "x ≡ 35 (mod 71)"};
    for (int k = 1; k <= 5; k++) {
      String[] m = inv.clone();
      m[k - 1] = badInv[k - 1];
      Verdict w = scored(inverse("trace"), String.join("\n", m), k == 1 ? Status.ILLEGAL_STEP : Status.PARTIAL, (k - 1) / 6.0);
      assertThat(w.details()).containsEntry("first_error_step", k);
    }
    v = scored(congruence("trace"), CONGRUENCE_TRACE.replace("(mod 7)\nResult", "(mod 21)\nResult"), Status.PARTIAL, 5 / 7.0);
    assertThat(v.reason()).contains("modulo 7");
    v = scored(inverse("trace"), "71 = 3 × 23 + 2\nx ≡ 34 (mod 71)\nResult: 34", Status.PARTIAL, 1 / 6.0);
    assertThat(v.reason()).contains("comes before the combination");
    v = scored(inverse("trace"), "71 = 3 × 23 + 2\n2 = 2 × 1 + 0\nResult: 34", Status.PARTIAL, 1 / 6.0);
    v = scored(inverse("trace"), "71 = 3 × 23 + 2\n2 = 71 - 3 × 23\n2 = 71 - 3 × 23\nResult: 34", Status.PARTIAL, 2 / 6.0);
    assertThat(v.reason()).contains("repeats");
    // generated traces with one wrong number at several positions
    for (int seed = 0; seed < 150; seed++) {
      Generated<ModularProblem> g = make(3 + seed % 7, "trace", seed);
      String[] gl = g.answer().split("\n");
      int n = gl.length - 1;
      int k = 1 + seed % n;
      String line = gl[k - 1];
      int cut = line.endsWith(")") ? line.lastIndexOf(" (mod ") : line.length();
      int start = line.lastIndexOf(' ', cut - 1) + 1;
      BigInteger last = new BigInteger(line.substring(start, cut));
      gl[k - 1] = line.substring(0, start) + last.add(BigInteger.ONE) + line.substring(cut);
      Verdict w = verifier.verify(g.problem(), String.join("\n", gl));
      assertThat(w.details()).as("%s\n%s -> %s", g.problem(), String.join("\n", gl), w.reason())
          .containsEntry("first_error_step", k);
      int reference = ((ModularSolution) g.solution()).trace().size();
      assertThat(w.score()).isCloseTo((k - 1) / (double) (Math.max(n, reference) + 1), Offset.offset(1e-9));
    }
  }

  @Test
  void fullCreditNeedsACompleteDerivation() {
    Verdict v = scored(power("trace"), "5^2 ≡ 25 ≡ 2 (mod 23)\n5^3 ≡ 2 × 5 = 10 (mod 23)\nResult: 21", Status.PARTIAL, 2 / 6.0);
    assertThat(v.reason()).contains("never computes 5^13");
    v = scored(inverse("trace"), "71 = 3 × 23 + 2\n23 = 11 × 2 + 1\nResult: 34", Status.PARTIAL, 2 / 6.0);
    assertThat(v.reason()).contains("never states 1 = s × 23 + t × 71");
    v = scored(congruence("trace"), "21 = 1 × 12 + 9\n12 = 1 × 9 + 3\n3 = 12 - 1 × 9 = 2 × 12 - 1 × 21\nResult: x ≡ 6 (mod 7)",
        Status.PARTIAL, 3 / 7.0);
    assertThat(v.reason()).contains("no solution line");
    v = scored(new ModularProblem("inverse", "6", "", "", "21", "trace"), "21 = 3 × 6 + 3\nResult: none", Status.PARTIAL, 1 / 3.0);
    assertThat(v.reason()).contains("remainder 0");
    scored(inverse("trace"), INVERSE_TRACE.replace("Result: 34", "Result: none"), Status.PARTIAL, 5 / 6.0);
    scored(inverse("trace"), INVERSE_TRACE.replace("\nResult: 34", ""), Status.PARTIAL, 5 / 6.0);
    scored(congruence("trace"), CONGRUENCE_TRACE.replace("Result: x ≡ 6 (mod 7)", "Result: 6"), Status.PARTIAL, 6 / 7.0);
    scored(power("trace"), "Result: 21", Status.INVALID_FORMAT, 0);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    for (String mode : new String[] {"final", "trace"}) {
      for (long seed = 0; seed < 3; seed++) {
        Generated<ModularProblem> g = make(5, mode, 99 + seed);
        ModularProblem p = g.problem();
        List<String> hostile = new ArrayList<>(List.of("", " ", "yes", "0", "A", "<answer>", "</answer>",
            "<answer></answer>", "\u0000\u0001\uD800\uDFFF", "<answer>" + "<answer>".repeat(10_000),
            "x".repeat(10_000_000), "<answer>" + "9".repeat(150_000) + "</answer>",
            "<answer>" + "x ≡ 1 (mod 2)\n".repeat(6000) + "</answer>", "<answer>" + "(".repeat(100_000) + "</answer>",
            "<answer>" + "-".repeat(100_000) + "1</answer>", "<answer>2^99999999999 ≡ 1 (mod 7)\nResult: 1</answer>",
            "<answer>x ≡ " + "1, ".repeat(5_000) + "1 (mod 3)</answer>", "<answer>x ≡ 1 (mod " + "9".repeat(3000) + ")</answer>",
            "Answer: " + "\n".repeat(100_000), "<answer>" + g.answer() + "</answer>\n<answer>12345</answer>"));
        if (!g.answer().equals("none")) {
          hostile.add("none");
        }
        hostile.addAll(oracle.hostileResponses(p, g.answer()));
        for (String r : hostile) {
          Verdict v = verifier.verify(p, r);
          assertThat(v.score()).as("%s: %s", mode, r.length() > 60 ? r.substring(0, 60) : r).isZero();
          assertThat(v.reason()).isNotBlank();
        }
      }
    }
  }

  @Test
  void aBrokenProblemIsABadProblem() {
    for (ModularProblem p : List.of(new ModularProblem("power", "5", "", "", "23", "final"),
        new ModularProblem("power", "5", "0", "", "23", "final"), new ModularProblem("root", "5", "2", "", "23", "final"),
        new ModularProblem("inverse", "0", "", "", "23", "final"), new ModularProblem("inverse", "30", "", "", "23", "final"),
        new ModularProblem("inverse", "5", "", "", "1", "final"), new ModularProblem("congruence", "5", "", "", "23", "final"),
        new ModularProblem("congruence", "5", "", "x", "23", "final"), new ModularProblem(null, "5", "", "", "23", "final"),
        new ModularProblem("inverse", "5", "", "", "23", "all"))) {
      assertThat(verifier.verify(p, "<answer>1</answer>").status()).as("%s", p).isEqualTo(Status.BAD_PROBLEM);
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (String mode : new String[] {"final", "trace"}) {
      for (int level = 1; level <= 10; level++) {
        for (int i = 0; i < 16; i++) {
          Generated<ModularProblem> g = make(level, mode, 1000L * level + i);
          ModularProblem p = g.problem();
          assertThat(oracle.accepts(p, g.answer())).as("%s\n%s", p, g.answer()).isTrue();
          for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
            Verdict v = verifier.verify(p, form);
            assertThat(v.correct()).as("%s: form %s -> %s", p, form, v.reason()).isTrue();
          }
          for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
            kinds.add(mode + " " + m.kind() + (m.valid() ? " valid" : " invalid"));
            Verdict v = verifier.verify(p, m.response());
            assertThat(v.correct()).as("%s:\n%s\n-> %s", p, m, v.reason()).isEqualTo(m.valid());
          }
        }
      }
    }
    assertThat(kinds).contains("trace right-to-left valid", "trace product-plus-m valid", "trace wrong-residue invalid",
        "trace wrong-product invalid", "trace unreduced invalid", "trace skip-line invalid", "trace past-exponent invalid",
        "trace back-substitution valid", "trace final-division valid", "trace euclid-remainder invalid",
        "trace euclid-quotient invalid", "trace bezout-coefficient invalid", "trace bezout-drop invalid",
        "trace solution-modulus invalid", "trace solution-value invalid", "trace division-after-end invalid",
        "trace stop-early invalid", "trace wrong-result invalid", "trace no-result invalid", "trace none-instead invalid",
        "final off-by-one invalid", "final unreduced invalid", "final with-modulus valid", "final congruence-form valid",
        "final list-form valid", "final one-solution invalid", "final wrong-modulus invalid", "final none invalid",
        "final bare valid", "final bare invalid");
  }
}
