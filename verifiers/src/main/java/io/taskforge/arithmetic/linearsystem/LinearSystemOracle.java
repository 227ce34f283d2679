package io.taskforge.arithmetic.linearsystem;

import io.taskforge.check.Mutant;
import io.taskforge.core.Rng;
import io.taskforge.check.TaskOracle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Property-testing oracle for {@code arithmetic.linear-system}, written apart from
 * {@link LinearSystemVerifier}: its own fractions over BigInteger ({@link Q}), its own strict reader
 * of the canonical format only (tokens at single spaces), its own replay of row operations and of
 * the rules (invertible, no earlier state, at most n² + 2n row operations, values read off rows whose
 * other unknowns are known), and final answers judged by substitution into every equation.
 *
 * <p>Final-mode mutants: {@code reordered} and {@code unreduced} and {@code decimal} (valid),
 * {@code off-by-one}, {@code sign-flip}, {@code swap-values}, {@code missing}, {@code tuple},
 * {@code conflicting}. Trace-mode mutants: {@code gauss-jordan} and {@code fraction-free} (the
 * oracle's own eliminations, another pivot order and other row operations: valid), {@code
 * swap-steps} (adjacent steps exchanged: valid when independent), {@code result-order} (valid),
 * {@code wrong-entry}, {@code wrong-factor}, {@code wrong-value}, {@code drop-step}, {@code
 * swap-back} (a swap undone at once), {@code zero-factor}, {@code no-values}, {@code wrong-result},
 * {@code no-result}.
 */
public final class LinearSystemOracle implements TaskOracle<LinearSystemProblem> {

  @Override
  public String taskId() {
    return LinearSystemTask.ID;
  }

  @Override
  public Class<LinearSystemProblem> problemType() {
    return LinearSystemProblem.class;
  }

  /** An exact fraction, reduced, denominator positive. */
  record Q(BigInteger n, BigInteger d) {
    static final Q ZERO = new Q(BigInteger.ZERO, BigInteger.ONE);
    static final Q ONE = new Q(BigInteger.ONE, BigInteger.ONE);

    static Q of(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Q(n, d) : new Q(n.divide(g), d.divide(g));
    }

    static Q of(long v) {
      return new Q(BigInteger.valueOf(v), BigInteger.ONE);
    }

    Q plus(Q o) {
      return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Q minus(Q o) {
      return plus(o.neg());
    }

    Q times(Q o) {
      return of(n.multiply(o.n), d.multiply(o.d));
    }

    Q over(Q o) {
      return of(n.multiply(o.d), d.multiply(o.n));
    }

    Q neg() {
      return new Q(n.negate(), d);
    }

    boolean zero() {
      return n.signum() == 0;
    }

    Q abs() {
      return n.signum() < 0 ? neg() : this;
    }

    @Override
    public String toString() {
      return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
    }

    /** Strict {@code -?digits(/digits)?}; null otherwise or for a zero denominator. */
    static Q parse(String s) {
      if (s.isEmpty() || s.length() > 5000) {
        return null;
      }
      int slash = s.indexOf('/');
      String a = slash < 0 ? s : s.substring(0, slash);
      String b = slash < 0 ? "1" : s.substring(slash + 1);
      if (!integer(a, true) || !integer(b, false)) {
        return null;
      }
      BigInteger den = new BigInteger(b);
      return den.signum() == 0 ? null : of(new BigInteger(a), den);
    }

    /** {@link #parse} or a plain decimal {@code -?digits.digits}. */
    static Q parseValue(String s) {
      int dot = s.indexOf('.');
      if (dot < 0) {
        return parse(s);
      }
      String whole = s.substring(0, dot);
      String frac = s.substring(dot + 1);
      if (!integer(whole, true) || !integer(frac, false)) {
        return null;
      }
      Q w = parse(whole + frac);
      return w == null ? null : w.over(new Q(BigInteger.TEN.pow(frac.length()), BigInteger.ONE));
    }

    private static boolean integer(String s, boolean signed) {
      int i = signed && s.startsWith("-") ? 1 : 0;
      if (i == s.length()) {
        return false;
      }
      for (; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }
  }

  private static Q[][] augmented(LinearSystemProblem p) {
    int n = p.variables().size();
    Q[][] m = new Q[n][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = Q.of(p.coefficients().get(i).get(j));
      }
      m[i][n] = Q.of(p.constants().get(i));
    }
    return m;
  }

