package io.taskforge.logic.futoshiki;

import io.taskforge.solver.sat.Dpll;
import java.util.ArrayList;
import java.util.List;

/**
 * An independent futoshiki solution counter for tests, sharing nothing with the generator's solver:
 * the puzzle as CNF (variable "cell i holds v"; exactly one value per cell, each value exactly once
 * per row and column, givens as unit clauses, each inequality as "if the smaller cell holds v, the
 * larger holds something above v" and the converse), decided by the shared DPLL solver; a second
 * solution is looked for with a clause that excludes the first.
 */
final class SatCounter {
  private SatCounter() {}

  /** Up to two solutions (values 1..n, row-major). */
  static List<int[]> solutions(FutoshikiProblem p) {
    int n = p.size();
    List<int[]> clauses = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        // cell (a, b) has one value; value b+1 once in row a; value b+1 once in column a
        int[] cell = new int[n];
        int[] row = new int[n];
        int[] column = new int[n];
        for (int k = 0; k < n; k++) {
          cell[k] = var(n, a, b, k + 1);
          row[k] = var(n, a, k, b + 1);
          column[k] = var(n, k, a, b + 1);
        }
        for (int[] group : List.of(cell, row, column)) {
          clauses.add(group);
          for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
              clauses.add(new int[] {-group[x], -group[y]});
            }
          }
        }
        int given = p.grid().get(a).get(b);
        if (given != 0) {
          clauses.add(new int[] {var(n, a, b, given)});
        }
      }
    }
    for (FutoshikiProblem.Inequality q : p.inequalities()) {
      for (int v = 1; v <= n; v++) {
        List<Integer> above = new ArrayList<>(List.of(-var(n, q.smallerRow(), q.smallerColumn(), v)));
        List<Integer> below = new ArrayList<>(List.of(-var(n, q.largerRow(), q.largerColumn(), v)));
        for (int w = 1; w <= n; w++) {
          if (w > v) {
            above.add(var(n, q.largerRow(), q.largerColumn(), w));
          }
          if (w < v) {
            below.add(var(n, q.smallerRow(), q.smallerColumn(), w));
          }
        }
        clauses.add(above.stream().mapToInt(Integer::intValue).toArray());
        clauses.add(below.stream().mapToInt(Integer::intValue).toArray());
      }
    }
    List<int[]> found = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      Dpll.Result r = Dpll.solve(n * n * n, clauses.toArray(new int[0][]));
      if (!r.satisfiable()) {
        break;
      }
      int[] grid = new int[n * n];
      int[] block = new int[n * n];
      for (int i = 0; i < n * n; i++) {
        for (int v = 1; v <= n; v++) {
          if (r.model()[var(n, i / n, i % n, v)]) {
            grid[i] = v;
          }
        }
        block[i] = -var(n, i / n, i % n, grid[i]);
      }
      found.add(grid);
      clauses.add(block);
    }
    return found;
  }

  private static int var(int n, int r, int c, int v) {
    return (r * n + c) * n + v;
  }
}
