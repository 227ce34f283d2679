package io.taskforge.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.math.Rational;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumbersTest {
  private static Optional<Rational> parse(String s) {
    return Numbers.parse(s);
  }

  private static void reads(String text, String value) {
    assertThat(parse(text)).as("'%s'", text).contains(Rational.parse(value));
  }

  private static void refuses(String text) {
    assertThat(parse(text)).as("'%s'", text).isEmpty();
  }

  @Test
  void readsIntegersFractionsDecimalsAndScientificNotation() {
    reads("42", "42");
    reads("0", "0");
    reads("-0", "0");
    reads("007", "7");
    reads("-3/4", "-3/4");
    reads("6/8", "3/4");
    reads("6 / -8", "-3/4");
    reads("-6/-8", "3/4");
    reads("-0.75", "-3/4");
    reads("-0.750", "-3/4");
    reads("\u22120.750", "-3/4");
    reads("+0.5", "1/2");
    reads("- 5", "-5");
    reads(".5", "1/2");
    reads("5.", "5");
    reads("5e-1", "1/2");
    reads("1.5E+3", "1500");
    reads("2.5e2", "250");
    reads("-7.5e-2/3", "-1/40");
    reads("123456789012345678901234567890", "123456789012345678901234567890");
    reads("0.000000000000000000001", "1/1000000000000000000000");
    reads("3\u00F74", "3/4");
    reads("3\u20444", "3/4");
    reads("3\u22154", "3/4");
  }

  @Test
  void readsThousandsSeparatorsOnlyInGroupsOfThree() {
    reads("1,234", "1234");
    reads("12,345,678", "12345678");
    reads("-1,234.5", "-2469/2");
    refuses("1,5");
    refuses("12,34");
    refuses("1234,567");
    refuses("1,2345");
    refuses(",123");
    refuses("1,");
    refuses("1,,234");
    refuses("0.123,456");
  }

  @Test
  void dropsWrappersAroundTheWholeNumber() {
    reads("  -3/4 \n", "-3/4");
    reads("$-\\frac{3}{4}$", "-3/4");
    reads("$$\\dfrac{-3}{4}$$", "-3/4");
    reads("\\boxed{-3/4}", "-3/4");
    reads("\\boxed{\\frac{6}{8}}", "3/4");
    reads("\\(\\tfrac{1}{2}\\)", "1/2");
    reads("\\[ 12 \\]", "12");
    reads("**-3/4**", "-3/4");
    reads("`0.75`", "3/4");
    reads("(-3/4)", "-3/4");
    reads("$\\boxed{(5)}$", "5");
    reads("\u00A012\u2009", "12");
    refuses("((5))");
    refuses("(1)/(2)");
    refuses("\\boxed{3}/\\boxed{4}");
    refuses("$5");
  }

  @Test
  void refusesAnythingButOneNumber() {
    for (String s : new String[] {
        "", " ", "-", "+", "/", "1/", "/2", "3/0", "0/0", "1/2/3", "1 1/2", "1 2", "x = 3", "= 3", "3 apples",
        "75%", "0x1A", "NaN", "Infinity", "-Infinity", "\u221E", "1e", "e5", "1e+", "1.2.3", "..5", "--3", "+-3",
        "1e10001", "3/4.5.", "three", "\\frac{1}{0}", "\\frac{1}{2", "\\frac{1}", "\\frac{a}{2}", "1/2 or 3/4",
        "\u0663", "\uFF13", "\uD800", "5 5", "(5", "5)", "-(3/4)", "3-4", "1_000"}) {
      refuses(s);
    }
    refuses(null);
  }

  @Test
  void boundsTheWork() {
    refuses("1".repeat(Numbers.MAX_CHARS + 1));
    String big = "9".repeat(Numbers.MAX_CHARS);
    assertThat(parse(big)).contains(Rational.of(new BigInteger(big)));
    reads("1e10000", "1" + "0".repeat(10_000));
    refuses("(".repeat(5000) + "1" + ")".repeat(4999));
    refuses("$".repeat(Numbers.MAX_CHARS));
    refuses("1,".repeat(4000) + "1");
  }
}
