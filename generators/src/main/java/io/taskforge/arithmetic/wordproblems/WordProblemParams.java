package io.taskforge.arithmetic.wordproblems;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.word-problems}.
 *
 * @param extraSteps extension stages added to the base problem, each with clauses that feed the answer
 * @param noops irrelevant but plausible clauses inserted into the story
 * @param magnitude scale of the story's large quantities: their ranges are multiplied by 10^(magnitude-1)
 * @param scenario a scenario id, or {@code any} for a random one per instance
 * @param mode final or trace
 */
public record WordProblemParams(int extraSteps, int noops, int magnitude, String scenario, AnswerMode mode) {

  static WordProblemParams from(Params p) {
    return new WordProblemParams(p.getInt("extra_steps"), p.getInt("noops"), p.getInt("magnitude"),
        p.getString("scenario"), AnswerMode.from(p));
  }
}
