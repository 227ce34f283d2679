package io.taskforge.arithmetic.dag;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Property-testing oracle for {@code arithmetic.dag}, written apart from {@link DagVerifier}: it
 * evaluates the graph by memoized recursion over BigInteger on a name-sorted map (not
 * {@link DagGraph}'s queue over Rational), and reads answers only in the canonical format (final: an
 * integer; trace: lines {@code N = A op B = v} or {@code N = v} with single spaces and {@code + - *},
 * then {@code Result: v}).
 *
 * <p>Mutant kinds. Final mode: {@code off-by-one}, {@code digit}, {@code sign-flip}, {@code operand}
 * (the value of one of the asked node's operands), {@code distractor} (the value of a node the asked
 * node does not need), {@code repeated} (the number twice). Trace mode: {@code wrong-value},
 * {@code wrong-result}, {@code no-result}, {@code result-only}, {@code drop-step}, {@code swap-steps}
 * (adjacent; valid when still in dependency order), {@code reorder} (another dependency order),
 * {@code commute} (operands swapped: valid for + and *), {@code wrong-op}, {@code wrong-operand},
 * {@code duplicate-step} (a line repeated: valid), {@code extra-node} (a right line for a node not
 * needed: valid), {@code restate} (a given value restated, right or wrong).
 */
public final class DagOracle implements TaskOracle<DagProblem> {

  @Override
  public String taskId() {
    return DagTask.ID;
  }

  @Override
  public Class<DagProblem> problemType() {
    return DagProblem.class;
  }

  // ---- the oracle's own model of the graph ----

  /** Definitions by canonical (upper-case) name; values filled by recursion. */
  private static final class Model {
    final TreeMap<String, DagNode> nodes = new TreeMap<>();
    final TreeMap<String, BigInteger> values = new TreeMap<>();
    final String target;

    Model(DagProblem p) {
      for (DagNode n : p.nodes()) {
        nodes.put(key(n.name()), n);
      }
      target = key(p.target());
    }

    BigInteger value(String name) {
      return value(name, 0);
    }

    private BigInteger value(String name, int depth) {
      String k = key(name);
      BigInteger v = values.get(k);
      if (v != null) {
        return v;
      }
      DagNode n = nodes.get(k);
      if (n == null || depth > nodes.size()) {
        throw new IllegalArgumentException("bad graph at " + name);
      }
      if (n.op().equals(DagNode.VALUE)) {
        v = new BigInteger(n.value());
      } else {
        BigInteger x = value(n.args().get(0), depth + 1);
        BigInteger y = value(n.args().get(1), depth + 1);
        v = switch (n.op()) {
          case "+" -> x.add(y);
          case "-" -> x.subtract(y);
          default -> x.multiply(y);
        };
      }
      values.put(k, v);
      return v;
    }

    boolean isOperation(String name) {
      DagNode n = nodes.get(key(name));
      return n != null && !n.op().equals(DagNode.VALUE);
    }

    /** Names of the operations the target needs, in the problem's order of description. */
    List<String> needed(DagProblem p) {
      TreeMap<String, Boolean> seen = new TreeMap<>();
      mark(target, seen);
      List<String> out = new ArrayList<>();
      for (DagNode n : p.nodes()) {
        if (seen.containsKey(key(n.name())) && !n.op().equals(DagNode.VALUE)) {
          out.add(n.name());
        }
      }
      return out;
    }

    private void mark(String name, TreeMap<String, Boolean> seen) {
      if (seen.put(key(name), Boolean.TRUE) != null) {
        return;
      }
      DagNode n = nodes.get(key(name));
      if (!n.op().equals(DagNode.VALUE)) {
        mark(n.args().get(0), seen);
        mark(n.args().get(1), seen);
      }
    }
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  // ---- judging ----

  @Override
  public boolean accepts(DagProblem problem, String canonicalAnswer) {
    Model m = new Model(problem);
    BigInteger want = m.value(m.target);
    if (!"trace".equals(problem.mode())) {
      BigInteger given = strictInteger(canonicalAnswer.strip());
      return want.equals(given);
    }
    List<String> lines = new ArrayList<>();
    for (String line : canonicalAnswer.split("\n", -1)) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    if (lines.size() < 2 || !lines.get(lines.size() - 1).startsWith("Result: ")) {
      return false;
    }
    TreeMap<String, Boolean> done = new TreeMap<>();
    for (String line : lines.subList(0, lines.size() - 1)) {
      if (!stepIsRight(m, line, done)) {
        return false;
      }
    }
    BigInteger result = strictInteger(lines.get(lines.size() - 1).substring("Result: ".length()));
    return done.containsKey(m.target) && want.equals(result);
  }

