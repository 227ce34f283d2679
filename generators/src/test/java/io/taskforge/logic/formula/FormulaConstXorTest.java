package io.taskforge.logic.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The constants and exclusive or, added for boolean expressions. */
class FormulaConstXorTest {
  private static final Formula T = Formula.constant(true);
  private static final Formula F = Formula.constant(false);

  @Test
  void xorIsTrueForAnOddNumberOfTrueOperands() {
    assertThat(Formula.xor(T, F).eval(0)).isTrue();
    assertThat(Formula.xor(T, T).eval(0)).isFalse();
    assertThat(Formula.xor(F, F).eval(0)).isFalse();
    assertThat(Formula.xor(T, T, T).eval(0)).isTrue();
    assertThat(Formula.xor(T, F, T, F).eval(0)).isFalse();
    assertThatThrownBy(() -> new Formula.Xor(List.of(T))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constantsAreAtomsWithoutVariables() {
    assertThat(T.eval(0)).isTrue();
    assertThat(F.eval(-1L)).isFalse();
    assertThat(T.depth()).isZero();
    assertThat(T.atoms()).isEqualTo(1);
    assertThat(T.vars()).isZero();
    Formula f = Formula.not(Formula.xor(T, Formula.and(F, Formula.is(2, true))));
    assertThat(f.depth()).isEqualTo(3);
    assertThat(f.connectives()).isEqualTo(3);
    assertThat(f.atoms()).isEqualTo(3);
    assertThat(f.vars()).isEqualTo(4L);
  }

  @Test
  void truthTablesAndCompactFormKnowTheNewCases() {
    int n = 3;
    Formula f = Formula.xor(Formula.is(0, true), Formula.is(1, true), T);
    long[] t = TruthTables.of(f, n);
    for (int a = 0; a < 8; a++) {
      boolean expected = ((Integer.bitCount(a & 3) + 1) % 2) == 1;
      assertThat(TruthTables.get(t, a)).isEqualTo(expected);
      assertThat(f.eval(a)).isEqualTo(expected);
    }
    assertThat(TruthTables.isContradiction(TruthTables.of(F, n), n)).isTrue();
    assertThat(TruthTables.isTautology(TruthTables.of(T, n), n)).isTrue();
    assertThat(CompactForm.of(Formula.not(Formula.xor(T, Formula.is(1, false))))).isEqualTo("not(xor(T,!1))");
  }

  @Test
  void jsonRoundTrip() {
    Formula f = Formula.or(Formula.xor(T, F), Formula.not(F));
    JsonNode tree = Json.MAPPER.valueToTree(f);
    assertThat(tree.toString()).isEqualTo(
        "{\"op\":\"or\",\"operands\":[{\"op\":\"xor\",\"operands\":[{\"op\":\"const\",\"value\":true},"
            + "{\"op\":\"const\",\"value\":false}]},{\"op\":\"not\",\"operand\":{\"op\":\"const\",\"value\":false}}]}");
    assertThat(Json.MAPPER.convertValue(tree, Formula.class)).isEqualTo(f);
  }
}
