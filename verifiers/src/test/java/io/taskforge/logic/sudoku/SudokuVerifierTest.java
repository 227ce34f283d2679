package io.taskforge.logic.sudoku;

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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SudokuVerifierTest {
  private final SudokuTask task = new SudokuTask();
  private final SudokuVerifier verifier = new SudokuVerifier();
  private final SudokuOracle oracle = new SudokuOracle();

  private Generated<SudokuProblem> generate(int level, long index) {
    Params p = task.level(level);
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 77, index)));
  }

  private static int count(int level) {
    return level <= 7 ? 25 : level <= 9 ? 8 : 4;
  }

  /** The answer grid as rows of numbers. */
  private static int[][] rows(String answer, int n) {
    String[] lines = answer.split("\n");
    int[][] g = new int[n][n];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        g[r][c] = n <= 9 ? lines[r].charAt(c) - '0' : Integer.parseInt(lines[r].split(" ")[c]);
      }
    }
    return g;
  }

  private static String text(int[][] g) {
    int n = g.length;
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        if (n > 9 && c > 0) {
          sb.append(' ');
        }
        sb.append(g[r][c]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Test
  void goldAndItsEquivalentFormsScoreOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < count(level); i++) {
        Generated<SudokuProblem> g = generate(level, i);
        List<String> forms = new ArrayList<>(List.of(
            g.answer(),
            "<answer>" + g.answer() + "</answer>",
            "Let me fill it in.\n<ANSWER>\n" + g.answer() + "\n</Answer>\nDone.",
            "I worked row by row.\nAnswer:\n" + g.answer()));
        forms.addAll(oracle.equivalentForms(g.problem(), g.answer(), new Rng(i)));
        for (String form : forms) {
          Verdict v = verifier.verify(g.problem(), form);
          assertThat(v.correct()).as("level %d index %d form %s: %s", level, i, form, v.reason()).isTrue();
          assertThat(v.score()).isEqualTo(1.0);
          assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
        }
      }
    }
  }

  @Test
  void verifierAgreesWithTheOracleOnEveryMutant() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < count(level); i++) {
        Generated<SudokuProblem> g = generate(level, i);
        for (Mutant m : oracle.mutants(g.problem(), g.answer(), new Rng(1000 + i))) {
          kinds.add(m.kind());
          Verdict v = verifier.verify(g.problem(), "<answer>\n" + m.response() + "\n</answer>");
          assertThat(v.correct()).as("level %d index %d %s:\n%s\n%s", level, i, m.kind(), m.response(), v.reason())
              .isEqualTo(m.valid());
          if (!m.valid()) {
            assertThat(v.score()).isLessThan(1.0);
            assertThat(v.reason()).isNotBlank();
          }
        }
      }
    }
    assertThat(kinds).contains("change-blank", "change-given", "swap-in-row", "swap-rows-in-band", "swap-numbers",
        "transpose", "drop-row", "repeat-row", "clear-cell");
  }

  @Test
  void anotherValidGridIsJudgedByTheRulesNotTheGold() {
    // A puzzle with two solutions (not one this task makes): both are accepted.
    List<List<Integer>> grid = List.of(
        List.of(1, 2, 3, 4), List.of(3, 4, 1, 2), List.of(2, 0, 4, 0), List.of(4, 0, 2, 0));
    SudokuProblem p = new SudokuProblem(4, 2, 2, grid);
    assertThat(verifier.verify(p, "1234\n3412\n2143\n4321").correct()).isTrue();
    assertThat(verifier.verify(p, "1234\n3412\n2341\n4123").correct()).isTrue();
  }

  @Test
  void wrongAnswersNameTheFirstBrokenRuleAndEarnTheShareOfRightBlanks() {
    Generated<SudokuProblem> g = generate(5, 3);
    SudokuProblem p = g.problem();
    int n = p.size();
    int blanks = (Integer) g.metrics().get("blanks");
    int[][] gold = rows(g.answer(), n);

    // Two blank cells of one row swapped: two blanks wrong, a column repeats.
    int row = -1;
    int a = -1;
    int b = -1;
    for (int r = 0; r < n && row < 0; r++) {
      for (int c = 0; c < n && row < 0; c++) {
        for (int d = c + 1; d < n; d++) {
          if (p.grid().get(r).get(c) == 0 && p.grid().get(r).get(d) == 0) {
            row = r;
            a = c;
            b = d;
            break;
          }
        }
      }
    }
    int[][] swapped = copy(gold);
    swapped[row][a] = gold[row][b];
    swapped[row][b] = gold[row][a];
    Verdict v = verifier.verify(p, text(swapped));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isCloseTo((blanks - 2) / (double) blanks, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(v.reason()).contains("column " + (a + 1)).contains((blanks - 2) + " of " + blanks);

    // A given changed: named first, blanks all right.
    int[] given = firstGiven(p);
    int[][] changedGiven = copy(gold);
    changedGiven[given[0]][given[1]] = gold[given[0]][given[1]] % n + 1;
    v = verifier.verify(p, text(changedGiven));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isLessThan(1.0).isGreaterThan(0.99);
    assertThat(v.reason()).startsWith("the given " + gold[given[0]][given[1]] + " at row " + (given[0] + 1)
        + ", column " + (given[1] + 1) + " was changed to " + changedGiven[given[0]][given[1]]);

    // Left empty with 0 and with '.'.
    String withHole = text(gold).replaceFirst("^(.{" + a + "}).", "$1.");
    int[][] hole = copy(gold);
    hole[0][0] = 0;
    v = verifier.verify(p, text(hole));
    assertThat(v.score()).isLessThan(1.0);
    assertThat(v.reason()).containsAnyOf("is empty", "was left empty");
    assertThat(verifier.verify(p, withHole).correct()).isFalse();

    // Every blank wrong: 0 with CONSTRAINT_VIOLATED.
    int[][] allWrong = copy(gold);
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < n; c++) {
        if (p.grid().get(r).get(c) == 0) {
          allWrong[r][c] = gold[r][c] % n + 1;
        }
      }
    }
    v = verifier.verify(p, text(allWrong));
    assertThat(v.score()).isZero();
    assertThat(v.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);
    assertThat(v.reason()).contains("0 of " + blanks);
  }

  @Test
  void unreadableGridsAreInvalidFormat() {
    Generated<SudokuProblem> g = generate(5, 0);
    SudokuProblem p = g.problem();
    String[] lines = g.answer().split("\n");
    String eight = String.join("\n", java.util.Arrays.copyOf(lines, 8));
    assertInvalid(p, eight, "8 rows");
    assertInvalid(p, g.answer() + "\n" + lines[0], "more than 9 rows");
    assertInvalid(p, g.answer().replaceFirst("\n", "1\n"), "row 1");
    assertInvalid(p, g.answer().replaceFirst("\n", " x\n"), "'x'");
    assertInvalid(p, "The grid is\n" + g.answer(), "line 1");
    assertInvalid(p, g.answer() + "\nI hope this is right.", "'I'");

    Generated<SudokuProblem> big = generate(10, 0);
    String bigAnswer = big.answer().replaceFirst("^\\d+", "17");
    assertInvalid(big.problem(), bigAnswer, "17");
    assertInvalid(big.problem(), big.answer().replaceFirst("^\\d+ ", ""), "15 numbers");
  }

  private void assertInvalid(SudokuProblem p, String response, String fragment) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as(response).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).contains(fragment);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<SudokuProblem> g = generate(6, 2);
    StringBuilder junk = new StringBuilder();
    Rng rng = new Rng(5);
    while (junk.length() < 3_000_000) {
      junk.append((char) rng.nextInt(0xFFFF));
    }
    List<String> hostile = List.of("", " ", "yes", "0", "1", "A", "True", "UNSAT", "none", "impossible",
        "<answer>", "</answer>", "<answer></answer>",
        "<answer>" + g.answer() + "</answer>\n<answer>I am not sure. 42 knights.</answer>",
        "\u0000\uD800" + g.answer(), junk.toString(), "9".repeat(150_000), ("123456789\n").repeat(20_000),
        ".\n".repeat(9), "0\n".repeat(9), "-\n|\n+", "```\n```", "[[1,2,3]]", "Answer: " + "\n".repeat(50_000));
    for (String r : hostile) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.score()).as("%s -> %s", r.length() > 80 ? r.substring(0, 80) : r, v.reason()).isZero();
      assertThat(v.status()).isNotIn(Status.BAD_PROBLEM, Status.INTERNAL_ERROR, Status.CORRECT);
      assertThat(v.reason()).isNotBlank();
    }
    // Gold followed by a contradicting grid: the last answer counts, and it is wrong.
    Verdict last = verifier.verify(g.problem(),
        "<answer>" + g.answer() + "</answer><answer>" + g.answer().replace('1', '2') + "</answer>");
    assertThat(last.correct()).isFalse();
    // Another level's gold: never throws.
    for (int level : new int[] {1, 3, 10}) {
      Verdict v = verifier.verify(g.problem(), generate(level, 0).answer());
      assertThat(v.correct()).isFalse();
    }
  }

  @Test
  void corruptedProblemsAreBadProblemsNotExceptions() {
    List<SudokuProblem> bad = new ArrayList<>();
    bad.add(null);
    bad.add(new SudokuProblem(9, 3, 3, null));
    bad.add(new SudokuProblem(9, 3, 2, generate(5, 0).problem().grid()));
    bad.add(new SudokuProblem(25, 5, 5, List.of()));
    bad.add(new SudokuProblem(4, 2, 2, List.of(List.of(1, 1, 0, 0), List.of(0, 0, 0, 0), List.of(0, 0, 0, 0),
        List.of(0, 0, 0, 0))));
    bad.add(new SudokuProblem(4, 2, 2, List.of(List.of(1, 5, 0, 0), List.of(0, 0, 0, 0), List.of(0, 0, 0, 0),
        List.of(0, 0, 0, 0))));
    bad.add(new SudokuProblem(4, 2, 2, java.util.Arrays.asList(List.of(1, 2, 0, 0), null, List.of(0, 0, 0, 0),
        List.of(0, 0, 0, 0))));
    bad.add(new SudokuProblem(-2, -1, 2, List.of()));
    for (SudokuProblem p : bad) {
      Verdict v = verifier.verify(p, "1234\n3412\n2143\n4321");
      assertThat(v.status()).isEqualTo(Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank();
    }
    // Consistent givens without a solution: found out only when scoring a wrong answer.
    SudokuProblem noSolution = new SudokuProblem(4, 2, 2, List.of(List.of(1, 2, 0, 0), List.of(0, 0, 3, 0),
        List.of(0, 0, 0, 3), List.of(0, 0, 0, 0)));
    assertThat(verifier.verify(noSolution, "1234\n3412\n2143\n4321").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void problemRoundTripsThroughJsonAndTheRegistry() {
    Generated<SudokuProblem> g = generate(10, 1);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    Verdict v = Verifiers.verify(task.id(), tree, g.answer());
    assertThat(v.correct()).as(v.reason()).isTrue();
    assertThat(Json.MAPPER.convertValue(tree, SudokuProblem.class)).isEqualTo(g.problem());
  }

  private static int[] firstGiven(SudokuProblem p) {
    for (int r = 0; r < p.size(); r++) {
      for (int c = 0; c < p.size(); c++) {
        if (p.grid().get(r).get(c) != 0) {
          return new int[] {r, c};
        }
      }
    }
    throw new AssertionError("no givens");
  }

  private static int[][] copy(int[][] g) {
    int[][] c = new int[g.length][];
    for (int i = 0; i < g.length; i++) {
      c[i] = g[i].clone();
    }
    return c;
  }
}
