package io.taskforge.arithmetic.digits;

import java.math.BigInteger;

/** Checks on the numbers stored in a long-arithmetic problem, which a verifier reads before trusting them. */
public final class Problems {
  /** The most digits a problem's number may have (far above every level; bounds a verifier's work). */
  public static final int MAX_DIGITS = 5_000;

  private Problems() {}

  /**
   * Whether {@code s} is a plain decimal number: 1 to {@link #MAX_DIGITS} ASCII digits, no sign, no
   * leading zero.
   */
  public static boolean isNumber(String s) {
    if (s == null || s.isEmpty() || s.length() > MAX_DIGITS || (s.charAt(0) == '0' && s.length() > 1)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of a string {@link #isNumber} accepted. */
  public static BigInteger value(String s) {
    return s.length() <= 18 ? BigInteger.valueOf(Long.parseLong(s)) : new BigInteger(s);
  }
}
