package io.taskforge.logic.sat;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code logic.sat}, written apart from {@link SatVerifier}: its own
 * strict reader of the canonical answer ({@code UNSAT}, or {@code x1=T, x2=F, ...} entries joined by
 * {@code ", "}) and its own clause evaluation over a {@code Boolean[]} model (null = unassigned).
 *
 * <p>Mutant kinds: {@code flip-one} and {@code flip-two} (change values; still correct when every
 * clause keeps a true literal), {@code drop-one} (leave a variable out; correct only if no clause
 * needed it), {@code keep-one} (a single entry), {@code claim-unsat} (answer UNSAT to a satisfiable
 * formula), {@code duplicate} (a variable given twice, unreadable), {@code out-of-range} (a variable
 * that does not exist, unreadable), and for unsatisfiable formulas {@code random-assignment},
 * {@code all-true} and {@code all-false}.
 */
public final class SatOracle implements TaskOracle<SatProblem> {
  private static final int PER_KIND = 3;

  @Override
  public String taskId() {
    return SatTask.ID;
  }

  @Override
  public Class<SatProblem> problemType() {
    return SatProblem.class;
  }

  @Override
  public List<String> equivalentForms(SatProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (gold.equals(SatTask.UNSAT)) {
      forms.add("unsat");
      forms.add("Unsat.");
      forms.add("UNSATISFIABLE");
      forms.add("  **UNSAT**  ");
      forms.add("`unsatisfiable`");
      return forms;
    }
    Boolean[] model = read(problem.variables(), gold);
    if (model == null) {
      return forms;
    }
    int n = problem.variables();
    StringBuilder dimacs = new StringBuilder();
    StringBuilder dimacsNoZero = new StringBuilder();
    StringBuilder words = new StringBuilder();
    StringBuilder lines = new StringBuilder();
    StringBuilder bits = new StringBuilder();
    StringBuilder literals = new StringBuilder();
    for (int v = 1; v <= n; v++) {
      boolean val = model[v];
      dimacs.append(val ? "" : "-").append(v).append(' ');
      dimacsNoZero.append(v > 1 ? ", " : "").append(val ? "" : "-").append(v);
      words.append(v > 1 ? "; " : "").append('X').append(v).append(" = ").append(val ? "true" : "FALSE");
      lines.append('x').append(v).append(": ").append(val ? 't' : 'f').append('\n');
      bits.append(v > 1 ? " " : "").append('x').append(v).append('=').append(val ? '1' : '0');
      literals.append(v > 1 ? " " : "").append(val ? "x" : "\u00ACx").append(v);
    }
    forms.add(dimacs.append('0').toString());
    forms.add(dimacsNoZero.toString());
    forms.add(words.toString());
    forms.add(lines.toString());
    forms.add(bits.toString());
    forms.add(literals.toString());
    forms.add(gold.toLowerCase(Locale.ROOT) + ".");
    forms.add(gold.replace(", ", "\r\n"));
    forms.add(join(shuffledEntries(model, rng), ", "));
    return forms;
  }

