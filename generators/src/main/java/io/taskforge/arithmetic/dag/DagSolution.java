package io.taskforge.arithmetic.dag;

import java.util.List;

/**
 * The gold computation.
 *
 * @param trace one line per operation the asked node needs, in a topological order, e.g.
 *     {@code C = A + B = 12}
 * @param result the asked node's value
 * @param values every node's value as {@code NAME = value}, in the order the problem describes them
 */
public record DagSolution(List<String> trace, String result, List<String> values) {}
