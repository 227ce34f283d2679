package io.taskforge.logic.sat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SatVerifierTest {
  private final SatTask task = new SatTask();
  private final SatVerifier verifier = new SatVerifier();
  private final SatOracle oracle = new SatOracle();

  private Generated<SatProblem> generate(int level, long index) {
    return generate(task.level(level), index);
  }

  private Generated<SatProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 77, index)));
  }

  /** The first instance at a level whose formula is (un)satisfiable as asked. */
  private Generated<SatProblem> find(int level, boolean satisfiable) {
    for (int i = 0; ; i++) {
      Generated<SatProblem> g = generate(level, i);
      if (g.problem().satisfiable() == satisfiable) {
        return g;
      }
    }
  }

  private static SatProblem small() {
    // (x1 or x2) and (not x1 or x3) and (not x2 or not x3) and (x1 or not x3)
    return new SatProblem(3, List.of(List.of(1, 2), List.of(-1, 3), List.of(-2, -3), List.of(1, -3)), true);
  }

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 7 ? 30 : 8); i++) {
        Generated<SatProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "<answer>" + g.answer() + "</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        assertThat(v.score()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void documentedVariationsAreAccepted() {
    // small(): x1=T, x2=F, x3=T satisfies every clause.
    SatProblem p = small();
    List<String> variants = List.of(
        "x1=T, x2=F, x3=T",
        "Reasoning...\n<answer>\nx1=T, x2=F, x3=T\n</answer>",
        "<ANSWER>x1=t x2=f x3=t</Answer>",
        "so\nAnswer: X1 = true; X2 = FALSE; x3 = 1",
        "<answer>x3: T\nx1: T\nx2: F</answer>",
        "<answer>1 -2 3 0</answer>",
        "<answer>1, -2, 3</answer>",
        "<answer>x1 \u00ACx2 x3</answer>",
        "<answer>x1 ~x2 x3.</answer>",
        "<answer>x1 !x2 x3</answer>",
        "<answer>x1 \u2212x2 x3</answer>",
        "<answer>-x2, x1=T, 3</answer>",
        "<answer>\r\nx1=T,\r\nx2=F,\r\nx3=T\r\n</answer>");
    for (String r : variants) {
      Verdict v = verifier.verify(p, r);
      assertThat(v.correct()).as("%s -> %s", r, v.reason()).isTrue();
    }
    // A variable left out is fine when every clause already has a true literal.
    SatProblem loose = new SatProblem(3, List.of(List.of(1, 2), List.of(-1, 3)), true);
    assertThat(verifier.verify(loose, "<answer>x1=T, x3=T</answer>").correct()).isTrue();
    assertThat(verifier.verify(loose, "<answer>x1=T</answer>").status()).isEqualTo(Status.WRONG);
    Generated<SatProblem> g = find(5, true);
    for (String form : oracle.equivalentForms(g.problem(), g.answer(), new Rng(1))) {
      assertThat(verifier.verify(g.problem(), "<answer>" + form + "</answer>").correct()).as(form).isTrue();
    }
    Generated<SatProblem> u = find(5, false);
    for (String form : List.of("UNSAT", "unsat", "Unsatisfiable", "**UNSAT**", "`UNSAT`.", " unsat. ")) {
      assertThat(verifier.verify(u.problem(), "<answer>" + form + "</answer>").correct()).as(form).isTrue();
    }
    for (String form : oracle.equivalentForms(u.problem(), u.answer(), new Rng(1))) {
      assertThat(verifier.verify(u.problem(), "<answer>" + form + "</answer>").correct()).as(form).isTrue();
    }
  }

  @Test
  void anySatisfyingAssignmentIsAcceptedNotOnlyTheGold() {
    // Enumerate all assignments of small formulas; every satisfying one scores 1, others below 1.
    for (int i = 0; i < 20; i++) {
      Generated<SatProblem> g = generate(3, i);
      SatProblem p = g.problem();
      int n = p.variables();
      int accepted = 0;
      for (int bits = 0; bits < (1 << n); bits++) {
        StringBuilder sb = new StringBuilder();
        boolean[] model = new boolean[n + 1];
        for (int v = 1; v <= n; v++) {
          model[v] = ((bits >>> (v - 1)) & 1) == 1;
          sb.append(v > 1 ? ", " : "").append('x').append(v).append('=').append(model[v] ? 'T' : 'F');
        }
        boolean satisfies = satisfies(p, model);
        Verdict v = verifier.verify(p, sb.toString());
        assertThat(v.correct()).as("%s", sb).isEqualTo(satisfies);
        accepted += v.correct() ? 1 : 0;
        if (!satisfies) {
          assertThat(v.score()).isLessThan(p.satisfiable() ? 0.5 : 0.0000001);
        }
      }
      assertThat(accepted > 0).isEqualTo(p.satisfiable());
    }
  }

  private static boolean satisfies(SatProblem p, boolean[] model) {
    for (List<Integer> clause : p.clauses()) {
      boolean any = false;
      for (int lit : clause) {
        any |= model[Math.abs(lit)] == (lit > 0);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  @Test
  void wrongAnswersGetTheRightStatusAndReason() {
    SatProblem p = small();
    // x1=T, x2=T, x3=T falsifies clause 3 (not x2 or not x3) only: 3 of 4 satisfied, which is what a
    // random assignment satisfies on average (4 × 3/4), so it earns nothing.
    Verdict chance = verifier.verify(p, "x1=T, x2=T, x3=T");
    assertThat(chance.status()).isEqualTo(Status.WRONG);
    assertThat(chance.score()).isZero();
    assertThat(chance.reason()).contains("clause 3").contains("(not x2 or not x3)").contains("3 of 4")
        .contains("against 3 expected");

    // Incomplete and not satisfying: no partial credit.
    Verdict incomplete = verifier.verify(p, "x2=T, x3=T");
    assertThat(incomplete.status()).isEqualTo(Status.WRONG);
    assertThat(incomplete.score()).isZero();
    assertThat(incomplete.reason()).contains("clause 3").contains("leaves variables out");

    Verdict unsat = verifier.verify(p, "UNSAT");
    assertThat(unsat.status()).isEqualTo(Status.WRONG);
    assertThat(unsat.reason()).contains("satisfiable");

    assertFormat(p, "x1=T, x1=F, x3=T", "x1 is given a value more than once");
    assertFormat(p, "x1=T, x2=T, x3=T, x4=F", "x4");
    assertFormat(p, "x0=T", "x0");
    assertFormat(p, "x1=maybe", "must be T, F");
    assertFormat(p, "-x1=T", "negates");
    assertFormat(p, "x1=T, y2=F", "entry 2");
    assertFormat(p, "1 0 2", "0, which may only end the list");
    assertFormat(p, "x1=T, x2=F, x3=T, the end", "entry 4");
    assertFormat(p, "The formula is UNSAT", "entry 1");
    assertFormat(p, "0", "no variable");

    Generated<SatProblem> u = find(5, false);
    Verdict assignment = verifier.verify(u.problem(), "x1=T");
    assertThat(assignment.status()).isEqualTo(Status.WRONG);
    assertThat(assignment.score()).isZero();
    assertThat(assignment.reason()).contains("unsatisfiable").contains("clause");
    StringBuilder all = new StringBuilder();
    for (int v = 1; v <= u.problem().variables(); v++) {
      all.append(v > 1 ? ", " : "").append('x').append(v).append("=T");
    }
    assertThat(verifier.verify(u.problem(), all.toString()).score()).isZero();
  }

  private void assertFormat(SatProblem p, String answer, String reasonPart) {
    Verdict v = verifier.verify(p, answer);
    assertThat(v.status()).as(answer).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).as(answer).contains(reasonPart);
  }

  @Test
  void partialCreditIsHalfTheChanceCorrectedShareOfSatisfiedClausesAndNeverOne() {
    Generated<SatProblem> g = find(6, true);
    SatProblem p = g.problem();
    Rng rng = new Rng(3);
    for (int t = 0; t < 200; t++) {
      boolean[] model = new boolean[p.variables() + 1];
      StringBuilder sb = new StringBuilder();
      for (int v = 1; v <= p.variables(); v++) {
        model[v] = rng.nextBoolean();
        sb.append(v > 1 ? " " : "").append(model[v] ? v : -v);
      }
      int satisfied = 0;
      for (List<Integer> clause : p.clauses()) {
        boolean any = false;
        for (int lit : clause) {
          any |= model[Math.abs(lit)] == (lit > 0);
        }
        satisfied += any ? 1 : 0;
      }
      Verdict v = verifier.verify(p, sb.toString());
      double expected = 0;
      for (List<Integer> clause : p.clauses()) {
        expected += 1.0 - 1.0 / (1 << clause.size());
      }
      int m = p.clauses().size();
      if (satisfied == m) {
        assertThat(v.score()).isEqualTo(1.0);
      } else if (satisfied <= expected) {
        assertThat(v.score()).isZero();
        assertThat(v.status()).isEqualTo(Status.WRONG);
      } else {
        assertThat(v.score()).isCloseTo(0.5 * (satisfied - expected) / (m - expected), within(1e-12));
        assertThat(v.status()).isEqualTo(Status.PARTIAL);
      }
    }
  }

  @Test
  void verifierAgreesWithTheIndependentOracleOnEveryMutant() {
    int valid = 0;
    int invalid = 0;
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 7 ? 25 : 6); i++) {
        Generated<SatProblem> g = generate(level, i);
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
    assertThat(valid).as("some mutants are other satisfying assignments").isPositive();
    assertThat(invalid).isPositive();
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<SatProblem> g = find(4, true);
    Generated<SatProblem> u = find(4, false);
    String junk = junk(2_000_000);
    List<String> hostile = new ArrayList<>(List.of(
        "", " ", "\n\t\n", "yes", "no", "0", "-0", "1", "A", "True", "False", "none", "impossible", "SAT",
        "<answer>", "</answer>", "<answer></answer>", "<answer><answer></answer>",
        "<answer>" + "<answer>".repeat(1000), "</answer>".repeat(1000),
        "\u0000\u0001\u0002\u001b[31m", "\uD800\uDC00\uDFFF\uD800", "Answer:", "Answer: ",
        "<answer>\u0000</answer>", "{\"answer\": null}", "[]", "{}", "NaN", "Infinity", "1/0", "0/0",
        "<answer>" + g.answer() + "</answer>\n<answer>I am not sure. 42 knights.</answer>",
        "<answer>" + g.answer() + ", x1=" + (g.answer().startsWith("x1=T") ? "F" : "T") + "</answer>",
        "<answer>UNSAT " + g.answer() + "</answer>",
        "x".repeat(1_000_000), junk, "<answer>" + "9".repeat(100_000) + "</answer>",
        "<answer>" + "-".repeat(100_000) + "</answer>", "<answer>" + "x1=T ".repeat(30_000) + "</answer>",
        "Answer: " + "\n".repeat(100_000)));
    for (String r : hostile) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).as("%s -> %s", abbreviate(r), v.reason()).isZero();
      assertThat(v.status()).isNotIn(Status.CORRECT, Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank();
    }
    // UNSAT to an unsatisfiable formula is its one right answer; everything else scores 0.
    for (String r : hostile) {
      assertThat(verifier.verify(u.problem(), r).score()).as(abbreviate(r)).isZero();
    }
  }

  @Test
  void badProblemsAreReportedNotThrown() {
    Verdict none = Verifiers.verify(task.id(), null, "x1=T");
    assertThat(none.status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new SatProblem(0, List.of(List.of(1)), true), "x1=T").status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new SatProblem(2, List.of(List.of(1, 3)), true), "x1=T").status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new SatProblem(2, List.of(), true), "x1=T").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void problemReadBackFromJsonScoresTheSame() {
    Generated<SatProblem> g = generate(7, 3);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    Verdict direct = Verifiers.verify(task.id(), g.problem(), g.answer());
    Verdict fromTree = Verifiers.verify(task.id(), tree, g.answer());
    assertThat(fromTree).isEqualTo(direct);
    assertThat(direct.correct()).isTrue();
    List<String> fields = new ArrayList<>();
    tree.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("variables", "clauses", "satisfiable");
  }

  @Test
  void unsatWordIsRecognisedOnlyAlone() {
    assertThat(SatVerifier.isUnsatWord("UNSAT")).isTrue();
    assertThat(SatVerifier.isUnsatWord("Unsatisfiable.")).isTrue();
    assertThat(SatVerifier.isUnsatWord("*unsat*")).isTrue();
    assertThat(SatVerifier.isUnsatWord("not UNSAT")).isFalse();
    assertThat(SatVerifier.isUnsatWord("UNSAT, x1=T")).isFalse();
    assertThat(SatVerifier.isUnsatWord("SAT")).isFalse();
    assertThat(SatVerifier.isUnsatWord("")).isFalse();
    assertThat(SatVerifier.isUnsatWord("UNSAT".toLowerCase(Locale.ROOT))).isTrue();
  }

  private static String junk(int length) {
    StringBuilder sb = new StringBuilder(length);
    long x = 1;
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
