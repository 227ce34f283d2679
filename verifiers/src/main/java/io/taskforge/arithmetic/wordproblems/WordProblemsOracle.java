package io.taskforge.arithmetic.wordproblems;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Property-testing oracle for {@code arithmetic.word-problems}, written apart from
 * {@link WordProblemsVerifier}: it evaluates the problem's formulas by its own tokenizer,
 * shunting-yard to postfix and a stack machine over BigInteger fractions ({@link Frac}, not
 * {@code Rational}, not {@link LineArithmetic}), and reads answers only in the canonical format
 * (a plain number; trace lines {@code name = expr = ... = value} with ASCII operators and a final
 * {@code Result: value}).
 *
 * <p>Mutant kinds, final mode: {@code off-by-one}, {@code times-ten}, {@code digit},
 * {@code other-quantity} (the value of another quantity: the classic stop-early answer),
 * {@code with-unit} (documented unreadable), {@code two-numbers}. Trace mode: {@code wrong-value}
 * (a value changed, its expression kept), {@code consistent-slip} (expression and value changed
 * together, so the line adds up but is not the quantity), {@code swap} (two adjacent lines
 * exchanged: valid exactly when no line then precedes one it is computed from), {@code drop},
 * {@code duplicate}, {@code wrong-result}, {@code no-result}, {@code unknown-name},
 * {@code value-only} (the expression replaced by the value itself: valid) and {@code result-only}.
 */
public final class WordProblemsOracle implements TaskOracle<WordProblem> {

  @Override
  public String taskId() {
    return WordProblemsTask.ID;
  }

  @Override
  public Class<WordProblem> problemType() {
    return WordProblem.class;
  }

  // ---- forms ----

  @Override
  public List<String> equivalentForms(WordProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    Truth truth = Truth.of(problem);
    if (truth == null) {
      return forms;
    }
    if (!"trace".equals(problem.mode())) {
      Frac v = truth.values.get(problem.asked());
      String t = v.toString();
      forms.add(" \n" + t + "\t\n");
      forms.add("$" + t);
      forms.add("\\boxed{" + t + "}");
      forms.add("**" + t + "**");
      forms.add(v.n.multiply(BigInteger.valueOf(4)) + "/" + v.d.multiply(BigInteger.valueOf(4)));
      String dec = v.exactDecimal();
      if (dec != null) {
        forms.add(dec.contains(".") ? dec + "0" : dec + ".00");
      }
      if (v.isInteger() && v.n.abs().compareTo(BigInteger.valueOf(1000)) >= 0) {
        forms.add(thousands(v.n));
      }
      // a model that shows its work anyway: the number after Result: counts
      forms.add(String.join("\n", canonicalTrace(problem, truth, order(problem, truth, rng))) + "\nResult: " + t);
      return forms;
    }
    List<String> names = order(problem, truth, rng);
    String result = truth.values.get(problem.asked()).toString();
    forms.add(String.join("\n", canonicalTrace(problem, truth, names)) + "\nResult: " + result);
    List<String> gl = canonicalTrace(problem, truth, declared(problem));
    StringBuilder numbered = new StringBuilder();
    StringBuilder stepped = new StringBuilder();
    StringBuilder fancy = new StringBuilder();
    StringBuilder chained = new StringBuilder();
    StringBuilder bulleted = new StringBuilder();
    for (int i = 0; i < gl.size(); i++) {
      String line = gl.get(i);
      numbered.append(i + 1).append(". ").append(line).append('\n');
      stepped.append("Step ").append(i + 1).append(": ").append(line).append('\n');
      String name = line.substring(0, line.indexOf(" = "));
      fancy.append('`').append(name.toUpperCase(Locale.ROOT)).append('`')
          .append(line.substring(name.length()).replace(" * ", " × ").replace(" / ", " ÷ ").replace(" - ", " − "))
          .append('\n');
      WordProblem.Quantity q = problem.quantities().get(i);
      chained.append(q.name()).append(" = ").append(q.expression()).append(" = ")
          .append(substituted(q.expression(), truth)).append(" = ").append(truth.values.get(q.name())).append('\n');
      bulleted.append("- ").append(line.replace(" ", "  ")).append('\n');
    }
    forms.add(numbered + "Result: " + result);
    forms.add(stepped + "\nResult: " + result);
    forms.add(fancy + "Result: " + result);
    forms.add(chained + "Result: " + result);
    forms.add(bulleted + "**Result:** " + result);
    return forms;
  }

