package io.taskforge.arithmetic.digits;

import io.taskforge.math.Rational;
import io.taskforge.verify.Numbers;
import java.math.BigInteger;
import java.util.Optional;

/** Reads one whole number from answer text, leniently as {@link Numbers} documents. */
public final class WholeNumber {
  private WholeNumber() {}

  /** The integer {@code text} stands for, or null when it is not one number or not a whole one. */
  public static BigInteger parse(CharSequence text) {
    Optional<Rational> r = Numbers.parse(text);
    return r.isPresent() && r.get().isInteger() ? r.get().numerator() : null;
  }
}
