package io.taskforge.arithmetic.wordproblems;

import java.util.List;
import java.util.Map;

/**
 * The gold solution of a word problem.
 *
 * @param trace one line per quantity, {@code name = expression = value}, in declaration order
 * @param result the answer, in canonical form (integer, exact decimal, or reduced fraction)
 * @param quantities every quantity's value by name, in declaration order
 * @param noops the indices of the scenario's no-op clauses used, in the order drawn
 */
public record WordProblemSolution(List<String> trace, String result, Map<String, String> quantities, List<Integer> noops) {}