  private static boolean traceMode(LinearSystemProblem p) {
    return "trace".equals(p.mode());
  }

  // ---- judging ----

  @Override
  public boolean accepts(LinearSystemProblem problem, String canonicalAnswer) {
    if (!traceMode(problem)) {
      Q[] values = assignments(problem.variables(), canonicalAnswer);
      return values != null && satisfies(augmented(problem), values);
    }
    List<String> lines = canonicalAnswer.lines().toList();
    int last = lines.size() - 1;
    if (last < 1 || !lines.get(last).startsWith("Result: ")) {
      return false;
    }
    Replay replay = new Replay(problem);
    for (int i = 0; i < last; i++) {
      if (!replay.step(lines.get(i))) {
        return false;
      }
    }
    Q[] result = assignments(problem.variables(), lines.get(last).substring("Result: ".length()));
    if (result == null) {
      return false;
    }
    for (int j = 0; j < result.length; j++) {
      if (replay.known[j] == null || !replay.known[j].equals(result[j])) {
        return false;
      }
    }
    return true;
  }

  /** Canonical assignments {@code name = value} joined by {@code ", "}, every unknown exactly once, any order. */
  static Q[] assignments(List<String> names, String text) {
    Q[] values = new Q[names.size()];
    for (String part : text.split(", ", -1)) {
      int eq = part.indexOf(" = ");
      if (eq < 0) {
        return null;
      }
      int j = names.indexOf(part.substring(0, eq));
      Q v = Q.parseValue(part.substring(eq + 3));
      if (j < 0 || v == null || values[j] != null) {
        return null;
      }
      values[j] = v;
    }
    for (Q v : values) {
      if (v == null) {
        return null;
      }
    }
    return values;
  }

  static boolean satisfies(Q[][] m, Q[] values) {
    int n = values.length;
    for (Q[] row : m) {
      Q sum = Q.ZERO;
      for (int j = 0; j < n; j++) {
        sum = sum.plus(row[j].times(values[j]));
      }
      if (!sum.equals(row[n])) {
        return false;
      }
    }
    return true;
  }

  /** The oracle's replay of a canonical trace under the rules. */
  static final class Replay {
    final List<String> names;
    final int n;
    final Q[][] m;
    final Q[] known;
    final Set<String> seen = new HashSet<>();
    int operations;

    Replay(LinearSystemProblem p) {
      names = p.variables();
      n = names.size();
      m = augmented(p);
      known = new Q[n];
      seen.add(Arrays.deepToString(m));
    }

    boolean step(String line) {
      if (line.startsWith("R")) {
        if (++operations > n * n + 2 * n) {
          return false;
        }
        boolean ok = line.contains(" <-> ") ? swap(line) : operation(line);
        return ok && seen.add(Arrays.deepToString(m));
      }
      int eq = line.indexOf(" = ");
      if (eq < 0) {
        return false;
      }
      int v = names.indexOf(line.substring(0, eq));
      Q value = Q.parse(line.substring(eq + 3));
      if (v < 0 || value == null || known[v] != null) {
        return false;
      }
      for (Q[] row : m) {
        if (row[v].zero()) {
          continue;
        }
        Q rest = row[n];
        boolean ready = true;
        for (int j = 0; j < n; j++) {
          if (j != v && !row[j].zero()) {
            if (known[j] == null) {
              ready = false;
              break;
            }
            rest = rest.minus(row[j].times(known[j]));
          }
        }
        if (ready) {
          if (!rest.over(row[v]).equals(value)) {
            return false;
          }
          known[v] = value;
          return true;
        }
      }
      return false;
    }