  /** Checks one canonical line against the rules; marks its node done when right. */
  private static boolean stepIsRight(Model m, String line, TreeMap<String, Boolean> done) {
    String[] parts = line.split(" = ", -1);
    if (parts.length == 2) { // restating a given value
      DagNode n = m.nodes.get(key(parts[0]));
      BigInteger v = strictInteger(parts[1]);
      return n != null && n.op().equals(DagNode.VALUE) && v != null && v.equals(m.value(parts[0]));
    }
    if (parts.length != 3) {
      return false;
    }
    DagNode n = m.nodes.get(key(parts[0]));
    String[] expr = parts[1].split(" ", -1);
    BigInteger v = strictInteger(parts[2]);
    if (n == null || n.op().equals(DagNode.VALUE) || expr.length != 3 || v == null) {
      return false;
    }
    String a = key(expr[0]);
    String b = key(expr[2]);
    String da = key(n.args().get(0));
    String db = key(n.args().get(1));
    boolean sameOperands = (a.equals(da) && b.equals(db)) || (!n.op().equals("-") && a.equals(db) && b.equals(da));
    if (!expr[1].equals(n.op()) || !sameOperands) {
      return false;
    }
    for (String operand : new String[] {a, b}) {
      if (m.isOperation(operand) && !done.containsKey(operand)) {
        return false;
      }
    }
    if (!v.equals(m.value(parts[0]))) {
      return false;
    }
    done.put(key(parts[0]), Boolean.TRUE);
    return true;
  }

  /** {@code -?[0-9]+} exactly, or null. */
  private static BigInteger strictInteger(String s) {
    if (s.isEmpty() || s.length() > 2000) {
      return null;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i == s.length()) {
      return null;
    }
    for (int k = i; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return null;
      }
    }
    return new BigInteger(s);
  }

  // ---- equivalent forms ----

