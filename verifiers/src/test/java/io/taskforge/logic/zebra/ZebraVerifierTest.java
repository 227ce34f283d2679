package io.taskforge.logic.zebra;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZebraVerifierTest {
  private static final ZebraTask TASK = new ZebraTask();
  private final ZebraVerifier verifier = new ZebraVerifier();
  private final ZebraOracle oracle = new ZebraOracle();

  private static Generated<ZebraProblem> generate(int level, long index) {
    Params p = TASK.level(level);
    return TASK.generate(p, new Rng(Seeds.instanceSeed(TASK.id(), TASK.version(), p, 77, index)));
  }

  /** grid[house][attribute] = value name, from the structured solution. */
  private static String[][] gold(Generated<ZebraProblem> g) {
    List<List<String>> houses = ((ZebraSolution) g.solution()).houses();
    String[][] grid = new String[houses.size()][];
    for (int h = 0; h < grid.length; h++) {
      grid[h] = houses.get(h).toArray(new String[0]);
    }
    return grid;
  }

  private static String text(String[][] grid) {
    StringBuilder sb = new StringBuilder();
    for (int h = 0; h < grid.length; h++) {
      sb.append("House ").append(h + 1).append(": ").append(String.join(", ", grid[h])).append('\n');
    }
    return sb.toString();
  }

  @Test
  void goldScoresOneAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 8 ? 20 : 5); i++) {
        Generated<ZebraProblem> g = generate(level, i);
        Verdict v = verifier.verify(g.problem(), "<answer>" + g.answer() + "</answer>");
        assertThat(v.correct()).as("level %d index %d: %s", level, i, v.reason()).isTrue();
        assertThat(v.score()).isEqualTo(1.0);
        assertThat(text(gold(g)).strip()).isEqualTo(g.answer());
      }
    }
  }

  @Test
  void documentedVariationsAreAccepted() {
    Generated<ZebraProblem> g = generate(6, 1);
    List<String> variants = new ArrayList<>(oracle.equivalentForms(g.problem(), g.answer(), new Rng(5)));
    variants.add("Let me think.\n<answer>\n" + g.answer() + "\n</answer>\nDone.");
    variants.add("<ANSWER>" + g.answer() + "</Answer>");
    variants.add("<answer>" + g.answer().replace("House", "house") + "</answer>");
    variants.add("<answer>" + g.answer().replace(", ", ",") + "</answer>");
    variants.add("<answer>" + g.answer().replace("\n", "\n\t\n") + "</answer>");
    for (String r : variants) {
      Verdict v = verifier.verify(g.problem(), r);
      assertThat(v.correct()).as("%s -> %s", r, v.reason()).isTrue();
    }
  }

  @Test
  void anyGridThatObeysTheRulesIsAccepted() {
    // A puzzle with fewer clues has several solutions; each is accepted, the gold being just one.
    Generated<ZebraProblem> g = generate(5, 2);
    ZebraProblem p = g.problem();
    ZebraProblem loose = new ZebraProblem(p.houses(), p.attributes(), p.clues().subList(0, p.clues().size() / 2));
    ZebraSolver.Result r = ZebraSolver.of(loose).solve(20, 1_000_000);
    assertThat(r.count()).isGreaterThan(1);
    for (int[] s : r.solutions()) {
      String[][] grid = new String[p.houses()][p.attributes().size()];
      for (int v = 0; v < s.length; v++) {
        int t = v / p.houses();
        grid[s[v]][t] = p.attributes().get(t).values().get(v % p.houses());
      }
      assertThat(verifier.verify(loose, text(grid)).correct()).isTrue();
      assertThat(oracle.accepts(loose, text(grid).strip())).isTrue();
    }
  }

  @Test
  void aBrokenClueGivesCellCreditAndNamesTheClue() {
    Generated<ZebraProblem> g = generate(5, 3);
    String[][] grid = gold(g);
    // Swap two houses' values of one attribute: 2 of 20 cells wrong, and (the solution being unique)
    // some clue breaks.
    String t = grid[0][1];
    grid[0][1] = grid[3][1];
    grid[3][1] = t;
    Verdict v = verifier.verify(g.problem(), text(grid));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isEqualTo(18.0 / 20);
    assertThat(v.reason()).containsPattern("^clue \\d+ \\(").contains("18 of 20 cells");
    int clue = Integer.parseInt(v.reason().substring(5, v.reason().indexOf(' ', 5)));
    ZebraProblem.Clue broken = g.problem().clues().get(clue - 1);
    assertThat(v.reason()).contains(broken.kind());
    assertThat(oracle.accepts(g.problem(), text(grid).strip())).isFalse();
  }

  @Test
  void aValueUsedTwiceIsNamed() {
    Generated<ZebraProblem> g = generate(5, 4);
    String[][] grid = gold(g);
    String name = g.problem().attributes().get(2).name();
    grid[4][2] = grid[1][2];
    Verdict v = verifier.verify(g.problem(), text(grid));
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isEqualTo(19.0 / 20);
    assertThat(v.reason()).startsWith(name + " '" + grid[1][2] + "' is given to both house 2 and house 5");
  }

  @Test
  void anAllWrongGridScoresZero() {
    // Every attribute shifted by one house: no cell is right.
    Generated<ZebraProblem> g = generate(4, 0);
    String[][] grid = gold(g);
    int n = grid.length;
    String[][] shifted = new String[n][];
    for (int h = 0; h < n; h++) {
      shifted[(h + 1) % n] = grid[h];
    }
    Verdict v = verifier.verify(g.problem(), text(shifted));
    assertThat(v.score()).isZero();
    assertThat(v.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);
    assertThat(v.reason()).contains("0 of 16 cells");
  }

  @Test
  void unreadableGridsAreInvalidFormatWithTheFirstError() {
    Generated<ZebraProblem> g = generate(5, 5);
    String[] lines = g.answer().split("\n");
    ZebraProblem p = g.problem();
    assertInvalid(p, String.join("\n", List.of(lines).subList(0, 4)), "house 5 is missing");
    assertInvalid(p, g.answer() + "\n" + lines[2], "house 3 is given more than once");
    assertInvalid(p, "The grid:\n" + g.answer(), "line 1 ('The grid:') does not start with 'House'");
    assertInvalid(p, g.answer().replace("House 4:", "House 6:"), "names house 6; the houses are 1 to 5");
    assertInvalid(p, g.answer().replace("House 2:", "House two:"), "no house number");
    assertInvalid(p, g.answer().replace("House 2:", "House 2 -"), "needs a colon");
    assertInvalid(p, lines[0].substring(0, lines[0].lastIndexOf(',')) + "\n" + String.join("\n",
        List.of(lines).subList(1, 5)), "house 1 has 3 values; expected 4");
    assertInvalid(p, g.answer().replace("House 3: ", "House 3: x, "), "house 3 has 5 values; expected 4");
    String bad = lines[0].substring(0, lines[0].indexOf(": ") + 2) + "Zorro" + lines[0].substring(lines[0].indexOf(','));
    assertInvalid(p, bad + "\n" + String.join("\n", List.of(lines).subList(1, 5)),
        "value 1 of house 1 ('Zorro') is not a " + p.attributes().get(0).name());
    // Values in the wrong attribute order are not values of those attributes.
    String[] row = lines[0].substring(lines[0].indexOf(": ") + 2).split(", ");
    String swapped = "House 1: " + row[1] + ", " + row[0] + ", " + row[2] + ", " + row[3];
    assertThat(verifier.verify(p, swapped + "\n" + String.join("\n", List.of(lines).subList(1, 5))).status())
        .isEqualTo(Status.INVALID_FORMAT);
  }

  private void assertInvalid(ZebraProblem p, String response, String reasonPart) {
    Verdict v = verifier.verify(p, response);
    assertThat(v.status()).as(response).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.score()).isZero();
    assertThat(v.reason()).contains(reasonPart);
  }

  @Test
  void hostileResponsesScoreZeroWithoutThrowing() {
    Generated<ZebraProblem> g = generate(4, 0);
    StringBuilder junk = new StringBuilder();
    long x = 7;
    while (junk.length() < 10_000_000) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      junk.append((char) ((x >>> 33) % 0xFFFF));
    }
    List<String> hostile = List.of("", " ", "yes", "0", "A", "True", "none", "UNSAT", "impossible",
        "<answer>", "</answer>", "<answer></answer>", "<answer>" + "<answer>".repeat(1000),
        "\u0000\u0001\u001b[31m", "\uD800\uDC00\uDFFF\uD800", "Answer:", "House", "House 1", "House 1:",
        "House 99999999999999999999: a", "House 1: " + ",".repeat(100_000),
        "<answer>" + g.answer() + "</answer>\n<answer>I am not sure.</answer>",
        "House 1: " + "x".repeat(150_000), junk.toString(), "Answer: " + "\n".repeat(100_000),
        g.answer().replace("\n", " "));
    for (String r : hostile) {
      Verdict v = Verifiers.verify(TASK.id(), g.problem(), r);
      assertThat(v.score()).as(r.length() > 60 ? r.substring(0, 60) : r).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
      assertThat(v.reason()).isNotBlank();
    }
    // Other instances' gold answers, of other sizes: a verdict, never an exception.
    for (int level = 1; level <= 10; level += 3) {
      Verdict v = Verifiers.verify(TASK.id(), g.problem(), generate(level, 9).answer());
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
    }
  }

  @Test
  void malformedProblemsAreBadProblems() {
    Generated<ZebraProblem> g = generate(3, 0);
    ZebraProblem p = g.problem();
    List<ZebraProblem.Clue> clues = new ArrayList<>(p.clues());
    clues.add(new ZebraProblem.Clue("somewhere", List.of(new ZebraProblem.Item(0, 0)), List.of()));
    assertThat(verifier.verify(new ZebraProblem(p.houses(), p.attributes(), clues), g.answer()).status())
        .isEqualTo(Status.BAD_PROBLEM);
    clues.set(clues.size() - 1, new ZebraProblem.Clue("position", List.of(new ZebraProblem.Item(0, 9)), List.of(1)));
    assertThat(verifier.verify(new ZebraProblem(p.houses(), p.attributes(), clues), g.answer()).status())
        .isEqualTo(Status.BAD_PROBLEM);
    clues.set(clues.size() - 1, new ZebraProblem.Clue("position", List.of(new ZebraProblem.Item(0, 0)), List.of(7)));
    assertThat(verifier.verify(new ZebraProblem(p.houses(), p.attributes(), clues), g.answer()).status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(verifier.verify(new ZebraProblem(p.houses() + 1, p.attributes(), p.clues()), g.answer()).status())
        .isEqualTo(Status.BAD_PROBLEM);
    assertThat(Verifiers.verify(TASK.id(), Json.MAPPER.createObjectNode().put("houses", "x"), g.answer()).status())
        .isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void verifierAgreesWithTheOracleOnEveryMutant() {
    Set<String> kinds = new HashSet<>();
    int mutants = 0;
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < (level <= 8 ? 12 : 3); i++) {
        Generated<ZebraProblem> g = generate(level, 100 + i);
        assertThat(oracle.accepts(g.problem(), g.answer())).isTrue();
        for (Mutant mu : oracle.mutants(g.problem(), g.answer(), new Rng(level * 1000L + i))) {
          Verdict v = verifier.verify(g.problem(), mu.response());
          assertThat(v.correct()).as("level %d index %d %s:\n%s\n-> %s", level, i, mu.kind(), mu.response(), v.reason())
              .isEqualTo(mu.valid());
          assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
          kinds.add(mu.kind());
          mutants++;
        }
        for (String form : oracle.equivalentForms(g.problem(), g.answer(), new Rng(i))) {
          assertThat(verifier.verify(g.problem(), form).correct()).as(form).isTrue();
        }
      }
    }
    assertThat(kinds).contains("swap-cells", "swap-houses", "change-value", "rotate-column", "drop-line",
        "duplicate-line", "drop-value", "extra-value", "reversed-values", "house-out-of-range", "unknown-value");
    assertThat(mutants).isGreaterThan(1000);
  }

  @Test
  void problemJsonRoundTripVerifiesTheSame() throws Exception {
    Generated<ZebraProblem> g = generate(7, 0);
    String json = Json.MAPPER.writeValueAsString(g.problem());
    Verdict direct = Verifiers.verify(TASK.id(), g.problem(), g.answer());
    Verdict viaTree = Verifiers.verify(TASK.id(), Json.MAPPER.readTree(json), g.answer());
    assertThat(viaTree).isEqualTo(direct);
    assertThat(direct.correct()).isTrue();
  }
}
