package io.taskforge.arithmetic.traceerrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.arithmetic.traceerrors.TraceErrorsSolution.Fault;
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
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TraceErrorsTaskTest {
  private final TraceErrorsTask task = new TraceErrorsTask();

  private Generated<TraceErrorsProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  /**
   * The test's own reading of an instance from its rendered text: the computation's lines and the
   * trace lines, re-computed with BigInteger. For each step: the true operands and result, the
   * written ones, and which earlier steps it uses.
   */
  static final class Reading {
    final List<BigInteger[]> truth = new ArrayList<>();
    final List<BigInteger[]> written = new ArrayList<>();
    final List<int[]> uses = new ArrayList<>();
    final List<String> ops = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Reading(Generated<TraceErrorsProblem> g) {
      String kind = (String) g.view().get("kind");
      List<String> task = (List<String>) g.view().get("task_lines");
      List<String> trace = (List<String>) g.view().get("trace");
      Map<String, BigInteger> values = new HashMap<>();
      Map<String, Integer> stepOf = new HashMap<>();
      List<String[]> defs = new ArrayList<>(); // {left name, op, right name}
      BigInteger running = null;
      for (String line : task) {
        if (kind.equals("chain")) {
          if (line.startsWith("Start with ")) {
            running = new BigInteger(line.substring(11, line.length() - 1));
          } else {
            String body = line.substring(line.indexOf(": ") + 2, line.length() - 1);
            String[] w = body.split(" ");
            String op = w[0].equals("add") ? "+" : w[0].equals("subtract") ? "-" : "*";
            defs.add(new String[] {"prev", op, w[w.length - 1]});
          }
        } else if (line.startsWith("x(n)")) {
          int last = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
          for (int n = 3; n <= last; n++) {
            defs.add(new String[] {"x" + (n - 1), "+", "x" + (n - 2)});
          }
        } else {
          String[] w = line.split(" ");
          if (w.length == 3) {
            values.put(w[0], new BigInteger(w[2]));
          } else {
            defs.add(new String[] {w[2], w[3], w[4]});
          }
        }
      }
      assertThat(defs).hasSize(trace.size());
      for (int k = 1; k <= trace.size(); k++) {
        String line = trace.get(k - 1);
        assertThat(line).startsWith("Step " + k + ": ");
        String[] w = line.substring(line.indexOf(": ") + 2).split(" ");
        String[] d = defs.get(k - 1);
        BigInteger x;
        BigInteger y;
        int[] used;
        String name;
        if (kind.equals("chain")) {
          x = running;
          y = new BigInteger(d[2]);
          used = new int[] {k - 1, 0};
          name = null;
          assertThat(w).hasSize(5);
          assertThat(w[1]).isEqualTo(d[1]);
          written.add(new BigInteger[] {new BigInteger(w[0]), new BigInteger(w[2]), new BigInteger(w[4])});
        } else {
          name = w[0];
          assertThat(w).hasSize(11);
          assertThat(new String[] {w[2], w[3], w[4]}).as(line).containsExactly(d);
          assertThat(w[7]).isEqualTo(d[1]);
          x = values.get(d[0]);
          y = values.get(d[2]);
          used = new int[] {stepOf.getOrDefault(d[0], 0), stepOf.getOrDefault(d[2], 0)};
          written.add(new BigInteger[] {new BigInteger(w[6]), new BigInteger(w[8]), new BigInteger(w[10])});
        }
        BigInteger r = switch (d[1]) {
          case "+" -> x.add(y);
          case "-" -> x.subtract(y);
          default -> x.multiply(y);
        };
        truth.add(new BigInteger[] {x, y, r});
        uses.add(used);
        ops.add(d[1]);
        running = r;
        if (name != null) {
          values.put(name, r);
          stepOf.put(name, k);
        }
      }
    }

    boolean right(int k) {
      BigInteger[] t = truth.get(k - 1);
      BigInteger[] w = written.get(k - 1);
      return t[0].equals(w[0]) && t[1].equals(w[1]) && t[2].equals(w[2]);
    }

    int firstWrong() {
      for (int k = 1; k <= truth.size(); k++) {
        if (!right(k)) {
          return k;
        }
      }
      return 0;
    }
  }

  @Test
  void defaultsAreLevelFiveAndEveryLevelIsValid() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      task.validate(task.level(level));
    }
    assertThatThrownBy(() -> task.resolve(1, Map.of("faults", "4"))).isInstanceOf(ParamException.class)
        .hasMessageContaining("'faults'");
    assertThat(task.schema().find("mode")).isEmpty();
  }

  @Test
  void goldIsTheFirstWrongStepOfAnIndependentRecomputation() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 150; i++) {
        Generated<TraceErrorsProblem> g = make(p, 17, i);
        Reading r = new Reading(g);
        int first = r.firstWrong();
        assertThat(g.answer()).as("level %d index %d", level, i).isEqualTo(first == 0 ? "none" : Integer.toString(first));
        TraceErrorsSolution sol = (TraceErrorsSolution) g.solution();
        for (int k = 1; k <= r.truth.size(); k++) {
          BigInteger[] t = r.truth.get(k - 1);
          String correct = sol.correctTrace().get(k - 1);
          if (!correct.endsWith(t[0] + " " + r.ops.get(k - 1) + " " + t[1] + " = " + t[2])) {
            fail("level %d index %d: correct step %s, expected values %s %s %s", level, i, correct, t[0], t[1], t[2]);
          }
          for (BigInteger[] w : List.of(r.written.get(k - 1), t)) {
            for (BigInteger v : w) {
              if (v.signum() < 0) {
                fail("level %d index %d: a negative number in step %d", level, i, k);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void faultsAreDeliveredAsAskedAndBehaveAsTheirKind() {
    Set<String> seen = new TreeSet<>();
    for (String kinds : List.of("slip", "propagated", "copy", "all")) {
      for (String kind : List.of("chain", "variables", "recurrence")) {
        for (int faults : new int[] {1, 3}) {
          Params p = task.resolve(5, Map.of("fault_kinds", kinds, "kind", kind, "faults", Integer.toString(faults),
              "steps", "9"));
          for (int i = 0; i < 60; i++) {
            Generated<TraceErrorsProblem> g = make(p, 5, i);
            Reading r = new Reading(g);
            List<Fault> fs = ((TraceErrorsSolution) g.solution()).faults();
            String where = kinds + " " + kind + " " + faults + " index " + i;
            if (fs.isEmpty()) {
              assertThat(g.answer()).as(where).isEqualTo("none");
              assertThat(g.metrics()).containsEntry("faults", 0);
              continue;
            }
            assertThat(fs).as(where).hasSize(faults);
            assertThat(fs.stream().map(Fault::step).distinct().count()).isEqualTo(faults);
            int first = fs.stream().mapToInt(Fault::step).min().getAsInt();
            assertThat(g.answer()).as(where).isEqualTo(Integer.toString(first));
            for (Fault f : fs) {
              assertThat(kinds.equals("all") || f.kind().equals(kinds)).as(where).isTrue();
              seen.add(kind + " " + f.kind());
            }
            if (faults == 1) {
              checkSingleFault(r, fs.get(0), where);
            }
          }
        }
      }
    }
    assertThat(seen).hasSize(9);
  }

  /** With one fault, its kind is visible: which numbers of its step are wrong and what later steps use. */
  private static void checkSingleFault(Reading r, Fault f, String where) {
    int k = f.step();
    BigInteger[] t = r.truth.get(k - 1);
    BigInteger[] w = r.written.get(k - 1);
    for (int j = 1; j < k; j++) {
      assertThat(r.right(j)).as(where).isTrue();
    }
    switch (f.kind()) {
      case "slip" -> {
        assertThat(w[0]).isEqualTo(t[0]);
        assertThat(w[1]).isEqualTo(t[1]);
        assertThat(w[2]).as(where).isNotEqualTo(t[2]);
        for (int j = k + 1; j <= r.truth.size(); j++) {
          assertThat(r.right(j)).as("%s: step %d after a slip", where, j).isTrue();
        }
      }
      case "propagated", "copy" -> {
        if (f.kind().equals("propagated")) {
          assertThat(w[0]).isEqualTo(t[0]);
          assertThat(w[1]).isEqualTo(t[1]);
          assertThat(w[2]).as(where).isNotEqualTo(t[2]);
        } else {
          assertThat((w[0].equals(t[0]) ? 0 : 1) + (w[1].equals(t[1]) ? 0 : 1)).as(where).isEqualTo(1);
          String op = r.ops.get(k - 1);
          BigInteger computed = op.equals("+") ? w[0].add(w[1]) : op.equals("-") ? w[0].subtract(w[1]) : w[0].multiply(w[1]);
          assertThat(w[2]).as(where).isEqualTo(computed);
        }
        // every later step that uses step k writes step k's written result for it
        for (int j = k + 1; j <= r.truth.size(); j++) {
          int[] used = r.uses.get(j - 1);
          for (int side = 0; side < 2; side++) {
            if (used[side] == k) {
              assertThat(r.written.get(j - 1)[side]).as("%s: step %d uses step %d", where, j, k).isEqualTo(w[2]);
            }
          }
        }
      }
      default -> fail("unknown fault kind " + f.kind());
    }
  }

  @Test
  void cleanTracesComeAtTheAskedRateAndEveryAnswerOccurs() {
    Params p = task.level(5);
    int clean = 0;
    Set<String> answers = new HashSet<>();
    Set<String> kinds = new HashSet<>();
    int n = 1000;
    for (int i = 0; i < n; i++) {
      Generated<TraceErrorsProblem> g = make(p, 23, i);
      clean += g.answer().equals("none") ? 1 : 0;
      answers.add(g.answer());
      kinds.add(g.problem().kind());
    }
    assertThat(clean).isBetween(150, 250);
    assertThat(answers).containsExactlyInAnyOrder("none", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
    assertThat(kinds).containsExactlyInAnyOrder("chain", "variables", "recurrence");
    Params allClean = task.resolve(5, Map.of("clean_percent", "100"));
    Params noClean = task.resolve(5, Map.of("clean_percent", "0"));
    for (int i = 0; i < 50; i++) {
      assertThat(make(allClean, 1, i).answer()).isEqualTo("none");
      assertThat(make(noClean, 1, i).answer()).isNotEqualTo("none");
    }
  }

  @Test
  void problemRoundTripsThroughJson() {
    for (int level : new int[] {1, 4, 7, 10}) {
      Generated<TraceErrorsProblem> g = make(task.level(level), 8, level);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, TraceErrorsProblem.class)).isEqualTo(g.problem());
      Json.MAPPER.valueToTree(g.solution());
    }
  }

  @Test
  void generationIsDeterministicAndDistinct() {
    Params p = task.level(6);
    Set<String> forms = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      Generated<TraceErrorsProblem> x = make(p, 4, i);
      Generated<TraceErrorsProblem> y = make(p, 4, i);
      assertThat(x.problem()).isEqualTo(y.problem());
      assertThat(x.canonicalForm()).isEqualTo(y.canonicalForm());
      forms.add(x.canonicalForm());
    }
    assertThat(forms).hasSize(40);
  }
}
