package io.taskforge.arithmetic.modular;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Text;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.trace.TraceLine;
import io.taskforge.verify.trace.TraceScore;
import io.taskforge.verify.trace.TraceText;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores {@code arithmetic.modular}. The verifier solves the question itself ({@link Question}); a
 * final answer is read by {@link Answer} and compared as a set of solutions. A trace is replayed on
 * the verifier's own state: for a power, the exponents computed so far (each new exponent must be
 * reachable in one squaring or multiplication, every part of the line congruent to a^K); for an
 * inverse or congruence, the runs of the Euclidean algorithm (the next division expected), the
 * numbers they produced, the Bézout combinations stated (each part evaluated exactly) and the
 * solution lines (every part congruent to the solution). Scoring is {@link TraceScore}'s.
 */
public final class ModularVerifier implements Verifier<ModularProblem> {

  @Override
  public String taskId() {
    return ModularTask.ID;
  }

  @Override
  public Class<ModularProblem> problemType() {
    return ModularProblem.class;
  }

  @Override
  public Verdict verify(ModularProblem problem, String response) {
    Question q = Question.of(problem);
    if (q == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem is not a well-formed modular question");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    if ("trace".equals(problem.mode())) {
      return trace(q, answer);
    }
    String text = TraceText.finalText(answer);
    Answer ans = Answer.read(text);
    if (ans == null) {
      return Verdict.invalidFormat("the answer " + Text.snippet(text, 0, text.length())
          + " is not a residue, a congruence 'x \u2261 r (mod m)', a list of solutions or 'none'");
    }
    String why = q.judge(ans);
    return why == null ? Verdict.correct("the answer is right") : Verdict.wrong(why);
  }

  // ---- trace mode ----

  /** One run of the Euclidean algorithm: the next division expected is x = q × y + r. */
  private static final class Run {
    BigInteger x;
    BigInteger y;
    boolean done;
    boolean reachedOne;

    Run(BigInteger x, BigInteger y) {
      this.x = x;
      this.y = y;
    }
  }

  private static final class State {
    final Question q;
    final BigInteger powerTarget;
    /** Exponents computed so far: the step that computed each, and the true residue of a^K. */
    final Map<BigInteger, Integer> known = new HashMap<>();
    final Map<BigInteger, BigInteger> residues = new HashMap<>();
    boolean wroteOne;
    final Set<BigInteger> numbers = new HashSet<>();
    final Run run1;
    Run run2;
    final Map<String, Integer> combos = new HashMap<>();
    boolean derived;
    boolean wroteSolution;
    boolean wroteReduced;

    State(Question q) {
      this.q = q;
      this.powerTarget = q.power() ? q.a.mod(q.m) : null;
      known.put(BigInteger.ONE, 0);
      if (q.power()) {
        residues.put(BigInteger.ONE, q.a.mod(q.m));
      }
      run1 = new Run(q.m, q.a);
      numbers.add(q.m);
      numbers.add(q.a);
    }

    /** gcd(a, m) once the divisions show it, else null. */
    BigInteger gcdKnown() {
      if (run1.reachedOne) {
        return BigInteger.ONE;
      }
      return run1.done ? run1.y : null;
    }
  }

  private static Verdict trace(Question q, String answer) {
    TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    State st = new State(q);
    List<TraceLine> steps = parsed.steps();
    int firstError = 0;
    String stepError = null;
    for (TraceLine line : steps) {
      stepError = step(st, line.text(), line.step());
      if (stepError != null) {
        firstError = line.step();
        break;
      }
    }
    String resultError = null;
    if (firstError == 0) {
      resultError = derivation(st);
      if (resultError == null) {
        if (parsed.result() == null) {
          resultError = "the answer has no 'Result:' line";
        } else {
          Answer ans = Answer.read(parsed.result());
          if (ans == null) {
            resultError = "the result " + Text.snippet(parsed.result(), 0, parsed.result().length())
                + " is not a residue, a congruence, a list of solutions or 'none'";
          } else {
            String why = q.judge(ans);
            resultError = why == null ? null : "the result is wrong: " + why;
          }
        }
      }
    }
    return TraceScore.verdict(steps.size(), q.referenceSteps(), firstError, stepError, resultError);
  }

  /** Why the steps do not yet derive the answer, or null when they do. */
  private static String derivation(State st) {
    Question q = st.q;
    if (q.power()) {
      return st.known.containsKey(q.e) ? null : "the trace never computes " + q.a + "^" + q.e;
    }
    if (!q.solvable) {
      return st.run1.done ? null : "the divisions stop before the remainder 0 that shows gcd(" + q.a + ", " + q.m + ")";
    }
    if (!st.derived) {
      return "the trace never states " + q.g + " = s \u00D7 " + q.a + " + t \u00D7 " + q.m
          + (q.g.equals(BigInteger.ONE) ? "" : " (or 1 = s \u00D7 " + q.a1 + " + t \u00D7 " + q.m1 + ")");
    }
    if (!q.inverse() && !st.wroteSolution) {
      return "the trace has no solution line 'x \u2261 ... (mod " + q.m1 + ")'";
    }
    return null;
  }

