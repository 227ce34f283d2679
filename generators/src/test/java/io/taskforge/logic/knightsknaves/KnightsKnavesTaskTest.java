package io.taskforge.logic.knightsknaves;

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
import io.taskforge.logic.formula.Formula;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnightsKnavesTaskTest {
  private final KnightsKnavesTask task = new KnightsKnavesTask();

  private Generated<KnightsKnavesProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 2024, index)));
  }

  private static int seedsFor(int level) {
    return level <= 8 ? 60 : 20;
  }

  @Test
  void goldAnswerIsTheOnlyConsistentAssignmentAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < seedsFor(level); i++) {
        Generated<KnightsKnavesProblem> g = generate(p, i);
        KnightsKnavesProblem problem = g.problem();
        boolean[] gold = IndependentChecker.readAnswer(g.answer(), problem.people());
        List<boolean[]> solutions = IndependentChecker.solutions(problem, 2);
        assertThat(solutions).as("level %d index %d: %s", level, i, g.canonicalForm()).hasSize(1);
        assertThat(solutions.get(0)).as("level %d index %d", level, i).isEqualTo(gold);
        // The structured solution says the same.
        for (int k = 0; k < gold.length; k++) {
          assertThat(((Map<?, ?>) g.solution()).get(problem.people().get(k))).isEqualTo(gold[k] ? "knight" : "knave");
        }
      }
    }
  }

  @Test
  void statementLinesReadBackAsExactlyTheirFormulas() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 20; i++) {
        Generated<KnightsKnavesProblem> g = generate(p, i);
        List<?> lines = (List<?>) g.view().get("statements");
        assertThat(lines).hasSize(g.problem().statements().size());
        for (int s = 0; s < lines.size(); s++) {
          KnightsKnavesProblem.Statement read = IndependentChecker.readLine((String) lines.get(s), g.problem().people());
          assertThat(read).isEqualTo(g.problem().statements().get(s));
        }
      }
    }
  }

  @Test
  void rendersTheDocumentedEnglishForms() {
    List<String> people = List.of("Alice", "Bob", "Carol", "Dave");
    Formula f = Formula.and(Formula.is(1, false), Formula.or(Formula.is(2, true), Formula.is(3, false)));
    assertThat(StatementText.line(0, f, people))
        .isEqualTo("Alice says: \"Bob is a knave and (Carol is a knight or Dave is a knave).\"");
    assertThat(StatementText.line(1, Formula.implies(Formula.is(1, true), Formula.not(Formula.iff(Formula.is(0, true), Formula.is(2, false)))), people))
        .isEqualTo("Bob says: \"If I am a knight then (it is not the case that (Alice is a knight if and only if Carol is a knave)).\"");
    assertThat(StatementText.line(2, Formula.not(Formula.or(Formula.is(2, false), Formula.is(0, true))), people))
        .isEqualTo("Carol says: \"It is not the case that (I am a knave or Alice is a knight).\"");
    assertThat(StatementText.line(0, Formula.and(Formula.implies(Formula.is(1, true), Formula.is(2, true)), Formula.is(3, true)), people))
        .isEqualTo("Alice says: \"(If Bob is a knight then Carol is a knight) and Dave is a knight.\"");
  }

  @Test
  void deliversWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      KnightsKnavesParams kp = KnightsKnavesParams.from(p);
      for (int i = 0; i < 30; i++) {
        Generated<KnightsKnavesProblem> g = generate(p, i);
        KnightsKnavesProblem problem = g.problem();
        assertThat(problem.people()).hasSize(kp.people()).doesNotHaveDuplicates();
        assertThat(problem.people()).allSatisfy(n -> assertThat(Names.POOL).contains(n));
        assertThat(problem.statements()).hasSize(kp.people());
        int maxDepth = 0;
        int maxWidth = 0;
        for (int s = 0; s < problem.statements().size(); s++) {
          KnightsKnavesProblem.Statement st = problem.statements().get(s);
          assertThat(st.speaker()).isEqualTo(s);
          assertThat(st.claim().depth()).isBetween(kp.minDepth(), kp.depth());
          if (!kp.selfReference()) {
            assertThat(st.claim().vars() & (1L << s)).isZero();
          }
          maxDepth = Math.max(maxDepth, st.claim().depth());
          maxWidth = Math.max(maxWidth, widest(st.claim()));
        }
        assertThat(maxDepth).isEqualTo(kp.depth()).isEqualTo(g.metrics().get("max-depth"));
        assertThat(maxWidth).isEqualTo(kp.width()).isEqualTo(g.metrics().get("max-width"));
        assertThat(g.metrics().get("people")).isEqualTo(kp.people());
        assertThat(g.metrics().keySet()).containsAll(task.difficultyMetrics());
      }
    }
  }

  private static int widest(Formula f) {
    if (f instanceof Formula.And and) {
      return Math.max(and.operands().size(), and.operands().stream().mapToInt(KnightsKnavesTaskTest::widest).max().orElse(0));
    }
    if (f instanceof Formula.Or or) {
      return Math.max(or.operands().size(), or.operands().stream().mapToInt(KnightsKnavesTaskTest::widest).max().orElse(0));
    }
    if (f instanceof Formula.Not not) {
      return widest(not.operand());
    }
    if (f instanceof Formula.Iff iff) {
      return Math.max(widest(iff.left()), widest(iff.right()));
    }
    if (f instanceof Formula.Implies imp) {
      return Math.max(widest(imp.antecedent()), widest(imp.consequent()));
    }
    return 0;
  }

  @Test
  void everyStatementIsInformativeAndMentionsOnlyPeopleItDependsOn() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 10; i++) {
        KnightsKnavesProblem problem = generate(p, i).problem();
        int n = problem.people().size();
        for (KnightsKnavesProblem.Statement st : problem.statements()) {
          boolean sawTrue = false;
          boolean sawFalse = false;
          boolean informative = false;
          long dependsOn = 0;
          for (int a = 0; a < (1 << n); a++) {
            boolean[] k = bits(a, n);
            boolean v = IndependentChecker.truth(st.claim(), k);
            sawTrue |= v;
            sawFalse |= !v;
            informative |= v != k[st.speaker()];
            for (int x = 0; x < n; x++) {
              k[x] = !k[x];
              if (IndependentChecker.truth(st.claim(), k) != v) {
                dependsOn |= 1L << x;
              }
              k[x] = !k[x];
            }
          }
          assertThat(sawTrue && sawFalse && informative).as("statement %s", st).isTrue();
          assertThat(dependsOn).as("statement %s", st).isEqualTo(st.claim().vars());
        }
      }
    }
  }

  private static boolean[] bits(int a, int n) {
    boolean[] k = new boolean[n];
    for (int i = 0; i < n; i++) {
      k[i] = ((a >> i) & 1) == 1;
    }
    return k;
  }

  @Test
  void sameStreamSameInstanceAndSeedsDiffer() throws Exception {
    Params p = task.level(6);
    Set<String> forms = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      Generated<KnightsKnavesProblem> a = generate(p, i);
      Generated<KnightsKnavesProblem> b = generate(p, i);
      assertThat(Json.MAPPER.writeValueAsString(a.problem())).isEqualTo(Json.MAPPER.writeValueAsString(b.problem()));
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.canonicalForm()).isEqualTo(b.canonicalForm());
      assertThat(a.metrics()).isEqualTo(b.metrics());
      assertThat(a.view()).isEqualTo(b.view());
      forms.add(a.canonicalForm());
    }
    assertThat(forms).hasSize(50);
  }

  @Test
  void canonicalFormUsesIndicesNotNames() {
    Generated<KnightsKnavesProblem> g = generate(task.level(5), 3);
    for (String name : g.problem().people()) {
      assertThat(g.canonicalForm()).doesNotContain(name);
    }
    assertThat(g.canonicalForm()).startsWith("people=6;0:");
  }

  @Test
  void problemRoundTripsThroughJson() throws Exception {
    for (int level : new int[] {1, 5, 10}) {
      Generated<KnightsKnavesProblem> g = generate(task.level(level), 7);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(tree.toString()).contains("\"op\":\"");
      KnightsKnavesProblem back = Json.MAPPER.convertValue(tree, KnightsKnavesProblem.class);
      assertThat(back).isEqualTo(g.problem());
      String text = Json.MAPPER.writeValueAsString(g.problem());
      assertThat(Json.MAPPER.readValue(text, KnightsKnavesProblem.class)).isEqualTo(g.problem());
      assertThat(Json.MAPPER.writeValueAsString(g.solution())).startsWith("{\"" + g.problem().people().get(0) + "\":");
    }
  }

  @Test
  void schemaDefaultsAreLevelFiveAndLevelsValidate() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      task.validate(p);
      assertThat(task.levelOverrides(level)).doesNotContainKey("self-reference");
    }
    KnightsKnavesParams top = KnightsKnavesParams.from(task.level(10));
    assertThat(top).isEqualTo(new KnightsKnavesParams(12, 4, 2, 3, true));
    assertThat(KnightsKnavesParams.from(task.level(1))).isEqualTo(new KnightsKnavesParams(2, 1, 0, 2, true));
  }

  @Test
  void crossParamRulesNameTheParams() {
    assertThatThrownBy(() -> task.resolve(5, Map.of("min-depth", "3")))
        .isInstanceOf(ParamException.class).hasMessageContaining("min-depth").hasMessageContaining("depth");
    assertThatThrownBy(() -> task.resolve(1, Map.of("self-reference", "false")))
        .isInstanceOf(ParamException.class).hasMessageContaining("self-reference").hasMessageContaining("people");
    assertThatThrownBy(() -> task.resolve(1, Map.of("width", "3")))
        .isInstanceOf(ParamException.class).hasMessageContaining("width").hasMessageContaining("depth");
    assertThatThrownBy(() -> task.resolve(5, Map.of("people", "13")))
        .isInstanceOf(ParamException.class).hasMessageContaining("people");
  }

  @Test
  void everyValidSmallParamCombinationGeneratesUniquePuzzles() {
    for (int people = 2; people <= 5; people++) {
      for (int depth = 1; depth <= 3; depth++) {
        for (int minDepth = 0; minDepth <= depth; minDepth++) {
          for (int width = 2; width <= 4; width++) {
            for (boolean self : new boolean[] {true, false}) {
              Params p;
              try {
                p = task.resolve(5, Map.of(
                    "people", "" + people, "depth", "" + depth, "min-depth", "" + minDepth,
                    "width", "" + width, "self-reference", "" + self));
              } catch (ParamException e) {
                continue;
              }
              for (int i = 0; i < 3; i++) {
                Generated<KnightsKnavesProblem> g = generate(p, i);
                assertThat(IndependentChecker.solutions(g.problem(), 2)).as("%s", p).hasSize(1);
                assertThat(g.metrics().get("max-depth")).isEqualTo(depth);
                assertThat(g.metrics().get("max-width")).isEqualTo(width);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void difficultyMetricMediansRiseWithTheLevel() {
    long[][] medians = new long[10][];
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      List<List<Long>> values = new ArrayList<>();
      for (int m = 0; m < task.difficultyMetrics().size(); m++) {
        values.add(new ArrayList<>());
      }
      for (int i = 0; i < 41; i++) {
        Generated<KnightsKnavesProblem> g = generate(p, 1000 + i);
        for (int m = 0; m < task.difficultyMetrics().size(); m++) {
          values.get(m).add(((Number) g.metrics().get(task.difficultyMetrics().get(m))).longValue());
        }
      }
      medians[level - 1] = new long[values.size()];
      for (int m = 0; m < values.size(); m++) {
        Collections.sort(values.get(m));
        medians[level - 1][m] = values.get(m).get(20);
      }
    }
    for (int m = 0; m < task.difficultyMetrics().size(); m++) {
      for (int level = 2; level <= 10; level++) {
        assertThat(medians[level - 1][m]).as("%s at level %d", task.difficultyMetrics().get(m), level)
            .isGreaterThanOrEqualTo(medians[level - 2][m]);
      }
      assertThat(medians[9][m]).isGreaterThan(medians[0][m]);
    }
  }
}
