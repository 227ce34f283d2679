package io.taskforge.arithmetic.baseconversion;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.base-conversion}.
 *
 * @param digits decimal digits of the number's value (exactly this many)
 * @param direction {@code from-decimal}, {@code to-decimal}, {@code between} (two bases other than
 *     10) or {@code mixed} (one of the three per instance)
 * @param maxBase the largest base drawn; bases are 2 to {@code maxBase}
 * @param mode final or trace
 */
public record BaseConversionParams(int digits, String direction, int maxBase, AnswerMode mode) {
  static final String FROM_DECIMAL = "from-decimal";
  static final String TO_DECIMAL = "to-decimal";
  static final String BETWEEN = "between";
  static final String MIXED = "mixed";

  static BaseConversionParams from(Params p) {
    return new BaseConversionParams(p.getInt("digits"), p.getString("direction"), p.getInt("max_base"),
        AnswerMode.from(p));
  }
}