  private static String thousands(BigInteger n) {
    String digits = n.abs().toString();
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return (n.signum() < 0 ? "-" : "") + sb;
  }

  /** The quantity names in declaration order. */
  private static List<String> declared(WordProblem problem) {
    List<String> names = new ArrayList<>();
    for (WordProblem.Quantity q : problem.quantities()) {
      names.add(q.name());
    }
    return names;
  }

  /** A random topological order of the quantities (each after those it is computed from). */
  private static List<String> order(WordProblem problem, Truth truth, Rng rng) {
    List<String> done = new ArrayList<>();
    Set<String> left = new LinkedHashSet<>(declared(problem));
    while (!left.isEmpty()) {
      List<String> ready = new ArrayList<>();
      for (String n : left) {
        if (done.containsAll(truth.deps.get(n))) {
          ready.add(n);
        }
      }
      String pick = ready.get(rng.nextInt(ready.size()));
      done.add(pick);
      left.remove(pick);
    }
    return done;
  }

  private static List<String> canonicalTrace(WordProblem problem, Truth truth, List<String> order) {
    Map<String, String> expr = new LinkedHashMap<>();
    for (WordProblem.Quantity q : problem.quantities()) {
      expr.put(q.name(), q.expression());
    }
    List<String> lines = new ArrayList<>();
    for (String n : order) {
      lines.add(n + " = " + expr.get(n) + " = " + truth.values.get(n));
    }
    return lines;
  }