    private int row(String token) {
      if (token.length() < 2 || token.charAt(0) != 'R') {
        return -1;
      }
      try {
        int r = Integer.parseInt(token.substring(1));
        return r >= 1 && r <= n ? r - 1 : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    private boolean swap(String line) {
      String[] parts = line.split(" <-> ", -1);
      int a = parts.length == 2 ? row(parts[0]) : -1;
      int b = parts.length == 2 ? row(parts[1]) : -1;
      if (a < 0 || b < 0 || a == b) {
        return false;
      }
      Q[] t = m[a];
      m[a] = m[b];
      m[b] = t;
      return true;
    }

    private boolean operation(String line) {
      int colon = line.indexOf(": [");
      int eq = line.indexOf(" = ");
      if (colon < 0 || eq < 0 || eq > colon || !line.endsWith("]")) {
        return false;
      }
      int target = row(line.substring(0, eq));
      if (target < 0) {
        return false;
      }
      Q[] factors = new Q[n];
      Arrays.fill(factors, Q.ZERO);
      Q sign = Q.ONE;
      Q coef = Q.ONE;
      for (String tok : line.substring(eq + 3, colon).split(" ", -1)) {
        if (tok.equals("+") || tok.equals("-")) {
          sign = tok.equals("-") ? Q.ONE.neg() : Q.ONE;
        } else if (row(tok) >= 0) {
          factors[row(tok)] = factors[row(tok)].plus(sign.times(coef));
          sign = Q.ONE;
          coef = Q.ONE;
        } else {
          coef = Q.parse(tok);
          if (coef == null) {
            return false;
          }
        }
      }
      if (factors[target].zero()) {
        return false;
      }
      String[] sides = line.substring(colon + 3, line.length() - 1).split(" \\| ", -1);
      String[] entries = sides.length == 2 ? sides[0].split(", ", -1) : new String[0];
      if (entries.length != n) {
        return false;
      }
      Q[] stated = new Q[n + 1];
      for (int j = 0; j <= n; j++) {
        stated[j] = Q.parse(j < n ? entries[j] : sides[1]);
        if (stated[j] == null) {
          return false;
        }
      }
      for (int j = 0; j <= n; j++) {
        Q sum = Q.ZERO;
        for (int r = 0; r < n; r++) {
          sum = sum.plus(factors[r].times(m[r][j]));
        }
        if (!sum.equals(stated[j])) {
          return false;
        }
      }
      m[target] = stated;
      return true;
    }
  }

  // ---- the oracle's own eliminations ----

  /**
   * Gauss-Jordan elimination: the largest pivot in absolute value, the pivot row scaled to 1, the
   * column cleared above and below, then the values read in column order.
   */
  static List<String> gaussJordan(LinearSystemProblem p) {
    List<String> names = p.variables();
    int n = names.size();
    Q[][] m = augmented(p);
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      int best = c;
      for (int r = c + 1; r < n; r++) {
        if (m[r][c].abs().n.multiply(m[best][c].abs().d).compareTo(m[best][c].abs().n.multiply(m[r][c].abs().d)) > 0) {
          best = r;
        }
      }
      if (best != c) {
        Q[] t = m[best];
        m[best] = m[c];
        m[c] = t;
        lines.add("R" + (c + 1) + " <-> R" + (best + 1));
      }
      Q pivot = m[c][c];
      if (!pivot.equals(Q.ONE)) {
        Q f = Q.ONE.over(pivot);
        for (int j = 0; j <= n; j++) {
          m[c][j] = m[c][j].times(f);
        }
        lines.add("R" + (c + 1) + " = " + f + " R" + (c + 1) + ": " + row(m[c]));
      }
      for (int r = 0; r < n; r++) {
        if (r == c || m[r][c].zero()) {
          continue;
        }
        Q f = m[r][c];
        for (int j = 0; j <= n; j++) {
          m[r][j] = m[r][j].minus(f.times(m[c][j]));
        }
        lines.add(combination(r, Q.ONE, c, f.neg()) + ": " + row(m[r]));
      }
    }
    for (int j = 0; j < n; j++) {
      lines.add(names.get(j) + " = " + m[j][n]);
    }
    lines.add("Result: " + result(names, column(m, n)));
    return lines;
  }

