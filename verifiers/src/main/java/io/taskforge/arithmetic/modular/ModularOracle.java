package io.taskforge.arithmetic.modular;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Property-testing oracle for {@code arithmetic.modular}, written apart from {@link ModularVerifier}:
 * it solves the question with its own iterative extended Euclid and square-and-multiply on longs
 * where they fit (BigInteger otherwise), reads answers only in the canonical forms ({@code r},
 * {@code r (mod m)}, {@code x ≡ r1, r2 (mod M)}, {@code none}; trace lines with single spaces as the
 * generator writes them) with its own shunting-yard evaluator, and judges traces by the documented
 * rules on its own bookkeeping: power lines reach a new exponent in one step with every part
 * congruent; the divisions follow the Euclidean algorithm from (m, a); combination lines have every
 * part equal to their remainder and end with a combination (written {@code c × u}) of two other
 * numbers of the divisions; solution lines come after the combination for the gcd, use the modulus
 * of the solutions and have every part congruent to them. Its mutants never start a second Euclid
 * run (on m/g and a/g), so it does not model one.
 *
 * <p>Mutant kinds: power {@code right-to-left} (valid), {@code product-plus-m} (valid),
 * {@code wrong-residue}, {@code wrong-product}, {@code unreduced}, {@code skip-line},
 * {@code past-exponent}; Euclid {@code back-substitution} (valid), {@code final-division} (valid),
 * {@code euclid-remainder}, {@code euclid-quotient}, {@code bezout-coefficient}, {@code bezout-drop},
 * {@code solution-modulus}, {@code solution-value}, {@code division-after-end}, {@code stop-early};
 * all {@code wrong-result}, {@code no-result}, {@code none-instead}; final {@code off-by-one},
 * {@code unreduced}, {@code with-modulus} (valid), {@code congruence-form}, {@code list-form}
 * (valid), {@code one-solution}, {@code wrong-modulus}, {@code none}.
 */
public final class ModularOracle implements TaskOracle<ModularProblem> {
  private static final String EQV = "\u2261";
  private static final String TIMES = "\u00D7";

  @Override
  public String taskId() {
    return ModularTask.ID;
  }

  @Override
  public Class<ModularProblem> problemType() {
    return ModularProblem.class;
  }

  // ---- the oracle's own solution ----

  /** The question solved: for a congruence the class x0 (mod m1) with g solutions modulo m. */
  private record Solved(String kind, BigInteger a, BigInteger e, BigInteger b, BigInteger m, BigInteger g,
      BigInteger x0, BigInteger m1, List<BigInteger[]> divisions) {
    boolean answerable() {
      return x0 != null;
    }
  }

  private static Solved solve(ModularProblem p) {
    BigInteger a = new BigInteger(p.a());
    BigInteger m = new BigInteger(p.m());
    if (p.kind().equals("power")) {
      BigInteger e = new BigInteger(p.e());
      BigInteger result = BigInteger.ONE;
      BigInteger base = a.mod(m);
      for (int i = 0; i < e.bitLength(); i++) { // right-to-left binary
        if (e.testBit(i)) {
          result = result.multiply(base).mod(m);
        }
        base = base.multiply(base).mod(m);
      }
      return new Solved("power", a, e, null, m, null, result, m, List.of());
    }
    // Euclid rows (x, q, y, r) from (m, a) down to remainder 0, with Bezout coefficients of a
    List<BigInteger[]> divisions = new ArrayList<>();
    BigInteger x = m;
    BigInteger y = a;
    BigInteger sx = BigInteger.ZERO;
    BigInteger sy = BigInteger.ONE;
    while (y.signum() != 0) {
      BigInteger q = x.divide(y);
      BigInteger r = x.subtract(q.multiply(y));
      divisions.add(new BigInteger[] {x, q, y, r});
      BigInteger sr = sx.subtract(q.multiply(sy));
      x = y;
      y = r;
      sx = sy;
      sy = sr;
    }
    BigInteger g = x;
    BigInteger s = sx; // s·a ≡ g (mod m)
    BigInteger m1 = m.divide(g);
    if (p.kind().equals("inverse")) {
      BigInteger x0 = g.equals(BigInteger.ONE) ? s.mod(m) : null;
      return new Solved("inverse", a, null, null, m, g, x0, m, divisions);
    }
    BigInteger b = new BigInteger(p.b());
    BigInteger x0 = b.mod(g).signum() == 0 ? s.multiply(b.divide(g)).mod(m1) : null;
    return new Solved("congruence", a, null, b, m, g, x0, m1, divisions);
  }