  /** The expression with every name replaced by its value (negative or fractional values in parentheses). */
  private static String substituted(String expression, Truth truth) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < expression.length()) {
      char c = expression.charAt(i);
      if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < expression.length() && (Character.isLetterOrDigit(expression.charAt(j)) || expression.charAt(j) == '_')) {
          j++;
        }
        Frac v = truth.values.get(expression.substring(i, j));
        String t = v.toString();
        sb.append(v.isInteger() && v.signum() >= 0 ? t : "(" + t + ")");
        i = j;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  // ---- mutants ----

  @Override
  public List<Mutant> mutants(WordProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    Truth truth = Truth.of(problem);
    if (truth == null) {
      return out;
    }
    Frac answer = truth.values.get(problem.asked());
    if (!"trace".equals(problem.mode())) {
      add(out, problem, "off-by-one", answer.plus(Frac.ONE).toString());
      add(out, problem, "off-by-one", answer.plus(Frac.ONE.negate()).toString());
      add(out, problem, "times-ten", answer.times(Frac.of(BigInteger.TEN, BigInteger.ONE)).toString());
      String t = answer.toString();
      int at = rng.nextInt(t.length());
      char c = t.charAt(at);
      if (Character.isDigit(c)) {
        char d = (char) ('0' + (c - '0' + 1 + rng.nextInt(8)) % 10);
        add(out, problem, "digit", t.substring(0, at) + d + t.substring(at + 1));
      }
      for (WordProblem.Quantity q : problem.quantities()) {
        if (!q.name().equals(problem.asked())) {
          add(out, problem, "other-quantity", truth.values.get(q.name()).toString());
        }
      }
      add(out, problem, "with-unit", t + " items");
      add(out, problem, "two-numbers", t + " " + answer.plus(Frac.ONE));
      return out;
    }
    List<String> names = declared(problem);
    List<String> lines = canonicalTrace(problem, truth, names);
    String result = "Result: " + answer;
    int n = lines.size();
    int i = rng.nextInt(n);
    // wrong-value: the value of line i changed, the expression kept
    List<String> m = new ArrayList<>(lines);
    m.set(i, replaceValue(m.get(i), truth.values.get(names.get(i)).plus(Frac.ONE)));
    add(out, problem, "wrong-value", join(m, result));
    // consistent-slip: expression and value both off by one
    m = new ArrayList<>(lines);
    Frac v = truth.values.get(names.get(i));
    m.set(i, names.get(i) + " = " + problem.quantities().get(i).expression() + " + 1 = " + v.plus(Frac.ONE));
    add(out, problem, "consistent-slip", join(m, result));
    if (n >= 2) {
      int j = rng.nextInt(n - 1);
      m = new ArrayList<>(lines);
      String t = m.get(j);
      m.set(j, m.get(j + 1));
      m.set(j + 1, t);
      add(out, problem, "swap", join(m, result));
      for (int k = 0; k + 1 < n; k++) {
        if (!truth.deps.get(names.get(k + 1)).contains(names.get(k))) {
          m = new ArrayList<>(lines);
          t = m.get(k);
          m.set(k, m.get(k + 1));
          m.set(k + 1, t);
          add(out, problem, "swap", join(m, result));
          break;
        }
      }
    }
    m = new ArrayList<>(lines);
    m.remove(i);
    add(out, problem, "drop", join(m, result));
    m = new ArrayList<>(lines);
    m.add(i + 1, lines.get(i));
    add(out, problem, "duplicate", join(m, result));
    add(out, problem, "wrong-result", join(lines, "Result: " + answer.plus(Frac.ONE)));
    add(out, problem, "no-result", String.join("\n", lines));
    m = new ArrayList<>(lines);
    m.set(i, "total_" + m.get(i));
    add(out, problem, "unknown-name", join(m, result));
    m = new ArrayList<>(lines);
    Frac vi = truth.values.get(names.get(i));
    m.set(i, names.get(i) + " = " + vi + " = " + vi);
    add(out, problem, "value-only", join(m, result));
    add(out, problem, "result-only", result);
    return out;
  }

  private static String replaceValue(String line, Frac value) {
    return line.substring(0, line.lastIndexOf(" = ") + 3) + value;
  }

  private static String join(List<String> lines, String result) {
    return String.join("\n", lines) + "\n" + result;
  }

  private void add(List<Mutant> out, WordProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  @Override
  public List<String> hostileResponses(WordProblem problem, String gold) {
    Truth truth = Truth.of(problem);
    if (truth == null) {
      return List.of();
    }
    Frac a = truth.values.get(problem.asked());
    List<String> out = new ArrayList<>();
    out.add(a.plus(Frac.ONE.negate()) + " or " + a + " or " + a.plus(Frac.ONE));
    StringBuilder every = new StringBuilder();
    for (WordProblem.Quantity q : problem.quantities()) {
      every.append(truth.values.get(q.name())).append(", ");
    }
    out.add(every.append(a.plus(Frac.ONE)).toString());
    if ("trace".equals(problem.mode())) {
      out.add("Result: " + a);
    }
    return out;
  }

  // ---- judging ----

  @Override
  public boolean accepts(WordProblem problem, String canonicalAnswer) {
    Truth truth = Truth.of(problem);
    if (truth == null || canonicalAnswer == null || canonicalAnswer.length() > 100_000) {
      return false;
    }
    Frac answer = truth.values.get(problem.asked());
    if (!"trace".equals(problem.mode())) {
      String s = canonicalAnswer.strip();
      int r = s.lastIndexOf("Result: ");
      if (r >= 0 && (r == 0 || s.charAt(r - 1) == '\n')) {
        s = s.substring(r + 8).strip();
      }
      return answer.equals(readNumber(s));
    }
    String[] lines = canonicalAnswer.strip().split("\n", -1);
    if (lines.length < 2 || !lines[lines.length - 1].startsWith("Result: ")) {
      return false;
    }
    Map<String, Frac> seen = new LinkedHashMap<>();
    for (int k = 0; k + 1 < lines.length; k++) {
      String[] parts = lines[k].split(" = ", -1);
      if (parts.length < 3) {
        return false;
      }
      String name = parts[0];
      if (!truth.values.containsKey(name) || seen.containsKey(name) || !seen.keySet().containsAll(truth.deps.get(name))) {
        return false;
      }
      Frac value = readNumber(parts[parts.length - 1]);
      if (value == null) {
        return false;
      }
      for (int e = 1; e + 1 < parts.length; e++) {
        Frac x = evaluate(parts[e], seen);
        if (x == null || !x.equals(value)) {
          return false;
        }
      }
      if (!value.equals(truth.values.get(name))) {
        return false;
      }
      seen.put(name, value);
    }
    return seen.size() == truth.values.size()
        && answer.equals(readNumber(lines[lines.length - 1].substring("Result: ".length())));
  }

  /** A plain number: {@code -?digits}, {@code -?digits.digits} or {@code -?digits/digits}; else null. */
  static Frac readNumber(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > 200) {
      return null;
    }
    boolean negative = s.charAt(0) == '-';
    String body = negative ? s.substring(1) : s;
    int slash = body.indexOf('/');
    Frac f;
    if (slash >= 0) {
      String p = body.substring(0, slash);
      String q = body.substring(slash + 1);
      if (!digits(p) || !digits(q) || new BigInteger(q).signum() == 0) {
        return null;
      }
      f = Frac.of(new BigInteger(p), new BigInteger(q));
    } else {
      int dot = body.indexOf('.');
      String whole = dot < 0 ? body : body.substring(0, dot);
      String frac = dot < 0 ? "" : body.substring(dot + 1);
      if (!digits(whole) || (dot >= 0 && !digits(frac))) {
        return null;
      }
      f = Frac.of(new BigInteger(whole + frac), BigInteger.TEN.pow(frac.length()));
    }
    return negative ? f.negate() : f;
  }

  private static boolean digits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // ---- the oracle's own evaluation: tokens, shunting-yard, stack machine ----

  /** The value of a canonical expression with names bound by {@code env}; null when it is not one. */
  static Frac evaluate(String expression, Map<String, Frac> env) {
    List<Object> postfix = new ArrayList<>();
    Deque<Character> ops = new ArrayDeque<>();
    boolean expectOperand = true;
    int i = 0;
    int n = expression.length();
    while (i < n) {
      char c = expression.charAt(i);
      if (c == ' ') {
        i++;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < n && (Character.isDigit(expression.charAt(j)) || expression.charAt(j) == '.')) {
          j++;
        }
        Frac f = readNumber(expression.substring(i, j));
        if (f == null || !expectOperand) {
          return null;
        }
        postfix.add(f);
        expectOperand = false;
        i = j;
      } else if (Character.isLetter(c) || c == '_') {
        int j = i;
        while (j < n && (Character.isLetterOrDigit(expression.charAt(j)) || expression.charAt(j) == '_')) {
          j++;
        }
        Frac f = env.get(expression.substring(i, j));
        if (f == null || !expectOperand) {
          return null;
        }
        postfix.add(f);
        expectOperand = false;
        i = j;
      } else if (c == '(') {
        if (!expectOperand) {
          return null;
        }
        ops.push('(');
        i++;
      } else if (c == ')') {
        if (expectOperand) {
          return null;
        }
        while (!ops.isEmpty() && ops.peek() != '(') {
          postfix.add(ops.pop());
        }
        if (ops.isEmpty()) {
          return null;
        }
        ops.pop();
        i++;
      } else if (c == '+' || c == '-' || c == '*' || c == '/') {
        if (expectOperand) {
          if (c != '-') {
            return null;
          }
          ops.push('~');
        } else {
          while (!ops.isEmpty() && ops.peek() != '(' && rank(ops.peek()) >= rank(c)) {
            postfix.add(ops.pop());
          }
          ops.push(c);
          expectOperand = true;
        }
        i++;
      } else {
        return null;
      }
    }
    if (expectOperand) {
      return null;
    }
    while (!ops.isEmpty()) {
      char op = ops.pop();
      if (op == '(') {
        return null;
      }
      postfix.add(op);
    }
    Deque<Frac> stack = new ArrayDeque<>();
    for (Object item : postfix) {
      if (item instanceof Frac f) {
        stack.push(f);
        continue;
      }
      char op = (Character) item;
      if (op == '~') {
        stack.push(stack.pop().negate());
        continue;
      }
      Frac b = stack.pop();
      Frac a = stack.pop();
      if (op == '/' && b.signum() == 0) {
        return null;
      }
      stack.push(switch (op) {
        case '+' -> a.plus(b);
        case '-' -> a.plus(b.negate());
        case '*' -> a.times(b);
        default -> a.times(b.reciprocal());
      });
    }
    return stack.size() == 1 ? stack.pop() : null;
  }

  private static int rank(char op) {
    return op == '~' ? 3 : op == '*' || op == '/' ? 2 : 1;
  }

  /** The problem's quantities evaluated in order, with what each is computed from. */
  private static final class Truth {
    final Map<String, Frac> values = new LinkedHashMap<>();
    final Map<String, Set<String>> deps = new LinkedHashMap<>();

    static Truth of(WordProblem p) {
      if (p.quantities() == null || p.asked() == null) {
        return null;
      }
      Truth t = new Truth();
      for (WordProblem.Quantity q : p.quantities()) {
        Frac v = evaluate(q.expression(), t.values);
        if (v == null) {
          return null;
        }
        Set<String> d = new LinkedHashSet<>();
        String e = q.expression();
        for (int i = 0; i < e.length(); ) {
          if (Character.isLetter(e.charAt(i)) || e.charAt(i) == '_') {
            int j = i;
            while (j < e.length() && (Character.isLetterOrDigit(e.charAt(j)) || e.charAt(j) == '_')) {
              j++;
            }
            d.add(e.substring(i, j));
            i = j;
          } else {
            i++;
          }
        }
        t.values.put(q.name(), v);
        t.deps.put(q.name(), d);
      }
      return t.values.containsKey(p.asked()) ? t : null;
    }
  }

  /** An exact fraction over BigInteger, reduced, denominator positive. */
  static final class Frac {
    static final Frac ONE = new Frac(BigInteger.ONE, BigInteger.ONE);
    final BigInteger n;
    final BigInteger d;

    private Frac(BigInteger n, BigInteger d) {
      this.n = n;
      this.d = d;
    }

    static Frac of(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Frac(n, d) : new Frac(n.divide(g), d.divide(g));
    }

    Frac plus(Frac o) {
      return of(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    Frac times(Frac o) {
      return of(n.multiply(o.n), d.multiply(o.d));
    }

    Frac negate() {
      return new Frac(n.negate(), d);
    }

    Frac reciprocal() {
      return of(d, n);
    }

    int signum() {
      return n.signum();
    }

    boolean isInteger() {
      return d.equals(BigInteger.ONE);
    }

    /** The exact decimal when the value terminates, else null. */
    String exactDecimal() {
      BigInteger rest = d;
      int twos = rest.getLowestSetBit();
      rest = rest.shiftRight(twos);
      int fives = 0;
      BigInteger five = BigInteger.valueOf(5);
      while (rest.mod(five).signum() == 0) {
        rest = rest.divide(five);
        fives++;
      }
      if (!rest.equals(BigInteger.ONE)) {
        return null;
      }
      return new BigDecimal(n).divide(new BigDecimal(d)).setScale(Math.max(twos, fives)).toPlainString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Frac f && f.n.equals(n) && f.d.equals(d);
    }

    @Override
    public int hashCode() {
      return n.hashCode() * 31 + d.hashCode();
    }

    /** An integer, else the exact decimal when it terminates, else p/q: the canonical answer text. */
    @Override
    public String toString() {
      if (isInteger()) {
        return n.toString();
      }
      String dec = exactDecimal();
      return dec != null ? dec : n + "/" + d;
    }
  }
}
