package io.taskforge.logic.sat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.ParamException;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SatTaskTest {
  private final SatTask task = new SatTask();

  private Generated<SatProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 2024, index)));
  }

  private Params with(Map<String, ?> values) {
    Params p = task.schema().with(task.schema().defaults(), values, task.id());
    task.validate(p);
    return p;
  }

  @Test
  void goldIsConfirmedByAnIndependentSolverAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      int count = level <= 5 ? 40 : level <= 8 ? 20 : 8;
      int sat = 0;
      for (int i = 0; i < count; i++) {
        Generated<SatProblem> g = generate(p, i);
        SatProblem problem = g.problem();
        boolean satisfiable = problem.variables() <= 12
            ? IndependentSat.bruteForce(problem.variables(), problem.clauses())
            : IndependentSat.dpll(problem.clauses());
        assertThat(problem.satisfiable()).as("level %d index %d", level, i).isEqualTo(satisfiable);
        assertThat(g.metrics().get("satisfiable")).isEqualTo(satisfiable);
        if (satisfiable) {
          sat++;
          boolean[] model = IndependentSat.readGold(problem.variables(), g.answer());
          assertThat(IndependentSat.satisfies(problem.clauses(), model)).as("level %d index %d", level, i).isTrue();
          Map<?, ?> assignment = (Map<?, ?>) ((Map<?, ?>) g.solution()).get("assignment");
          for (int v = 1; v <= problem.variables(); v++) {
            assertThat(assignment.get("x" + v)).isEqualTo(model[v]);
          }
        } else {
          assertThat(g.answer()).isEqualTo("UNSAT");
          assertThat(((Map<?, ?>) g.solution()).get("satisfiable")).isEqualTo(false);
        }
      }
      // unsat-share 50: both kinds occur at every level.
      assertThat(sat).as("satisfiable instances at level %d", level).isBetween(1, count - 1);
    }
  }

  @Test
  void bruteForceAndTestDpllAgree() {
    // The two independent deciders check each other on the small levels.
    for (int level = 1; level <= 5; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 30; i++) {
        SatProblem problem = generate(p, 1000 + i).problem();
        assertThat(IndependentSat.dpll(problem.clauses()))
            .isEqualTo(IndependentSat.bruteForce(problem.variables(), problem.clauses()));
      }
    }
  }

  @Test
  void deliversWhatTheParamsAsk() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      SatParams sp = SatParams.from(p);
      for (int i = 0; i < 15; i++) {
        Generated<SatProblem> g = generate(p, i);
        SatProblem problem = g.problem();
        assertThat(problem.variables()).isEqualTo(sp.variables());
        assertThat(problem.clauses()).hasSize(sp.clauses());
        Set<Set<Integer>> distinct = new HashSet<>();
        for (List<Integer> clause : problem.clauses()) {
          assertThat(clause).hasSize(sp.clauseSize());
          Set<Integer> vars = new HashSet<>();
          for (int lit : clause) {
            assertThat(Math.abs(lit)).isBetween(1, sp.variables());
            vars.add(Math.abs(lit));
          }
          assertThat(vars).as("distinct variables in a clause").hasSize(sp.clauseSize());
          assertThat(distinct.add(Set.copyOf(clause))).as("distinct clauses").isTrue();
        }
        assertThat(g.metrics().get("clauses")).isEqualTo(sp.clauses());
        assertThat(g.metrics().get("variables")).isEqualTo(sp.variables());
        assertThat(g.metrics().get("literals")).isEqualTo(sp.clauses() * sp.clauseSize());
        assertThat(g.metrics().keySet()).containsAll(task.difficultyMetrics());
        assertThat((List<?>) g.view().get("clauses_math")).hasSize(sp.clauses());
      }
    }
  }

  @Test
  void levelRatiosSitAtTheThresholdFromLevelFour() {
    assertThat(SatParams.from(task.level(5)).clauses()).isEqualTo(68); // 16 * 4.27
    assertThat(SatParams.from(task.level(10)).clauses()).isEqualTo(497); // 50 * 9.93
    assertThat(task.level(5)).isEqualTo(task.schema().defaults());
  }

  @Test
  void unsatShareControlsTheMix() {
    Params allSat = with(Map.of("unsat-share", 0));
    Params allUnsat = with(Map.of("unsat-share", 100));
    for (int i = 0; i < 30; i++) {
      assertThat(generate(allSat, i).problem().satisfiable()).isTrue();
      Generated<SatProblem> u = generate(allUnsat, i);
      assertThat(u.problem().satisfiable()).isFalse();
      assertThat(IndependentSat.bruteForce(u.problem().variables(), u.problem().clauses())).isFalse();
    }
  }

  @Test
  void renderedClausesSayWhatTheProblemSays() {
    Generated<SatProblem> g = generate(task.level(3), 5);
    List<?> math = (List<?>) g.view().get("clauses_math");
    List<?> words = (List<?>) g.view().get("clauses_words");
    List<?> dimacs = (List<?>) g.view().get("clauses_dimacs");
    for (int c = 0; c < g.problem().clauses().size(); c++) {
      List<Integer> clause = g.problem().clauses().get(c);
      StringBuilder m = new StringBuilder("(");
      StringBuilder w = new StringBuilder();
      StringBuilder d = new StringBuilder();
      for (int j = 0; j < clause.size(); j++) {
        int lit = clause.get(j);
        m.append(j > 0 ? " \u2228 " : "").append(lit < 0 ? "\u00AC" : "").append('x').append(Math.abs(lit));
        w.append(j > 0 ? " or " : "").append(lit < 0 ? "not " : "").append('x').append(Math.abs(lit));
        d.append(lit).append(' ');
      }
      assertThat(math.get(c)).isEqualTo(m.append(')').toString());
      assertThat(words.get(c)).isEqualTo(w.toString());
      assertThat(dimacs.get(c)).isEqualTo(d.append('0').toString());
    }
  }

  @Test
  void problemSurvivesAJsonRoundTrip() {
    for (int level : new int[] {1, 5, 10}) {
      for (int i = 0; i < 5; i++) {
        SatProblem problem = generate(task.level(level), i).problem();
        JsonNode tree = Json.MAPPER.valueToTree(problem);
        assertThat(Json.MAPPER.convertValue(tree, SatProblem.class)).isEqualTo(problem);
      }
    }
  }

  @Test
  void canonicalFormIgnoresClauseOrderButNotContent() {
    Generated<SatProblem> a = generate(task.level(5), 1);
    Generated<SatProblem> b = generate(task.level(5), 2);
    assertThat(a.canonicalForm()).isNotEqualTo(b.canonicalForm());
    assertThat(a.canonicalForm()).isEqualTo(generate(task.level(5), 1).canonicalForm());
  }

  @Test
  void paramRulesNameTheParams() {
    assertThatThrownBy(() -> with(Map.of("variables", 3, "clause-size", 4)))
        .isInstanceOf(ParamException.class).hasMessageContaining("'clause-size'");
    assertThatThrownBy(() -> with(Map.of("variables", 60, "clause-size", 5)))
        .isInstanceOf(ParamException.class).hasMessageContaining("'variables'").hasMessageContaining("at most 50");
    assertThatThrownBy(() -> with(Map.of("variables", 4, "clause-size", 3, "ratio", 10000)))
        .isInstanceOf(ParamException.class).hasMessageContaining("'ratio'");
    assertThatThrownBy(() -> with(Map.of("variables", 10, "clause-size", 3, "ratio", 50)))
        .isInstanceOf(ParamException.class).hasMessageContaining("'unsat-share'");
    // Far below the threshold, an unsatisfiable draw never comes: a clear error, not a silent swap.
    Params impossible = with(Map.of("variables", 60, "clause-size", 3, "ratio", 100, "unsat-share", 100));
    assertThatThrownBy(() -> generate(impossible, 0))
        .isInstanceOf(ParamException.class).hasMessageContaining("'unsat-share'");
  }
}