  /** Replays one step; why it is wrong, or null. */
  private static String step(State st, String text, int number) {
    Line line = Line.read(text, false);
    if (line == null || line.parts.size() < 2) {
      return Text.snippet(text, 0, text.length()) + " is not a step of the documented forms";
    }
    Expr head = line.parts.get(0).get(0);
    Question q = st.q;
    if (head.type == Expr.POW && head.left.isNum() && head.exponent.signum() > 0) {
      if (!q.power()) {
        return "this trace is an extended Euclidean algorithm, not a power computation";
      }
      return powerStep(st, line, head, number);
    }
    if (q.power()) {
      return "every step of a power computation is 'a^K \u2261 ... (mod m)' with a = " + q.a;
    }
    if (head.type == Expr.X || (head.type == Expr.POW && head.left.isNum() && head.left.value.equals(q.a)
        && head.exponent.equals(BigInteger.ONE.negate()) && q.inverse())) {
      return solutionStep(st, line);
    }
    if (head.type == Expr.MUL && head.left.isNum() && head.right.type == Expr.X) {
      return reducedStep(st, line);
    }
    if (head.isNum()) {
      return euclidStep(st, line, number);
    }
    return Text.snippet(text, 0, text.length()) + " is not a step of the documented forms";
  }

  // ---- powers ----

  private static String powerStep(State st, Line line, Expr head, int number) {
    Question q = st.q;
    if (!head.left.value.equals(q.a)) {
      return "the base is " + q.a + ", not " + head.left.value;
    }
    for (BigInteger mod : line.moduli) {
      if (!mod.equals(q.m)) {
        return "the modulus is " + q.m + ", not " + mod;
      }
    }
    BigInteger k = head.exponent;
    if (k.compareTo(q.e) > 0) {
      return q.a + "^" + k + " goes past the exponent " + q.e;
    }
    BigInteger want;
    if (k.equals(BigInteger.ONE)) {
      if (st.wroteOne) {
        return q.a + "^1 was stated already";
      }
      st.wroteOne = true;
      want = st.residues.get(BigInteger.ONE);
    } else {
      Integer before = st.known.get(k);
      if (before != null) {
        return q.a + "^" + k + " was computed in step " + before;
      }
      want = reach(st, k);
      if (want == null) {
        return q.a + "^" + k + " is not one squaring or one multiplication away from the powers computed so far";
      }
    }
    for (int i = 1; i < line.parts.size(); i++) {
      List<Expr> part = line.parts.get(i);
      BigInteger v = part.get(0).mod(q.m);
      if (v == null || !v.equals(want)) {
        return "part " + (i + 1) + " is not congruent to " + q.a + "^" + k + " modulo " + q.m;
      }
    }
    Expr last = line.parts.get(line.parts.size() - 1).get(0);
    if (!last.isNum() || last.value.compareTo(q.m) >= 0) {
      return "the line ends with the residue of " + q.a + "^" + k + " from 0 to " + q.m.subtract(BigInteger.ONE);
    }
    st.known.put(k, number);
    st.residues.put(k, want);
    return null;
  }

  /**
   * The residue of a^K when K = 2J or K = I + J for exponents computed already (from their residues,
   * which the verifier computed itself), else null.
   */
  private static BigInteger reach(State st, BigInteger k) {
    BigInteger m = st.q.m;
    if (!k.testBit(0)) {
      BigInteger half = st.residues.get(k.shiftRight(1));
      if (half != null) {
        return half.multiply(half).mod(m);
      }
    }
    for (Map.Entry<BigInteger, BigInteger> e : st.residues.entrySet()) {
      if (e.getKey().compareTo(k) < 0) {
        BigInteger other = st.residues.get(k.subtract(e.getKey()));
        if (other != null) {
          return e.getValue().multiply(other).mod(m);
        }
      }
    }
    return null;
  }

  // ---- the Euclidean algorithm and Bézout lines ----

  private static String euclidStep(State st, Line line, int number) {
    Question q = st.q;
    if (!line.moduli.isEmpty()) {
      return "division and combination lines are equalities of integers, without '(mod ...)'";
    }
    BigInteger x = line.parts.get(0).get(0).value;
    Expr rhs = line.parts.get(1).get(0);
    boolean divisionShape = line.parts.size() == 2 && rhs.type == Expr.ADD && rhs.left.type == Expr.MUL
        && rhs.left.left.isNum() && rhs.left.right.isNum() && rhs.right.isNum();
    if (divisionShape) {
      Run run = activeRun(st, x);
      if (run != null && x.equals(run.x)) {
        return division(st, run, rhs);
      }
    }
    String error = combination(st, line, number);
    if (error != null && divisionShape) {
      Run run = activeRun(st, null);
      return run == null ? "the divisions are over (a remainder of 0 was reached)"
          : "the next division is of " + run.x + " by " + run.y + ", and " + x + " = ... is not a valid combination line";
    }
    return error;
  }