  private static boolean trace(ModularProblem p) {
    return "trace".equals(p.mode());
  }

  // ---- reading canonical answers ----

  /** {@code none}, or residues and a modulus (null when bare). */
  private record Read(boolean none, List<BigInteger> residues, BigInteger modulus) {}

  private static Read read(String s) {
    s = s.strip();
    if (s.equals("none")) {
      return new Read(true, List.of(), null);
    }
    BigInteger modulus = null;
    if (s.endsWith(")")) {
      int open = s.lastIndexOf(" (mod ");
      if (open < 0) {
        return null;
      }
      BigInteger mod = integer(s.substring(open + 6, s.length() - 1));
      if (mod == null) {
        return null;
      }
      modulus = mod;
      s = s.substring(0, open);
    }
    if (s.startsWith("x " + EQV + " ")) {
      if (modulus == null) {
        return null;
      }
      s = s.substring(4);
    }
    List<BigInteger> residues = new ArrayList<>();
    for (String t : s.split(", ", -1)) {
      BigInteger v = integer(t);
      if (v == null) {
        return null;
      }
      residues.add(v);
    }
    return new Read(false, residues, modulus);
  }

  private static BigInteger integer(String t) {
    int i = t.startsWith("-") ? 1 : 0;
    if (i == t.length() || t.length() > 2_000) {
      return null;
    }
    for (int j = i; j < t.length(); j++) {
      if (t.charAt(j) < '0' || t.charAt(j) > '9') {
        return null;
      }
    }
    return new BigInteger(t);
  }

  /** The oracle's judgement of a read answer. */
  private static boolean right(Solved s, Read r) {
    if (r == null) {
      return false;
    }
    if (!s.answerable()) {
      return r.none();
    }
    if (r.none()) {
      return false;
    }
    if (s.kind().equals("power")) {
      return r.residues().size() == 1 && (r.modulus() == null || r.modulus().equals(s.m()))
          && r.residues().get(0).equals(s.x0());
    }
    BigInteger mod = r.modulus() == null ? s.m() : r.modulus();
    if (r.modulus() == null) {
      for (BigInteger v : r.residues()) {
        if (v.signum() < 0 || v.compareTo(s.m()) >= 0) {
          return false;
        }
      }
    }
    // the set named: residues mod `mod`; the solutions: x0 + k·m1. Compare by listing both (small here).
    if (mod.signum() <= 0 || mod.mod(s.m1()).signum() != 0
        || mod.divide(s.m1()).compareTo(BigInteger.valueOf(r.residues().size())) > 0) {
      return false;
    }
    TreeSet<BigInteger> named = new TreeSet<>();
    for (BigInteger v : r.residues()) {
      named.add(v.mod(mod));
    }
    TreeSet<BigInteger> truth = new TreeSet<>();
    for (BigInteger v = s.x0(); v.compareTo(mod) < 0; v = v.add(s.m1())) {
      truth.add(v);
    }
    return named.equals(truth);
  }

  // ---- the oracle's own evaluator: shunting-yard over canonical text ----