  @Override
  public List<String> equivalentForms(DagProblem problem, String gold, Rng rng) {
    Model m = new Model(problem);
    String v = m.value(m.target).toString();
    List<String> forms = new ArrayList<>();
    if (!"trace".equals(problem.mode())) {
      forms.add(" \n" + v + "\t\n");
      forms.add("+" + v);
      forms.add(v + ".0");
      forms.add("\\boxed{" + v + "}");
      forms.add("$" + v + "$");
      forms.add("**" + v + "**");
      forms.add("I added it all up.\nResult: " + v);
      if (v.length() > 3 && !v.startsWith("-")) {
        forms.add(thousands(v));
      }
      return forms;
    }
    List<String> steps = goldSteps(gold);
    String result = "Result: " + v;
    forms.add(join(steps, result, "\n\n"));
    List<String> numbered = new ArrayList<>();
    List<String> bullets = new ArrayList<>();
    List<String> unicode = new ArrayList<>();
    List<String> lower = new ArrayList<>();
    List<String> substituted = new ArrayList<>();
    List<String> xSign = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      String s = steps.get(i);
      numbered.add("Step " + (i + 1) + ": " + s);
      bullets.add("- " + s + "  ");
      unicode.add(s.replace(" * ", " \u00D7 ").replace(" - ", " \u2212 "));
      lower.add(s.toLowerCase(Locale.ROOT));
      xSign.add(s.replace(" * ", " x "));
      String[] parts = s.split(" = ");
      String[] expr = parts[1].split(" ");
      substituted.add(parts[0] + " = " + parts[1] + " = " + m.value(expr[0]) + " " + expr[1] + " " + m.value(expr[2])
          + " = " + parts[2]);
    }
    forms.add(join(numbered, result, "\n"));
    forms.add(join(bullets, "**Result:** " + v, "\n"));
    forms.add(join(unicode, result, "\n"));
    forms.add(join(lower, result, "\n"));
    forms.add(join(substituted, result, "\n"));
    forms.add(join(xSign, result, "\n"));
    forms.add(join(lines(m, randomOrder(m, m.needed(problem), rng)), result, "\n"));
    List<String> all = new ArrayList<>();
    for (DagNode n : problem.nodes()) {
      if (!n.op().equals(DagNode.VALUE)) {
        all.add(n.name());
      }
    }
    forms.add(join(lines(m, randomOrder(m, all, rng)), result, "\n"));
    List<String> restated = new ArrayList<>();
    for (DagNode n : problem.nodes()) {
      if (n.op().equals(DagNode.VALUE)) {
        restated.add(n.name() + " = " + n.value());
      }
    }
    restated.addAll(steps);
    forms.add(join(restated, result, "\n"));
    return forms;
  }

  private static String thousands(String digits) {
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  private static List<String> goldSteps(String gold) {
    List<String> steps = new ArrayList<>();
    for (String line : gold.split("\n")) {
      if (!line.isBlank() && !line.startsWith("Result:")) {
        steps.add(line.strip());
      }
    }
    return steps;
  }

  private static String join(List<String> steps, String result, String sep) {
    StringBuilder sb = new StringBuilder();
    for (String s : steps) {
      sb.append(s).append(sep);
    }
    return sb.append(result).toString();
  }

  /** The canonical line of each named operation. */
  private static List<String> lines(Model m, List<String> order) {
    List<String> out = new ArrayList<>();
    for (String name : order) {
      out.add(line(m, name, false));
    }
    return out;
  }

  private static String line(Model m, String name, boolean commuted) {
    DagNode n = m.nodes.get(key(name));
    String a = n.args().get(commuted ? 1 : 0);
    String b = n.args().get(commuted ? 0 : 1);
    return n.name() + " = " + a + " " + n.op() + " " + b + " = " + m.value(name);
  }

  /** The given operations in a random order that puts every operation after its operand operations. */
  private static List<String> randomOrder(Model m, List<String> names, Rng rng) {
    List<String> left = new ArrayList<>(names);
    List<String> out = new ArrayList<>();
    TreeMap<String, Boolean> done = new TreeMap<>();
    while (!left.isEmpty()) {
      List<Integer> ready = new ArrayList<>();
      for (int i = 0; i < left.size(); i++) {
        DagNode n = m.nodes.get(key(left.get(i)));
        boolean ok = true;
        for (String arg : n.args()) {
          ok &= !m.isOperation(arg) || done.containsKey(key(arg));
        }
        if (ok) {
          ready.add(i);
        }
      }
      String pick = left.remove((int) ready.get(rng.nextInt(ready.size())));
      done.put(key(pick), Boolean.TRUE);
      out.add(pick);
    }
    return out;
  }

  // ---- mutants ----

  @Override
  public List<Mutant> mutants(DagProblem problem, String gold, Rng rng) {
    Model m = new Model(problem);
    BigInteger v = m.value(m.target);
    List<Mutant> out = new ArrayList<>();
    if (!"trace".equals(problem.mode())) {
      add(out, problem, "off-by-one", v.add(BigInteger.ONE).toString());
      add(out, problem, "off-by-one", v.subtract(BigInteger.ONE).toString());
      if (v.signum() != 0) {
        add(out, problem, "sign-flip", v.negate().toString());
      }
      add(out, problem, "digit", changeDigit(v.toString(), rng));
      DagNode t = m.nodes.get(m.target);
      add(out, problem, "operand", m.value(t.args().get(rng.nextInt(2))).toString());
      for (DagNode n : problem.nodes()) {
        if (!m.needed(problem).contains(n.name()) && !n.op().equals(DagNode.VALUE)) {
          add(out, problem, "distractor", m.value(n.name()).toString());
          break;
        }
      }
      add(out, problem, "repeated", v + " " + v);
      return out;
    }
    List<String> steps = goldSteps(gold);
    String result = "Result: " + v;
    int k = rng.nextInt(steps.size());

    List<String> s = new ArrayList<>(steps);
    s.set(k, bumpValue(s.get(k), rng));
    add(out, problem, "wrong-value", join(s, result, "\n"));
    add(out, problem, "wrong-result", join(steps, "Result: " + v.add(BigInteger.ONE), "\n"));
    add(out, problem, "no-result", String.join("\n", steps));
    add(out, problem, "result-only", result);

    s = new ArrayList<>(steps);
    s.remove(k);
    add(out, problem, "drop-step", s.isEmpty() ? result : join(s, result, "\n"));

    if (steps.size() > 1) {
      int i = rng.nextInt(steps.size() - 1);
      s = new ArrayList<>(steps);
      s.set(i, steps.get(i + 1));
      s.set(i + 1, steps.get(i));
      add(out, problem, "swap-steps", join(s, result, "\n"));
    }
    add(out, problem, "reorder", join(lines(m, randomOrder(m, m.needed(problem), rng)), result, "\n"));

    for (int attempt = 0; attempt < 2; attempt++) {
      int i = rng.nextInt(steps.size());
      String name = steps.get(i).substring(0, steps.get(i).indexOf(' '));
      s = new ArrayList<>(steps);
      s.set(i, line(m, name, true));
      add(out, problem, "commute", join(s, result, "\n"));
    }

    s = new ArrayList<>(steps);
    String[] parts = s.get(k).split(" ");
    parts[3] = parts[3].equals("+") ? "*" : "+";
    s.set(k, String.join(" ", parts));
    add(out, problem, "wrong-op", join(s, result, "\n"));

    s = new ArrayList<>(steps);
    parts = s.get(k).split(" ");
    String other = problem.nodes().get(rng.nextInt(problem.nodes().size())).name();
    if (!key(other).equals(key(parts[2])) && !key(other).equals(key(parts[4]))) {
      parts[4] = other;
      s.set(k, String.join(" ", parts));
      add(out, problem, "wrong-operand", join(s, result, "\n"));
    }

    s = new ArrayList<>(steps);
    s.add(k + 1, steps.get(k));
    add(out, problem, "duplicate-step", join(s, result, "\n"));

    List<String> needed = m.needed(problem);
    for (DagNode n : problem.nodes()) {
      if (!n.op().equals(DagNode.VALUE) && !needed.contains(n.name())) {
        s = new ArrayList<>(lines(m, randomOrder(m, allOperations(problem), rng)));
        add(out, problem, "extra-node", join(s, result, "\n"));
        break;
      }
    }
    for (DagNode n : problem.nodes()) {
      if (n.op().equals(DagNode.VALUE)) {
        s = new ArrayList<>(steps);
        s.add(0, n.name() + " = " + n.value());
        add(out, problem, "restate", join(s, result, "\n"));
        s.set(0, n.name() + " = " + new BigInteger(n.value()).add(BigInteger.ONE));
        add(out, problem, "restate", join(s, result, "\n"));
        break;
      }
    }
    return out;
  }

  private static List<String> allOperations(DagProblem problem) {
    List<String> all = new ArrayList<>();
    for (DagNode n : problem.nodes()) {
      if (!n.op().equals(DagNode.VALUE)) {
        all.add(n.name());
      }
    }
    return all;
  }

  /** The line with its value changed by 1 or by a power of ten. */
  private static String bumpValue(String line, Rng rng) {
    int eq = line.lastIndexOf(" = ");
    BigInteger value = new BigInteger(line.substring(eq + 3));
    BigInteger delta = BigInteger.TEN.pow(rng.nextInt(Math.max(1, value.abs().toString().length())));
    return line.substring(0, eq + 3) + (rng.nextBoolean() ? value.add(delta) : value.subtract(delta));
  }

  private static String changeDigit(String digits, Rng rng) {
    int start = digits.startsWith("-") ? 1 : 0;
    int at = start + rng.nextInt(digits.length() - start);
    char old = digits.charAt(at);
    char d = (char) ('0' + (old - '0' + 1 + rng.nextInt(9)) % 10);
    if (at == start && d == '0' && digits.length() - start > 1) {
      d = old == '9' ? '1' : (char) (old + 1);
    }
    return digits.substring(0, at) + d + digits.substring(at + 1);
  }

  private void add(List<Mutant> out, DagProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  @Override
  public List<String> hostileResponses(DagProblem problem, String gold) {
    Model m = new Model(problem);
    BigInteger v = m.value(m.target);
    if ("trace".equals(problem.mode())) {
      return List.of("Result: " + v, "<answer>Result: " + v + "</answer>");
    }
    return List.of(v.subtract(BigInteger.ONE) + " or " + v + " or " + v.add(BigInteger.ONE),
        "<answer>" + v + " or " + v.add(BigInteger.ONE) + "</answer>");
  }
}
