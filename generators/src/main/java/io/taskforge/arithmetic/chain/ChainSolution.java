package io.taskforge.arithmetic.chain;

import java.util.List;

/**
 * The gold trace of a chain.
 *
 * @param trace one line per operation, {@code <value> <symbol> <operand> = <new value>}
 * @param values the running value after each operation
 * @param result the end value
 */
public record ChainSolution(List<String> trace, List<String> values, String result) {}
