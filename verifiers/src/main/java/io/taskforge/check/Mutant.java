package io.taskforge.check;

/**
 * A changed answer, with the independent oracle's judgement of it.
 *
 * @param kind what was changed, e.g. {@code swap-cells}, {@code drop-step}, {@code off-by-one}
 * @param response the mutated answer text, in the task's answer format
 * @param valid the oracle's verdict: true when the mutant is still a correct answer (another
 *     satisfying assignment, an alternative valid plan, an equal number), so the verifier must score
 *     it 1; false when the verifier must score it below 1
 */
public record Mutant(String kind, String response, boolean valid) {}
