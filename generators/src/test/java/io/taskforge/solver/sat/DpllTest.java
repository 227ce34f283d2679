package io.taskforge.solver.sat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.taskforge.core.Rng;
import org.junit.jupiter.api.Test;

class DpllTest {

  private static boolean satisfies(int[][] clauses, boolean[] model) {
    for (int[] clause : clauses) {
      boolean any = false;
      for (int lit : clause) {
        any |= model[Math.abs(lit)] == (lit > 0);
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static boolean bruteForce(int n, int[][] clauses) {
    boolean[] model = new boolean[n + 1];
    for (int bits = 0; bits < (1 << n); bits++) {
      for (int v = 1; v <= n; v++) {
        model[v] = ((bits >>> (v - 1)) & 1) == 1;
      }
      if (satisfies(clauses, model)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void agreesWithExhaustiveSearchOnMixedRandomFormulas() {
    Rng rng = new Rng(99);
    int sat = 0;
    int trials = 3000;
    for (int t = 0; t < trials; t++) {
      int n = rng.between(1, 10);
      int m = rng.between(0, 45);
      int[][] clauses = new int[m][];
      for (int c = 0; c < m; c++) {
        // Widths 1..4 with repeated variables and tautologies allowed: the solver must cope.
        int width = rng.between(1, 4);
        clauses[c] = new int[width];
        for (int j = 0; j < width; j++) {
          int v = rng.between(1, n);
          clauses[c][j] = rng.nextBoolean() ? v : -v;
        }
      }
      Dpll.Result r = Dpll.solve(n, clauses);
      assertThat(r.satisfiable()).as("trial %d", t).isEqualTo(bruteForce(n, clauses));
      if (r.satisfiable()) {
        sat++;
        assertThat(r.model()).hasSize(n + 1);
        assertThat(satisfies(clauses, r.model())).isTrue();
      } else {
        assertThat(r.model()).isEmpty();
      }
    }
    assertThat(sat).isBetween(trials / 10, trials - trials / 10);
  }

  @Test
  void edgeCases() {
    assertThat(Dpll.solve(3, new int[0][]).satisfiable()).isTrue();
    assertThat(Dpll.solve(2, new int[][] {{}}).satisfiable()).isFalse();
    assertThat(Dpll.solve(1, new int[][] {{1}, {-1}}).satisfiable()).isFalse();
    assertThat(Dpll.solve(1, new int[][] {{1, -1}}).satisfiable()).isTrue();
    assertThat(Dpll.solve(2, new int[][] {{1, 2}, {1, -2}, {-1, 2}, {-1, -2}}).satisfiable()).isFalse();
    Dpll.Result r = Dpll.solve(2, new int[][] {{1, 2}, {-1}});
    assertThat(r.satisfiable()).isTrue();
    assertThat(r.model()[1]).isFalse();
    assertThat(r.model()[2]).isTrue();
    assertThatThrownBy(() -> Dpll.solve(2, new int[][] {{3}})).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Dpll.solve(2, new int[][] {{0}})).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void isDeterministic() {
    Rng rng = new Rng(5);
    int[][] clauses = new int[170][];
    for (int c = 0; c < clauses.length; c++) {
      clauses[c] = new int[3];
      for (int j = 0; j < 3; j++) {
        int v = rng.between(1, 40);
        clauses[c][j] = rng.nextBoolean() ? v : -v;
      }
    }
    Dpll.Result a = Dpll.solve(40, clauses);
    Dpll.Result b = Dpll.solve(40, clauses);
    assertThat(b.satisfiable()).isEqualTo(a.satisfiable());
    assertThat(b.model()).isEqualTo(a.model());
    assertThat(b.decisions()).isEqualTo(a.decisions());
  }
}