  /** The value of an expression of integers, + - × ^ (modulo {@code mod}, or exactly when null), or null. */
  static BigInteger eval(String expr, BigInteger mod) {
    List<Object> out = new ArrayList<>();
    Deque<Character> ops = new ArrayDeque<>();
    boolean operand = true;
    int i = 0;
    while (i < expr.length()) {
      char c = expr.charAt(i);
      if (c == ' ') {
        i++;
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < expr.length() && Character.isDigit(expr.charAt(j))) {
          j++;
        }
        out.add(new BigInteger(expr.substring(i, j)));
        i = j;
        operand = false;
      } else if (c == '(') {
        ops.push('(');
        i++;
        operand = true;
      } else if (c == ')') {
        while (!ops.isEmpty() && ops.peek() != '(') {
          out.add(ops.pop());
        }
        if (ops.isEmpty()) {
          return null;
        }
        ops.pop();
        i++;
        operand = false;
      } else if (c == '-' && operand) {
        ops.push('~');
        i++;
      } else if (c == '+' || c == '-' || c == '\u00D7' || c == '^') {
        int prec = precedence(c);
        while (!ops.isEmpty() && ops.peek() != '(' && (precedence(ops.peek()) > prec
            || (precedence(ops.peek()) == prec && c != '^'))) {
          out.add(ops.pop());
        }
        ops.push(c);
        i++;
        operand = true;
      } else {
        return null;
      }
    }
    while (!ops.isEmpty()) {
      char op = ops.pop();
      if (op == '(') {
        return null;
      }
      out.add(op);
    }
    Deque<BigInteger> stack = new ArrayDeque<>();
    for (Object o : out) {
      if (o instanceof BigInteger n) {
        stack.push(n);
        continue;
      }
      char op = (Character) o;
      if (op == '~') {
        if (stack.isEmpty()) {
          return null;
        }
        stack.push(stack.pop().negate());
        continue;
      }
      if (stack.size() < 2) {
        return null;
      }
      BigInteger r = stack.pop();
      BigInteger l = stack.pop();
      BigInteger v = switch (op) {
        case '+' -> l.add(r);
        case '-' -> l.subtract(r);
        case '\u00D7' -> l.multiply(r);
        default -> mod != null ? l.mod(mod).modPow(r, mod) : (r.bitLength() < 16 ? l.pow(r.intValue()) : null);
      };
      if (v == null) {
        return null;
      }
      stack.push(mod == null ? v : v.mod(mod));
    }
    if (stack.size() != 1) {
      return null;
    }
    BigInteger v = stack.pop();
    return mod == null ? v : v.mod(mod);
  }

  private static int precedence(char op) {
    return switch (op) {
      case '+', '-' -> 1;
      case '\u00D7' -> 2;
      case '~' -> 3;
      default -> 4; // ^
    };
  }

  // ---- the oracle's trace judgement ----

  @Override
  public boolean accepts(ModularProblem p, String canonicalAnswer) {
    Solved s = solve(p);
    String[] lines = canonicalAnswer.strip().split("\n", -1);
    if (!trace(p)) {
      return lines.length == 1 && right(s, read(lines[0]));
    }
    String last = lines[lines.length - 1];
    if (!last.startsWith("Result: ") || !right(s, read(last.substring(8)))) {
      return false;
    }
    int n = lines.length - 1;
    if (n == 0) {
      return false;
    }
    return s.kind().equals("power") ? powerTrace(s, lines, n) : euclidTrace(s, lines, n);
  }

  private static boolean powerTrace(Solved s, String[] lines, int n) {
    TreeSet<BigInteger> known = new TreeSet<>();
    known.add(BigInteger.ONE);
    String prefix = s.a() + "^";
    for (int i = 0; i < n; i++) {
      String line = lines[i];
      String suffix = " (mod " + s.m() + ")";
      if (!line.startsWith(prefix) || !line.endsWith(suffix)) {
        return false;
      }
      String[] parts = line.substring(0, line.length() - suffix.length()).split(" [" + EQV + "=] ", -1);
      BigInteger k = integer(parts[0].substring(prefix.length()));
      if (k == null || k.signum() <= 0 || k.compareTo(s.e()) > 0 || known.contains(k) || parts.length < 2) {
        return false;
      }
      boolean reach = !k.testBit(0) && known.contains(k.shiftRight(1));
      for (BigInteger j : known) {
        reach |= known.contains(k.subtract(j));
      }
      if (!reach) {
        return false;
      }
      BigInteger want = eval(parts[0], s.m());
      for (int t = 1; t < parts.length; t++) {
        BigInteger v = eval(parts[t], s.m());
        if (v == null || !v.equals(want)) {
          return false;
        }
      }
      BigInteger r = integer(parts[parts.length - 1]);
      if (r == null || r.signum() < 0 || r.compareTo(s.m()) >= 0) {
        return false;
      }
      known.add(k);
    }
    return known.contains(s.e());
  }

  private static boolean euclidTrace(Solved s, String[] lines, int n) {
    TreeSet<BigInteger> numbers = new TreeSet<>();
    numbers.add(s.m());
    numbers.add(s.a());
    TreeMap<String, Integer> combos = new TreeMap<>();
    int nextDivision = 0;
    boolean derived = false;
    boolean solution = false;
    for (int i = 0; i < n; i++) {
      String line = lines[i];
      if (line.startsWith("x " + EQV + " ")) {
        if (!s.answerable() || !derived) {
          return false;
        }
        String suffix = " (mod " + s.m1() + ")";
        if (!line.endsWith(suffix)) {
          return false;
        }
        String[] parts = line.substring(4, line.length() - suffix.length()).split(" [" + EQV + "=] ", -1);
        for (String part : parts) {
          BigInteger v = eval(part, s.m1());
          if (v == null || !v.equals(s.x0())) {
            return false;
          }
        }
        BigInteger r = integer(parts[parts.length - 1]);
        if (r == null || r.signum() < 0 || r.compareTo(s.m1()) >= 0) {
          return false;
        }
        solution = true;
        continue;
      }
      String[] parts = line.split(" = ", -1);
      BigInteger lhs = integer(parts[0]);
      if (lhs == null || parts.length < 2) {
        return false;
      }
      // the next division, written exactly as x = q × y + r
      if (nextDivision < s.divisions().size()) {
        BigInteger[] d = s.divisions().get(nextDivision);
        if (line.equals(d[0] + " = " + d[1] + " " + TIMES + " " + d[2] + " + " + d[3])) {
          numbers.add(d[3]);
          nextDivision++;
          if (d[3].signum() == 0 && nextDivision == 1) {
            derived = true; // a divides m
          }
          continue;
        }
      }
      // a combination line
      if (!numbers.contains(lhs)) {
        return false;
      }
      for (int t = 1; t < parts.length; t++) {
        BigInteger v = eval(parts[t], null);
        if (v == null || !v.equals(lhs)) {
          return false;
        }
      }
      BigInteger[] uv = canonicalTerms(parts[parts.length - 1]);
      if (uv == null || !numbers.contains(uv[0]) || !numbers.contains(uv[1]) || uv[0].equals(uv[1])
          || uv[0].equals(lhs) || uv[1].equals(lhs)) {
        return false;
      }
      String key = lhs + "|" + uv[0].min(uv[1]) + "|" + uv[0].max(uv[1]);
      if (combos.put(key, i) != null) {
        return false;
      }
      boolean am = (uv[0].equals(s.a()) && uv[1].equals(s.m())) || (uv[0].equals(s.m()) && uv[1].equals(s.a()));
      if (am && lhs.equals(s.g())) {
        derived = true;
      }
    }
    if (!s.answerable()) {
      return nextDivision == s.divisions().size();
    }
    boolean gcdShown = nextDivision == s.divisions().size()
        || (nextDivision > 0 && s.divisions().get(nextDivision - 1)[3].equals(BigInteger.ONE));
    return gcdShown && derived && (s.kind().equals("inverse") || solution);
  }

  /** The numbers u, v of a canonical two-term combination 'c × u ± d × v' (or 'u - d × v'), or null. */
  private static BigInteger[] canonicalTerms(String e) {
    int split = -1;
    int depth = 0;
    for (int i = 1; i + 2 < e.length(); i++) {
      char c = e.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && (e.startsWith(" + ", i) || e.startsWith(" - ", i))) {
        if (split >= 0) {
          return null;
        }
        split = i;
      }
    }
    if (split < 0) {
      return null;
    }
    BigInteger u = factor(e.substring(0, split));
    BigInteger v = factor(e.substring(split + 3));
    BigInteger cu = coefficient(e.substring(0, split));
    BigInteger cv = coefficient(e.substring(split + 3));
    if (u == null || v == null || cu == null || cv == null || cu.signum() == 0 || cv.signum() == 0) {
      return null;
    }
    return new BigInteger[] {u, v};
  }

  /** The number u of a term 'c × u' or 'u'. */
  private static BigInteger factor(String term) {
    int times = term.lastIndexOf(" " + TIMES + " ");
    return integer(times < 0 ? term : term.substring(times + 3));
  }

  private static BigInteger coefficient(String term) {
    int times = term.lastIndexOf(" " + TIMES + " ");
    return times < 0 ? (integer(term) == null ? null : BigInteger.ONE) : integer(term.substring(0, times));
  }

  // ---- forms and mutants ----

  @Override
  public List<String> equivalentForms(ModularProblem p, String gold, Rng rng) {
    Solved s = solve(p);
    List<String> forms = new ArrayList<>();
    if (!trace(p)) {
      if (!s.answerable()) {
        forms.addAll(List.of("None", " NONE\n", "no solution", "No solutions.", "no inverse", "\\boxed{none}", "\u2205"));
        return forms;
      }
      if (s.kind().equals("congruence")) {
        forms.add("x = " + s.x0() + " mod " + s.m1());
        forms.add("x \\equiv " + s.x0() + " \\pmod{" + s.m1() + "}");
        forms.add("$x \\equiv " + s.x0().add(s.m1()) + " \\pmod{" + s.m1() + "}$");
        forms.add(s.x0() + " (mod " + s.m1() + ")");
        forms.add("x == " + s.x0().subtract(s.m1()) + " (modulo " + s.m1() + ")");
      } else {
        forms.add(" " + s.x0() + " ");
        forms.add(s.x0() + " (mod " + s.m() + ")");
        forms.add("\\boxed{" + s.x0() + "}");
        forms.add("**" + s.x0() + "**");
        if (s.kind().equals("inverse")) {
          forms.add("x \u2261 " + s.x0() + " (mod " + s.m() + ")");
          forms.add("x = " + s.x0().subtract(s.m()) + " mod " + s.m());
        }
      }
      return forms;
    }
    forms.add(gold.replace("\n", "\r\n"));
    forms.add(gold.replace(" " + TIMES + " ", " * ").replace(EQV, "="));
    StringBuilder numbered = new StringBuilder();
    StringBuilder bare = new StringBuilder();
    String[] lines = gold.split("\n");
    for (int k = 0; k < lines.length; k++) {
      numbered.append(k == lines.length - 1 ? "" : "Step " + (k + 1) + ": ").append(lines[k]).append("\n\n");
      String l = lines[k].replace(" " + TIMES + " ", " \u00B7 ");
      if (l.endsWith(")") && l.contains(" (mod ")) {
        l = l.substring(0, l.length() - 1).replace(" (mod ", " mod ");
      }
      bare.append(l).append('\n');
    }
    forms.add(bare.toString());
    forms.add(numbered.toString());
    forms.add(gold.replace(" - ", " \u2212 ").replace(EQV, "\\equiv"));
    return forms;
  }

  @Override
  public List<Mutant> mutants(ModularProblem p, String gold, Rng rng) {
    Solved s = solve(p);
    List<Mutant> out = new ArrayList<>();
    if (!trace(p)) {
      finalMutants(p, s, out, rng);
      return out;
    }
    List<String> lines = new ArrayList<>(List.of(gold.split("\n")));
    int n = lines.size() - 1;
    String result = lines.get(n);
    if (s.kind().equals("power")) {
      powerMutants(p, s, lines, out, rng);
    } else {
      euclidMutants(p, s, lines, out, rng);
    }
    List<String> m = new ArrayList<>(lines);
    if (s.answerable()) {
      m.set(n, "Result: none");
      add(out, p, "none-instead", m);
      BigInteger other = s.x0().add(BigInteger.ONE).mod(s.m1());
      m.set(n, result.replace(" " + s.x0() + " ", " " + other + " ").replace("Result: " + s.x0(), "Result: " + other));
      add(out, p, "wrong-result", m);
    } else {
      m.set(n, "Result: 0");
      add(out, p, "wrong-result", m);
    }
    m = new ArrayList<>(lines);
    m.remove(n);
    add(out, p, "no-result", m);
    return out;
  }

  private void finalMutants(ModularProblem p, Solved s, List<Mutant> out, Rng rng) {
    if (!s.answerable()) {
      add(out, p, "none", List.of("0"));
      add(out, p, "off-by-one", List.of("1"));
      return;
    }
    BigInteger x = s.x0();
    BigInteger mod = s.m1();
    add(out, p, "off-by-one", List.of(s.kind().equals("congruence")
        ? "x " + EQV + " " + x.add(BigInteger.ONE).mod(mod) + " (mod " + mod + ")" : x.add(BigInteger.ONE).mod(s.m()).toString()));
    add(out, p, "none", List.of("none"));
    if (s.kind().equals("congruence")) {
      List<String> all = new ArrayList<>();
      for (BigInteger v = x; v.compareTo(s.m()) < 0 && all.size() < 40; v = v.add(mod)) {
        all.add(v.toString());
      }
      if (all.size() < 40) {
        add(out, p, "list-form", List.of("x " + EQV + " " + String.join(", ", all) + " (mod " + s.m() + ")"));
        add(out, p, "list-form", List.of(String.join(", ", all)));
      }
      add(out, p, "one-solution", List.of("x " + EQV + " " + x + " (mod " + s.m() + ")"));
      add(out, p, "wrong-modulus", List.of("x " + EQV + " " + x + " (mod " + s.m().add(BigInteger.ONE) + ")"));
      add(out, p, "bare", List.of(x.toString()));
    } else {
      add(out, p, "unreduced", List.of(x.add(s.m()).toString()));
      add(out, p, "with-modulus", List.of(x + " (mod " + s.m() + ")"));
      add(out, p, "congruence-form", List.of("x " + EQV + " " + x.add(s.m()) + " (mod " + s.m() + ")"));
    }
  }

  private void powerMutants(ModularProblem p, Solved s, List<String> lines, List<Mutant> out, Rng rng) {
    int n = lines.size() - 1;
    String result = lines.get(n);
    // right-to-left: the squares a^(2^i), then the partial products over the set bits
    List<String> rtl = new ArrayList<>();
    BigInteger m = s.m();
    BigInteger[] sq = new BigInteger[s.e().bitLength()];
    sq[0] = s.a().mod(m);
    for (int i = 1; i < sq.length; i++) {
      BigInteger prod = sq[i - 1].multiply(sq[i - 1]);
      sq[i] = prod.mod(m);
      rtl.add(powerLine(s, BigInteger.ONE.shiftLeft(i), sq[i - 1] + "^2", prod, sq[i]));
    }
    BigInteger k = null;
    BigInteger acc = null;
    for (int i = 0; i < sq.length; i++) {
      if (!s.e().testBit(i)) {
        continue;
      }
      if (k == null) {
        k = BigInteger.ONE.shiftLeft(i);
        acc = sq[i];
        continue;
      }
      BigInteger prod = acc.multiply(sq[i]);
      BigInteger before = acc;
      k = k.add(BigInteger.ONE.shiftLeft(i));
      acc = prod.mod(m);
      rtl.add(powerLine(s, k, before + " " + TIMES + " " + sq[i], prod, acc));
    }
    rtl.add(result);
    add(out, p, "right-to-left", rtl);

    int at = rng.nextInt(n);
    String line = lines.get(at);
    String body = line.substring(0, line.lastIndexOf(" (mod "));
    String[] parts = body.split(" [" + EQV + "=] ", -1);
    BigInteger residue = new BigInteger(parts[parts.length - 1]);
    BigInteger prod = new BigInteger(parts[2]);
    List<String> mut = new ArrayList<>(lines);
    mut.set(at, replaceLast(line, residue, residue.add(BigInteger.ONE).mod(m)));
    add(out, p, "wrong-residue", mut);
    mut = new ArrayList<>(lines);
    mut.set(at, parts[0] + " " + EQV + " " + parts[1] + " = " + prod.add(BigInteger.ONE) + " " + EQV + " " + residue
        + " (mod " + m + ")");
    add(out, p, "wrong-product", mut);
    mut = new ArrayList<>(lines);
    mut.set(at, parts[0] + " " + EQV + " " + parts[1] + " = " + prod.add(m) + " " + EQV + " " + residue + " (mod " + m + ")");
    add(out, p, "product-plus-m", mut);
    mut = new ArrayList<>(lines);
    mut.set(at, body + " " + EQV + " " + residue.add(m) + " (mod " + m + ")");
    add(out, p, "unreduced", mut);
    mut = new ArrayList<>(lines);
    mut.remove(at);
    add(out, p, "skip-line", mut);
    mut = new ArrayList<>(lines);
    BigInteger past = s.e().add(BigInteger.ONE);
    BigInteger pr = s.x0().multiply(s.a());
    mut.add(n, s.a() + "^" + past + " " + EQV + " " + s.x0() + " " + TIMES + " " + s.a() + " = " + pr + " " + EQV + " "
        + pr.mod(m) + " (mod " + m + ")");
    add(out, p, "past-exponent", mut);
  }

  private static String powerLine(Solved s, BigInteger k, String work, BigInteger prod, BigInteger residue) {
    return s.a() + "^" + k + " " + EQV + " " + work + " = " + prod + (prod.equals(residue) ? "" : " " + EQV + " " + residue)
        + " (mod " + s.m() + ")";
  }

  private static String replaceLast(String line, BigInteger old, BigInteger now) {
    String tail = " (mod ";
    int end = line.lastIndexOf(tail);
    String body = line.substring(0, end);
    int start = body.lastIndexOf(' ') + 1;
    if (!body.substring(start).equals(old.toString())) {
      throw new IllegalStateException("unexpected line " + line);
    }
    return body.substring(0, start) + now + line.substring(end);
  }

  private void euclidMutants(ModularProblem p, Solved s, List<String> lines, List<Mutant> out, Rng rng) {
    int n = lines.size() - 1;
    List<Integer> divisionLines = new ArrayList<>();
    List<Integer> combinationLines = new ArrayList<>();
    int solutionLine = -1;
    for (int i = 0; i < n; i++) {
      String l = lines.get(i);
      if (l.startsWith("x ")) {
        solutionLine = i;
      } else if (l.matches("[0-9]+ = [0-9]+ \u00D7 [0-9]+ \\+ [0-9]+")) {
        divisionLines.add(i);
      } else {
        combinationLines.add(i);
      }
    }
    int d = divisionLines.get(rng.nextInt(divisionLines.size()));
    String[] t = lines.get(d).split(" ");
    List<String> m = new ArrayList<>(lines);
    m.set(d, t[0] + " = " + t[2] + " " + TIMES + " " + t[4] + " + " + new BigInteger(t[6]).add(BigInteger.ONE));
    add(out, p, "euclid-remainder", m);
    m = new ArrayList<>(lines);
    m.set(d, t[0] + " = " + new BigInteger(t[2]).add(BigInteger.ONE) + " " + TIMES + " " + t[4] + " + " + t[6]);
    add(out, p, "euclid-quotient", m);
    if (!s.answerable()) {
      m = new ArrayList<>(lines);
      m.remove(divisionLines.get(divisionLines.size() - 1).intValue());
      add(out, p, "stop-early", m);
      BigInteger g = s.g();
      if (!g.equals(s.m1())) { // else it could read as the start of a second run, which this oracle does not model
        m = new ArrayList<>(lines);
        m.add(n, g + " = 1 " + TIMES + " " + g + " + 0");
        add(out, p, "division-after-end", m);
      }
      return;
    }
    if (!combinationLines.isEmpty()) {
      int c = combinationLines.get(combinationLines.size() - 1);
      String line = lines.get(c);
      int cut = line.lastIndexOf(" = ");
      String comb = line.substring(cut + 3);
      // change the first number of the final combination
      int sp = comb.indexOf(' ');
      BigInteger first = integer(comb.substring(0, sp));
      m = new ArrayList<>(lines);
      m.set(c, line.substring(0, cut + 3) + first.add(BigInteger.ONE) + comb.substring(sp));
      add(out, p, "bezout-coefficient", m);
      m = new ArrayList<>(lines);
      m.remove(c);
      add(out, p, "bezout-drop", m);
    }
    // back-substitution: all the divisions, then the gcd rewritten pair by pair up to (m, a)
    List<BigInteger[]> divs = s.divisions();
    int k = 0;
    while (k < divs.size() && divs.get(k)[3].signum() != 0 && !divs.get(k)[3].equals(BigInteger.ONE)) {
      k++;
    }
    // divs[k] gives the gcd (remainder 1), or divs[k] has remainder 0 and the gcd is its divisor
    int last = divs.get(k)[3].signum() == 0 ? k - 1 : k; // the division whose remainder is the gcd
    List<String> back = new ArrayList<>();
    for (int i = 0; i <= Math.min(k, divs.size() - 1); i++) {
      BigInteger[] dv = divs.get(i);
      back.add(dv[0] + " = " + dv[1] + " " + TIMES + " " + dv[2] + " + " + dv[3]);
    }
    if (last >= 0) {
      BigInteger g = divs.get(last)[3];
      // g = 1·x_last - q_last·y_last, over the pair (x, y) of division `last`
      BigInteger cu = BigInteger.ONE;
      BigInteger cv = divs.get(last)[1].negate();
      for (int i = last; ; i--) {
        BigInteger[] dv = divs.get(i);
        back.add(g + " = " + cu + " " + TIMES + " " + dv[0] + (cv.signum() < 0 ? " - " + cv.negate() : " + " + cv) + " "
            + TIMES + " " + dv[2]);
        if (i == 0) {
          break;
        }
        // y_i = x_{i-1} - q_{i-1}·y_{i-1}, and x_i = y_{i-1}
        BigInteger[] prev = divs.get(i - 1);
        BigInteger ncu = cv;
        BigInteger ncv = cu.subtract(cv.multiply(prev[1]));
        cu = ncu;
        cv = ncv;
      }
    }
    if (solutionLine >= 0) {
      back.add(lines.get(solutionLine));
    }
    back.add(lines.get(n));
    add(out, p, "back-substitution", back);
    if (divs.get(k)[3].equals(BigInteger.ONE) && k + 1 < divs.size()) {
      BigInteger[] fin = divs.get(k + 1);
      m = new ArrayList<>(lines);
      m.add(solutionLine, fin[0] + " = " + fin[1] + " " + TIMES + " " + fin[2] + " + " + fin[3]);
      add(out, p, "final-division", m);
    }
    String sol = lines.get(solutionLine);
    m = new ArrayList<>(lines);
    BigInteger x0 = s.x0();
    m.set(solutionLine, replaceLast(sol, x0, x0.add(BigInteger.ONE).mod(s.m1())));
    add(out, p, "solution-value", m);
    if (!s.m1().equals(s.m())) {
      m = new ArrayList<>(lines);
      m.set(solutionLine, sol.substring(0, sol.lastIndexOf(" (mod ")) + " (mod " + s.m() + ")");
      add(out, p, "solution-modulus", m);
    }
    m = new ArrayList<>(lines);
    BigInteger[] lastDiv = divs.get(divs.size() - 1);
    if (divisionLines.size() == divs.size() && !lastDiv[2].equals(s.m1())) {
      m.add(solutionLine, lastDiv[2] + " = 1 " + TIMES + " " + lastDiv[2] + " + 0");
      add(out, p, "division-after-end", m);
    }
  }

  private void add(List<Mutant> out, ModularProblem p, String kind, List<String> lines) {
    String response = String.join("\n", lines);
    out.add(new Mutant(kind, response, accepts(p, response)));
  }

  @Override
  public List<String> hostileResponses(ModularProblem p, String gold) {
    Solved s = solve(p);
    if (!s.answerable()) {
      return List.of("none or 0", "0, 1, 2 (mod " + s.m() + ")");
    }
    return List.of(s.x0() + " or none", "x " + EQV + " " + s.x0() + " (mod " + s.m1() + ") or none",
        "x " + EQV + " 0, 1, 2 (mod " + s.m() + ")");
  }
}