  /** Fraction-free elimination: {@code R_r = p R_r - a R_c} keeps integer rows; back substitution. */
  static List<String> fractionFree(LinearSystemProblem p) {
    List<String> names = p.variables();
    int n = names.size();
    Q[][] m = augmented(p);
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      int piv = c;
      while (m[piv][c].zero()) {
        piv++;
      }
      if (piv != c) {
        Q[] t = m[piv];
        m[piv] = m[c];
        m[c] = t;
        lines.add("R" + (c + 1) + " <-> R" + (piv + 1));
      }
      Q pivot = m[c][c];
      for (int r = c + 1; r < n; r++) {
        Q a = m[r][c];
        if (a.zero()) {
          continue;
        }
        for (int j = 0; j <= n; j++) {
          m[r][j] = pivot.times(m[r][j]).minus(a.times(m[c][j]));
        }
        lines.add(combination(r, pivot, c, a.neg()) + ": " + row(m[r]));
      }
    }
    Q[] x = new Q[n];
    List<String> values = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      Q s = m[i][n];
      for (int j = i + 1; j < n; j++) {
        s = s.minus(m[i][j].times(x[j]));
      }
      x[i] = s.over(m[i][i]);
      values.add(names.get(i) + " = " + x[i]);
    }
    lines.addAll(values);
    lines.add("Result: " + result(names, x));
    return lines;
  }

  private static Q[] column(Q[][] m, int c) {
    Q[] x = new Q[m.length];
    for (int i = 0; i < m.length; i++) {
      x[i] = m[i][c];
    }
    return x;
  }

  /** {@code R<r> = a R<r> ± b R<c>}, factors of 1 left out. */
  private static String combination(int r, Q a, int c, Q b) {
    StringBuilder sb = new StringBuilder("R").append(r + 1).append(" = ");
    if (!a.equals(Q.ONE)) {
      sb.append(a).append(' ');
    }
    sb.append('R').append(r + 1).append(b.n.signum() < 0 ? " - " : " + ");
    if (!b.abs().equals(Q.ONE)) {
      sb.append(b.abs()).append(' ');
    }
    return sb.append('R').append(c + 1).toString();
  }

  private static String row(Q[] row) {
    StringBuilder sb = new StringBuilder("[");
    for (int j = 0; j < row.length; j++) {
      sb.append(j == 0 ? "" : j == row.length - 1 ? " | " : ", ").append(row[j]);
    }
    return sb.append(']').toString();
  }

