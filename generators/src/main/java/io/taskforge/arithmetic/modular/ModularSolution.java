package io.taskforge.arithmetic.modular;

import java.util.List;

/**
 * The gold work.
 *
 * @param trace the reference trace (square-and-multiply lines for a power; Euclid division lines,
 *     Bézout combination lines and the solution line for an inverse or congruence)
 * @param result the answer: a residue, {@code x ≡ r (mod m')}, or {@code none}
 * @param gcd gcd(a, m) (inverse and congruence; empty for a power)
 * @param coefficient the Bézout coefficient s with s·a ≡ gcd (mod m) used by the trace (empty when
 *     there is none)
 * @param solutions the number of solutions modulo m (1 for a power)
 */
public record ModularSolution(List<String> trace, String result, String gcd, String coefficient, int solutions) {}
