package io.taskforge.arithmetic.digits;

/** Names of decimal places for reasons: "ones", "tens", "hundreds", ..., then "10^k". */
public final class Places {
  private static final String[] NAMES = {"ones", "tens", "hundreds", "thousands", "ten-thousands", "hundred-thousands",
      "millions"};

  private Places() {}

  /** The name of place {@code k} (0 for the ones). */
  public static String name(int k) {
    return k < NAMES.length ? NAMES[k] : "10^" + k;
  }
}
