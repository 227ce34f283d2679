package io.taskforge.logic.nonogram;

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
import java.util.Map;
import org.junit.jupiter.api.Test;

class NonogramVerifierTest {
  private final NonogramTask task = new NonogramTask();
  private final NonogramVerifier verifier = new NonogramVerifier();
  private final NonogramOracle oracle = new NonogramOracle();

  private Generated<NonogramProblem> generate(int level, long index) {
    return generate(task.level(level), index);
  }

  private Generated<NonogramProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 77, index)));
  }

  private static char[][] grid(String answer) {
    String[] lines = answer.split("\n");
    char[][] g = new char[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      g[i] = lines[i].toCharArray();
    }
    return g;
  }

  private static String text(char[][] g) {
    List<String> lines = new ArrayList<>();
    for (char[] row : g) {
      lines.add(new String(row));
    }
    return String.join("\n", lines);
  }

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 8 ? 20 : 5); i++) {
        Generated<NonogramProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "<answer>\n" + g.answer() + "\n</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        assertThat(v.score()).isEqualTo(1.0);
        assertThat(v.status()).isEqualTo(Status.CORRECT);
      }
    }
  }

  @Test
  void documentedVariationsAreAccepted() {
    Generated<NonogramProblem> g = generate(5, 1);
    String a = g.answer();
    List<String> variants = new ArrayList<>(List.of(
        a,
        "Let me work it out.\nRow 1 first...\n<answer>\n" + a + "\n</answer>\nDone.",
        "<ANSWER>" + a + "</Answer>",
        "I solved it.\nAnswer:\n" + a,
        "<answer>" + a.replace('#', '1').replace('.', '0') + "</answer>",
        "<answer>" + a.replace("", " ").strip() + "</answer>",
        "<answer>\n```\n" + a + "\n```\n</answer>",
        "<answer>\r\n" + a.replace("\n", "\r\n") + "\r\n</answer>",
        "<answer>\n\n\t" + a.replace("\n", "\n\n\t") + "  \n</answer>"));
    variants.addAll(oracle.equivalentForms(g.problem(), a, new Rng(3)));
    for (String r : variants) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.correct()).as("%s -> %s", r, v.reason()).isTrue();
    }
  }

  @Test
  void verifierAgreesWithTheOracleOnEveryMutant() {
    int kinds = 0;
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 8 ? 12 : 3); i++) {
        Generated<NonogramProblem> g = generate(level, i);
        assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
        for (String form : oracle.equivalentForms(g.problem(), g.answer(), new Rng(i))) {
          assertThat(verifier.verify(g.problem(), form).correct()).as("equivalent form %s", form).isTrue();
        }
        List<Mutant> mutants = oracle.mutants(g.problem(), g.answer(), new Rng(level * 100L + i));
        kinds = Math.max(kinds, (int) mutants.stream().map(Mutant::kind).distinct().count());
        for (Mutant m : mutants) {
          Verdict v = verifier.verify(g.problem(), "<answer>" + m.response() + "</answer>");
          assertThat(v.correct()).as("level %d index %d %s: %s -> %s", level, i, m.kind(), m.response(), v.reason())
              .isEqualTo(m.valid());
          if (!m.valid()) {
            assertThat(v.score()).isLessThan(1.0);
          }
        }
      }
    }
    assertThat(kinds).isGreaterThanOrEqualTo(8);
  }

  @Test
  void aBrokenClueEarnsTheShareOfCellsThatMatchTheSolution() {
    Generated<NonogramProblem> g = generate(5, 2);
    int w = g.problem().width();
    int h = g.problem().height();
    char[][] m = grid(g.answer());
    m[2][3] = m[2][3] == '#' ? '.' : '#';
    Verdict v = verifier.verify(g.problem(), text(m));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    int b0 = constantBaseline(grid(g.answer()));
    assertThat(v.score()).isCloseTo((w * h - 1.0 - b0) / (w * h - b0), within(1e-12));
    assertThat(v.reason()).startsWith("row 3 has runs").contains("63 of 64 cells");

    // Guessing the majority colour everywhere earns nothing.
    char[][] blank = grid(g.answer());
    char majority = b0 == count(blank, '.') ? '.' : '#';
    for (char[] row : blank) {
      java.util.Arrays.fill(row, majority);
    }
    Verdict bv = verifier.verify(g.problem(), text(blank));
    assertThat(bv.score()).isZero();
    assertThat(bv.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);

    // Only a column broken: a row's cells swapped within equal runs is impossible, so break the
    // last row's column by swapping two whole rows that differ.
    char[][] swapped = grid(g.answer());
    int a = 0;
    int b = 1;
    while (String.valueOf(swapped[a]).equals(String.valueOf(swapped[b]))) {
      b++;
    }
    char[] t = swapped[a];
    swapped[a] = swapped[b];
    swapped[b] = t;
    Verdict sv = verifier.verify(g.problem(), text(swapped));
    assertThat(sv.correct()).isFalse();
    assertThat(sv.reason()).containsAnyOf("row " + (a + 1), "row " + (b + 1), "column ");

    // The inverted picture agrees nowhere: score 0, CONSTRAINT_VIOLATED.
    char[][] inverted = grid(g.answer());
    for (char[] row : inverted) {
      for (int c = 0; c < row.length; c++) {
        row[c] = row[c] == '#' ? '.' : '#';
      }
    }
    Verdict iv = verifier.verify(g.problem(), text(inverted));
    assertThat(iv.score()).isZero();
    assertThat(iv.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);
    assertThat(iv.reason()).contains("0 of 64 cells");
  }

  @Test
  void partialCreditUsesTheVerifiersOwnSolutionAtTheHardestLevel() {
    Generated<NonogramProblem> g = generate(10, 0);
    char[][] m = grid(g.answer());
    int n = m.length * m[0].length;
    for (int c = 0; c < m[0].length; c++) {
      m[0][c] = '.';
    }
    int differ = 0;
    char[][] gold = grid(g.answer());
    for (int c = 0; c < m[0].length; c++) {
      differ += gold[0][c] != '.' ? 1 : 0;
    }
    Verdict v = verifier.verify(g.problem(), text(m));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    int b0 = constantBaseline(gold);
    assertThat(v.score()).isCloseTo((double) (n - differ - b0) / (n - b0), within(1e-12));
  }

  @Test
  void unreadableGridsAreInvalidFormat() {
    Generated<NonogramProblem> g = generate(4, 0);
    NonogramProblem p = g.problem();
    String a = g.answer();
    String[] rows = a.split("\n");
    assertInvalid(p, String.join("\n", List.of(rows).subList(1, rows.length)), "rows, expected 7");
    assertInvalid(p, a + "\n" + rows[0], "more than 7 rows");
    assertInvalid(p, a.replaceFirst("\n", ".\n"), "row 1");
    assertInvalid(p, a.replaceFirst("\\.", "x"), "'x'");
    assertInvalid(p, a.replaceFirst("#", "X"), "'X'");
    assertInvalid(p, "Row 1: " + a, "'R'");
    assertInvalid(p, "|" + a.replace("\n", "|\n|") + "|", "'|'");
    assertInvalid(p, a.replace('#', '\u25A0'), "which is not one of");
  }

  private void assertInvalid(NonogramProblem p, String response, String fragment) {
    Verdict v = verifier.verify(p, "<answer>" + response + "</answer>");
    assertThat(v.status()).as(response).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).contains(fragment);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<NonogramProblem> g = generate(4, 0);
    String ten = "#".repeat(10_000_000);
    List<String> hostile = List.of("", " ", "yes", "0", "1", "#", ".", "A", "True", "none", "UNSAT",
        "<answer>", "</answer>", "<answer></answer>", "<answer>" + "<answer>".repeat(1000),
        "\u0000\u0001\u001b[31m", "\uD800\uDC00\uDFFF\uD800", "Answer:", "<answer>\u0000</answer>",
        "<answer>" + g.answer() + "</answer>\n<answer>I am not sure.</answer>",
        ten, "<answer>" + ten + "</answer>", ("#".repeat(7) + "\n").repeat(100_000),
        "Answer: " + "\n".repeat(100_000), "```\n```", "<answer>\n```\n\n```\n</answer>");
    for (String r : hostile) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).as("%s", r.length() > 50 ? r.substring(0, 50) : r).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank();
    }
  }

  @Test
  void corruptedProblemsAreBadProblemsNotExceptions() {
    Generated<NonogramProblem> g = generate(3, 0);
    NonogramProblem p = g.problem();
    List<NonogramProblem> bad = List.of(
        new NonogramProblem(0, 0, List.of(), List.of()),
        new NonogramProblem(100, 100, p.rows(), p.columns()),
        new NonogramProblem(p.width(), p.height(), p.rows().subList(1, p.height()), p.columns()),
        new NonogramProblem(p.width(), p.height(), p.rows(), null),
        new NonogramProblem(2, 1, List.of(List.of(3)), List.of(List.of(1), List.of(1))),
        new NonogramProblem(2, 1, List.of(List.of(0)), List.of(List.of(), List.of())),
        new NonogramProblem(2, 1, List.of(List.of(1)), List.of(List.of(1), List.of(1))),
        // Consistent totals but no picture fits: the verifier's solver proves it.
        new NonogramProblem(2, 2, List.of(List.of(2), List.of()), List.of(List.of(2), List.of())));
    for (NonogramProblem b : bad) {
      Verdict v = verifier.verify(b, "<answer>##\n..</answer>");
      assertThat(v.status()).as("%s -> %s", b, v.reason()).isIn(Status.BAD_PROBLEM);
    }
    assertThat(Verifiers.verify(task.id(), Map.of("width", "x"), "##").status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(Verifiers.verify(task.id(), null, "##").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void problemRoundTripsThroughJsonAndTheRegistry() {
    Generated<NonogramProblem> g = generate(7, 4);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Json.MAPPER.convertValue(tree, NonogramProblem.class)).isEqualTo(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, g.answer()).correct()).isTrue();
    assertThat(Verifiers.verify(task.id(), g.problem(), g.answer()).correct()).isTrue();
  }

  /** What the best constant grid (all empty or all filled) agrees on with the solution. */
  private static int constantBaseline(char[][] solution) {
    int empty = count(solution, '.');
    return Math.max(empty, solution.length * solution[0].length - empty);
  }

  private static int count(char[][] grid, char symbol) {
    int k = 0;
    for (char[] row : grid) {
      for (char c : row) {
        k += c == symbol ? 1 : 0;
      }
    }
    return k;
  }
}
