package io.taskforge.logic.knightsknaves;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.logic.formula.Formula;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnightsKnavesVerifierTest {
  private final KnightsKnavesTask task = new KnightsKnavesTask();
  private final KnightsKnavesVerifier verifier = new KnightsKnavesVerifier();

  private Generated<KnightsKnavesProblem> generate(int level, long index) {
    Params p = task.level(level);
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 77, index)));
  }

  /** Roles of the gold solution, read from the structured solution (not the answer text). */
  private static boolean[] gold(Generated<KnightsKnavesProblem> g) {
    Map<?, ?> solution = (Map<?, ?>) g.solution();
    List<String> people = g.problem().people();
    boolean[] knight = new boolean[people.size()];
    for (int i = 0; i < knight.length; i++) {
      knight[i] = solution.get(people.get(i)).equals("knight");
    }
    return knight;
  }

  private static String answer(List<String> people, boolean[] knight, String separator) {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < knight.length; i++) {
      entries.add(people.get(i) + ": " + (knight[i] ? "knight" : "knave"));
    }
    return String.join(separator, entries);
  }

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 40; i++) {
        Generated<KnightsKnavesProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "<answer>" + g.answer() + "</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        assertThat(v.score()).isEqualTo(1.0);
        assertThat(v.status()).isEqualTo(Status.CORRECT);
      }
    }
  }

  @Test
  void documentedVariationsAreAccepted() {
    Generated<KnightsKnavesProblem> g = generate(5, 1);
    List<String> people = g.problem().people();
    boolean[] k = gold(g);
    List<String> variants = new ArrayList<>(List.of(
        g.answer(),
        "Let me think.\nSo the roles are clear.\n<answer>\n" + g.answer() + "\n</answer>\nDone.",
        "<ANSWER>" + g.answer() + "</Answer>",
        "reasoning...\nAnswer: " + g.answer(),
        "<answer>" + answer(people, k, "\n") + "</answer>",
        "<answer>" + answer(people, k, ",\n") + ".</answer>",
        "<answer>" + g.answer().toUpperCase(Locale.ROOT) + "</answer>",
        "<answer>" + g.answer().toLowerCase(Locale.ROOT) + "</answer>",
        "<answer>  " + answer(people, k, " ,   ").replace(": ", " :\t") + " </answer>",
        "<answer>\n- " + answer(people, k, ".\n- ") + ".\n</answer>",
        "<answer>\n* " + answer(people, k, "\n* ") + "\n</answer>",
        "<answer>" + g.answer() + ",</answer>",
        "<answer>\r\n" + answer(people, k, "\r\n") + "\r\n</answer>"));
    // Any order is accepted.
    List<String> reversed = new ArrayList<>();
    for (int i = people.size() - 1; i >= 0; i--) {
      reversed.add(people.get(i) + ": " + (k[i] ? "knight" : "knave"));
    }
    variants.add("<answer>" + String.join(", ", reversed) + "</answer>");
    for (String response : variants) {
      Verdict v = verifier.verify(g.problem(), response);
      assertThat(v.correct()).as("%s -> %s", response, v.reason()).isTrue();
    }
  }

  @Test
  void judgesByConsistencyNotByTheGoldString() {
    // A hand-made puzzle with two consistent assignments: both are accepted.
    KnightsKnavesProblem p = new KnightsKnavesProblem(List.of("Ann", "Ben"), List.of(
        new KnightsKnavesProblem.Statement(0, Formula.is(1, true)),
        new KnightsKnavesProblem.Statement(1, Formula.is(0, true))));
    assertThat(verifier.verify(p, "Ann: knight, Ben: knight").correct()).isTrue();
    assertThat(verifier.verify(p, "Ann: knave, Ben: knave").correct()).isTrue();
    Verdict wrong = verifier.verify(p, "Ann: knight, Ben: knave");
    assertThat(wrong.status()).isEqualTo(Status.PARTIAL);
    assertThat(wrong.score()).isEqualTo(0.5);
    assertThat(wrong.reason()).contains("statement 1 (by Ann) is false", "Ann cannot be a knight");
  }

  @Test
  void oneWrongRoleGetsTheShareOfCorrectRoles() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 10; i++) {
        Generated<KnightsKnavesProblem> g = generate(level, i);
        List<String> people = g.problem().people();
        int n = people.size();
        boolean[] k = gold(g);
        int flip = i % n;
        k[flip] = !k[flip];
        Verdict v = verifier.verify(g.problem(), answer(people, k, ", "));
        assertThat(v.status()).isEqualTo(Status.PARTIAL);
        assertThat(v.correct()).isFalse();
        assertThat(v.score()).isCloseTo((double) (n - 1) / n, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(v.reason()).contains("statement ", (n - 1) + " of " + n + " roles match");
      }
    }
  }

  @Test
  void partialCreditCountsMatchingRoles() {
    Generated<KnightsKnavesProblem> g = generate(7, 3);
    List<String> people = g.problem().people();
    int n = people.size();
    boolean[] gold = gold(g);
    for (int flips = 1; flips <= n; flips++) {
      boolean[] k = gold.clone();
      for (int i = 0; i < flips; i++) {
        k[i] = !k[i];
      }
      Verdict v = verifier.verify(g.problem(), answer(people, k, ", "));
      assertThat(v.correct()).isFalse();
      assertThat(v.score()).isCloseTo((double) (n - flips) / n, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(v.status()).isEqualTo(flips == n ? Status.WRONG : Status.PARTIAL);
    }
  }

  @Test
  void reasonNamesTheFirstContradictedStatement() {
    Generated<KnightsKnavesProblem> g = generate(4, 5);
    List<String> people = g.problem().people();
    boolean[] k = gold(g);
    k[0] = !k[0];
    // Find, independently, the first statement these roles contradict.
    int first = -1;
    for (int s = 0; s < g.problem().statements().size() && first < 0; s++) {
      KnightsKnavesProblem.Statement st = g.problem().statements().get(s);
      long bits = 0;
      for (int i = 0; i < k.length; i++) {
        bits |= k[i] ? 1L << i : 0;
      }
      if (st.claim().eval(bits) != k[st.speaker()]) {
        first = s;
      }
    }
    String speaker = people.get(g.problem().statements().get(first).speaker());
    Verdict v = verifier.verify(g.problem(), answer(people, k, ", "));
    assertThat(v.reason()).startsWith("statement " + (first + 1) + " (by " + speaker + ")");
  }

  @Test
  void malformedListsAreInvalidFormatNamingTheProblem() {
    Generated<KnightsKnavesProblem> g = generate(5, 2);
    List<String> people = g.problem().people();
    boolean[] k = gold(g);
    String gold = answer(people, k, ", ");
    String last = people.get(people.size() - 1);
    String withoutLast = gold.substring(0, gold.lastIndexOf(", "));

    Verdict missing = verifier.verify(g.problem(), withoutLast);
    assertThat(missing.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(missing.reason()).contains(last, "missing");

    Verdict duplicate = verifier.verify(g.problem(), gold + ", " + people.get(1) + ": knight");
    assertThat(duplicate.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(duplicate.reason()).contains(people.get(1), "more than once");

    Verdict unknown = verifier.verify(g.problem(), withoutLast + ", Zoe: knight");
    assertThat(unknown.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(unknown.reason()).contains("'Zoe'", "not one of the people");

    Verdict badRole = verifier.verify(g.problem(), gold.replaceFirst("kni?ght|knave", "liar"));
    assertThat(badRole.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(badRole.reason()).contains(people.get(0), "'liar'");

    Verdict noColon = verifier.verify(g.problem(), people.get(0) + " is a knight, " + gold);
    assertThat(noColon.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(noColon.reason()).contains("entry 1", "is a knight");

    Verdict prose = verifier.verify(g.problem(), "The answer is " + gold);
    assertThat(prose.status()).isEqualTo(Status.INVALID_FORMAT);
    for (Verdict v : List.of(missing, duplicate, unknown, badRole, noColon, prose)) {
      assertThat(v.score()).isZero();
    }
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<KnightsKnavesProblem> g = generate(6, 0);
    List<String> people = g.problem().people();
    boolean[] flipped = gold(g);
    for (int i = 0; i < flipped.length; i++) {
      flipped[i] = !flipped[i];
    }
    StringBuilder junk = new StringBuilder(10_000_000);
    Rng rng = new Rng(5);
    while (junk.length() < 10_000_000) {
      junk.append((char) rng.nextInt(0x10000));
    }
    StringBuilder commas = new StringBuilder();
    while (commas.length() < 150_000) {
      commas.append(people.get(0)).append(":,");
    }
    List<String> hostile = List.of(
        "", " ", "yes", "0", "knight", "<answer>", "<answer></answer>", "</answer>",
        "<answer>" + g.answer().substring(0, g.answer().lastIndexOf(',')), "<answer>" + g.answer() + "</answer><answer>nope",
        "<answer>" + g.answer() + "</answer>\n<answer>" + answer(people, flipped, ", ") + "</answer>",
        g.answer() + "\n" + answer(people, flipped, "\n"),
        "\u0000\u0001\ud800" + g.answer(), "\ud800:\udfff", String.join(", ", people),
        String.join(": knight: knave, ", people), junk.toString(), commas.toString(),
        "<answer>" + ",".repeat(100_000) + "</answer>", lines(g));
    for (String response : hostile) {
      Verdict v = verifier.verify(g.problem(), response);
      assertThat(v.score()).as(response.length() > 80 ? response.substring(0, 80) : response).isZero();
      assertThat(v.correct()).isFalse();
      assertThat(v.reason().length()).isLessThan(400);
    }
    assertThat(verifier.verify(g.problem(), null).status()).isEqualTo(Status.INVALID_FORMAT);
  }

  private static String lines(Generated<KnightsKnavesProblem> g) {
    StringBuilder sb = new StringBuilder();
    for (Object line : (List<?>) g.view().get("statements")) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  @Test
  void problemReadBackFromJsonVerifiesTheSame() {
    Generated<KnightsKnavesProblem> g = generate(8, 4);
    JsonNode tree = Json.MAPPER.valueToTree(g.problem());
    KnightsKnavesProblem back = Json.MAPPER.convertValue(tree, KnightsKnavesProblem.class);
    assertThat(back).isEqualTo(g.problem());
    assertThat(verifier.verify(back, g.answer()).correct()).isTrue();
    Verdict viaRegistry = Verifiers.verify(task.id(), tree, "<answer>" + g.answer() + "</answer>");
    assertThat(viaRegistry.correct()).as(viaRegistry.reason()).isTrue();
  }

  @Test
  void brokenProblemsAreBadProblemNotTheResponsesFault() {
    KnightsKnavesProblem outOfRange = new KnightsKnavesProblem(List.of("Ann", "Ben"), List.of(
        new KnightsKnavesProblem.Statement(0, Formula.is(5, true))));
    assertThat(verifier.verify(outOfRange, "Ann: knight, Ben: knave").status()).isEqualTo(Status.BAD_PROBLEM);
    KnightsKnavesProblem twins = new KnightsKnavesProblem(List.of("Ann", "ann"), List.of());
    assertThat(verifier.verify(twins, "Ann: knight").status()).isEqualTo(Status.BAD_PROBLEM);
    KnightsKnavesProblem paradox = new KnightsKnavesProblem(List.of("Ann"), List.of(
        new KnightsKnavesProblem.Statement(0, Formula.is(0, false))));
    assertThat(verifier.verify(paradox, "Ann: knight").status()).isEqualTo(Status.BAD_PROBLEM);
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      many.add("P" + i);
    }
    assertThat(verifier.verify(new KnightsKnavesProblem(many, List.of()), "P0: knight").status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(Verifiers.verify(task.id(), Json.MAPPER.createObjectNode().put("people", "x"), "a").status())
        .isEqualTo(Status.BAD_PROBLEM);
  }
}
