package io.taskforge.logic.zebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ZebraTaskTest {
  private final ZebraTask task = new ZebraTask();

  private Generated<ZebraProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 2024, index)));
  }

  private static int seedsFor(int level) {
    return level <= 6 ? 30 : level <= 8 ? 12 : level == 9 ? 6 : 4;
  }

  /** The gold grid read back from the answer text, by this test's own reading. */
  private static int[][] readGold(ZebraProblem problem, String answer) {
    String[] lines = answer.split("\n");
    assertThat(lines).hasSize(problem.houses());
    int[][] grid = new int[problem.houses()][];
    for (int h = 0; h < lines.length; h++) {
      assertThat(lines[h]).startsWith("House " + (h + 1) + ": ");
      String[] cells = lines[h].substring(lines[h].indexOf(": ") + 2).split(", ");
      assertThat(cells).hasSize(problem.attributes().size());
      grid[h] = new int[cells.length];
      for (int t = 0; t < cells.length; t++) {
        grid[h][t] = problem.attributes().get(t).values().indexOf(cells[t]);
        assertThat(grid[h][t]).as("value %s", cells[t]).isNotNegative();
      }
    }
    return grid;
  }

  @Test
  void goldIsTheOnlySolutionAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < seedsFor(level); i++) {
        Generated<ZebraProblem> g = generate(p, i);
        ZebraProblem problem = g.problem();
        int[][] gold = readGold(problem, g.answer());
        int[][] where = IndependentZebraSolver.where(problem, gold);
        for (ZebraProblem.Clue clue : problem.clues()) {
          assertThat(IndependentZebraSolver.truth(clue, where)).as("level %d index %d clue %s", level, i, clue).isTrue();
        }
        List<int[][]> solutions = new IndependentZebraSolver(problem).solve(2);
        assertThat(solutions).as("level %d index %d", level, i).hasSize(1);
        assertThat(solutions.get(0)).isDeepEqualTo(gold);
        if (IndependentZebraSolver.gridCount(problem.houses(), problem.attributes().size()) <= 20_000) {
          List<int[][]> brute = IndependentZebraSolver.bruteForce(problem, 2);
          assertThat(brute).as("brute force, level %d index %d", level, i).hasSize(1);
          assertThat(brute.get(0)).isDeepEqualTo(gold);
        }
        // The structured solution is the same grid.
        List<List<String>> houses = ((ZebraSolution) g.solution()).houses();
        for (int h = 0; h < gold.length; h++) {
          for (int t = 0; t < gold[h].length; t++) {
            assertThat(houses.get(h).get(t)).isEqualTo(problem.attributes().get(t).values().get(gold[h][t]));
          }
        }
      }
    }
  }

  @Test
  void everyClueIsNeeded() {
    for (int level = 1; level <= 7; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 4; i++) {
        ZebraProblem problem = generate(p, i).problem();
        for (int k = 0; k < problem.clues().size(); k++) {
          List<ZebraProblem.Clue> fewer = new ArrayList<>(problem.clues());
          fewer.remove(k);
          ZebraProblem weaker = new ZebraProblem(problem.houses(), problem.attributes(), fewer);
          assertThat(new IndependentZebraSolver(weaker).solve(2)).as("level %d index %d without clue %d", level, i, k)
              .hasSize(2);
        }
      }
    }
  }

  @Test
  void propagatingSolverCountsLikeBruteForceOnRandomClueSets() {
    Rng rng = new Rng(99);
    for (int round = 0; round < 300; round++) {
      int n = 2 + rng.nextInt(3);
      int m = 2 + rng.nextInt(n == 4 ? 2 : 3);
      List<ZebraProblem.Attribute> attrs = new ArrayList<>();
      for (int t = 0; t < m; t++) {
        List<String> vs = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          vs.add("v" + t + "_" + v);
        }
        attrs.add(new ZebraProblem.Attribute("A" + t, vs));
      }
      List<ZebraProblem.Clue> clues = new ArrayList<>();
      int k = rng.nextInt(1 + n * m / 2);
      for (int c = 0; c < k; c++) {
        ClueKind kind = ClueKind.values()[rng.nextInt(ClueKind.values().length)];
        List<ZebraProblem.Item> items = new ArrayList<>();
        for (int j = 0; j < kind.items(); j++) {
          items.add(new ZebraProblem.Item(rng.nextInt(m), rng.nextInt(n)));
        }
        List<Integer> hs = new ArrayList<>();
        for (int j = 0; j < kind.houses(); j++) {
          hs.add(1 + rng.nextInt(n));
        }
        clues.add(new ZebraProblem.Clue(kind.id(), items, hs));
      }
      ZebraProblem problem = new ZebraProblem(n, attrs, clues);
      int expected = IndependentZebraSolver.bruteForce(problem, 100_000).size();
      ZebraSolver.Result r = ZebraSolver.of(problem).solve(100_000, Long.MAX_VALUE);
      assertThat(r.count()).as("round %d: %s", round, clues).isEqualTo(expected);
      for (int[] s : r.solutions()) {
        int[][] where = new int[m][n];
        for (int v = 0; v < n * m; v++) {
          where[v / n][v % n] = s[v] + 1;
        }
        for (ZebraProblem.Clue clue : clues) {
          assertThat(IndependentZebraSolver.truth(clue, where)).isTrue();
        }
      }
    }
  }

  @Test
  void deliversWhatTheParamsAsk() {
    Set<ClueKind> seen = EnumSet.noneOf(ClueKind.class);
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      ZebraParams zp = ZebraParams.from(p);
      for (int i = 0; i < seedsFor(level); i++) {
        Generated<ZebraProblem> g = generate(p, i);
        ZebraProblem problem = g.problem();
        assertThat(problem.houses()).isEqualTo(zp.houses());
        assertThat(problem.attributes()).hasSize(zp.attributes());
        Set<String> names = new HashSet<>();
        for (ZebraProblem.Attribute a : problem.attributes()) {
          assertThat(names.add(a.name())).isTrue();
          assertThat(a.values()).hasSize(zp.houses()).doesNotHaveDuplicates();
        }
        for (ZebraProblem.Clue clue : problem.clues()) {
          ClueKind kind = ClueKind.byId(clue.kind());
          assertThat(kind).isNotNull();
          assertThat(clue.items()).hasSize(kind.items());
          assertThat(clue.houses()).hasSize(kind.houses());
          if (!zp.disjunctive()) {
            assertThat(kind.disjunctive()).as("level %d", level).isFalse();
          }
          seen.add(kind);
        }
        int n = zp.houses();
        int m = zp.attributes();
        assertThat(g.metrics()).containsEntry("houses", n).containsEntry("attributes", m)
            .containsEntry("cells", n * m).containsEntry("clues", problem.clues().size());
        BigInteger space = factorial(n).pow(m);
        assertThat(g.metrics().get("search-space-log10")).isEqualTo(space.toString().length() - 1);
        assertThat(g.metrics().keySet()).containsAll(task.difficultyMetrics());
        assertThat(((List<?>) g.view().get("clues"))).hasSize(problem.clues().size());
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(ClueKind.values());
    // Level 10 is far beyond exhaustive search.
    assertThat(factorial(8).pow(8)).isGreaterThan(BigInteger.TEN.pow(36));
  }

  private static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) {
      f = f.multiply(BigInteger.valueOf(i));
    }
    return f;
  }

  @Test
  void clueKindsAreFoundByTheirIds() {
    Set<String> ids = new HashSet<>();
    for (ClueKind k : ClueKind.values()) {
      assertThat(ClueKind.byId(k.id())).isSameAs(k);
      assertThat(ids.add(k.id())).isTrue();
    }
    assertThat(ClueKind.byId("left")).isNull();
    assertThat(ClueKind.byId(null)).isNull();
  }

  @Test
  void valuePoolsAreDistinctAndReadable() {
    Set<String> all = new HashSet<>();
    for (Themes.Category c : Themes.ALL) {
      assertThat(c.values()).hasSizeGreaterThanOrEqualTo(10);
      for (String v : c.values()) {
        assertThat(all.add(v.toLowerCase(Locale.ROOT))).as(v).isTrue();
        assertThat(v).doesNotContain(",", ":", "\n").isEqualTo(v.strip()).doesNotEndWith(".");
      }
    }
    assertThat(Themes.ALL.size()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void cluesReadAsDocumented() {
    List<Themes.Category> cats = List.of(Themes.ALL.get(1), Themes.ALL.get(3), Themes.ALL.get(4));
    List<List<String>> values = List.of(List.of("Brit", "Swede"), List.of("cat", "dog"), List.of("tea", "milk"));
    ZebraProblem.Item brit = new ZebraProblem.Item(0, 0);
    ZebraProblem.Item cat = new ZebraProblem.Item(1, 0);
    ZebraProblem.Item milk = new ZebraProblem.Item(2, 1);
    assertThat(ClueText.sentence(new ZebraProblem.Clue("immediately-left", List.of(brit, cat), List.of()), cats, values))
        .isEqualTo("The Brit lives directly to the left of the cat owner.");
    assertThat(ClueText.sentence(new ZebraProblem.Clue("either-same-house", List.of(milk, brit, cat), List.of()), cats, values))
        .isEqualTo("The person who drinks milk is the Brit or the cat owner, or both.");
    assertThat(ClueText.sentence(new ZebraProblem.Clue("either-position", List.of(cat), List.of(1, 3)), cats, values))
        .isEqualTo("The cat owner lives in house 1 or house 3.");
    assertThat(ClueText.sentence(new ZebraProblem.Clue("one-between", List.of(cat, milk), List.of()), cats, values))
        .isEqualTo("There is exactly one house between the cat owner and the person who drinks milk.");
  }

  @Test
  void problemAndSolutionSurviveAJsonRoundTrip() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Generated<ZebraProblem> g = generate(task.level(level), 3);
      String json = Json.MAPPER.writeValueAsString(g.problem());
      ZebraProblem back = Json.MAPPER.readValue(json, ZebraProblem.class);
      assertThat(back).isEqualTo(g.problem());
      assertThat(Json.MAPPER.convertValue(Json.MAPPER.readTree(json), ZebraProblem.class)).isEqualTo(g.problem());
      String sol = Json.MAPPER.writeValueAsString(g.solution());
      assertThat(Json.MAPPER.readValue(sol, ZebraSolution.class)).isEqualTo(g.solution());
    }
  }

  @Test
  void sameStreamSameInstanceAndCanonicalFormIgnoresNames() throws Exception {
    Params p = task.level(6);
    Set<String> forms = new HashSet<>();
    for (int i = 0; i < 30; i++) {
      Generated<ZebraProblem> a = generate(p, i);
      Generated<ZebraProblem> b = generate(p, i);
      assertThat(Json.MAPPER.writeValueAsString(a.problem())).isEqualTo(Json.MAPPER.writeValueAsString(b.problem()));
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.metrics()).isEqualTo(b.metrics());
      assertThat(a.view()).isEqualTo(b.view());
      assertThat(a.canonicalForm()).isEqualTo(b.canonicalForm());
      for (ZebraProblem.Attribute attr : a.problem().attributes()) {
        for (String v : attr.values()) {
          assertThat(a.canonicalForm()).doesNotContain(v);
        }
      }
      forms.add(a.canonicalForm());
    }
    assertThat(forms).hasSize(30);
  }

  @Test
  void theShownValueOrderDoesNotLeakTheSolution() {
    // Over many puzzles, the first listed value lands in every house about equally often.
    Params p = task.level(5);
    int[] firstValueHouse = new int[5];
    for (int i = 0; i < 200; i++) {
      Generated<ZebraProblem> g = generate(p, i);
      int[][] gold = readGold(g.problem(), g.answer());
      for (int h = 0; h < 5; h++) {
        if (gold[h][0] == 0) {
          firstValueHouse[h]++;
        }
      }
    }
    for (int count : firstValueHouse) {
      assertThat(count).isBetween(15, 65);
    }
  }

  @Test
  void levelsAndValidation() {
    assertThat(task.level(5)).isEqualTo(task.schema().defaults());
    assertThat(ZebraParams.from(task.level(1))).isEqualTo(new ZebraParams(2, 2, false));
    assertThat(ZebraParams.from(task.level(10))).isEqualTo(new ZebraParams(8, 8, true));
    assertThatThrownBy(() -> task.resolve(5, Map.of("houses", "11")))
        .isInstanceOf(ParamException.class).hasMessageContaining("houses");
    assertThatThrownBy(() -> task.resolve(5, Map.of("attributes", "1")))
        .isInstanceOf(ParamException.class).hasMessageContaining("attributes");
  }

  @Test
  void explicitParamsBeyondTheLadderWork() {
    for (String[] hm : new String[][] {{"10", "3"}, {"2", "10"}, {"3", "6"}}) {
      Params p = task.resolve(3, Map.of("houses", hm[0], "attributes", hm[1]));
      Generated<ZebraProblem> g = generate(p, 0);
      assertThat(g.problem().houses()).isEqualTo(Integer.parseInt(hm[0]));
      assertThat(g.problem().attributes()).hasSize(Integer.parseInt(hm[1]));
      assertThat(new IndependentZebraSolver(g.problem()).solve(2)).hasSize(1);
    }
  }
}
