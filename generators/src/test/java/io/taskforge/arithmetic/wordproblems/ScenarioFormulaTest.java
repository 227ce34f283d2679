package io.taskforge.arithmetic.wordproblems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.math.Rational;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioFormulaTest {
  private static final Map<String, Integer> SLOTS = Map.of("a", 0, "b", 1, "total_cost", 2);
  private static final Rational[] ENV = {Rational.of(12), Rational.of(5), Rational.of(7, 2)};

  private static Rational eval(String s) {
    return Formula.expression(s, SLOTS::get).eval(ENV);
  }

  @Test
  void evaluatesExactlyWithStandardPrecedence() {
    assertThat(eval("a + b * 2")).isEqualTo(Rational.of(22));
    assertThat(eval("(a + b) * 2")).isEqualTo(Rational.of(34));
    assertThat(eval("a - b - 2")).isEqualTo(Rational.of(5));
    assertThat(eval("a / b / 2")).isEqualTo(Rational.of(6, 5));
    assertThat(eval("-a + 1")).isEqualTo(Rational.of(-11));
    assertThat(eval("total_cost * 0.25")).isEqualTo(Rational.of(7, 8));
    assertThat(eval("a % b")).isEqualTo(Rational.of(2));
    assertThat(eval("a * 25 / 100")).isEqualTo(Rational.of(3));
  }

  @Test
  void conditionsCompare() {
    assertThat(Formula.condition("a % 4 == 0", SLOTS::get).test(ENV)).isTrue();
    assertThat(Formula.condition("a < b", SLOTS::get).test(ENV)).isFalse();
    assertThat(Formula.condition("a >= 12", SLOTS::get).test(ENV)).isTrue();
    assertThat(Formula.condition("b != 5", SLOTS::get).test(ENV)).isFalse();
    assertThat(Formula.condition("b <= total_cost * 2", SLOTS::get).test(ENV)).isTrue();
    assertThatThrownBy(() -> Formula.condition("total_cost % 2 == 0", SLOTS::get).test(ENV))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Formula.expression("a / (b - 5)", SLOTS::get).eval(ENV))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void rendersWithValuesInPlaceOfNames() {
    Formula f = Formula.expression("(a+b)*2 - -total_cost/a", SLOTS::get);
    assertThat(f.render(n -> n.equals("total_cost") ? null : n.equals("a") ? "12" : "5"))
        .isEqualTo("(12 + 5) * 2 - -total_cost / 12");
    assertThat(f.names()).containsExactly("a", "b", "total_cost");
    assertThat(f.operations()).isEqualTo(4);
  }

  @Test
  void rejectsWhatItCannotRead() {
    for (String bad : new String[] {"", "a +", "(a", "a)", "a b", "c", "1..2", "a ^ b", "a = b"}) {
      assertThatThrownBy(() -> Formula.expression(bad, SLOTS::get)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> Formula.condition("a + b", SLOTS::get)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsNumbersWithoutALocale() {
    assertThat(NumberText.story(Rational.of(1234567), 0)).isEqualTo("1,234,567");
    assertThat(NumberText.story(Rational.of(999), 0)).isEqualTo("999");
    assertThat(NumberText.story(Rational.of(12345, 10), 2)).isEqualTo("1,234.50");
    assertThat(NumberText.story(Rational.of(1, 2), 2)).isEqualTo("0.50");
    assertThat(NumberText.plain(Rational.of(12345, 10), 2)).isEqualTo("1234.50");
    assertThat(NumberText.canonical(Rational.of(15, 2))).isEqualTo("7.5");
    assertThat(NumberText.canonical(Rational.of(17, 4))).isEqualTo("4.25");
    assertThat(NumberText.canonical(Rational.of(22, 3))).isEqualTo("22/3");
    assertThat(NumberText.canonical(Rational.of(-3, 8))).isEqualTo("-0.375");
    assertThat(NumberText.canonical(Rational.of(40))).isEqualTo("40");
    assertThat(NumberText.hasAtMostPlaces(Rational.of(1, 8), 2)).isFalse();
    assertThat(NumberText.hasAtMostPlaces(Rational.of(1, 4), 2)).isTrue();
  }
}
