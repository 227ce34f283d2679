package io.taskforge.arithmetic.traceerrors;

import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.Given;
import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.TraceStep;
import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Property-testing oracle for {@code arithmetic.trace-errors}, written apart from
 * {@link TraceErrorsVerifier}: it lists every wrong step (not only the first) with its own
 * BigInteger evaluation over a name-keyed map, and reads only the canonical answer ({@code none} or a
 * step number in plain digits).
 *
 * <p>Mutant kinds: {@code next-step} and {@code previous-step} (the gold ± 1), {@code none} (for a
 * faulty trace), {@code later-wrong-step} (another wrong step after the first), {@code last-step},
 * {@code first-step}, {@code zero}, {@code past-the-end}, {@code two-answers} ({@code 3, 5}) and
 * {@code sentence} (the answer in words).
 */
public final class TraceErrorsOracle implements TaskOracle<TraceErrorsProblem> {

  @Override
  public String taskId() {
    return TraceErrorsTask.ID;
  }

  @Override
  public Class<TraceErrorsProblem> problemType() {
    return TraceErrorsProblem.class;
  }

  /** Numbers of the steps whose written numbers differ from the true ones, in increasing order. */
  static List<Integer> wrongSteps(TraceErrorsProblem p) {
    TreeMap<String, BigInteger> known = new TreeMap<>();
    for (Given g : p.inputs()) {
      known.put(g.name(), new BigInteger(g.value()));
    }
    List<Integer> wrong = new ArrayList<>();
    int k = 0;
    for (TraceStep s : p.steps()) {
      k++;
      BigInteger x = value(s.left(), known);
      BigInteger y = value(s.right(), known);
      BigInteger r = s.op().equals("+") ? x.add(y) : s.op().equals("-") ? x.subtract(y) : x.multiply(y);
      known.put("#" + k, r);
      boolean right = new BigInteger(s.shownLeft()).equals(x) && new BigInteger(s.shownRight()).equals(y)
          && new BigInteger(s.shownResult()).equals(r);
      if (!right) {
        wrong.add(k);
      }
    }
    return wrong;
  }

  private static BigInteger value(String source, TreeMap<String, BigInteger> known) {
    BigInteger v = known.get(source);
    return v != null ? v : new BigInteger(source);
  }

  @Override
  public boolean accepts(TraceErrorsProblem problem, String canonicalAnswer) {
    List<Integer> wrong = wrongSteps(problem);
    String a = canonicalAnswer.strip();
    if (a.equals("none")) {
      return wrong.isEmpty();
    }
    if (a.isEmpty() || a.length() > 9 || a.charAt(0) == '0' || !a.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return !wrong.isEmpty() && wrong.get(0) == Integer.parseInt(a);
  }

  @Override
  public List<String> equivalentForms(TraceErrorsProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    forms.add(" \n" + gold + "\t\n");
    forms.add(gold + ".");
    if (gold.equals("none")) {
      forms.add("None");
      forms.add("NONE.");
    } else {
      forms.add("Step " + gold);
      forms.add("step #" + gold);
      forms.add("STEP " + gold + ".");
    }
    return forms;
  }

  @Override
  public List<Mutant> mutants(TraceErrorsProblem problem, String gold, Rng rng) {
    List<Integer> wrong = wrongSteps(problem);
    int n = problem.steps().size();
    List<Mutant> out = new ArrayList<>();
    if (!wrong.isEmpty()) {
      int first = wrong.get(0);
      add(out, problem, "none", "none");
      if (first < n) {
        add(out, problem, "next-step", Integer.toString(first + 1));
      }
      if (first > 1) {
        add(out, problem, "previous-step", Integer.toString(first - 1));
      }
      if (wrong.size() > 1) {
        add(out, problem, "later-wrong-step", Integer.toString(wrong.get(1 + rng.nextInt(wrong.size() - 1))));
      }
      add(out, problem, "two-answers", first + ", " + wrong.get(wrong.size() - 1));
      add(out, problem, "sentence", "The first wrong step is step " + first + ".");
    }
    add(out, problem, "last-step", Integer.toString(n));
    add(out, problem, "first-step", "1");
    add(out, problem, "random-step", Integer.toString(1 + rng.nextInt(n)));
    add(out, problem, "zero", "0");
    add(out, problem, "past-the-end", Integer.toString(n + 1));
    return out;
  }

  private void add(List<Mutant> out, TraceErrorsProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  @Override
  public List<String> hostileResponses(TraceErrorsProblem problem, String gold) {
    int n = problem.steps().size();
    StringBuilder all = new StringBuilder();
    for (int k = 1; k <= n; k++) {
      all.append(k).append(", ");
    }
    return List.of(all.append("none").toString(), "1-" + n, "<answer>none or 1</answer>", "step");
  }
}
