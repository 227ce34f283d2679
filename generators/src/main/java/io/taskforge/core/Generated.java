package io.taskforge.core;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a task's generator makes for one index, before rendering.
 *
 * @param problem the structured problem, enough for the verifier to score alone
 * @param solution structured gold (trace, plan, grid); {@code null} where there is none
 * @param answer the canonical gold answer text, in the documented answer format
 * @param metrics measured difficulty, in a fixed order
 * @param view extra values for templates (prose pieces, lists), never written to output
 * @param canonicalForm text that is equal for isomorphic problems; hashed into the fingerprint
 */
public record Generated<P>(
    P problem,
    Object solution,
    String answer,
    ImmutableMap<String, Object> metrics,
    ImmutableMap<String, Object> view,
    String canonicalForm) {

  public Generated {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(canonicalForm, "canonicalForm");
  }

  public static <P> Generated<P> of(
      P problem, Object solution, String answer, Map<String, Object> metrics,
      Map<String, Object> view, String canonicalForm) {
    return new Generated<>(
        problem, solution, answer, ImmutableMap.copyOf(metrics), ImmutableMap.copyOf(view), canonicalForm);
  }
}