  private static String result(List<String> names, Q[] x) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < x.length; j++) {
      sb.append(j == 0 ? "" : ", ").append(names.get(j)).append(" = ").append(x[j]);
    }
    return sb.toString();
  }

  // ---- forms and mutants ----

  @Override
  public List<String> equivalentForms(LinearSystemProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (traceMode(problem)) {
      List<String> lines = gold.lines().toList();
      int last = lines.size() - 1;
      StringBuilder numbered = new StringBuilder();
      StringBuilder ascii = new StringBuilder();
      for (int i = 0; i < last; i++) {
        String line = lines.get(i);
        numbered.append("Step ").append(i + 1).append(": ").append(line).append('\n');
        String a = line.replace(" <-> ", " \u2194 ").replace(": [", " -> [").replace(", ", "; ");
        int eq = a.indexOf(" = ");
        if (a.startsWith("R") && eq > 0) {
          a = a.substring(0, eq) + " := " + a.substring(eq + 3);
        }
        ascii.append(a).append("\n\n");
      }
      String result = lines.get(last);
      forms.add(numbered + result);
      forms.add(ascii + "**" + result.toUpperCase(Locale.ROOT) + "**");
      forms.add(gold.replace("\n", "  \n") + "\n");
      return forms;
    }
    Q[] values = assignments(problem.variables(), gold);
    if (values == null) {
      return forms;
    }
    List<String> names = problem.variables();
    int n = names.size();
    StringBuilder semi = new StringBuilder();
    StringBuilder lines = new StringBuilder();
    StringBuilder upper = new StringBuilder();
    StringBuilder and = new StringBuilder();
    StringBuilder latex = new StringBuilder();
    for (int j = n - 1; j >= 0; j--) {
      String name = names.get(j);
      semi.append(j == n - 1 ? "" : "; ").append(name).append("=").append(values[j]);
      lines.append(name).append(" = ").append(values[j]).append('\n');
      String sub = name.length() > 1 ? name.charAt(0) + "_{" + name.substring(1) + "}" : name;
      upper.append(j == n - 1 ? "" : ", ").append(sub.toUpperCase(Locale.ROOT)).append(" = ").append(values[j]);
      and.append(j == n - 1 ? "" : j == 0 ? " and " : ", ").append(name).append(" = ").append(values[j]);
      latex.append(j == n - 1 ? "" : ", ").append('$').append(name).append(" = ")
          .append(values[j].d.equals(BigInteger.ONE) ? values[j].toString()
              : (values[j].n.signum() < 0 ? "-" : "") + "\\frac{" + values[j].n.abs() + "}{" + values[j].d + "}")
          .append('$');
    }
    forms.add(semi.toString());
    forms.add(lines.toString());
    forms.add(upper.toString());
    forms.add(and.toString());
    forms.add(latex.toString());
    forms.add("Result: " + gold);
    return forms;
  }

  @Override
  public List<Mutant> mutants(LinearSystemProblem problem, String gold, Rng rng) {
    return traceMode(problem) ? traceMutants(problem, gold, rng) : finalMutants(problem, gold, rng);
  }

  private List<Mutant> finalMutants(LinearSystemProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    List<String> names = problem.variables();
    Q[] x = assignments(names, gold);
    if (x == null) {
      return out;
    }
    int n = names.size();
    int j = rng.nextInt(n);
    List<String> order = new ArrayList<>();
    for (int i = n - 1; i >= 0; i--) {
      order.add(names.get(i) + " = " + x[i]);
    }
    add(out, problem, "reordered", String.join(", ", order));
    BigInteger k = BigInteger.valueOf(2 + rng.nextInt(5));
    add(out, problem, "unreduced", replaceValue(names, x, j, x[j].n.multiply(k) + "/" + x[j].d.multiply(k)));
    String decimal = decimal(x[j]);
    if (decimal != null) {
      add(out, problem, "decimal", replaceValue(names, x, j, decimal));
    }
    add(out, problem, "off-by-one", replaceValue(names, x, j, x[j].plus(Q.ONE).toString()));
    add(out, problem, "sign-flip", replaceValue(names, x, j, x[j].neg().toString()));
    if (n >= 2) {
      int o = (j + 1 + rng.nextInt(n - 1)) % n;
      Q[] swapped = x.clone();
      swapped[j] = x[o];
      swapped[o] = x[j];
      add(out, problem, "swap-values", result(names, swapped));
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i != j) {
        missing.add(names.get(i) + " = " + x[i]);
      }
    }
    add(out, problem, "missing", String.join(", ", missing));
    List<String> tuple = new ArrayList<>();
    for (Q v : x) {
      tuple.add(v.toString());
    }
    add(out, problem, "tuple", "(" + String.join(", ", tuple) + ")");
    add(out, problem, "conflicting", gold + ", " + names.get(j) + " = " + x[j].plus(Q.ONE));
    return out;
  }

  private static String replaceValue(List<String> names, Q[] x, int j, String value) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < x.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(names.get(i)).append(" = ").append(i == j ? value : x[i].toString());
    }
    return sb.toString();
  }

  private static String decimal(Q v) {
    BigInteger d = v.d;
    int twos = 0;
    int fives = 0;
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.shiftRight(1);
      twos++;
    }
    while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
      d = d.divide(BigInteger.valueOf(5));
      fives++;
    }
    if (!d.equals(BigInteger.ONE)) {
      return null;
    }
    return new BigDecimal(v.n).divide(new BigDecimal(v.d)).setScale(Math.max(1, Math.max(twos, fives)),
        RoundingMode.UNNECESSARY).toPlainString();
  }

  private List<Mutant> traceMutants(LinearSystemProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    List<String> lines = new ArrayList<>(gold.lines().toList());
    int last = lines.size() - 1;
    if (last < 1) {
      return out;
    }
    List<String> steps = lines.subList(0, last);
    String result = lines.get(last);
    add(out, problem, "gauss-jordan", String.join("\n", gaussJordan(problem)));
    add(out, problem, "fraction-free", String.join("\n", fractionFree(problem)));
    if (steps.size() >= 2) {
      int s = rng.nextInt(steps.size() - 1);
      List<String> swapped = new ArrayList<>(steps);
      swapped.set(s, steps.get(s + 1));
      swapped.set(s + 1, steps.get(s));
      add(out, problem, "swap-steps", join(swapped, result));
      List<String> dropped = new ArrayList<>(steps);
      dropped.remove(rng.nextInt(steps.size()));
      add(out, problem, "drop-step", join(dropped, result));
    }
    List<Integer> ops = new ArrayList<>();
    List<Integer> values = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      (steps.get(i).startsWith("R") && steps.get(i).contains(": [") ? ops : values).add(i);
    }
    if (!ops.isEmpty()) {
      int i = ops.get(rng.nextInt(ops.size()));
      String line = steps.get(i);
      List<String> entry = new ArrayList<>(steps);
      entry.set(i, bumpEntry(line, rng));
      add(out, problem, "wrong-entry", join(entry, result));
      int eq = line.indexOf(" = ");
      String rhs = line.substring(eq + 3);
      if (rhs.startsWith("R")) {
        List<String> factor = new ArrayList<>(steps);
        factor.set(i, line.substring(0, eq + 3) + "2 " + rhs);
        add(out, problem, "wrong-factor", join(factor, result));
        List<String> zero = new ArrayList<>(steps);
        zero.set(i, line.substring(0, eq + 3) + "0 " + rhs);
        add(out, problem, "zero-factor", join(zero, result));
      }
    }
    if (!values.isEmpty()) {
      int i = values.get(rng.nextInt(values.size()));
      String line = steps.get(i);
      int eq = line.indexOf(" = ");
      Q v = Q.parse(line.substring(eq + 3));
      if (v != null) {
        List<String> wrong = new ArrayList<>(steps);
        wrong.set(i, line.substring(0, eq + 3) + v.plus(Q.ONE));
        add(out, problem, "wrong-value", join(wrong, result));
      }
      List<String> noValues = new ArrayList<>(steps);
      noValues.removeIf(l -> !(l.startsWith("R")));
      add(out, problem, "no-values", join(noValues, result));
    }
    int n = problem.variables().size();
    if (n >= 2) {
      List<String> swapBack = new ArrayList<>(steps);
      swapBack.add(0, "R1 <-> R2");
      swapBack.add(1, "R2 <-> R1");
      add(out, problem, "swap-back", join(swapBack, result));
    }
    Q[] x = assignments(problem.variables(), result.substring("Result: ".length()));
    if (x != null) {
      List<String> order = new ArrayList<>();
      for (int j = n - 1; j >= 0; j--) {
        order.add(problem.variables().get(j) + " = " + x[j]);
      }
      add(out, problem, "result-order", join(steps, "Result: " + String.join(", ", order)));
      int j = rng.nextInt(n);
      add(out, problem, "wrong-result", join(steps, "Result: " + replaceValue(problem.variables(), x, j,
          x[j].plus(Q.ONE).toString())));
    }
    add(out, problem, "no-result", String.join("\n", steps));
    return out;
  }

  /** One entry of the stated row, off by one. */
  private static String bumpEntry(String line, Rng rng) {
    int open = line.indexOf('[');
    String[] sides = line.substring(open + 1, line.length() - 1).split(" \\| ", -1);
    List<String> cells = new ArrayList<>(Arrays.asList(sides[0].split(", ", -1)));
    cells.add(sides[1]);
    int k = rng.nextInt(cells.size());
    Q v = Q.parse(cells.get(k));
    cells.set(k, (v == null ? Q.ZERO : v).plus(Q.ONE).toString());
    String last = cells.remove(cells.size() - 1);
    return line.substring(0, open + 1) + String.join(", ", cells) + " | " + last + "]";
  }

  private static String join(List<String> steps, String result) {
    return String.join("\n", steps) + "\n" + result;
  }

  private void add(List<Mutant> out, LinearSystemProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  @Override
  public List<String> hostileResponses(LinearSystemProblem problem, String gold) {
    if (traceMode(problem)) {
      String result = gold.substring(gold.lastIndexOf('\n') + 1);
      return List.of(result, result + " or " + problem.variables().get(0) + " = 0");
    }
    String first = problem.variables().get(0);
    return List.of(gold + " or " + first + " = 0", first + " = 1 or 2");
  }
}
