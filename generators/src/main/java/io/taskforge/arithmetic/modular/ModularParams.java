package io.taskforge.arithmetic.modular;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.modular}.
 *
 * @param kind {@code power}, {@code inverse}, {@code congruence} or {@code mixed} (one of the three
 *     per instance)
 * @param digits decimal digits of the modulus (exactly this many)
 * @param exponentBits bits of the exponent of a power (exactly this many)
 * @param unsolvable whether an inverse or congruence may have no answer (one instance in five)
 * @param mode final or trace
 */
public record ModularParams(String kind, int digits, int exponentBits, boolean unsolvable, AnswerMode mode) {
  static final String POWER = "power";
  static final String INVERSE = "inverse";
  static final String CONGRUENCE = "congruence";
  static final String MIXED = "mixed";

  static ModularParams from(Params p) {
    return new ModularParams(p.getString("kind"), p.getInt("digits"), p.getInt("exponent_bits"),
        p.getBool("unsolvable"), AnswerMode.from(p));
  }
}
