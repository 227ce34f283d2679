package io.taskforge.arithmetic.linearsystem;

import java.util.List;

/**
 * A square system of linear equations with one solution.
 *
 * <p>Equation {@code i} (row {@code R<i+1>}) reads {@code sum_j coefficients[i][j] * variables[j] =
 * constants[i]}.
 *
 * @param variables the unknowns' names, in column order: {@code x, y, z} for up to three unknowns,
 *     else {@code x1 ... xn}
 * @param coefficients the integer coefficients, one row per equation
 * @param constants the integer right-hand sides
 * @param referenceSteps the number of steps in the reference trace (the {@code r} of the trace
 *     scoring rule)
 * @param mode {@code final} (only the values are scored) or {@code trace} (the elimination is scored)
 */
public record LinearSystemProblem(
    List<String> variables, List<List<Integer>> coefficients, List<Integer> constants, int referenceSteps,
    String mode) {

  public LinearSystemProblem {
    variables = variables == null ? List.of() : List.copyOf(variables);
    coefficients = coefficients == null ? List.of() : coefficients.stream().map(List::copyOf).toList();
    constants = constants == null ? List.of() : List.copyOf(constants);
  }
}
