package io.taskforge.logic.sat;

import java.util.List;

/**
 * A CNF formula over variables {@code x1..x<variables>}, and whether it is satisfiable.
 *
 * <p>Each clause is a list of DIMACS literals: {@code v} stands for {@code xv} and {@code -v} for
 * "not {@code xv}"; a clause holds when at least one of its literals is true, and the formula when
 * every clause holds.
 *
 * @param variables the number of variables; literals use {@code 1..variables}
 * @param clauses the clauses, in the order the prompt lists them
 * @param satisfiable whether some assignment satisfies every clause (decided by a complete solver);
 *     when false the only correct answer is {@code UNSAT}
 */
public record SatProblem(int variables, List<List<Integer>> clauses, boolean satisfiable) {

  public SatProblem {
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }
}
