package io.taskforge.arithmetic.fractions;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Property-testing oracle for {@code arithmetic.fractions}, written apart from
 * {@link FractionsVerifier}: it reads the canonical format only (tokens split at single spaces,
 * shunting-yard into its own immutable trees over BigInteger), and judges a trace step by
 * <em>enumerating</em> every rewrite the rules allow at every place of the expression before it and
 * testing whether the step is one of them (the verifier instead compares the two trees).
 *
 * <p>Final-mode mutants: {@code off-by-one}, {@code sign-flip}, {@code swap-fraction},
 * {@code unreduced} (equal but not in lowest terms: not fully correct), {@code decimal} (exact,
 * valid when the value terminates), {@code rounded}, {@code digit}, {@code left-to-right} (the
 * expression evaluated ignoring precedence), {@code mixed-number}, {@code repeated}. Trace-mode
 * mutants: {@code wrong-value} (one computed number off by one), {@code drop-step},
 * {@code duplicate-step}, {@code swap-steps}, {@code two-at-once} (two steps merged), {@code
 * restated} (the problem as a first line: valid), {@code other-order} (the oracle's own trace,
 * rightmost operation first and no separate common-denominator steps: valid), {@code wrong-result},
 * {@code unreduced-result}, {@code no-result}.
 */
public final class FractionsOracle implements TaskOracle<FractionsProblem> {
  private static final BigInteger TWO = BigInteger.TWO;
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  @Override
  public String taskId() {
    return FractionsTask.ID;
  }

  @Override
  public Class<FractionsProblem> problemType() {
    return FractionsProblem.class;
  }

  private static boolean traceMode(FractionsProblem p) {
    return "trace".equals(p.mode());
  }

  // ---- the oracle's model: immutable trees over BigInteger ----

  /** An expression tree: a fraction as written, or an operation. */
  sealed interface T permits Num, Bin {}

  /** A fraction as written: {@code n/d}, d positive. */
  record Num(BigInteger n, BigInteger d) implements T {
    BigInteger[] reduced() {
      BigInteger g = n.gcd(d);
      return new BigInteger[] {n.divide(g), d.divide(g)};
    }

    boolean equalValue(Num o) {
      return n.multiply(o.d).equals(o.n.multiply(d));
    }

    boolean lowest() {
      return n.gcd(d).equals(BigInteger.ONE);
    }

    String text() {
      return d.equals(BigInteger.ONE) ? n.toString() : n + "/" + d;
    }

    static Num of(BigInteger n, BigInteger d) {
      return d.signum() < 0 ? new Num(n.negate(), d.negate()) : new Num(n, d);
    }

    static Num lowestOf(BigInteger n, BigInteger d) {
      Num x = of(n, d);
      BigInteger g = x.n.gcd(x.d);
      return g.signum() == 0 ? x : new Num(x.n.divide(g), x.d.divide(g));
    }
  }

  record Bin(char op, T l, T r) implements T {}

  static Num apply(char op, Num a, Num b) {
    return switch (op) {
      case '+' -> Num.lowestOf(a.n.multiply(b.d).add(b.n.multiply(a.d)), a.d.multiply(b.d));
      case '-' -> Num.lowestOf(a.n.multiply(b.d).subtract(b.n.multiply(a.d)), a.d.multiply(b.d));
      case '\u00D7' -> Num.lowestOf(a.n.multiply(b.n), a.d.multiply(b.d));
      default -> b.n.signum() == 0 ? null : Num.lowestOf(a.n.multiply(b.d), a.d.multiply(b.n));
    };
  }

  static Num value(T t, boolean precedence) {
    if (t instanceof Num n) {
      return n;
    }
    Bin b = (Bin) t;
    Num l = value(b.l, precedence);
    Num r = l == null ? null : value(b.r, precedence);
    return r == null ? null : apply(b.op, l, r);
  }

  // ---- reading the canonical format ----

  /** Canonical text: tokens at single spaces, parentheses attached, {@code -} attached to a number is a sign. */
  static T read(String text) {
    return read(text, true);
  }