  /** The run whose next division is expected: an unfinished run, or a second run starting at x. */
  private static Run activeRun(State st, BigInteger x) {
    if (st.run2 != null) {
      return st.run2.done ? null : st.run2;
    }
    if (!st.run1.done) {
      return st.run1;
    }
    Question q = st.q;
    if (!q.power() && !q.inverse() && q.g.compareTo(BigInteger.ONE) > 0 && x != null && x.equals(q.m1)) {
      Run r = new Run(q.m1, q.a1);
      st.run2 = r;
      st.numbers.add(q.m1);
      st.numbers.add(q.a1);
      return r;
    }
    return null;
  }

  private static String division(State st, Run run, Expr rhs) {
    BigInteger p = rhs.left.left.value;
    BigInteger f = rhs.left.right.value;
    BigInteger r = rhs.right.value;
    BigInteger quotient;
    if (f.equals(run.y)) {
      quotient = p;
    } else if (p.equals(run.y)) {
      quotient = f;
    } else {
      return "the division of " + run.x + " is by " + run.y + ", the last remainder";
    }
    BigInteger[] qr = run.x.divideAndRemainder(run.y);
    if (!quotient.equals(qr[0]) || !r.equals(qr[1])) {
      return run.x + " = " + qr[0] + " \u00D7 " + run.y + " + " + qr[1] + ", not " + quotient + " \u00D7 " + run.y + " + " + r;
    }
    st.numbers.add(r);
    if (r.signum() == 0) {
      run.done = true;
      if (run == st.run1 && run.x.equals(st.q.m) && run.y.equals(st.q.a)) {
        // a divides m: the gcd is a itself, a = 1·a + 0·m, nothing to combine
        st.derived = true;
      }
      return null;
    }
    if (r.equals(BigInteger.ONE)) {
      run.reachedOne = true;
    }
    run.x = run.y;
    run.y = r;
    return null;
  }

  private static String combination(State st, Line line, int number) {
    Question q = st.q;
    BigInteger r = line.parts.get(0).get(0).value;
    if (!st.numbers.contains(r)) {
      return r + " is not a number the divisions have produced so far";
    }
    for (int i = 1; i < line.parts.size(); i++) {
      BigInteger v = line.parts.get(i).get(0).exact();
      if (v == null || !v.equals(r)) {
        return "part " + (i + 1) + " does not equal " + r;
      }
    }
    Expr last = line.parts.get(line.parts.size() - 1).get(0);
    BigInteger[] comb = twoTerms(st, last, r);
    if (comb == null) {
      return "the line must end with a combination 'c \u00D7 u + d \u00D7 v' of two other numbers of the divisions";
    }
    BigInteger u = comb[0];
    BigInteger v = comb[2];
    Integer before = st.combos.putIfAbsent(key(r, u, v), number);
    if (before != null) {
      return "it repeats the combination of step " + before;
    }
    boolean am = pair(u, v, q.a, q.m);
    boolean am1 = st.run2 != null && pair(u, v, q.a1, q.m1);
    if ((am && r.equals(q.g)) || (am1 && r.equals(BigInteger.ONE))) {
      st.derived = true;
    }
    return null;
  }

  /**
   * The combination c·u + d·v at the end of a combination line, as {u, c, v, d}, with u and v two
   * distinct numbers of the divisions other than r and c, d not 0; null when it is not one.
   */
  private static BigInteger[] twoTerms(State st, Expr e, BigInteger r) {
    Expr[] terms = new Expr[2];
    boolean[] negative = new boolean[2];
    if (e.type != Expr.ADD && e.type != Expr.SUB) {
      return null;
    }
    terms[0] = e.left;
    terms[1] = e.right;
    negative[1] = e.type == Expr.SUB;
    BigInteger[][] options = new BigInteger[2][];
    for (int t = 0; t < 2; t++) {
      options[t] = factors(terms[t], negative[t]);
      if (options[t] == null) {
        return null;
      }
    }
    // options[t] = {p, q, sign}: the term is sign·p·q (q = 1 for a single factor). A product of two
    // numbers reads either way; prefer a reading as (a, m) or (a/g, m/g), then one that is not a
    // repeat, then the written convention 'c × u'.
    Question q = st.q;
    BigInteger[] fresh = null;
    BigInteger[] any = null;
    for (int i = 1; i >= 0; i--) {
      for (int j = 1; j >= 0; j--) {
        BigInteger u = options[0][i];
        BigInteger c = options[0][1 - i].multiply(options[0][2]);
        BigInteger v = options[1][j];
        BigInteger d = options[1][1 - j].multiply(options[1][2]);
        if (st.numbers.contains(u) && st.numbers.contains(v) && !u.equals(v) && !u.equals(r) && !v.equals(r)
            && c.signum() != 0 && d.signum() != 0) {
          BigInteger[] reading = {u, c, v, d};
          if (pair(u, v, q.a, q.m) || pair(u, v, q.a1, q.m1)) {
            return reading;
          }
          if (fresh == null && !st.combos.containsKey(key(r, u, v))) {
            fresh = reading;
          }
          if (any == null) {
            any = reading;
          }
        }
      }
    }
    return fresh != null ? fresh : any;
  }

