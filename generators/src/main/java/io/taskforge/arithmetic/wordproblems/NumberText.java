package io.taskforge.arithmetic.wordproblems;

import io.taskforge.math.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Locale-free number formatting for word problems: story text, trace expressions and answers. */
final class NumberText {
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private NumberText() {}

  /**
   * A value as the story prints it: exactly {@code decimals} places, thousands grouped with commas
   * from 1,000 ({@code 12,500}, {@code 1,234.50}). The value must have at most that many places.
   */
  static String story(Rational value, int decimals) {
    return group(plain(value, decimals));
  }

  /** A value with exactly {@code decimals} places and no grouping ({@code 4.50}), for trace expressions. */
  static String plain(Rational value, int decimals) {
    if (decimals == 0) {
      if (!value.isInteger()) {
        throw new IllegalArgumentException(value + " is not an integer");
      }
      return value.numerator().toString();
    }
    BigDecimal d = new BigDecimal(value.numerator()).divide(new BigDecimal(value.denominator()));
    return d.setScale(decimals, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  /** Commas between groups of three digits of the integer part, when it has more than three. */
  static String group(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    int digits = end - start;
    if (digits <= 3) {
      return plain;
    }
    StringBuilder sb = new StringBuilder(plain.length() + digits / 3);
    sb.append(plain, 0, start);
    int first = digits % 3 == 0 ? 3 : digits % 3;
    sb.append(plain, start, start + first);
    for (int i = start + first; i < end; i += 3) {
      sb.append(',').append(plain, i, i + 3);
    }
    return sb.append(plain, end, plain.length()).toString();
  }

  /**
   * The canonical text of an exact value in answers and traces: an integer ({@code 41}), else the
   * shortest exact decimal when the value terminates ({@code 7.5}), else a reduced fraction
   * {@code p/q} ({@code 22/3}); sign in front, no grouping.
   */
  static String canonical(Rational value) {
    if (value.isInteger()) {
      return value.numerator().toString();
    }
    BigInteger d = value.denominator();
    int twos = d.getLowestSetBit();
    BigInteger rest = d.shiftRight(twos);
    int fives = 0;
    while (rest.mod(FIVE).signum() == 0) {
      rest = rest.divide(FIVE);
      fives++;
    }
    if (!rest.equals(BigInteger.ONE)) {
      return value.toString();
    }
    int scale = Math.max(twos, fives);
    return new BigDecimal(value.numerator()).divide(new BigDecimal(d))
        .setScale(scale, java.math.RoundingMode.UNNECESSARY).toPlainString();
  }

  /** Whether the value is a terminating decimal with at most {@code places} places. */
  static boolean hasAtMostPlaces(Rational value, int places) {
    return BigInteger.TEN.pow(places).mod(value.denominator()).signum() == 0;
  }

  /** Decimal digits of the integer part of |value| (1 for values below 1). */
  static int integerDigits(Rational value) {
    BigInteger i = value.numerator().abs().divide(value.denominator());
    return i.signum() == 0 ? 1 : i.toString().length();
  }
}
