package io.taskforge.logic.graphcoloring;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Property-testing oracle for {@code logic.graph-coloring}, written apart from
 * {@link GraphColoringVerifier}: its own strict reader of the canonical answer (lines
 * {@code <vertex>: <colour>} for vertices 1..N in order) and its own properness check.
 *
 * <p>Mutant kinds: {@code recolor-one} (another allowed colour for one vertex; still correct when no
 * edge becomes monochromatic), {@code swap-two} (exchange two vertices' colours), {@code rename-colors}
 * (permute the colour names: always still proper), {@code merge-colors} (repaint one colour class with
 * another colour), {@code drop-vertex} (a line missing), {@code out-of-range} (colour k+1) and
 * {@code zero-color} (colour 0).
 */
public final class GraphColoringOracle implements TaskOracle<GraphColoringProblem> {
  private static final int PER_KIND = 3;

  @Override
  public String taskId() {
    return GraphColoringTask.ID;
  }

  @Override
  public Class<GraphColoringProblem> problemType() {
    return GraphColoringProblem.class;
  }

  @Override
  public List<String> equivalentForms(GraphColoringProblem problem, String gold, Rng rng) {
    int[] c = read(problem, gold);
    List<String> forms = new ArrayList<>();
    if (c == null) {
      return forms;
    }
    int n = problem.vertices();
    StringBuilder commas = new StringBuilder();
    StringBuilder prefixed = new StringBuilder();
    StringBuilder spaced = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    StringBuilder crlf = new StringBuilder();
    for (int v = 1; v <= n; v++) {
      commas.append(v > 1 ? ", " : "").append(v).append(": ").append(c[v]);
      prefixed.append(v > 1 ? "; " : "").append(v % 2 == 0 ? 'V' : 'v').append(v).append('=').append(c[v]);
      spaced.append("  ").append(v).append("\t :  ").append(c[v]).append(" .\n");
      bullets.append("- ").append(v).append(": ").append(c[v]).append('\n');
      crlf.append(v).append(':').append(c[v]).append("\r\n");
    }
    forms.add(commas.toString());
    forms.add(prefixed.toString());
    forms.add(spaced.toString());
    forms.add(bullets.toString());
    forms.add(crlf.toString());
    List<String> lines = new ArrayList<>();
    for (int v = 1; v <= n; v++) {
      lines.add(v + ": " + c[v]);
    }
    rng.shuffle(lines);
    forms.add(String.join("\n", lines));
    return forms;
  }

  @Override
  public List<Mutant> mutants(GraphColoringProblem problem, String gold, Rng rng) {
    int[] c = read(problem, gold);
    List<Mutant> mutants = new ArrayList<>();
    if (c == null) {
      return mutants;
    }
    int n = problem.vertices();
    int k = problem.colors();
    for (int i = 0; i < PER_KIND && k >= 2; i++) {
      int[] m = c.clone();
      int v = 1 + rng.nextInt(n);
      int other = 1 + rng.nextInt(k - 1);
      m[v] = other >= m[v] ? other + 1 : other;
      add(mutants, problem, "recolor-one", m);
    }
    for (int i = 0; i < PER_KIND && n >= 2; i++) {
      int[] m = c.clone();
      int a = 1 + rng.nextInt(n);
      int b = 1 + rng.nextInt(n - 1);
      b = b >= a ? b + 1 : b;
      int t = m[a];
      m[a] = m[b];
      m[b] = t;
      add(mutants, problem, "swap-two", m);
    }
    for (int i = 0; i < PER_KIND; i++) {
      int[] perm = rng.permutation(k);
      int[] m = c.clone();
      for (int v = 1; v <= n; v++) {
        m[v] = perm[c[v] - 1] + 1;
      }
      add(mutants, problem, "rename-colors", m);
    }
    if (k >= 2) {
      int from = 1 + rng.nextInt(k);
      int to = 1 + rng.nextInt(k - 1);
      to = to >= from ? to + 1 : to;
      int[] m = c.clone();
      for (int v = 1; v <= n; v++) {
        if (m[v] == from) {
          m[v] = to;
        }
      }
      add(mutants, problem, "merge-colors", m);
    }
    int[] out = c.clone();
    out[1 + rng.nextInt(n)] = k + 1;
    add(mutants, problem, "out-of-range", out);
    int[] zero = c.clone();
    zero[1 + rng.nextInt(n)] = 0;
    add(mutants, problem, "zero-color", zero);
    int drop = 1 + rng.nextInt(n);
    StringBuilder sb = new StringBuilder();
    for (int v = 1; v <= n; v++) {
      if (v != drop) {
        sb.append(sb.length() > 0 ? "\n" : "").append(v).append(": ").append(c[v]);
      }
    }
    mutants.add(new Mutant("drop-vertex", sb.toString(), false));
    return mutants;
  }

  private void add(List<Mutant> mutants, GraphColoringProblem problem, String kind, int[] coloring) {
    String text = canonical(coloring);
    mutants.add(new Mutant(kind, text, accepts(problem, text)));
  }

  @Override
  public boolean accepts(GraphColoringProblem problem, String canonicalAnswer) {
    int[] c = read(problem, canonicalAnswer);
    if (c == null) {
      return false;
    }
    for (int v = 1; v < c.length; v++) {
      if (c[v] < 1 || c[v] > problem.colors()) {
        return false;
      }
    }
    for (List<Integer> e : problem.edges()) {
      if (c[e.get(0)] == c[e.get(1)]) {
        return false;
      }
    }
    return true;
  }

  /** Strictly reads lines {@code v: c} for v = 1..N in order; null when anything is off. */
  static int[] read(GraphColoringProblem problem, String text) {
    String[] lines = text.split("\n", -1);
    int n = problem.vertices();
    if (lines.length != n) {
      return null;
    }
    int[] c = new int[n + 1];
    for (int v = 1; v <= n; v++) {
      String prefix = v + ": ";
      String line = lines[v - 1];
      if (!line.startsWith(prefix)) {
        return null;
      }
      String digits = line.substring(prefix.length());
      if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return null;
      }
      c[v] = Integer.parseInt(digits);
    }
    return c;
  }

  static String canonical(int[] coloring) {
    StringBuilder sb = new StringBuilder();
    for (int v = 1; v < coloring.length; v++) {
      sb.append(v > 1 ? "\n" : "").append(v).append(": ").append(coloring[v]);
    }
    return sb.toString();
  }
}
