package io.taskforge.logic.futoshiki;

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

class FutoshikiVerifierTest {
  private final FutoshikiTask task = new FutoshikiTask();
  private final FutoshikiVerifier verifier = new FutoshikiVerifier();
  private final FutoshikiOracle oracle = new FutoshikiOracle();

  private Generated<FutoshikiProblem> generate(int level, long index) {
    Params p = task.level(level);
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 77, index)));
  }

  private static int[][] grid(String answer) {
    String[] lines = answer.split("\n");
    int[][] g = new int[lines.length][];
    for (int r = 0; r < lines.length; r++) {
      String[] parts = lines[r].split(" ");
      g[r] = new int[parts.length];
      for (int c = 0; c < parts.length; c++) {
        g[r][c] = Integer.parseInt(parts[c]);
      }
    }
    return g;
  }

  private static String text(int[][] g) {
    List<String> lines = new ArrayList<>();
    for (int[] row : g) {
      StringBuilder sb = new StringBuilder();
      for (int v : row) {
        sb.append(sb.length() > 0 ? " " : "").append(v);
      }
      lines.add(sb.toString());
    }
    return String.join("\n", lines);
  }

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 7 ? 20 : 4); i++) {
        Generated<FutoshikiProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "<answer>\n" + g.answer() + "\n</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        assertThat(v.score()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void documentedVariationsAreAccepted() {
    Generated<FutoshikiProblem> g = generate(5, 1);
    String a = g.answer();
    List<String> variants = new ArrayList<>(List.of(
        a,
        "Let me think.\n<answer>\n" + a + "\n</answer>\nDone.",
        "<ANSWER>" + a + "</Answer>",
        "So:\nAnswer:\n" + a,
        "<answer>" + a.replace(" ", "") + "</answer>",
        "<answer>" + a.replace(" ", ", ") + "</answer>",
        "<answer>\n```\n" + a + "\n```\n</answer>",
        "<answer>\r\n" + a.replace("\n", "\r\n") + "\r\n</answer>",
        "<answer>\n\n  " + a.replace("\n", "  \n\n\t") + "\n</answer>"));
    variants.addAll(oracle.equivalentForms(g.problem(), a, new Rng(5)));
    for (String r : variants) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.correct()).as("%s -> %s", r, v.reason()).isTrue();
    }
  }

  @Test
  void verifierAgreesWithTheOracleOnEveryMutant() {
    int kinds = 0;
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 7 ? 12 : 3); i++) {
        Generated<FutoshikiProblem> g = generate(level, i);
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
  void brokenRulesAreNamedAndEarnTheShareOfRightBlanks() {
    Generated<FutoshikiProblem> g = generate(5, 2);
    FutoshikiProblem p = g.problem();
    int n = p.size();
    int blanks = n * n - 2;
    int[][] gold = grid(g.answer());

    // Two blank cells of a row swapped: the columns break (or an inequality), 2 blanks are wrong.
    int r = 0;
    int a = -1;
    int b = -1;
    for (r = 0; r < n && b < 0; r++) {
      a = -1;
      for (int c = 0; c < n; c++) {
        if (p.grid().get(r).get(c) == 0) {
          if (a < 0) {
            a = c;
          } else {
            b = c;
            break;
          }
        }
      }
    }
    r--;
    int[][] m = grid(g.answer());
    m[r][a] = gold[r][b];
    m[r][b] = gold[r][a];
    Verdict v = verifier.verify(p, text(m));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isCloseTo(chanceCorrected((blanks - 2.0) / blanks, n), within(1e-12));
    assertThat(v.reason()).containsAnyOf("column " + (a + 1), "column " + (b + 1), "inequality")
        .contains((blanks - 2) + " of " + blanks + " blank cells");

    // A given changed: named first.
    int gr = -1;
    int gc = -1;
    for (int i = 0; i < n * n && gr < 0; i++) {
      if (p.grid().get(i / n).get(i % n) != 0) {
        gr = i / n;
        gc = i % n;
      }
    }
    m = grid(g.answer());
    m[gr][gc] = gold[gr][gc] % n + 1;
    v = verifier.verify(p, text(m));
    assertThat(v.reason()).startsWith("row " + (gr + 1) + ", column " + (gc + 1) + " is given as " + gold[gr][gc]);
    assertThat(v.correct()).isFalse();
  }

  @Test
  void aChangedGivenEarnsNothingEvenWithEveryBlankRight() {
    // Partial credit counts blanks only, so without this rule a changed given would score 0.999999.
    Generated<FutoshikiProblem> g = generate(3, 0);
    FutoshikiProblem p = g.problem();
    int n = p.size();
    int[][] m = grid(g.answer());
    for (int i = 0; i < n * n; i++) {
      if (p.grid().get(i / n).get(i % n) != 0) {
        m[i / n][i % n] = m[i / n][i % n] % n + 1;
        break;
      }
    }
    Verdict v = verifier.verify(p, text(m));
    assertThat(v.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).endsWith("a changed given earns no partial credit");
  }

  @Test
  void anInequalityBrokenInALatinSquareIsNamed() {
    Generated<FutoshikiProblem> g = generate(4, 3);
    FutoshikiProblem p = g.problem();
    int n = p.size();
    int[][] gold = grid(g.answer());
    // Reverse every number: still a Latin square, but every inequality turns round.
    int[][] m = new int[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        m[r][c] = n + 1 - gold[r][c];
      }
    }
    FutoshikiProblem noGivens = new FutoshikiProblem(n, emptyGrid(n), p.inequalities());
    Verdict v = verifier.verify(noGivens, text(m));
    FutoshikiProblem.Inequality q = p.inequalities().get(0);
    assertThat(v.reason()).startsWith("the inequality row " + (q.smallerRow() + 1) + ", column " + (q.smallerColumn() + 1) + " <");
    assertThat(v.correct()).isFalse();
  }

  private static List<List<Integer>> emptyGrid(int n) {
    List<List<Integer>> rows = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      rows.add(new ArrayList<>(java.util.Collections.nCopies(n, 0)));
    }
    return rows;
  }

  @Test
  void partialCreditUsesTheVerifiersOwnSolutionAtTheHardestLevel() {
    Generated<FutoshikiProblem> g = generate(10, 0);
    int n = g.problem().size();
    int[][] m = grid(g.answer());
    // Rotate the first row by one: every one of its 9 cells is now wrong (all blanks at level 10).
    int[] row = m[0].clone();
    for (int c = 0; c < n; c++) {
      m[0][c] = row[(c + 1) % n];
    }
    Verdict v = verifier.verify(g.problem(), text(m));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isCloseTo(chanceCorrected((n * n - n) / (double) (n * n), n), within(1e-12));
  }

  @Test
  void unreadableGridsAreInvalidFormat() {
    Generated<FutoshikiProblem> g = generate(5, 0);
    FutoshikiProblem p = g.problem();
    String a = g.answer();
    String[] rows = a.split("\n");
    assertInvalid(p, String.join("\n", List.of(rows).subList(1, rows.length)), "5 rows");
    assertInvalid(p, a + "\n" + rows[0], "more than 6 rows");
    assertInvalid(p, a.replaceFirst("\n", " 1\n"), "row 1");
    assertInvalid(p, a.replaceFirst(" ", " < "), "'<'");
    assertInvalid(p, a.replaceFirst("1", "7"), "7");
    assertInvalid(p, a.replaceFirst("1", "x"), "'x'");
    assertInvalid(p, "Here is the grid\n" + a, "'H'");
  }

  private void assertInvalid(FutoshikiProblem p, String response, String fragment) {
    Verdict v = verifier.verify(p, "<answer>" + response + "</answer>");
    assertThat(v.status()).as(response).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).contains(fragment);
  }

  @Test
  void emptyCellsScoreAsWrongBlanks() {
    Generated<FutoshikiProblem> g = generate(5, 0);
    FutoshikiProblem p = g.problem();
    int n = p.size();
    int[][] m = grid(g.answer());
    int cell = 0;
    while (p.grid().get(cell / n).get(cell % n) != 0) {
      cell++;
    }
    m[cell / n][cell % n] = 0;
    Verdict v = verifier.verify(p, text(m));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.reason()).startsWith("row " + (cell / n + 1) + ", column " + (cell % n + 1) + " is left empty");
    assertThat(v.score()).isCloseTo(chanceCorrected((n * n - 3.0) / (n * n - 2), n), within(1e-12));
    String dotted = text(m).replace(" 0", " .").replaceFirst("^0", ".");
    assertThat(verifier.verify(p, dotted).score()).isEqualTo(v.score());
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<FutoshikiProblem> g = generate(4, 0);
    String ten = "1".repeat(10_000_000);
    List<String> hostile = List.of("", " ", "yes", "0", "1", "12345", "A", "True", "none", "UNSAT",
        "<answer>", "</answer>", "<answer></answer>", "<answer>" + "<answer>".repeat(1000),
        "\u0000\u0001\u001b[31m", "\uD800\uDC00\uDFFF\uD800", "Answer:", "<answer>\u0000</answer>",
        "<answer>" + g.answer() + "</answer>\n<answer>I am not sure.</answer>",
        ten, "<answer>" + ten + "</answer>", "1 2 3 4 5\n".repeat(100_000), "Answer: " + "\n".repeat(100_000),
        "```\n```", ".\n.\n.\n.\n.");
    for (String r : hostile) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).as("%s", r.length() > 50 ? r.substring(0, 50) : r).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank();
    }
  }

  @Test
  void corruptedProblemsAreBadProblemsNotExceptions() {
    FutoshikiProblem p = generate(1, 0).problem();
    List<FutoshikiProblem> bad = List.of(
        new FutoshikiProblem(0, List.of(), List.of()),
        new FutoshikiProblem(40, p.grid(), p.inequalities()),
        new FutoshikiProblem(4, p.grid().subList(1, 4), p.inequalities()),
        new FutoshikiProblem(4, List.of(List.of(1, 2, 3, 4), List.of(0, 0, 0), List.of(0, 0, 0, 0), List.of(0, 0, 0, 0)), List.of()),
        new FutoshikiProblem(4, List.of(List.of(9, 0, 0, 0), List.of(0, 0, 0, 0), List.of(0, 0, 0, 0), List.of(0, 0, 0, 0)), List.of()),
        new FutoshikiProblem(4, p.grid(), List.of(new FutoshikiProblem.Inequality(0, 0, 2, 2))),
        new FutoshikiProblem(4, p.grid(), List.of(new FutoshikiProblem.Inequality(0, 0, 0, 4))),
        // Readable but unsolvable: two givens clash.
        new FutoshikiProblem(4, List.of(List.of(1, 1, 0, 0), List.of(0, 0, 0, 0), List.of(0, 0, 0, 0), List.of(0, 0, 0, 0)), List.of()));
    for (FutoshikiProblem b : bad) {
      Verdict v = verifier.verify(b, "<answer>1 2 3 4\n2 1 4 3\n3 4 1 2\n4 3 2 1</answer>");
      assertThat(v.status()).as("%s -> %s", b, v.reason()).isEqualTo(Status.BAD_PROBLEM);
    }
    assertThat(Verifiers.verify(task.id(), Map.of("size", "x"), "1").status()).isEqualTo(Status.BAD_PROBLEM);
    assertThat(Verifiers.verify(task.id(), Map.of("size", 4, "grid", List.of(List.of(1)), "inequalities", List.of(Map.of())), "1").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void problemRoundTripsThroughJsonAndTheRegistry() {
    Generated<FutoshikiProblem> g = generate(7, 4);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Json.MAPPER.convertValue(tree, FutoshikiProblem.class)).isEqualTo(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, g.answer()).correct()).isTrue();
  }

  /** The documented correction: a random digit matches a blank with probability 1/n. */
  private static double chanceCorrected(double share, int n) {
    return (share - 1.0 / n) / (1.0 - 1.0 / n);
  }
}
