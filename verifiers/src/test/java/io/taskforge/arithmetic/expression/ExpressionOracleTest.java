package io.taskforge.arithmetic.expression;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.check.Mutant;
import io.taskforge.core.Generated;
import io.taskforge.core.Rng;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ExpressionOracleTest {
  private final ExpressionTask task = new ExpressionTask();
  private final ExpressionOracle oracle = new ExpressionOracle();
  private final ExpressionVerifier verifier = new ExpressionVerifier();

  private static String value(String expression, boolean precedence) {
    ExpressionOracle.Frac f = ExpressionOracle.evaluate(expression, precedence);
    return f == null ? null : f.toString();
  }

  @Test
  void evaluatesWithStandardPrecedenceByItsOwnMethod() {
    assertThat(value("2 + 3 * 4", true)).isEqualTo("14");
    assertThat(value("2 + 3 * 4", false)).isEqualTo("20");
    assertThat(value("8 - 3 - 2", true)).isEqualTo("3");
    assertThat(value("8 / 4 / 2", true)).isEqualTo("1");
    assertThat(value("-(3 + 4) / 7 * 2", true)).isEqualTo("-2");
    assertThat(value("7 - 3 * (-(2 + 4) / 5)", true)).isEqualTo("53/5");
    assertThat(value("3 * (-5)", true)).isEqualTo("-15");
    assertThat(value("--4", true)).isEqualTo("4");
    assertThat(value("1 / 3 + 1 / 6", true)).isEqualTo("1/2");
    assertThat(value("123456789012 * 123456789012", true)).isEqualTo("15241578753153483936144");
    for (String bad : new String[] {"", "1 +", "(1", "1)", "1 / 0", "1 / (2 - 2)", "2 ^ 3", "1 2", "* 3", "x"}) {
      assertThat(value(bad, true)).as(bad).isNull();
    }
  }

  @Test
  void readsOnlyPlainNumbers() {
    assertThat(ExpressionOracle.readAnswer("-6/8").toString()).isEqualTo("-3/4");
    assertThat(ExpressionOracle.readAnswer("0.750").toString()).isEqualTo("3/4");
    assertThat(ExpressionOracle.readAnswer("7.5e-1").toString()).isEqualTo("3/4");
    assertThat(ExpressionOracle.readAnswer("12e2").toString()).isEqualTo("1200");
    for (String bad : new String[] {"", "1 1/2", "3/0", "x = 3", "3/4 3/4", "+-3", "1,000", "1/-2", "--1", "1e99999"}) {
      assertThat(ExpressionOracle.readAnswer(bad)).as(bad).isNull();
    }
  }

  @Test
  void theVerifierAgreesWithTheOracleOnEveryMutantAndForm() {
    Set<String> kinds = new TreeSet<>();
    for (int level = 1; level <= 10; level++) {
      for (int i = 0; i < 8; i++) {
        Generated<ExpressionProblem> g = task.generate(task.level(level), new Rng(1000L * level + i));
        ExpressionProblem p = g.problem();
        assertThat(oracle.accepts(p, g.answer())).as(p.expression()).isTrue();
        for (String form : oracle.equivalentForms(p, g.answer(), new Rng(i))) {
          assertThat(verifier.verify(p, form).correct()).as("%s: form %s", p.expression(), form).isTrue();
        }
        for (Mutant m : oracle.mutants(p, g.answer(), new Rng(i))) {
          kinds.add(m.kind() + (m.valid() ? " valid" : " invalid"));
          assertThat(verifier.verify(p, m.response()).correct()).as("%s: %s", p.expression(), m).isEqualTo(m.valid());
        }
      }
    }
    assertThat(kinds).contains("off-by-one invalid", "sign-flip invalid", "swap-fraction invalid", "unreduced valid",
        "decimal valid", "rounded invalid", "truncated invalid", "digit invalid", "no-precedence invalid",
        "mixed-number invalid", "repeated invalid");
  }

  @Test
  void decimalsAreValidExactlyWhenTheValueTerminates() {
    ExpressionProblem thirds = new ExpressionProblem("1 / 3");
    assertThat(oracle.mutants(thirds, "1/3", new Rng(1))).filteredOn(m -> m.kind().equals("decimal")).isEmpty();
    assertThat(oracle.mutants(thirds, "1/3", new Rng(1))).filteredOn(m -> m.kind().equals("rounded"))
        .extracting(Mutant::response).containsExactly("0.3", "0.33", "0.3333");
    ExpressionProblem eighths = new ExpressionProblem("3 / 8");
    assertThat(oracle.mutants(eighths, "3/8", new Rng(1))).filteredOn(m -> m.kind().equals("decimal"))
        .containsExactly(new Mutant("decimal", "0.375", true));
    assertThat(oracle.mutants(new ExpressionProblem("0 * 5"), "0", new Rng(1)))
        .filteredOn(m -> m.kind().equals("sign-flip")).containsExactly(new Mutant("sign-flip", "0", true));
  }
}
