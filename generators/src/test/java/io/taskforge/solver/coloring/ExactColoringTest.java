package io.taskforge.solver.coloring;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactColoringTest {

  /** Smallest c such that some assignment of 1..c to all vertices is proper, by enumeration. */
  private static int bruteChromatic(int n, int[][] edges) {
    for (int c = 1; c <= n; c++) {
      int[] col = new int[n];
      long total = 1;
      for (int i = 0; i < n; i++) {
        total *= c;
      }
      for (long code = 0; code < total; code++) {
        long x = code;
        for (int v = 0; v < n; v++) {
          col[v] = (int) (x % c);
          x /= c;
        }
        boolean ok = true;
        for (int[] e : edges) {
          if (col[e[0]] == col[e[1]]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          return c;
        }
      }
    }
    return n;
  }

  @Test
  void chromaticNumberMatchesEnumerationOnSmallRandomGraphs() {
    Rng rng = new Rng(17);
    for (int t = 0; t < 400; t++) {
      int n = rng.between(1, 7);
      List<int[]> edges = new ArrayList<>();
      int density = rng.between(0, 100);
      for (int u = 0; u < n; u++) {
        for (int v = u + 1; v < n; v++) {
          if (rng.chance(density, 100)) {
            edges.add(new int[] {u, v});
          }
        }
      }
      int[][] e = edges.toArray(new int[0][]);
      ExactColoring solver = new ExactColoring(ExactColoring.adjacency(n, e));
      int expected = bruteChromatic(n, e);
      assertThat(solver.chromaticNumber(n, 1_000_000).value()).as("trial %d", t).isEqualTo(expected);
      for (int c = 1; c <= n; c++) {
        ExactColoring.Result r = solver.colorable(c, 1_000_000);
        assertThat(r.outcome()).isEqualTo(c >= expected
            ? ExactColoring.Outcome.COLORABLE : ExactColoring.Outcome.NOT_COLORABLE);
        if (r.outcome() == ExactColoring.Outcome.COLORABLE) {
          for (int[] edge : e) {
            assertThat(r.coloring()[edge[0]]).isNotEqualTo(r.coloring()[edge[1]]);
          }
          for (int v = 0; v < n; v++) {
            assertThat(r.coloring()[v]).isBetween(1, c);
          }
        }
      }
    }
  }

  @Test
  void runningOutOfBudgetSaysUnknown() {
    // K6 minus nothing: 5 colours are not enough, and proving it takes more than 3 nodes.
    int n = 6;
    List<int[]> edges = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        edges.add(new int[] {u, v});
      }
    }
    ExactColoring solver = new ExactColoring(ExactColoring.adjacency(n, edges.toArray(new int[0][])));
    assertThat(solver.colorable(5, 3).outcome()).isEqualTo(ExactColoring.Outcome.UNKNOWN);
    assertThat(solver.chromaticNumber(6, 3).value()).isZero();
    assertThat(solver.colorable(5, 1000).outcome()).isEqualTo(ExactColoring.Outcome.NOT_COLORABLE);
  }
}
