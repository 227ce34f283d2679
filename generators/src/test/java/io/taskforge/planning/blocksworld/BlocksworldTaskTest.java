package io.taskforge.planning.blocksworld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlocksworldTaskTest {
  private final BlocksworldTask task = new BlocksworldTask();

  private Generated<BlocksworldProblem> generate(Params params, long index) {
    return task.generate(params, new Rng(Seeds.instanceSeed(task.id(), task.version(), params, 42, index)));
  }

  private static int metric(Generated<?> g, String name) {
    return ((Number) g.metrics().get(name)).intValue();
  }

  @Test
  void levelFiveIsTheDefaultAndTheLadderGrows() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int previous = 0;
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      int blocks = task.level(level).getInt("blocks");
      assertThat(blocks).isGreaterThan(previous).isBetween(3, 20);
      previous = blocks;
    }
    assertThatThrownBy(() -> task.resolve(5, Map.of("blocks", "21")))
        .isInstanceOf(ParamException.class).hasMessageContaining("blocks");
  }

  @Test
  void goldPlansReachTheGoalInAnIndependentSimulatorAtEveryLevel() {
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      int n = params.getInt("blocks");
      for (int i = 0; i < 60; i++) {
        Generated<BlocksworldProblem> g = generate(params, i);
        BlocksworldProblem p = g.problem();
        assertThat(p.blocks()).isEqualTo(BlocksworldTask.names(n));
        assertPartition(p.initial(), p.blocks());
        assertPartition(p.goal(), p.blocks());
        ReferenceBlocksworld.State start = ReferenceBlocksworld.state(p.initial());
        ReferenceBlocksworld.State goal = ReferenceBlocksworld.state(p.goal());
        assertThat(ReferenceBlocksworld.isGoal(start, goal)).as("goal already holds").isFalse();

        ReferenceBlocksworld.State end = ReferenceBlocksworld.replay(start, g.answer());
        assertThat(ReferenceBlocksworld.isGoal(end, goal)).as("level %s index %s", level, i).isTrue();

        List<String> lines = List.of(g.answer().split("\n"));
        BlocksworldSolution solution = (BlocksworldSolution) g.solution();
        assertThat(solution.plan()).isEqualTo(lines);
        assertThat(metric(g, "blocks")).isEqualTo(n);
        assertThat(metric(g, "plan_length")).isEqualTo(lines.size());
        assertThat(metric(g, "misplaced")).isEqualTo(ReferenceBlocksworld.misplaced(start, goal));
        assertThat(metric(g, "lower_bound"))
            .isGreaterThanOrEqualTo(2 * metric(g, "misplaced"))
            .isLessThanOrEqualTo(lines.size());
        boolean optimal = (Boolean) g.metrics().get("optimal_proven");
        assertThat(solution.optimal()).isEqualTo(optimal);
        assertThat(solution.cost()).isEqualTo(lines.size());
        assertThat(optimal).isEqualTo(metric(g, "lower_bound") == lines.size());
        assertThat(metric(g, optimal ? "optimal_length" : "best_known_length")).isEqualTo(lines.size());
        assertThat(g.metrics()).doesNotContainKey(optimal ? "best_known_length" : "optimal_length");
        assertThat(p.referenceLength()).isEqualTo(lines.size());
        assertThat(p.referenceOptimal()).isEqualTo(optimal);
      }
    }
  }

  @Test
  void goldPlansAreOptimalAccordingToBreadthFirstSearch() {
    for (int n = 3; n <= 7; n++) {
      Params params = task.resolve(5, Map.of("blocks", String.valueOf(n)));
      for (int i = 0; i < (n <= 6 ? 150 : 12); i++) {
        Generated<BlocksworldProblem> g = generate(params, i);
        int optimum = ReferenceBlocksworld.optimalLength(
            ReferenceBlocksworld.state(g.problem().initial()), ReferenceBlocksworld.state(g.problem().goal()));
        assertThat(g.metrics().get("optimal_proven")).isEqualTo(true);
        assertThat(metric(g, "plan_length")).as("n=%s index %s", n, i).isEqualTo(optimum);
      }
    }
  }

  @Test
  void withoutSearchTheBoundIsAdmissibleAndTheHeuristicPlanIsValid() {
    int nonOptimal = 0;
    for (int n = 4; n <= 6; n++) {
      Params params = task.resolve(5, Map.of("blocks", String.valueOf(n), "search_limit", "0"));
      for (int i = 0; i < 150; i++) {
        Generated<BlocksworldProblem> g = generate(params, i);
        ReferenceBlocksworld.State start = ReferenceBlocksworld.state(g.problem().initial());
        ReferenceBlocksworld.State goal = ReferenceBlocksworld.state(g.problem().goal());
        int optimum = ReferenceBlocksworld.optimalLength(start, goal);
        assertThat(ReferenceBlocksworld.isGoal(ReferenceBlocksworld.replay(start, g.answer()), goal)).isTrue();
        assertThat(metric(g, "lower_bound")).as("n=%s index %s", n, i).isLessThanOrEqualTo(optimum);
        assertThat(metric(g, "plan_length")).isGreaterThanOrEqualTo(optimum);
        assertThat(metric(g, "expansions")).isZero();
        if ((Boolean) g.metrics().get("optimal_proven")) {
          assertThat(metric(g, "plan_length")).isEqualTo(optimum);
        } else {
          nonOptimal++;
        }
      }
    }
    assertThat(nonOptimal).as("the heuristic plan is sometimes not proven optimal").isPositive();
  }

  @Test
  void generationIsDeterministic() {
    Params params = task.level(7);
    for (int i = 0; i < 20; i++) {
      Generated<BlocksworldProblem> a = generate(params, i);
      Generated<BlocksworldProblem> b = generate(params, i);
      assertThat(b.problem()).isEqualTo(a.problem());
      assertThat(b.answer()).isEqualTo(a.answer());
      assertThat(b.metrics()).isEqualTo(a.metrics());
      assertThat(b.view()).isEqualTo(a.view());
      assertThat(b.canonicalForm()).isEqualTo(a.canonicalForm());
    }
  }

  @Test
  void problemRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Generated<BlocksworldProblem> g = generate(task.level(level), 3);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, BlocksworldProblem.class)).isEqualTo(g.problem());
      String text = Json.MAPPER.writeValueAsString(g.problem());
      assertThat(Json.MAPPER.readValue(text, BlocksworldProblem.class)).isEqualTo(g.problem());
      JsonNode solution = Json.MAPPER.valueToTree(g.solution());
      assertThat(Json.MAPPER.convertValue(solution, BlocksworldSolution.class)).isEqualTo(g.solution());
    }
  }

  @Test
  void viewDescribesBothConfigurations() {
    Generated<BlocksworldProblem> g = generate(task.level(3), 0);
    String initial = (String) g.view().get("initial_text");
    for (List<String> tower : g.problem().initial()) {
      assertThat(initial).contains(tower.get(0) + " is on the table.");
      for (int k = 1; k < tower.size(); k++) {
        assertThat(initial).contains(tower.get(k) + " is on " + tower.get(k - 1) + ".");
      }
    }
    assertThat(initial).endsWith("The hand is empty.");
    assertThat((List<?>) g.view().get("goal_towers")).hasSize(g.problem().goal().size());
    assertThat((String) g.view().get("goal_compact")).startsWith("[");
  }

  @Test
  void difficultyMetricsRiseWithTheLevel() {
    Map<String, Integer> previous = new HashMap<>();
    Map<String, Integer> first = new HashMap<>();
    for (int level = Task.MIN_LEVEL; level <= Task.MAX_LEVEL; level++) {
      Params params = task.level(level);
      for (String m : task.difficultyMetrics()) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < 41; i++) {
          values.add(metric(generate(params, i), m));
        }
        Collections.sort(values);
        int median = values.get(values.size() / 2);
        assertThat(median).as("%s at level %s", m, level).isGreaterThanOrEqualTo(previous.getOrDefault(m, 0));
        previous.put(m, median);
        first.putIfAbsent(m, median);
      }
    }
    for (String m : task.difficultyMetrics()) {
      assertThat(previous.get(m)).isGreaterThan(first.get(m));
    }
  }

  // --- the configuration sampler -------------------------------------------------------------

  @Test
  void configurationCountsMatchBruteForceEnumeration() {
    long[] expected = {1, 3, 13, 73, 501, 4051};
    for (int n = 1; n <= 6; n++) {
      assertThat(ReferenceBlocksworld.allConfigurations(n)).hasSize((int) expected[n - 1]);
      assertThat(BlockConfigurations.count(n).longValueExact()).isEqualTo(expected[n - 1]);
    }
    // Up to 20 blocks, against the recurrence a(n) = (2n-1) a(n-1) - (n-1)(n-2) a(n-2) (OEIS A000262).
    BigInteger previous = BigInteger.ONE;
    BigInteger current = BigInteger.ONE;
    for (int n = 2; n <= 20; n++) {
      BigInteger next = BigInteger.valueOf(2L * n - 1).multiply(current)
          .subtract(BigInteger.valueOf((long) (n - 1) * (n - 2)).multiply(previous));
      previous = current;
      current = next;
      assertThat(BlockConfigurations.count(n)).as("n=%s", n).isEqualTo(current);
    }
    assertThat(BlockConfigurations.count(20)).isEqualTo(new BigInteger("327697927886085654441"));
    assertThat(BlockConfigurations.lah(4, 2).longValueExact()).isEqualTo(36);
  }

  @Test
  void samplerIsUniformOverAllThirteenConfigurationsOfThreeBlocks() {
    assertThat(chiSquare(3, 13 * 1000, BlockConfigurations::sample)).isLessThan(12 + 6 * Math.sqrt(24));
  }

  @Test
  void samplerIsUniformOverAllSeventyThreeConfigurationsOfFourBlocks() {
    assertThat(chiSquare(4, 73 * 400, BlockConfigurations::sample)).isLessThan(72 + 6 * Math.sqrt(144));
  }

  @Test
  void theUniformityCheckRejectsANaiveSampler() {
    // Choosing the number of towers uniformly (instead of by Lah weight) is visibly biased.
    Sampler naive = (n, rng) -> {
      int k = rng.between(1, n);
      int[] perm = rng.permutation(n);
      List<Integer> gaps = new ArrayList<>();
      for (int g = 1; g < n; g++) {
        gaps.add(g);
      }
      rng.shuffle(gaps);
      Set<Integer> cuts = new HashSet<>(gaps.subList(0, k - 1));
      int[] below = new int[n];
      for (int pos = 0; pos < n; pos++) {
        below[perm[pos]] = pos == 0 || cuts.contains(pos) ? -1 : perm[pos - 1];
      }
      return below;
    };
    assertThat(chiSquare(4, 73 * 400, naive)).isGreaterThan(72 + 6 * Math.sqrt(144));
  }

  interface Sampler {
    int[] sample(int n, Rng rng);
  }

  private static double chiSquare(int n, int samples, Sampler sampler) {
    Map<String, Integer> counts = new HashMap<>();
    for (int[] c : ReferenceBlocksworld.allConfigurations(n)) {
      counts.put(Arrays.toString(c), 0);
    }
    Rng rng = new Rng(20240611L);
    for (int i = 0; i < samples; i++) {
      String key = Arrays.toString(sampler.sample(n, rng));
      assertThat(counts).as("sampled configuration %s is valid", key).containsKey(key);
      counts.merge(key, 1, Integer::sum);
    }
    double expected = (double) samples / counts.size();
    double chi = 0;
    for (int c : counts.values()) {
      assertThat(c).isPositive();
      chi += (c - expected) * (c - expected) / expected;
    }
    return chi;
  }

  // --- canonical form ------------------------------------------------------------------------

  @Test
  void renamingBlocksAndReorderingTowersKeepsTheCanonicalForm() {
    for (int level : new int[] {2, 5, 8, 10}) {
      Params params = task.level(level);
      for (int i = 0; i < 30; i++) {
        Generated<BlocksworldProblem> g = generate(params, i);
        Rng rng = new Rng(i);
        List<String> renamed = new ArrayList<>(g.problem().blocks());
        rng.shuffle(renamed);
        Map<String, String> rename = new HashMap<>();
        for (int k = 0; k < renamed.size(); k++) {
          rename.put(g.problem().blocks().get(k), renamed.get(k));
        }
        BlocksworldProblem copy = BlocksworldProblem.standard(
            g.problem().blocks(), rename(g.problem().initial(), rename, rng), rename(g.problem().goal(), rename, rng), 0);
        assertThat("ops=4;obfuscated=false;" + BlocksworldCanonical.of(copy)).isEqualTo(g.canonicalForm());
        assertThat("ops=4;obfuscated=false;" + BlocksworldCanonical.of(g.problem())).isEqualTo(g.canonicalForm());
      }
    }
  }

  private static List<List<String>> rename(List<List<String>> towers, Map<String, String> rename, Rng rng) {
    List<List<String>> out = new ArrayList<>();
    for (List<String> tower : towers) {
      out.add(tower.stream().map(rename::get).toList());
    }
    rng.shuffle(out);
    return out;
  }

  @Test
  void canonicalFormsCollideExactlyForIsomorphicProblems() {
    for (int n = 3; n <= 4; n++) {
      List<int[]> all = ReferenceBlocksworld.allConfigurations(n);
      List<int[]> perms = permutations(n);
      // Brute-force isomorphism classes: the smallest relabelled (initial, goal) text over all renamings.
      Map<String, String> canonicalOfClass = new HashMap<>();
      Set<String> forms = new HashSet<>();
      for (int[] initial : all) {
        for (int[] goal : all) {
          if (Arrays.equals(initial, goal)) {
            continue;
          }
          String smallest = null;
          for (int[] perm : perms) {
            String s = Arrays.toString(relabel(initial, perm)) + Arrays.toString(relabel(goal, perm));
            if (smallest == null || s.compareTo(smallest) < 0) {
              smallest = s;
            }
          }
          String form = BlocksworldCanonical.of(initial, goal);
          String previous = canonicalOfClass.putIfAbsent(smallest, form);
          assertThat(form).isEqualTo(previous == null ? form : previous);
          forms.add(form);
        }
      }
      assertThat(forms).hasSameSizeAs(canonicalOfClass.keySet());
    }
  }

  private static int[] relabel(int[] below, int[] perm) {
    int[] out = new int[below.length];
    for (int b = 0; b < below.length; b++) {
      out[perm[b]] = below[b] < 0 ? -1 : perm[below[b]];
    }
    return out;
  }

  private static List<int[]> permutations(int n) {
    List<int[]> out = new ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out;
  }

  private static void permute(int[] p, boolean[] used, int i, List<int[]> out) {
    if (i == p.length) {
      out.add(p.clone());
      return;
    }
    for (int v = 0; v < p.length; v++) {
      if (!used[v]) {
        used[v] = true;
        p[i] = v;
        permute(p, used, i + 1, out);
        used[v] = false;
      }
    }
  }

  private static void assertPartition(List<List<String>> towers, List<String> blocks) {
    List<String> seen = new ArrayList<>();
    for (List<String> tower : towers) {
      assertThat(tower).isNotEmpty();
      seen.addAll(tower);
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(blocks);
  }
}
