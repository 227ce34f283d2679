package io.taskforge.arithmetic.trace;

import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import java.util.List;
import java.util.Locale;

/**
 * The two answer modes of the arithmetic trace tasks, chosen by the param {@code mode}.
 *
 * <p>{@code final}: only the result is scored. {@code trace}: the answer is the work, one step per
 * line in the task's documented step format, then a line {@code Result: <value>}; the verifier
 * re-computes every step and scores the share of steps right before the first wrong one. The mode
 * is not part of the level ladder: every level can be asked in either mode.
 */
public enum AnswerMode {
  FINAL,
  TRACE;

  /** The param's name. */
  public static final String PARAM = "mode";

  /** The param, defaulting to {@code final}; every trace task lists it in its schema. */
  public static ParamSpec spec() {
    return ParamSpec.choice(PARAM, "final", List.of("final", "trace"),
        "final: only the result is scored; trace: the answer shows every step in the documented trace format and each step is re-computed");
  }

  public static AnswerMode from(Params params) {
    return valueOf(params.getString(PARAM).toUpperCase(Locale.ROOT));
  }

  /** The name used in params and JSON: {@code final} or {@code trace}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The gold answer text of this mode: the result alone, or the steps one per line followed by
   * {@code Result: <result>}.
   */
  public String answer(List<String> steps, String result) {
    if (this == FINAL) {
      return result;
    }
    StringBuilder sb = new StringBuilder(steps.size() * 24 + result.length() + 10);
    for (String step : steps) {
      sb.append(step).append('\n');
    }
    return sb.append("Result: ").append(result).toString();
  }
}