  @Override
  public List<Mutant> mutants(SatProblem problem, String gold, Rng rng) {
    int n = problem.variables();
    List<Mutant> mutants = new ArrayList<>();
    if (gold.equals(SatTask.UNSAT)) {
      for (int i = 0; i < PER_KIND; i++) {
        Boolean[] model = new Boolean[n + 1];
        for (int v = 1; v <= n; v++) {
          model[v] = rng.nextBoolean();
        }
        add(mutants, problem, "random-assignment", canonical(model));
      }
      mutants.add(judged(problem, "all-true", canonical(constant(n, true))));
      mutants.add(judged(problem, "all-false", canonical(constant(n, false))));
      return mutants;
    }
    Boolean[] model = read(n, gold);
    if (model == null) {
      return mutants;
    }
    for (int i = 0; i < PER_KIND; i++) {
      Boolean[] m = model.clone();
      int v = 1 + rng.nextInt(n);
      m[v] = !m[v];
      add(mutants, problem, "flip-one", canonical(m));
    }
    for (int i = 0; i < PER_KIND && n >= 2; i++) {
      Boolean[] m = model.clone();
      int a = 1 + rng.nextInt(n);
      int b = 1 + rng.nextInt(n - 1);
      b = b >= a ? b + 1 : b;
      m[a] = !m[a];
      m[b] = !m[b];
      add(mutants, problem, "flip-two", canonical(m));
    }
    for (int i = 0; i < PER_KIND && n >= 2; i++) {
      Boolean[] m = model.clone();
      m[1 + rng.nextInt(n)] = null;
      add(mutants, problem, "drop-one", canonical(m));
    }
    Boolean[] single = new Boolean[n + 1];
    int keep = 1 + rng.nextInt(n);
    single[keep] = model[keep];
    add(mutants, problem, "keep-one", canonical(single));
    add(mutants, problem, "claim-unsat", SatTask.UNSAT);
    int dup = 1 + rng.nextInt(n);
    mutants.add(new Mutant("duplicate", gold + ", x" + dup + "=" + (model[dup] ? "T" : "F"), false));
    mutants.add(new Mutant("out-of-range", gold + ", x" + (n + 1) + "=T", false));
    return mutants;
  }

  private void add(List<Mutant> mutants, SatProblem problem, String kind, String response) {
    mutants.add(judged(problem, kind, response));
  }

  private Mutant judged(SatProblem problem, String kind, String response) {
    return new Mutant(kind, response, accepts(problem, response));
  }

  @Override
  public boolean accepts(SatProblem problem, String canonicalAnswer) {
    if (canonicalAnswer.equals(SatTask.UNSAT)) {
      return !problem.satisfiable();
    }
    Boolean[] model = read(problem.variables(), canonicalAnswer);
    if (model == null) {
      return false;
    }
    for (List<Integer> clause : problem.clauses()) {
      boolean sat = false;
      for (int lit : clause) {
        Boolean val = model[Math.abs(lit)];
        if (val != null && val == (lit > 0)) {
          sat = true;
          break;
        }
      }
      if (!sat) {
        return false;
      }
    }
    return true;
  }

  /** Strictly reads {@code x<i>=<T|F>} entries joined by ", "; null when anything is off. */
  static Boolean[] read(int n, String text) {
    if (text.isEmpty()) {
      return null;
    }
    Boolean[] model = new Boolean[n + 1];
    int count = 0;
    for (String part : text.split(", ", -1)) {
      int eq = part.indexOf('=');
      if (!part.startsWith("x") || eq < 2 || eq != part.length() - 2) {
        return null;
      }
      String digits = part.substring(1, eq);
      if (digits.length() > 7 || !digits.chars().allMatch(ch -> ch >= '0' && ch <= '9') || digits.startsWith("0")) {
        return null;
      }
      int v = Integer.parseInt(digits);
      char val = part.charAt(eq + 1);
      if (v > n || model[v] != null || (val != 'T' && val != 'F')) {
        return null;
      }
      model[v] = val == 'T';
      count++;
    }
    return count == 0 ? null : model;
  }

  /** The canonical text of a (possibly partial) model: assigned variables in order. */
  static String canonical(Boolean[] model) {
    StringBuilder sb = new StringBuilder();
    for (int v = 1; v < model.length; v++) {
      if (model[v] != null) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        sb.append('x').append(v).append('=').append(model[v] ? 'T' : 'F');
      }
    }
    return sb.toString();
  }

  private static Boolean[] constant(int n, boolean value) {
    Boolean[] m = new Boolean[n + 1];
    for (int v = 1; v <= n; v++) {
      m[v] = value;
    }
    return m;
  }

  private static List<String> shuffledEntries(Boolean[] model, Rng rng) {
    List<String> entries = new ArrayList<>();
    for (int v = 1; v < model.length; v++) {
      entries.add("x" + v + "=" + (model[v] ? "T" : "F"));
    }
    rng.shuffle(entries);
    return entries;
  }

  private static String join(List<String> parts, String sep) {
    return String.join(sep, parts);
  }
}
