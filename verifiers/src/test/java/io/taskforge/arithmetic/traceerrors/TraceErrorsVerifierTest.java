package io.taskforge.arithmetic.traceerrors;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.Given;
import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.TraceStep;
import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TraceErrorsVerifierTest {
  private final TraceErrorsTask task = new TraceErrorsTask();
  private final TraceErrorsVerifier verifier = new TraceErrorsVerifier();
  private final TraceErrorsOracle oracle = new TraceErrorsOracle();

  /** 47 + 85 = 132, then * 3 = 396, then - 19 = 377, written with a slip in step 2. */
  private static TraceErrorsProblem chain(String step2Result, String step3Left) {
    return new TraceErrorsProblem("chain", List.of(), List.of(
        new TraceStep("", "+", "47", "85", "47", "85", "132"),
        new TraceStep("", "*", "#1", "3", "132", "3", step2Result),
        new TraceStep("", "-", "#2", "19", step3Left, "19", "377")));
  }

  @Test
  void theFirstWrongStepIsFoundByRecomputation() {
    assertThat(TraceErrorsVerifier.firstWrongStep(chain("396", "396"))).isZero();
    assertThat(TraceErrorsVerifier.firstWrongStep(chain("386", "396"))).isEqualTo(2); // a slip
    assertThat(TraceErrorsVerifier.firstWrongStep(chain("396", "369"))).isEqualTo(3); // a copy error
    TraceErrorsProblem vars = new TraceErrorsProblem("variables", List.of(new Given("a", "5"), new Given("b", "7")),
        List.of(new TraceStep("t1", "+", "a", "b", "5", "7", "12"), new TraceStep("t2", "*", "#1", "a", "12", "5", "60")));
    assertThat(TraceErrorsVerifier.firstWrongStep(vars)).isZero();
    TraceErrorsProblem broken = new TraceErrorsProblem("variables", List.of(),
        List.of(new TraceStep("t1", "+", "#1", "q", "5", "7", "12")));
    assertThat(verifier.verify(broken, "1").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void readsTheDocumentedForms() {
    for (String s : List.of("3", " 3 ", "3.", "Step 3", "step #3", "STEP 3.", "step3", "\n3\n")) {
      assertThat(TraceErrorsVerifier.read(s)).as(s).isEqualTo(3);
    }
    for (String s : List.of("none", "None", "NONE.", " none ")) {
      assertThat(TraceErrorsVerifier.read(s)).as(s).isEqualTo(TraceErrorsVerifier.NONE);
    }
    for (String s : List.of("", "0", "-0", "03", "3, 5", "3 or 4", "step", "none of them", "three", "3/1", "1e1",
        "9999999999", "+3", "#3", "Step 3: 132 * 3 = 386")) {
      assertThat(TraceErrorsVerifier.read(s)).as(s).isEqualTo(TraceErrorsVerifier.UNREADABLE);
    }
  }

  @Test
  void goldScoresOneAndOtherAnswersZeroAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 30; i++) {
        Generated<TraceErrorsProblem> g = task.generate(p, new Rng(50L * level + i));
        TraceErrorsProblem prob = g.problem();
        String gold = g.answer();
        assertThat(verifier.verify(prob, gold).correct()).isTrue();
        assertThat(verifier.verify(prob, "I checked each step.\n<answer>" + gold + "</answer>").correct()).isTrue();
        assertThat(verifier.verify(prob, "Answer: step " + gold).correct()).isEqualTo(!gold.equals("none"));
        TraceErrorsProblem back = Json.MAPPER.convertValue(Json.MAPPER.valueToTree(prob), TraceErrorsProblem.class);
        assertThat(verifier.verify(back, gold)).isEqualTo(verifier.verify(prob, gold));
        int n = prob.steps().size();
        for (int k = 1; k <= n + 1; k++) {
          Verdict v = verifier.verify(prob, Integer.toString(k));
          assertThat(v.correct()).isEqualTo(gold.equals(Integer.toString(k)));
          if (!v.correct()) {
            assertThat(v.status()).isEqualTo(Status.WRONG);
            assertThat(v.score()).isZero();
          }
        }
        Verdict none = verifier.verify(prob, "none");
        assertThat(none.correct()).isEqualTo(gold.equals("none"));
        if (!gold.equals("none")) {
          assertThat(none.reason()).contains("step " + gold + " is wrong");
        }
      }
    }
  }

  @Test
  void hostileResponsesScoreZero() {
    StringBuilder junk = new StringBuilder(10_000_000);
    long x = 1;
    while (junk.length() < 10_000_000) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      junk.append((char) ((x >>> 33) % 0xFFFF));
    }
    for (int i = 0; i < 6; i++) {
      Generated<TraceErrorsProblem> g = task.generate(task.level(4), new Rng(i));
      List<String> hostile = new ArrayList<>(List.of("", " ", "yes", "no", "0", "1", "-0", "A", "True", "none", "NaN",
          "1/0", "<answer>", "<answer></answer>", "<answer>" + "<answer>".repeat(1000), "\u0000\u0001\uD800", "Answer:",
          "{}", "[]", "1 2 3 4 5 6 7 8", "none or 1", "<answer>" + g.answer() + "</answer><answer>I am not sure.</answer>"));
      if (i == 0) { // the 10 MB responses once are enough
        hostile.add(junk.toString());
        hostile.add("<answer>" + "x".repeat(10_000_000) + "</answer>");
      }
      hostile.addAll(oracle.hostileResponses(g.problem(), g.answer()));
      for (String r : hostile) {
        if (r.strip().equalsIgnoreCase(g.answer())) {
          continue;
        }
        Verdict v = verifier.verify(g.problem(), r);
        assertThat(v.score()).as("gold %s, response %.40s -> %s", g.answer(), r, v.reason()).isZero();
        assertThat(v.reason()).isNotBlank();
      }
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 25; i++) {
        Generated<TraceErrorsProblem> g = task.generate(task.level(level), new Rng(900L * level + i));
        TraceErrorsProblem p = g.problem();
        assertThat(oracle.accepts(p, g.answer())).isTrue();
        for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
          assertThat(verifier.verify(p, form).correct()).as(form).isTrue();
        }
        for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
          kinds.add(m.kind() + (m.valid() ? " valid" : " invalid"));
          assertThat(verifier.verify(p, m.response()).correct()).as("%s: %s", m.kind(), m.response()).isEqualTo(m.valid());
        }
      }
    }
    assertThat(kinds).contains("none invalid", "next-step invalid", "previous-step invalid", "later-wrong-step invalid",
        "two-answers invalid", "sentence invalid", "last-step valid", "last-step invalid", "first-step valid",
        "first-step invalid", "zero invalid", "past-the-end invalid");
  }

  @Test
  void theModeParamDoesNotApply() {
    assertThat(task.schema().names()).doesNotContain("mode");
    assertThat(task.answerFormat()).contains("mode param").contains("does not apply");
    Generated<TraceErrorsProblem> g = task.generate(task.resolve(5, Map.of()), new Rng(3));
    assertThat(g.answer()).matches("none|[1-9][0-9]*");
  }
}
