package io.taskforge.arithmetic.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DagTaskTest {
  private final DagTask task = new DagTask();

  private Generated<DagProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  private Params trace(int level) {
    return task.resolve(level, Map.of("mode", "trace"));
  }

  /**
   * The test's own reading of a graph, from the rendered equation lines ("C = A + B", "A = 7"):
   * definitions by name, values by memoized recursion over BigInteger.
   */
  static final class Graph {
    final Map<String, String[]> defs = new HashMap<>();
    final List<String> order = new ArrayList<>();
    final Map<String, BigInteger> memo = new HashMap<>();

    Graph(List<String> equations) {
      for (String eq : equations) {
        String[] t = eq.split(" ");
        assertThat(t.length).as(eq).isIn(3, 5);
        assertThat(t[1]).isEqualTo("=");
        assertThat(defs.put(t[0], t)).as("duplicate name in %s", eq).isNull();
        order.add(t[0]);
      }
    }

    boolean isOp(String name) {
      return defs.get(name).length == 5;
    }

    BigInteger value(String name) {
      BigInteger v = memo.get(name);
      if (v != null) {
        return v;
      }
      String[] t = defs.get(name);
      assertThat(t).as("node %s", name).isNotNull();
      if (t.length == 3) {
        v = new BigInteger(t[2]);
      } else {
        BigInteger x = value(t[2]);
        BigInteger y = value(t[4]);
        v = switch (t[3]) {
          case "+" -> x.add(y);
          case "-" -> x.subtract(y);
          case "*" -> x.multiply(y);
          default -> throw new AssertionError(t[3]);
        };
      }
      memo.put(name, v);
      return v;
    }

    /** Names the node depends on (itself included). */
    Set<String> needed(String name) {
      Set<String> seen = new HashSet<>();
      List<String> pending = new ArrayList<>(List.of(name));
      while (!pending.isEmpty()) {
        String n = pending.remove(pending.size() - 1);
        if (seen.add(n) && isOp(n)) {
          pending.add(defs.get(n)[2]);
          pending.add(defs.get(n)[4]);
        }
      }
      return seen;
    }

    /** Longest distance (in operations) from each needed node up to the target. */
    Map<String, Integer> layers(String target) {
      Map<String, Integer> layer = new HashMap<>();
      // relax along the reversed topological order of the needed operations
      List<String> ops = new ArrayList<>();
      for (String n : needed(target)) {
        if (isOp(n)) {
          ops.add(n);
        }
      }
      layer.put(target, 0);
      boolean changed = true;
      while (changed) {
        changed = false;
        for (String n : ops) {
          Integer l = layer.get(n);
          if (l == null) {
            continue;
          }
          for (String c : new String[] {defs.get(n)[2], defs.get(n)[4]}) {
            if (isOp(c) && layer.getOrDefault(c, -1) < l + 1) {
              layer.put(c, l + 1);
              changed = true;
            }
          }
        }
      }
      return layer;
    }

    final Map<String, Integer> heights = new HashMap<>();

    int height(String n) {
      if (!isOp(n)) {
        return 0;
      }
      Integer h = heights.get(n);
      if (h == null) {
        h = 1 + Math.max(height(defs.get(n)[2]), height(defs.get(n)[4]));
        heights.put(n, h);
      }
      return h;
    }
  }

  @SuppressWarnings("unchecked")
  private static Graph graph(Generated<DagProblem> g) {
    return new Graph((List<String>) g.view().get("equations"));
  }

  @Test
  void defaultsAreLevelFiveAndEveryLevelIsValid() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      task.validate(task.level(level));
      task.validate(trace(level));
    }
    assertThatThrownBy(() -> task.resolve(5, Map.of("depth", "2", "width", "3")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'width'");
    assertThatThrownBy(() -> task.resolve(1, Map.of("links", "2")))
        .isInstanceOf(ParamException.class).hasMessageContaining("'links'");
  }

  @Test
  void goldAnswerAndGoldTraceMatchAnIndependentEvaluationAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = trace(level);
      for (int i = 0; i < 100; i++) {
        Generated<DagProblem> g = make(p, 17, i);
        Graph graph = graph(g);
        String target = g.problem().target();
        BigInteger want = graph.value(target);
        DagSolution sol = (DagSolution) g.solution();
        assertThat(sol.result()).isEqualTo(want.toString());
        // every trace line recomputed, every operand known before use, exactly the needed operations
        Set<String> done = new HashSet<>();
        for (String line : sol.trace()) {
          String[] t = line.split(" ");
          String[] def = graph.defs.get(t[0]);
          if (t.length != 7 || def == null || !def[2].equals(t[2]) || !def[3].equals(t[3]) || !def[4].equals(t[4])) {
            fail("line %s is not its node's definition %s", line, def == null ? null : String.join(" ", def));
          }
          for (String operand : new String[] {t[2], t[4]}) {
            if (graph.isOp(operand) && !done.contains(operand)) {
              fail("%s uses %s before it is computed", line, operand);
            }
          }
          if (!new BigInteger(t[6]).equals(graph.value(t[0]))) {
            fail("line %s: the value is %s", line, graph.value(t[0]));
          }
          if (!done.add(t[0])) {
            fail("computed twice: %s", line);
          }
        }
        Set<String> neededOps = new HashSet<>();
        for (String n : graph.needed(target)) {
          if (graph.isOp(n)) {
            neededOps.add(n);
          }
        }
        assertThat(done).isEqualTo(neededOps);
        assertThat(g.answer()).isEqualTo(String.join("\n", sol.trace()) + "\nResult: " + want);
        Generated<DagProblem> fin = make(task.level(level), 17, i);
        assertThat(fin.answer()).isEqualTo(graph(fin).value(fin.problem().target()).toString());
      }
    }
  }

  @Test
  void deliversExactlyWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      int depth = p.getInt("depth");
      int width = p.getInt("width");
      int digits = p.getInt("digits");
      BigInteger bound = BigInteger.TEN.pow(2 * digits);
      BigInteger leafBound = BigInteger.TEN.pow(digits);
      for (int i = 0; i < 150; i++) {
        Generated<DagProblem> g = make(p, 11, i);
        Graph graph = graph(g);
        String target = g.problem().target();
        String where = "level " + level + " index " + i;
        assertThat(graph.height(target)).as(where).isEqualTo(depth);
        Map<String, Integer> layers = graph.layers(target);
        int[] perLayer = new int[depth];
        layers.values().forEach(l -> perLayer[l]++);
        for (int j = 0; j < depth; j++) {
          assertThat(perLayer[j]).as("%s layer %d", where, j).isEqualTo((int) Math.min(width, 1L << j));
        }
        Set<String> needed = graph.needed(target);
        int ops = layers.size();
        assertThat(2 * ops - (needed.size() - 1)).as("%s links", where).isEqualTo(p.getInt("links"));
        assertThat(graph.order.size() - needed.size()).as("%s distractors", where).isEqualTo(p.getInt("distractors"));
        List<String> order = graph.order;
        Map<String, Integer> position = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
          position.put(order.get(k), k);
        }
        for (String n : order) {
          BigInteger v = graph.value(n);
          if (v.signum() < 0 || v.compareTo(bound) >= 0 || (v.signum() == 0 && needed.contains(n))) {
            fail("%s: %s = %s is out of range", where, n, v);
          }
          if (!graph.isOp(n)) {
            if (v.signum() <= 0 || v.compareTo(leafBound) >= 0) {
              fail("%s: given value %s = %s is out of range", where, n, v);
            }
            continue;
          }
          String[] t = graph.defs.get(n);
          if (!p.getBool("multiply") && t[3].equals("*")) {
            fail("%s: %s multiplies", where, n);
          }
          int self = position.get(n);
          boolean before = position.get(t[2]) < self && position.get(t[4]) < self;
          boolean after = position.get(t[2]) > self && position.get(t[4]) > self;
          if ((p.getString("order").equals("topological") && !before) || (p.getString("order").equals("reversed") && !after)) {
            fail("%s: %s is out of %s order", where, n, p.getString("order"));
          }
        }
        assertThat(g.metrics()).containsEntry("depth", depth).containsEntry("width", width)
            .containsEntry("needed_ops", ops).containsEntry("nodes", order.size())
            .containsEntry("distractors", p.getInt("distractors")).containsEntry("links", p.getInt("links"));
      }
    }
  }

  @Test
  void namesAreUniqueLettersWithoutX() {
    for (int level : new int[] {1, 5, 10}) {
      Generated<DagProblem> g = make(task.level(level), 3, 0);
      Set<String> names = new HashSet<>();
      for (DagNode n : g.problem().nodes()) {
        assertThat(n.name()).matches("[A-WYZ]{1,2}");
        assertThat(names.add(n.name())).isTrue();
      }
    }
  }

  @Test
  void usesEveryOperationAndOrder() {
    Set<String> ops = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      for (DagNode n : make(task.level(6), 5, i).problem().nodes()) {
        ops.add(n.op());
      }
    }
    assertThat(ops).containsExactlyInAnyOrder("value", "+", "-", "*");
  }

  @Test
  void problemRoundTripsThroughJson() {
    for (int level : new int[] {1, 4, 7, 10}) {
      for (Params p : List.of(task.level(level), trace(level))) {
        Generated<DagProblem> g = make(p, 8, level);
        JsonNode tree = Json.MAPPER.valueToTree(g.problem());
        assertThat(Json.MAPPER.convertValue(tree, DagProblem.class)).isEqualTo(g.problem());
        assertThat(tree.get("nodes").get(0).get("value").isTextual()).isTrue();
        Json.MAPPER.valueToTree(g.solution());
      }
    }
  }

  @Test
  void canonicalFormIgnoresNamesAndOrderButNotStructure() {
    Params topo = task.resolve(5, Map.of("order", "topological"));
    Params rev = task.resolve(5, Map.of("order", "random"));
    // same stream, different description order and so different names: same canonical form
    Generated<DagProblem> a = task.generate(topo, new Rng(99));
    Generated<DagProblem> b = task.generate(rev, new Rng(99));
    assertThat(a.canonicalForm()).isEqualTo(b.canonicalForm());
    Set<String> forms = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      forms.add(make(task.level(5), 1, i).canonicalForm());
    }
    assertThat(forms).hasSizeGreaterThan(95);
  }

  @Test
  void generationIsDeterministic() {
    Params p = trace(7);
    for (int i = 0; i < 20; i++) {
      Generated<DagProblem> x = make(p, 4, i);
      Generated<DagProblem> y = make(p, 4, i);
      assertThat(x.problem()).isEqualTo(y.problem());
      assertThat(x.answer()).isEqualTo(y.answer());
      assertThat(x.metrics()).isEqualTo(y.metrics());
    }
  }
}
