package io.taskforge.arithmetic.modular;

/**
 * A modular arithmetic question. Numbers are decimal strings; a field a kind does not use is empty.
 *
 * @param kind {@code power}: a^e mod m; {@code inverse}: the x in 0..m-1 with a·x ≡ 1 (mod m), or
 *     none; {@code congruence}: every x with a·x ≡ b (mod m), or none
 * @param a the base of the power, or the coefficient a
 * @param e the exponent (power only)
 * @param b the right-hand side (congruence only)
 * @param m the modulus, at least 3
 * @param mode {@code final} (only the answer is scored) or {@code trace} (the work is scored)
 */
public record ModularProblem(String kind, String a, String e, String b, String m, String mode) {}
