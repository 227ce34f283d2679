package io.taskforge.logic.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taskforge.check.OracleAgreement;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderingVerifierTest {
  private final OrderingTask task = new OrderingTask();
  private final OrderingVerifier verifier = new OrderingVerifier();
  private final OrderingOracle oracle = new OrderingOracle();

  private Generated<OrderingProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 57, index)));
  }

  private static List<String> gold(Generated<OrderingProblem> g) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) ((Map<?, ?>) g.solution()).get("order")) {
      out.add((String) o);
    }
    return out;
  }

  private static OrderingProblem.Clue clue(String kind, int position, Integer... items) {
    return new OrderingProblem.Clue(kind, List.of(items), position, kind + " " + List.of(items));
  }

  /** Ann, Ben, Cal, Dee: Ann first, Ben directly before Dee, Cal somewhere before Ben. Order: Ann, Cal, Ben, Dee. */
  private static OrderingProblem small(OrderingProblem.Question q) {
    return new OrderingProblem("queue", List.of("Ann", "Ben", "Cal", "Dee"), List.of(
        clue("first", 0, 0), clue("immediately-before", 0, 1, 3), clue("before", 0, 2, 1)), q);
  }

  private static final OrderingProblem.Question ORDER = new OrderingProblem.Question("order", 0, -1, "?");

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 40; i++) {
        Generated<OrderingProblem> g = generate(p, i);
        Verdict v = verifier.verify(g.problem(), "Let me place them.\n<answer>\n" + g.answer() + "\n</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
      }
    }
  }

  @Test
  void partialCreditIsTheShareOfPositionsRight() {
    OrderingProblem p = small(ORDER);
    assertThat(verifier.verify(p, "Ann, Cal, Ben, Dee").correct()).isTrue();
    Verdict swapped = verifier.verify(p, "Ann, Ben, Cal, Dee");
    assertThat(swapped.status()).isEqualTo(Status.PARTIAL);
    assertThat(swapped.score()).isCloseTo(0.5, within(1e-9));
    assertThat(swapped.reason()).contains("clue 2 (immediately-before [1, 3]) is broken",
        "Ben is at position 2 and Dee at position 4", "2 of 4 positions");
    Verdict none = verifier.verify(p, "Dee, Ben, Ann, Cal");
    assertThat(none.status()).isEqualTo(Status.WRONG);
    assertThat(none.score()).isZero();
    assertThat(none.reason()).startsWith("clue 1 (first [0]) is broken: Ann is at position 3");
  }

  @Test
  void oneSwapOfAGeneratedGoldLosesTwoPositions() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 10; i++) {
        Generated<OrderingProblem> g = generate(p, i);
        List<String> order = gold(g);
        int n = order.size();
        int a = i % n;
        int b = (i + 1 + level) % n;
        if (a == b) {
          continue;
        }
        java.util.Collections.swap(order, a, b);
        Verdict v = verifier.verify(g.problem(), String.join(", ", order));
        assertThat(v.correct()).as("the puzzle is unique, so a swap breaks a clue").isFalse();
        assertThat(v.score()).isCloseTo((double) (n - 2) / n, within(1e-9));
        assertThat(v.reason()).contains("is broken", (n - 2) + " of " + n + " positions");
      }
    }
  }

  @Test
  void documentedVariationsAreAccepted() {
    OrderingProblem p = small(ORDER);
    for (String r : List.of("Ann, Cal, Ben, Dee", "ann, cal, ben, dee", "ANN,CAL,BEN,DEE", "Ann, Cal, Ben, Dee.",
        "Ann\nCal\nBen\nDee", "1. Ann\n2. Cal\n3. Ben\n4. Dee\n", "1) Ann, 2) Cal, 3) Ben, 4) Dee",
        "- Ann\n- Cal\n- Ben\n- Dee", "* Ann\r\n* Cal\r\n* Ben\r\n* Dee", "Ann, Cal, Ben, and Dee", "Ann, Cal, Ben, Dee,",
        "Answer: Ann, Cal, Ben, Dee", "  Ann ,\tCal , Ben , Dee  ")) {
      Verdict v = verifier.verify(p, r);
      assertThat(v.correct()).as("%s -> %s", r, v.reason()).isTrue();
    }
  }

  @Test
  void listsThatAreNotPermutationsAreInvalidFormat() {
    OrderingProblem p = small(ORDER);
    assertThat(verifier.verify(p, "Ann, Cal, Ben").reason()).contains("Dee is missing");
    assertThat(verifier.verify(p, "Ann, Cal, Ben, Ben").reason()).contains("Ben is listed more than once");
    assertThat(verifier.verify(p, "Ann, Cal, Ben, Dee, Eve").reason()).contains("'Eve'", "not one of the items");
    assertThat(verifier.verify(p, "Ann > Cal > Ben > Dee").reason()).contains("not one of the items");
    assertThat(verifier.verify(p, "Ann Cal Ben Dee").status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(verifier.verify(p, ",,,").status()).isEqualTo(Status.INVALID_FORMAT);
  }

  @Test
  void singlePositionQuestions() {
    OrderingProblem who = small(new OrderingProblem.Question("item-at", 3, -1, "?"));
    assertThat(verifier.verify(who, "Ben").correct()).isTrue();
    assertThat(verifier.verify(who, "**ben**.").correct()).isTrue();
    Verdict wrong = verifier.verify(who, "Cal");
    assertThat(wrong.status()).isEqualTo(Status.WRONG);
    assertThat(wrong.reason()).contains("Ben is in position 3");
    assertThat(verifier.verify(who, "3").status()).isEqualTo(Status.INVALID_FORMAT);
    OrderingProblem where = small(new OrderingProblem.Question("position-of", 0, 2, "?"));
    for (String r : List.of("2", "2nd", "2ND", " 2. ", "**2**")) {
      assertThat(verifier.verify(where, r).correct()).as(r).isTrue();
    }
    for (String r : List.of("2th", "two", "5", "0", "02x", "position 2")) {
      assertThat(verifier.verify(where, r).status()).as(r).isEqualTo(Status.INVALID_FORMAT);
    }
    assertThat(verifier.verify(where, "3").status()).isEqualTo(Status.WRONG);
    assertThat(OrderingVerifier.readPosition("11th", 12)).isEqualTo(11);
    assertThat(OrderingVerifier.readPosition("12th", 12)).isEqualTo(12);
    assertThat(OrderingVerifier.readPosition("1st", 12)).isEqualTo(1);
    assertThat(OrderingVerifier.readPosition("3rd", 12)).isEqualTo(3);
    assertThat(OrderingVerifier.readPosition("11st", 12)).isEqualTo(-1);
  }

  @Test
  void generatedPositionQuestionsScoreTheirGold() {
    Params p = task.resolve(6, Map.of("question", "position"));
    for (int i = 0; i < 60; i++) {
      Generated<OrderingProblem> g = generate(p, i);
      assertThat(verifier.verify(g.problem(), g.answer()).correct()).isTrue();
      assertThat(verifier.verify(g.problem(), g.answer().toUpperCase(Locale.ROOT) + ".").correct()).isTrue();
    }
  }

  @Test
  void malformedProblemsAreBadProblems() {
    List<OrderingProblem> bad = List.of(
        new OrderingProblem("queue", List.of("Ann", "ann"), List.of(), ORDER),
        new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(clue("before", 0, 0, 7)), ORDER),
        new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(clue("before", 0, 0)), ORDER),
        new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(clue("sideways", 0, 0, 1)), ORDER),
        new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(clue("position", 5, 0)), ORDER),
        new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(clue("before", 0, 1, 1)), ORDER),
        new OrderingProblem("queue", List.of("Ann", "Ben, Cal"), List.of(), ORDER),
        new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(), new OrderingProblem.Question("item-at", 3, -1, "?")),
        new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(), null));
    for (OrderingProblem p : bad) {
      assertThat(verifier.verify(p, "Ann, Ben").status()).as(String.valueOf(p)).isEqualTo(Status.BAD_PROBLEM);
    }
    // Clues with no consistent order: a wrong answer cannot get partial credit.
    OrderingProblem impossible = new OrderingProblem("queue", List.of("Ann", "Ben"),
        List.of(clue("before", 0, 0, 1), clue("before", 0, 1, 0)), ORDER);
    assertThat(verifier.verify(impossible, "Ann, Ben").status()).isEqualTo(Status.BAD_PROBLEM);
    // Two consistent orders: any of them is correct for the whole-order question.
    OrderingProblem open = new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(), ORDER);
    assertThat(verifier.verify(open, "Ben, Ann").correct()).isTrue();
    assertThat(verifier.verify(new OrderingProblem("queue", List.of("Ann", "Ben"), List.of(),
        new OrderingProblem.Question("item-at", 1, -1, "?")), "Ann").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void verifierAgreesWithTheIndependentOracleOnEveryMutant() {
    assertThat(OracleAgreement.check(task, verifier, oracle, 15, 19)).isGreaterThan(1000);
  }

  @Test
  void verifierAgreesWithTheOracleOnPositionQuestions() {
    Params p = task.resolve(4, Map.of("question", "position"));
    for (int i = 0; i < 40; i++) {
      Generated<OrderingProblem> g = generate(p, i);
      for (var m : oracle.mutants(g.problem(), g.answer(), new Rng(i))) {
        assertThat(verifier.verify(g.problem(), m.response()).correct()).as(m.toString()).isEqualTo(m.valid());
      }
      for (String form : oracle.equivalentForms(g.problem(), g.answer(), new Rng(i))) {
        assertThat(verifier.verify(g.problem(), form).correct()).as(form).isTrue();
      }
    }
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<OrderingProblem> g = generate(task.level(4), 0);
    OracleAgreement.hostileScoreZero(verifier, g.problem(), g.answer(), String.join("\n", (List<String>) g.view().get("clues")));
    Object tree = Json.MAPPER.valueToTree(g.problem());
    assertThat(Verifiers.verify(task.id(), tree, g.answer()).correct()).isTrue();
  }
}
