package io.taskforge.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.core.Rng;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RationalTest {
  private static final long[] EDGES = {
    0, 1, -1, 2, -2, 3, 7, 10, 1L << 31, 1L << 32, (1L << 62) - 1, 1L << 62, Long.MAX_VALUE, Long.MAX_VALUE - 1,
    -Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 3_037_000_499L, 3_037_000_500L, -3_037_000_500L,
    999_999_999_989L, 1_000_000_007L
  };

  /** The reference: a BigInteger fraction, reduced, denominator positive, as text. */
  private static String ref(BigInteger n, BigInteger d) {
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    BigInteger g = n.gcd(d);
    if (g.signum() != 0) {
      n = n.divide(g);
      d = d.divide(g);
    }
    return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
  }

  private static long draw(Rng rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> EDGES[rng.nextInt(EDGES.length)];
      case 1 -> rng.nextLong();
      case 2 -> rng.between(-1000, 1000);
      default -> rng.nextLong() >> rng.nextInt(64);
    };
  }

  @Test
  void arithmeticAgreesWithBigIntegerFractions() {
    Rng rng = new Rng(42);
    for (int i = 0; i < 30_000; i++) {
      long a = draw(rng);
      long b = draw(rng);
      long c = draw(rng);
      long d = draw(rng);
      if (b == 0 || d == 0) {
        continue;
      }
      BigInteger an = BigInteger.valueOf(a);
      BigInteger bd = BigInteger.valueOf(b);
      BigInteger cn = BigInteger.valueOf(c);
      BigInteger dd = BigInteger.valueOf(d);
      Rational x = Rational.of(a, b);
      Rational y = Rational.of(c, d);
      assertThat(x.toString()).isEqualTo(ref(an, bd));
      assertThat(x.add(y).toString()).isEqualTo(ref(an.multiply(dd).add(cn.multiply(bd)), bd.multiply(dd)));
      assertThat(x.subtract(y).toString())
          .isEqualTo(ref(an.multiply(dd).subtract(cn.multiply(bd)), bd.multiply(dd)));
      assertThat(x.multiply(y).toString()).isEqualTo(ref(an.multiply(cn), bd.multiply(dd)));
      if (c != 0) {
        assertThat(x.divide(y).toString()).isEqualTo(ref(an.multiply(dd), bd.multiply(cn)));
      }
      assertThat(Integer.signum(x.compareTo(y)))
          .isEqualTo(an.multiply(dd).multiply(BigInteger.valueOf(Long.signum(b) * Long.signum(d)))
              .compareTo(cn.multiply(bd).multiply(BigInteger.valueOf(Long.signum(b) * Long.signum(d)))));
      // chained big results stay exact and compare equal to their small-form equivalents
      Rational z = x.multiply(y).divide(y.signum() == 0 ? Rational.ONE : y);
      assertThat(z).isEqualTo(y.signum() == 0 ? Rational.ZERO : x);
      assertThat(z.hashCode()).isEqualTo((y.signum() == 0 ? Rational.ZERO : x).hashCode());
    }
  }

  @Test
  void valuesAreCanonicalWhateverTheirPath() {
    Rational big = Rational.of(BigInteger.TEN.pow(30), BigInteger.TEN.pow(30).multiply(BigInteger.valueOf(4)));
    assertThat(big).isEqualTo(Rational.of(1, 4));
    assertThat(big.toString()).isEqualTo("1/4");
    Rational huge = Rational.of(BigInteger.TEN.pow(25).add(BigInteger.ONE));
    assertThat(huge.subtract(huge)).isEqualTo(Rational.ZERO);
    assertThat(huge.add(Rational.ONE).subtract(huge)).isEqualTo(Rational.ONE);
    assertThat(Rational.of(6, -8).toString()).isEqualTo("-3/4");
    assertThat(Rational.of(Long.MIN_VALUE).negate().toString()).isEqualTo("9223372036854775808");
    assertThat(Rational.of(Long.MIN_VALUE, Long.MIN_VALUE)).isEqualTo(Rational.ONE);
    assertThat(Rational.of(-5, 1).reciprocal().toString()).isEqualTo("-1/5");
    assertThat(Rational.of(-3, 4).negate().toString()).isEqualTo("3/4");
    assertThat(Rational.of(-3, 4).isInteger()).isFalse();
    assertThat(Rational.of(8, 4).isInteger()).isTrue();
    assertThat(Rational.of(-3, 4).digits()).isEqualTo(2);
    assertThat(Rational.of(-1234).digits()).isEqualTo(4);
    assertThat(huge.digits()).isEqualTo(26);
    assertThat(Rational.of(-3, 4).numerator()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(Rational.of(-3, 4).denominator()).isEqualTo(BigInteger.valueOf(4));
    assertThat(Rational.of(-3, 4).appendTo(new StringBuilder("x")).toString()).isEqualTo("x-3/4");
  }

  @Test
  void parseReadsExactlyTheCanonicalForms() {
    assertThat(Rational.parse("-3/4")).isEqualTo(Rational.of(-3, 4));
    assertThat(Rational.parse("6/8")).isEqualTo(Rational.of(3, 4));
    assertThat(Rational.parse("123456789012345678901234567890").toString())
        .isEqualTo("123456789012345678901234567890");
    for (String bad : new String[] {"", "-", "3/", "/4", "3/-4", "+3", "1.5", "3/0", " 3", "3 /4", "--3", "3/4/5"}) {
      assertThatThrownBy(() -> Rational.parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
    }
    Rng rng = new Rng(7);
    for (int i = 0; i < 10_000; i++) {
      Rational r = Rational.of(draw(rng), 1 + (rng.nextLong() >>> 1));
      assertThat(Rational.parse(r.toString())).isEqualTo(r);
    }
  }

  @Test
  void divisionByZeroIsRefused() {
    assertThatThrownBy(() -> Rational.of(1, 0)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rational.ONE.divide(Rational.ZERO)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Rational.ZERO.reciprocal()).isInstanceOf(ArithmeticException.class);
  }
}
