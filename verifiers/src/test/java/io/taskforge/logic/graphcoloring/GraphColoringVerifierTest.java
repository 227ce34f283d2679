package io.taskforge.logic.graphcoloring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphColoringVerifierTest {
  private final GraphColoringTask task = new GraphColoringTask();
  private final GraphColoringVerifier verifier = new GraphColoringVerifier();
  private final GraphColoringOracle oracle = new GraphColoringOracle();

  private Generated<GraphColoringProblem> generate(int level, long index) {
    Params p = task.level(level);
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 77, index)));
  }

  /** A 5-cycle 1-2-3-4-5-1 plus chord 1-3, three colours. */
  private static GraphColoringProblem small() {
    return new GraphColoringProblem(5, 3,
        List.of(List.of(1, 2), List.of(1, 3), List.of(1, 5), List.of(2, 3), List.of(3, 4), List.of(4, 5)), 3, true);
  }

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 30; i++) {
        Generated<GraphColoringProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "<answer>" + g.answer() + "</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        assertThat(v.score()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void documentedVariationsAndOtherProperColouringsAreAccepted() {
    GraphColoringProblem p = small();
    List<String> variants = List.of(
        "1: 1\n2: 2\n3: 3\n4: 1\n5: 2",
        "Let me see.\n<answer>\n1: 1\n2: 2\n3: 3\n4: 1\n5: 2\n</answer>",
        "<answer>1: 1, 2: 2, 3: 3, 4: 1, 5: 2</answer>",
        "<answer>v1=1; V2=2; v3 = 3; 4 :1; 5:2</answer>",
        "<answer>5: 2\n4: 1\n3: 3\n2: 2\n1: 1</answer>",
        "<answer>\n- 1: 1\n- 2: 2\n* 3: 3\n- 4: 1\n- 5: 2\n</answer>",
        "<answer>1: 1.\n2: 2.\n3: 3.\n4: 1.\n5: 2.</answer>",
        "<answer>\r\n1: 1\r\n2: 2\r\n3: 3\r\n4: 1\r\n5: 2\r\n</answer>",
        "Answer: 1: 2, 2: 1, 3: 3, 4: 2, 5: 1",       // colours renamed
        "<answer>1: 3\n2: 1\n3: 2\n4: 1\n5: 2</answer>"); // another proper colouring
    for (String r : variants) {
      Verdict v = verifier.verify(p, r);
      assertThat(v.correct()).as("%s -> %s", r, v.reason()).isTrue();
    }
    Generated<GraphColoringProblem> g = generate(6, 2);
    for (String form : oracle.equivalentForms(g.problem(), g.answer(), new Rng(1))) {
      assertThat(verifier.verify(g.problem(), "<answer>" + form + "</answer>").correct()).as(form).isTrue();
    }
  }

  @Test
  void everyColouringOfASmallGraphIsJudgedByItsEdges() {
    GraphColoringProblem p = small();
    int[] c = new int[6];
    for (int code = 0; code < 243; code++) {
      int x = code;
      StringBuilder sb = new StringBuilder();
      for (int v = 1; v <= 5; v++) {
        c[v] = 1 + x % 3;
        x /= 3;
        sb.append(v).append(": ").append(c[v]).append('\n');
      }
      int proper = 0;
      for (List<Integer> e : p.edges()) {
        proper += c[e.get(0)] != c[e.get(1)] ? 1 : 0;
      }
      Verdict v = verifier.verify(p, sb.toString());
      if (proper == p.edges().size()) {
        assertThat(v.status()).isEqualTo(Status.CORRECT);
      } else {
        assertThat(v.score()).as(sb.toString()).isEqualTo((double) proper / p.edges().size());
        assertThat(v.status()).isEqualTo(proper == 0 ? Status.CONSTRAINT_VIOLATED : Status.PARTIAL);
      }
    }
  }

  @Test
  void wrongAnswersGetTheRightStatusAndReason() {
    GraphColoringProblem p = small();
    Verdict mono = verifier.verify(p, "1: 1\n2: 2\n3: 3\n4: 3\n5: 2");
    assertThat(mono.status()).isEqualTo(Status.PARTIAL);
    assertThat(mono.score()).isEqualTo(5.0 / 6);
    assertThat(mono.reason()).contains("edge 3 - 4").contains("colour 3").contains("5 of 6");

    Verdict range = verifier.verify(p, "1: 1\n2: 2\n3: 4\n4: 1\n5: 2");
    assertThat(range.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);
    assertThat(range.score()).isZero();
    assertThat(range.reason()).contains("vertex 3").contains("colour 4").contains("1 to 3");

    Verdict zero = verifier.verify(p, "1: 0\n2: 2\n3: 3\n4: 1\n5: 2");
    assertThat(zero.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);
    assertThat(zero.reason()).contains("vertex 1");

    assertFormat(p, "1: 1\n2: 2\n3: 3\n4: 1", "vertex 5 has no colour");
    assertFormat(p, "1: 1\n2: 2\n3: 3\n4: 1\n5: 2\n1: 1", "vertex 1 is listed more than once");
    assertFormat(p, "1: 1\n2: 2\n3: 3\n4: 1\n6: 2", "vertex 6");
    assertFormat(p, "1: 1\n2: red\n3: 3\n4: 1\n5: 2", "entry 2");
    assertFormat(p, "1: 1\n2 2\n3: 3", "entry 2");
    assertFormat(p, "1: 1 2: 2", "entry 1");
    assertFormat(p, "0: 1", "vertex 0");
    assertFormat(p, "1", "entry 1");
  }

  private void assertFormat(GraphColoringProblem p, String answer, String reasonPart) {
    Verdict v = verifier.verify(p, answer);
    assertThat(v.status()).as(answer).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).as(answer).contains(reasonPart);
  }

  @Test
  void verifierAgreesWithTheIndependentOracleOnEveryMutant() {
    int valid = 0;
    int invalid = 0;
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 25; i++) {
        Generated<GraphColoringProblem> g = generate(level, i);
        assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
        for (Mutant m : oracle.mutants(g.problem(), g.answer(), new Rng(i))) {
          Verdict v = verifier.verify(g.problem(), "<answer>" + m.response() + "</answer>");
          assertThat(v.correct()).as("level %d index %d %s: %s -> %s", level, i, m.kind(), m.response(), v.reason())
              .isEqualTo(m.valid());
          if (m.valid()) {
            valid++;
          } else {
            invalid++;
            assertThat(v.score()).isLessThan(1.0);
          }
        }
      }
    }
    assertThat(valid).isPositive();
    assertThat(invalid).isPositive();
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<GraphColoringProblem> g = generate(4, 0);
    String junk = junk(2_000_000);
    List<String> hostile = new ArrayList<>(List.of(
        "", " ", "\n\t\n", "yes", "no", "0", "1", "A", "True", "False", "none", "UNSAT", "impossible",
        "<answer>", "</answer>", "<answer></answer>", "<answer><answer></answer>",
        "<answer>" + "<answer>".repeat(1000), "</answer>".repeat(1000),
        "\u0000\u0001\u0002\u001b[31m", "\uD800\uDC00\uDFFF\uD800", "Answer:", "Answer: ",
        "<answer>\u0000</answer>", "{\"answer\": null}", "[]", "{}", "NaN", "Infinity", "-0", "1/0", "0/0",
        "<answer>" + g.answer() + "</answer>\n<answer>I am not sure. 42 knights.</answer>",
        "<answer>" + g.answer() + "\n1: 2</answer>",
        "<answer>1: 1\n" + "2: 1\n".repeat(30_000) + "</answer>",
        "<answer>1: " + "9".repeat(100_000) + "</answer>",
        "x".repeat(1_000_000), junk, "Answer: " + "\n".repeat(100_000)));
    for (String r : hostile) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).as("%s -> %s", abbreviate(r), v.reason()).isZero();
      assertThat(v.status()).isNotIn(Status.CORRECT, Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank();
    }
  }

  @Test
  void badProblemsAreReportedNotThrown() {
    assertThat(Verifiers.verify(task.id(), null, "1: 1").status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new GraphColoringProblem(2, 2, List.of(List.of(1, 1)), 0, false), "1: 1\n2: 2").status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new GraphColoringProblem(2, 2, List.of(List.of(1, 3)), 0, false), "1: 1\n2: 2").status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new GraphColoringProblem(0, 2, List.of(List.of(1, 2)), 0, false), "1: 1").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void problemReadBackFromJsonScoresTheSame() {
    Generated<GraphColoringProblem> g = generate(8, 3);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Json.MAPPER.convertValue(tree, GraphColoringProblem.class)).isEqualTo(g.problem());
    Verdict direct = Verifiers.verify(task.id(), g.problem(), g.answer());
    assertThat(Verifiers.verify(task.id(), tree, g.answer())).isEqualTo(direct);
    assertThat(direct.correct()).isTrue();
  }

  private static String junk(int length) {
    StringBuilder sb = new StringBuilder(length);
    long x = 7;
    while (sb.length() < length) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      sb.append((char) ((x >>> 33) % 0xFFFF));
    }
    return sb.toString();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...(" + s.length() + " chars)";
  }
}