  /**
   * Shunting-yard over the tokens; without {@code precedence} every operator binds equally (left to
   * right), the classic wrong reading used as a mutant. Null when the text is not canonical.
   */
  static T read(String text, boolean precedence) {
    List<String> tokens = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')') {
        flush(cur, tokens);
        tokens.add(String.valueOf(c));
      } else if (c == ' ') {
        flush(cur, tokens);
      } else {
        cur.append(c);
      }
    }
    flush(cur, tokens);
    Deque<T> out = new ArrayDeque<>();
    Deque<Character> ops = new ArrayDeque<>();
    boolean operand = true;
    for (String tok : tokens) {
      if (tok.equals("(")) {
        if (!operand) {
          return null;
        }
        ops.push('(');
      } else if (tok.equals(")")) {
        if (operand) {
          return null;
        }
        while (!ops.isEmpty() && ops.peek() != '(') {
          if (!reduceTop(out, ops.pop())) {
            return null;
          }
        }
        if (ops.isEmpty()) {
          return null;
        }
        ops.pop();
      } else if (tok.length() == 1 && "+-\u00D7\u00F7".indexOf(tok.charAt(0)) >= 0) {
        if (operand) {
          return null;
        }
        char op = tok.charAt(0);
        while (!ops.isEmpty() && ops.peek() != '(' && rank(ops.peek(), precedence) >= rank(op, precedence)) {
          if (!reduceTop(out, ops.pop())) {
            return null;
          }
        }
        ops.push(op);
        operand = true;
      } else {
        Num n = number(tok);
        if (n == null || !operand) {
          return null;
        }
        out.push(n);
        operand = false;
      }
    }
    if (operand) {
      return null;
    }
    while (!ops.isEmpty()) {
      char op = ops.pop();
      if (op == '(' || !reduceTop(out, op)) {
        return null;
      }
    }
    return out.size() == 1 ? out.pop() : null;
  }

  private static void flush(StringBuilder cur, List<String> tokens) {
    if (cur.length() > 0) {
      tokens.add(cur.toString());
      cur.setLength(0);
    }
  }

  private static boolean reduceTop(Deque<T> out, char op) {
    if (out.size() < 2) {
      return false;
    }
    T r = out.pop();
    T l = out.pop();
    out.push(new Bin(op, l, r));
    return true;
  }

  private static int rank(char op, boolean precedence) {
    return !precedence || op == '+' || op == '-' ? 1 : 2;
  }

  /** {@code -?digits(/digits)?}, denominator positive; null otherwise. */
  static Num number(String tok) {
    if (tok.length() > 2000) {
      return null;
    }
    int slash = tok.indexOf('/');
    String n = slash < 0 ? tok : tok.substring(0, slash);
    String d = slash < 0 ? "1" : tok.substring(slash + 1);
    if (!integer(n, true) || !integer(d, false)) {
      return null;
    }
    BigInteger den = new BigInteger(d);
    return den.signum() == 0 ? null : new Num(new BigInteger(n), den);
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

  /** A final answer in the oracle's strict form: an integer, {@code p/q}, or a decimal. */
  static Num readValue(String text) {
    String s = text.strip();
    Num n = number(s);
    if (n != null) {
      return n;
    }
    boolean neg = s.startsWith("-");
    String body = neg ? s.substring(1) : s;
    int dot = body.indexOf('.');
    if (dot < 0 || !integer(body.substring(0, dot), false) || !integer(body.substring(dot + 1), false)) {
      return null;
    }
    BigInteger digits = new BigInteger(body.substring(0, dot) + body.substring(dot + 1));
    return new Num(neg ? digits.negate() : digits, BigInteger.TEN.pow(body.length() - dot - 1));
  }

  static String write(T t) {
    StringBuilder sb = new StringBuilder();
    write(sb, t, false);
    return sb.toString();
  }

  private static void write(StringBuilder sb, T t, boolean afterOp) {
    if (t instanceof Num n) {
      boolean wrap = afterOp && n.n.signum() < 0;
      sb.append(wrap ? "(" : "").append(n.text()).append(wrap ? ")" : "");
      return;
    }
    Bin b = (Bin) t;
    boolean pl = b.l instanceof Bin lb && rank(lb.op, true) < rank(b.op, true);
    boolean pr = b.r instanceof Bin rb && rank(rb.op, true) <= rank(b.op, true);
    if (pl) {
      sb.append('(');
      write(sb, b.l, false);
      sb.append(')');
    } else {
      write(sb, b.l, afterOp);
    }
    sb.append(' ').append(b.op).append(' ');
    if (pr) {
      sb.append('(');
      write(sb, b.r, false);
      sb.append(')');
    } else {
      write(sb, b.r, true);
    }
  }

  // ---- judging ----

  @Override
  public boolean accepts(FractionsProblem problem, String canonicalAnswer) {
    T start = read(problem.expression());
    Num truth = start == null ? null : value(start, true);
    if (truth == null) {
      return false;
    }
    if (!traceMode(problem)) {
      Num given = readValue(canonicalAnswer);
      // integers and decimals are in lowest terms by form; a fraction must have coprime terms
      return given != null && given.equalValue(truth) && (!canonicalAnswer.contains("/") || given.lowest());
    }
    List<String> lines = canonicalAnswer.lines().toList();
    if (lines.size() < 2 || !lines.get(lines.size() - 1).startsWith("Result: ")) {
      return false;
    }
    T cur = start;
    Set<String> expanded = new HashSet<>();
    int first = 0;
    if (start.equals(read(lines.get(0)))) {
      first = 1; // the problem restated
    }
    if (first >= lines.size() - 1) {
      return false;
    }
    for (int i = first; i < lines.size() - 1; i++) {
      T next = read(lines.get(i));
      if (next == null || !oneRewrite(cur, next, expanded)) {
        return false;
      }
      cur = next;
    }
    Num result = readValue(lines.get(lines.size() - 1).substring("Result: ".length()));
    String resultText = lines.get(lines.size() - 1);
    return cur instanceof Num last && result != null && result.equalValue(last) && result.equalValue(truth)
        && (!resultText.contains("/") || result.lowest());
  }

  /** Whether exactly one allowed rewrite of {@code cur} gives {@code next}; records expansions by path. */
  static boolean oneRewrite(T cur, T next, Set<String> expanded) {
    List<String> paths = new ArrayList<>();
    paths(cur, "", paths);
    int matches = 0;
    String expandedAt = null;
    for (String path : paths) {
      T here = at(cur, path);
      T there = at(next, path);
      if (there == null || !sameOutside(cur, next, path)) {
        continue;
      }
      if (here instanceof Num a) {
        if (there instanceof Num b && b.equalValue(a) && b.d.compareTo(a.d) < 0 && a.d.mod(b.d).signum() == 0) {
          matches++; // reduce
        }
        continue;
      }
      Bin op = (Bin) here;
      if (op.l instanceof Num a && op.r instanceof Num b) {
        Num v = apply(op.op, a, b);
        if (v != null && there instanceof Num c && c.equalValue(v)) {
          matches++; // compute
        }
        if ((op.op == '+' || op.op == '-') && !a.d.equals(b.d) && !expanded.contains(path)
            && there instanceof Bin nb && nb.op == op.op && nb.l instanceof Num x && nb.r instanceof Num y
            && x.equalValue(a) && y.equalValue(b) && x.d.equals(y.d) && !(x.equals(a) && y.equals(b))
            && x.d.mod(a.d).signum() == 0 && y.d.mod(b.d).signum() == 0) {
          matches++; // common denominator
          expandedAt = path;
        }
      }
      if (op.op == '\u00F7' && op.r instanceof Num b && b.n.signum() != 0 && there instanceof Bin nb
          && nb.op == '\u00D7' && nb.l.equals(op.l) && nb.r instanceof Num y
          && y.equalValue(Num.lowestOf(b.d, b.n))) {
        matches++; // reciprocal
      }
    }
    if (matches == 1 && expandedAt != null) {
      expanded.add(expandedAt);
    }
    return matches == 1;
  }

  /** Paths ("" the root, then L/R) of every node. */
  private static void paths(T t, String path, List<String> out) {
    out.add(path);
    if (t instanceof Bin b) {
      paths(b.l, path + "L", out);
      paths(b.r, path + "R", out);
    }
  }

  private static T at(T t, String path) {
    for (int i = 0; i < path.length(); i++) {
      if (!(t instanceof Bin b)) {
        return null;
      }
      t = path.charAt(i) == 'L' ? b.l : b.r;
    }
    return t;
  }

  /** Whether the trees are equal once the subtrees at {@code path} are ignored. */
  private static boolean sameOutside(T a, T b, String path) {
    if (path.isEmpty()) {
      return true;
    }
    if (!(a instanceof Bin x) || !(b instanceof Bin y) || x.op != y.op) {
      return false;
    }
    String rest = path.substring(1);
    return path.charAt(0) == 'L'
        ? x.r.equals(y.r) && sameOutside(x.l, y.l, rest)
        : x.l.equals(y.l) && sameOutside(x.r, y.r, rest);
  }

  // ---- forms and mutants ----

  @Override
  public List<String> equivalentForms(FractionsProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (traceMode(problem)) {
      List<String> lines = gold.lines().toList();
      int n = lines.size() - 1;
      StringBuilder numbered = new StringBuilder();
      StringBuilder equals = new StringBuilder();
      StringBuilder ascii = new StringBuilder();
      for (int i = 0; i < n; i++) {
        numbered.append("Step ").append(i + 1).append(": ").append(lines.get(i)).append('\n');
        equals.append("= ").append(lines.get(i)).append("\n\n");
        ascii.append(lines.get(i).replace('\u00D7', '*').replace(" \u00F7 ", " / ").replace(" - ", " \u2212 "))
            .append('\n');
      }
      String result = lines.get(n);
      forms.add(numbered + result);
      forms.add(equals + result.toUpperCase(java.util.Locale.ROOT));
      forms.add(ascii + "**" + result + "**");
      forms.add(problem.expression() + "\n" + gold);
      forms.add("  " + gold.replace("\n", "  \n  ") + "  ");
      return forms;
    }
    Num v = readValue(gold);
    if (v == null) {
      return forms;
    }
    String text = v.text();
    forms.add(" \n" + text + "\t\n");
    forms.add(v.n.signum() < 0 ? "\u2212" + text.substring(1) : "+" + text);
    forms.add("$" + text + "$");
    forms.add("\\boxed{" + text + "}");
    if (!v.d.equals(BigInteger.ONE)) {
      forms.add(v.n + " / " + v.d);
      forms.add((v.n.signum() < 0 ? "-" : "") + "\\frac{" + v.n.abs() + "}{" + v.d + "}");
      String decimal = exactDecimal(v);
      if (decimal != null) {
        forms.add(decimal);
      }
    }
    forms.add("Result: " + text);
    return forms;
  }

  @Override
  public List<Mutant> mutants(FractionsProblem problem, String gold, Rng rng) {
    return traceMode(problem) ? traceMutants(problem, gold, rng) : finalMutants(problem, gold, rng);
  }

  private List<Mutant> finalMutants(FractionsProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    Num v = readValue(gold);
    if (v == null) {
      return out;
    }
    add(out, problem, "off-by-one", Num.lowestOf(v.n.add(v.d), v.d).text());
    add(out, problem, "off-by-one", Num.lowestOf(v.n.subtract(v.d), v.d).text());
    add(out, problem, "sign-flip", new Num(v.n.negate(), v.d).text());
    if (v.n.signum() != 0) {
      add(out, problem, "swap-fraction", Num.lowestOf(v.d, v.n).text());
    }
    BigInteger k = BigInteger.valueOf(2 + rng.nextInt(8));
    add(out, problem, "unreduced", v.n.multiply(k) + "/" + v.d.multiply(k));
    String decimal = exactDecimal(v);
    if (decimal != null) {
      add(out, problem, "decimal", decimal);
    } else {
      for (int places : new int[] {1, 3}) {
        add(out, problem, "rounded",
            new BigDecimal(v.n).divide(new BigDecimal(v.d), places, RoundingMode.HALF_EVEN).toPlainString());
      }
    }
    String digits = v.n.abs().toString();
    int at = rng.nextInt(digits.length());
    char old = digits.charAt(at);
    char changed = (char) ('0' + (old - '0' + 1 + rng.nextInt(8)) % 10);
    if (at == 0 && changed == '0') {
      changed = old == '9' ? '1' : (char) (old + 1);
    }
    String mutatedDigits = digits.substring(0, at) + changed + digits.substring(at + 1);
    add(out, problem, "digit", (v.n.signum() < 0 ? "-" : "") + mutatedDigits
        + (v.d.equals(BigInteger.ONE) ? "" : "/" + v.d));
    T flat = read(problem.expression(), false);
    Num flatValue = flat == null ? null : value(flat, false);
    if (flatValue != null) {
      add(out, problem, "left-to-right", flatValue.text());
    }
    if (v.n.abs().compareTo(v.d) > 0 && !v.d.equals(BigInteger.ONE)) {
      add(out, problem, "mixed-number", (v.n.signum() < 0 ? "-" : "") + v.n.abs().divide(v.d) + " "
          + v.n.abs().mod(v.d) + "/" + v.d);
    }
    add(out, problem, "repeated", v.text() + " " + v.text());
    return out;
  }

  private List<Mutant> traceMutants(FractionsProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    List<String> lines = new ArrayList<>(gold.lines().toList());
    int n = lines.size() - 1;
    if (n < 1) {
      return out;
    }
    String result = lines.get(n);
    List<String> steps = lines.subList(0, n);
    // one computed number off by one: the last number of a random step, whose later steps stay as they were
    int k = rng.nextInt(n);
    List<String> wrong = new ArrayList<>(steps);
    wrong.set(k, bumpLastNumber(steps.get(k)));
    add(out, problem, "wrong-value", join(wrong, result));
    if (n >= 2) {
      List<String> dropped = new ArrayList<>(steps);
      dropped.remove(rng.nextInt(n - 1));
      add(out, problem, "drop-step", join(dropped, result));
      int s = rng.nextInt(n - 1);
      List<String> swapped = new ArrayList<>(steps);
      swapped.set(s, steps.get(s + 1));
      swapped.set(s + 1, steps.get(s));
      add(out, problem, "swap-steps", join(swapped, result));
    }
    List<String> duplicated = new ArrayList<>(steps);
    int d = rng.nextInt(n);
    duplicated.add(d, steps.get(d));
    add(out, problem, "duplicate-step", join(duplicated, result));
    List<String> restated = new ArrayList<>(steps);
    restated.add(0, problem.expression());
    add(out, problem, "restated", join(restated, result));
    List<String> other = ownTrace(problem.expression());
    if (other != null) {
      add(out, problem, "other-order", String.join("\n", other));
      if (other.size() >= 4) {
        List<String> merged = new ArrayList<>(other);
        merged.remove(1 + rng.nextInt(other.size() - 3));
        add(out, problem, "two-at-once", String.join("\n", merged));
      }
    }
    Num v = readValue(result.substring("Result: ".length()));
    if (v != null) {
      add(out, problem, "wrong-result", join(steps, "Result: " + Num.lowestOf(v.n.add(BigInteger.ONE), v.d).text()));
      BigInteger m = BigInteger.valueOf(2 + rng.nextInt(5));
      add(out, problem, "unreduced-result", join(steps, "Result: " + v.n.multiply(m) + "/" + v.d.multiply(m)));
    }
    add(out, problem, "no-result", String.join("\n", steps));
    return out;
  }

  /**
   * The oracle's own trace: the rightmost operation on two numbers first, each computed directly
   * (no common-denominator or reciprocal steps) and then reduced when it is not in lowest terms.
   */
  static List<String> ownTrace(String expression) {
    T cur = read(expression);
    if (cur == null) {
      return null;
    }
    List<String> lines = new ArrayList<>();
    // the problem's unreduced fractions, reduced right to left
    for (String path = lastUnreduced(cur); path != null; path = lastUnreduced(cur)) {
      Num a = (Num) at(cur, path);
      cur = replace(cur, path, Num.lowestOf(a.n, a.d));
      lines.add(write(cur));
    }
    while (cur instanceof Bin) {
      String path = rightmostReady(cur, "");
      Bin op = (Bin) at(cur, path);
      Num a = (Num) op.l;
      Num b = (Num) op.r;
      Num v = apply(op.op, a, b);
      if (v == null) {
        return null;
      }
      // an unreduced form first when the plain product or sum has one, to exercise reductions
      Num raw = switch (op.op) {
        case '\u00D7' -> new Num(a.n.multiply(b.n), a.d.multiply(b.d));
        case '\u00F7' -> Num.of(a.n.multiply(b.d), a.d.multiply(b.n));
        default -> v;
      };
      cur = replace(cur, path, raw);
      lines.add(write(cur));
      if (!raw.lowest()) {
        cur = replace(cur, path, v);
        lines.add(write(cur));
      }
    }
    lines.add("Result: " + ((Num) cur).text());
    return lines;
  }

  private static String lastUnreduced(T t) {
    List<String> paths = new ArrayList<>();
    paths(t, "", paths);
    String last = null;
    for (String p : paths) {
      if (at(t, p) instanceof Num n && !n.lowest()) {
        last = p;
      }
    }
    return last;
  }

  /** The path of the rightmost operation whose operands are both numbers. */
  private static String rightmostReady(T t, String path) {
    Bin b = (Bin) t;
    if (b.r instanceof Bin) {
      return rightmostReady(b.r, path + "R");
    }
    if (b.l instanceof Bin) {
      return rightmostReady(b.l, path + "L");
    }
    return path;
  }

  private static T replace(T t, String path, T with) {
    if (path.isEmpty()) {
      return with;
    }
    Bin b = (Bin) t;
    String rest = path.substring(1);
    return path.charAt(0) == 'L'
        ? new Bin(b.op, replace(b.l, rest, with), b.r)
        : new Bin(b.op, b.l, replace(b.r, rest, with));
  }

  private static String bumpLastNumber(String line) {
    int end = line.length();
    while (end > 0 && !Character.isDigit(line.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(line.charAt(start - 1))) {
      start--;
    }
    if (start == end) {
      return line + " + 1";
    }
    BigInteger n = new BigInteger(line.substring(start, end)).add(BigInteger.ONE);
    return line.substring(0, start) + n + line.substring(end);
  }

  private static String join(List<String> steps, String result) {
    return String.join("\n", steps) + "\n" + result;
  }

  private void add(List<Mutant> out, FractionsProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  @Override
  public List<String> hostileResponses(FractionsProblem problem, String gold) {
    if (traceMode(problem)) {
      // the result without the work, plain and hedged: no steps, no credit
      String result = gold.substring(gold.lastIndexOf('\n') + 1 + "Result: ".length());
      return List.of("Result: " + result, "Result: " + result + " or " + result + "1");
    }
    return List.of(gold + " or " + gold + "1", "<answer>" + gold + " or -" + gold + "</answer>");
  }

  /** The exact decimal of a value whose denominator has no prime factor but 2 and 5, else null. */
  private static String exactDecimal(Num v) {
    BigInteger d = v.d;
    int twos = 0;
    int fives = 0;
    while (d.mod(TWO).signum() == 0) {
      d = d.divide(TWO);
      twos++;
    }
    while (d.mod(FIVE).signum() == 0) {
      d = d.divide(FIVE);
      fives++;
    }
    if (!d.equals(BigInteger.ONE)) {
      return null;
    }
    return new BigDecimal(v.n).divide(new BigDecimal(v.d)).setScale(Math.max(twos, fives), RoundingMode.UNNECESSARY)
        .toPlainString();
  }
}
