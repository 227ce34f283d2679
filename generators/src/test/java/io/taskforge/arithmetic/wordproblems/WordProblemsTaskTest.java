package io.taskforge.arithmetic.wordproblems;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordProblemsTaskTest {
  private final WordProblemsTask task = new WordProblemsTask();

  private Generated<WordProblem> make(Params p, long seed, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, index)));
  }

  @Test
  void defaultsAreLevelFiveAndTheLadderRises() {
    assertThat(task.level(Task.DEFAULT_LEVEL)).isEqualTo(task.schema().defaults());
    int steps = -1;
    int noops = -1;
    int magnitude = -1;
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      assertThat(p.getInt("extra_steps")).isGreaterThanOrEqualTo(steps);
      assertThat(p.getInt("noops")).isGreaterThanOrEqualTo(noops);
      assertThat(p.getInt("magnitude")).isGreaterThanOrEqualTo(magnitude);
      steps = p.getInt("extra_steps");
      noops = p.getInt("noops");
      magnitude = p.getInt("magnitude");
      assertThat(p.getString("mode")).isEqualTo("final");
    }
    assertThat(task.level(1).getInt("extra_steps")).isZero();
    assertThat(task.level(10).getInt("extra_steps")).isEqualTo(WordProblemsTask.MAX_EXTRA_STEPS);
    assertThatThrownBy(() -> task.level(0)).isInstanceOf(ParamException.class);
    assertThatThrownBy(() -> task.resolve(5, Map.of("scenario", "no-such"))).isInstanceOf(ParamException.class)
        .hasMessageContaining("'scenario'");
  }

  /**
   * Gold answers and gold traces against an independent evaluation of the problem's own
   * expressions (a separate parser and separate fraction arithmetic), at every level, in both modes.
   */
  @Test
  void goldAnswersAndTracesAgreeWithAnIndependentEvaluation() {
    for (String mode : List.of("final", "trace")) {
      for (int level = 1; level <= 10; level++) {
        Params p = task.resolve(level, Map.of("mode", mode));
        for (int i = 0; i < 150; i++) {
          Generated<WordProblem> g = make(p, 11, i);
          WordProblem problem = g.problem();
          WordProblemSolution sol = (WordProblemSolution) g.solution();
          Map<String, BigInteger[]> values = new HashMap<>();
          assertThat(sol.trace()).hasSize(problem.quantities().size());
          for (int q = 0; q < problem.quantities().size(); q++) {
            WordProblem.Quantity quantity = problem.quantities().get(q);
            BigInteger[] v = PlainEvaluator.eval(quantity.expression(), values);
            assertThat(v[0].signum() * v[1].signum()).as("quantities are positive").isPositive();
            values.put(quantity.name(), v);
            String value = PlainEvaluator.text(v);
            assertThat(sol.trace().get(q)).isEqualTo(quantity.name() + " = " + quantity.expression() + " = " + value);
            assertThat(sol.quantities()).containsEntry(quantity.name(), value);
            assertThat(quantity.name()).matches("[a-z][a-z0-9_]*");
            assertThat(quantity.about()).isNotBlank().doesNotContain("${");
          }
          String answer = PlainEvaluator.text(values.get(problem.asked()));
          assertThat(sol.result()).isEqualTo(answer);
          assertThat(problem.asked()).isEqualTo(problem.quantities().get(problem.quantities().size() - 1).name());
          if (mode.equals("final")) {
            assertThat(g.answer()).isEqualTo(answer);
          } else {
            assertThat(g.answer()).isEqualTo(String.join("\n", sol.trace()) + "\nResult: " + answer);
          }
        }
      }
    }
  }

  @Test
  void theStatementShowsTheStoryNumbersTheQuantitiesUse() {
    Params p = task.level(8);
    for (int i = 0; i < 300; i++) {
      Generated<WordProblem> g = make(p, 5, i);
      String statement = g.problem().statement().replace(",", "");
      for (WordProblem.Quantity q : g.problem().quantities()) {
        for (String token : q.expression().split("[^0-9.]+")) {
          if (token.length() >= 3 && !List.of("100", "1000").contains(token)) {
            assertThat(statement).as("%s uses %s", q.name(), token).contains(token);
          }
        }
      }
    }
  }

  @Test
  void theProblemAndSolutionSurviveAJsonRoundTrip() {
    for (int level : new int[] {1, 5, 10}) {
      for (String mode : List.of("final", "trace")) {
        Generated<WordProblem> g = make(task.resolve(level, Map.of("mode", mode)), 3, level);
        JsonNode tree = Json.MAPPER.valueToTree(g.problem());
        assertThat(Json.MAPPER.convertValue(tree, WordProblem.class)).isEqualTo(g.problem());
        JsonNode sol = Json.MAPPER.valueToTree(g.solution());
        assertThat(Json.MAPPER.convertValue(sol, WordProblemSolution.class)).isEqualTo(g.solution());
        assertThat(tree.get("mode").asText()).isEqualTo(mode);
      }
    }
  }

  @Test
  void generationIsDeterministicAndVaried() {
    Params p = task.level(6);
    java.util.Set<String> scenarios = new java.util.TreeSet<>();
    java.util.Set<String> canon = new java.util.HashSet<>();
    for (int i = 0; i < 400; i++) {
      Generated<WordProblem> a = make(p, 9, i);
      Generated<WordProblem> b = make(p, 9, i);
      assertThat(a.problem()).isEqualTo(b.problem());
      assertThat(a.answer()).isEqualTo(b.answer());
      assertThat(a.canonicalForm()).isEqualTo(b.canonicalForm());
      scenarios.add(a.problem().scenario());
      canon.add(a.canonicalForm());
    }
    assertThat(scenarios).hasSizeGreaterThan(40);
    assertThat(canon).hasSizeGreaterThan(390);
  }

  @Test
  void theCanonicalFormIgnoresNamesAndObjects() {
    for (int i = 0; i < 200; i++) {
      Generated<WordProblem> g = make(task.level(7), 4, i);
      for (Pools.Person person : Scenarios.library().pools().persons()) {
        assertThat(g.canonicalForm()).doesNotContain(person.name());
      }
      assertThat(g.canonicalForm()).startsWith(g.problem().scenario() + "|");
    }
  }

  @Test
  void metricsDeliverTheLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 20; i++) {
        Generated<WordProblem> g = make(p, 8, i);
        assertThat(g.metrics().keySet()).containsAll(task.difficultyMetrics());
        assertThat(g.metrics().get("extra_steps")).isEqualTo(p.getInt("extra_steps"));
        assertThat(g.metrics().get("noop_clauses")).isEqualTo(p.getInt("noops"));
        assertThat((int) g.metrics().get("trace_steps")).isEqualTo(g.problem().quantities().size())
            .isGreaterThan(p.getInt("extra_steps"));
      }
    }
  }
}