  private static String key(BigInteger r, BigInteger u, BigInteger v) {
    return r + "|" + u.min(v) + "|" + u.max(v);
  }

  private static boolean pair(BigInteger u, BigInteger v, BigInteger x, BigInteger y) {
    return (u.equals(x) && v.equals(y)) || (u.equals(y) && v.equals(x));
  }

  /** A term p × q, p, -(...), or with signed factors, as {p, q, sign}; null when it is not one. */
  private static BigInteger[] factors(Expr t, boolean negative) {
    int sign = negative ? -1 : 1;
    while (t.type == Expr.NEG) {
      sign = -sign;
      t = t.left;
    }
    if (t.isNum()) {
      return new BigInteger[] {t.value, BigInteger.ONE, BigInteger.valueOf(sign)};
    }
    if (t.type != Expr.MUL) {
      return null;
    }
    Expr p = t.left;
    Expr f = t.right;
    while (p.type == Expr.NEG) {
      sign = -sign;
      p = p.left;
    }
    while (f.type == Expr.NEG) {
      sign = -sign;
      f = f.left;
    }
    if (!p.isNum() || !f.isNum()) {
      return null;
    }
    return new BigInteger[] {p.value, f.value, BigInteger.valueOf(sign)};
  }

  // ---- solution lines ----

  private static String solutionStep(State st, Line line) {
    Question q = st.q;
    if (!q.solvable) {
      return q.inverse() ? q.a + " has no inverse modulo " + q.m : "the congruence has no solution";
    }
    if (line.moduli.size() > 1) {
      return "a solution line names one modulus";
    }
    BigInteger mod = line.moduli.isEmpty() ? q.m : line.moduli.get(0);
    BigInteger want = q.solutionModulus();
    if (!mod.equals(want)) {
      return "the solutions repeat modulo " + want + (q.inverse() ? "" : " = " + q.m + " / gcd(" + q.a + ", " + q.m + ")")
          + ", not " + mod;
    }
    if (!st.derived) {
      return "the solution line comes before the combination " + q.g + " = s \u00D7 " + q.a + " + t \u00D7 " + q.m
          + " it rests on";
    }
    for (int i = 1; i < line.parts.size(); i++) {
      BigInteger v = line.parts.get(i).get(0).mod(want);
      if (v == null || !v.equals(q.answer)) {
        return "part " + (i + 1) + " is not congruent to the solution modulo " + want;
      }
    }
    Expr last = line.parts.get(line.parts.size() - 1).get(0);
    if (!last.isNum() || last.value.compareTo(want) >= 0) {
      return "the line ends with the solution as a residue from 0 to " + want.subtract(BigInteger.ONE);
    }
    st.wroteSolution = true;
    return null;
  }

  private static String reducedStep(State st, Line line) {
    Question q = st.q;
    if (q.inverse()) {
      return "an inverse trace has no reduced congruence";
    }
    BigInteger g = st.gcdKnown();
    if (g == null) {
      return "the reduced congruence needs gcd(" + q.a + ", " + q.m + ") from the divisions first";
    }
    if (!q.solvable) {
      return "the congruence has no solution, so it cannot be reduced";
    }
    if (st.wroteReduced) {
      return "the reduced congruence was stated already";
    }
    Expr head = line.parts.get(0).get(0);
    Expr rhs = line.parts.get(1).get(0);
    if (line.parts.size() != 2 || !rhs.isNum() || line.moduli.size() != 1) {
      return "a reduced congruence is '" + q.a1 + "x \u2261 " + q.b.divide(q.g) + " (mod " + q.m1 + ")'";
    }
    if (!head.left.value.equals(q.a1) || !rhs.value.equals(q.b.divide(q.g)) || !line.moduli.get(0).equals(q.m1)) {
      return "dividing by gcd " + q.g + " gives " + q.a1 + "x \u2261 " + q.b.divide(q.g) + " (mod " + q.m1 + ")";
    }
    st.wroteReduced = true;
    return null;
  }
}
