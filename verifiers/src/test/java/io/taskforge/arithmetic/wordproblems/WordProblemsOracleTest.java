package io.taskforge.arithmetic.wordproblems;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.verify.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class WordProblemsOracleTest {
  private final WordProblemsTask task = new WordProblemsTask();
  private final WordProblemsOracle oracle = new WordProblemsOracle();
  private final WordProblemsVerifier verifier = new WordProblemsVerifier();

  @Test
  void evaluatesAndReadsByItsOwnMethod() {
    Map<String, WordProblemsOracle.Frac> env = Map.of();
    assertThat(WordProblemsOracle.evaluate("2 + 3 * 4", env).toString()).isEqualTo("14");
    assertThat(WordProblemsOracle.evaluate("(2 + 3) * 4 / 8", env).toString()).isEqualTo("2.5");
    assertThat(WordProblemsOracle.evaluate("7 / 3 - -1", env).toString()).isEqualTo("10/3");
    assertThat(WordProblemsOracle.evaluate("1 / (2 - 2)", env)).isNull();
    assertThat(WordProblemsOracle.readNumber("0.750").toString()).isEqualTo("0.75");
    assertThat(WordProblemsOracle.readNumber("6/8").toString()).isEqualTo("0.75");
    for (String bad : new String[] {"", "1,000", "$5", "5 apples", "1/0", "--1", "1e3"}) {
      assertThat(WordProblemsOracle.readNumber(bad)).as(bad).isNull();
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    int valid = 0;
    int invalid = 0;
    for (String mode : List.of("final", "trace")) {
      for (int level = 1; level <= 10; level++) {
        Params p = task.resolve(level, Map.of("mode", mode));
        for (int i = 0; i < 15; i++) {
          Generated<WordProblem> g = task.generate(p, new Rng(7000L * level + i));
          WordProblem problem = g.problem();
          assertThat(oracle.accepts(problem, g.answer())).as(g.answer()).isTrue();
          for (String form : oracle.equivalentForms(problem, g.answer(), new Rng(i))) {
            Verdict v = verifier.verify(problem, form);
            assertThat(v.correct()).as("form %s -> %s", form, v.reason()).isTrue();
          }
          for (Mutant m : oracle.mutants(problem, g.answer(), new Rng(i))) {
            Verdict v = verifier.verify(problem, m.response());
            assertThat(v.correct()).as("%s mutant %s (%s) -> %s", mode, m.kind(), m.response(), v.reason())
                .isEqualTo(m.valid());
            kinds.add(mode + ":" + m.kind());
            if (m.valid()) {
              valid++;
            } else {
              invalid++;
            }
          }
          for (String h : oracle.hostileResponses(problem, g.answer())) {
            assertThat(verifier.verify(problem, h).score()).as(h).isZero();
          }
        }
      }
    }
    assertThat(kinds).contains("final:off-by-one", "final:other-quantity", "trace:wrong-value", "trace:swap",
        "trace:drop", "trace:value-only", "trace:consistent-slip");
    assertThat(valid).isPositive();
    assertThat(invalid).isGreaterThan(valid);
  }

  @Test
  void acceptsIsTotal() {
    Generated<WordProblem> g = task.generate(task.resolve(5, Map.of("mode", "trace")), new Rng(3));
    for (String junk : new String[] {"", "\n", "Result: ", "a = b = c\nResult: 1", "x".repeat(200_000), "= = =\nResult: 0"}) {
      assertThat(oracle.accepts(g.problem(), junk)).isFalse();
    }
  }
}
