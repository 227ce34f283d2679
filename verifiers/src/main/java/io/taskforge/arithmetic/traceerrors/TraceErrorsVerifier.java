package io.taskforge.arithmetic.traceerrors;

import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.Given;
import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.TraceStep;
import io.taskforge.math.Rational;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Text;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.math.BigInteger;
import java.util.List;

/**
 * Scores {@code arithmetic.trace-errors}: the verifier re-computes every step of the computation
 * from its sources (given numbers, literals, true results of earlier steps), finds the first step
 * whose written operands or result differ from the true ones, and compares it with the answer (a
 * step number or {@code none}). All or nothing.
 */
public final class TraceErrorsVerifier implements Verifier<TraceErrorsProblem> {
  /** The answer {@code none}. */
  static final int NONE = 0;
  /** An unreadable answer. */
  static final int UNREADABLE = -1;

  @Override
  public String taskId() {
    return TraceErrorsTask.ID;
  }

  @Override
  public Class<TraceErrorsProblem> problemType() {
    return TraceErrorsProblem.class;
  }

  @Override
  public Verdict verify(TraceErrorsProblem problem, String response) {
    int first = firstWrongStep(problem);
    if (first < 0) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's trace cannot be re-computed (a bad source, operator or number)");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    int given = read(answer);
    int steps = problem.steps().size();
    if (given == UNREADABLE) {
      return Verdict.invalidFormat("the answer " + Text.snippet(answer, 0, answer.length())
          + " is not one step number or none");
    }
    if (given > steps) {
      return Verdict.wrong("there is no step " + given + "; the steps are numbered 1 to " + steps);
    }
    if (given == first) {
      return Verdict.correct(first == NONE ? "every step is right" : "step " + first + " is the first wrong step");
    }
    if (first == NONE) {
      return Verdict.wrong("step " + given + " is right; in fact every step is right");
    }
    if (given == NONE) {
      return Verdict.wrong("the trace is not all right: step " + first + " is wrong");
    }
    return Verdict.wrong(given < first
        ? "step " + given + " is right; the first wrong step comes later"
        : "step " + given + " is not the first wrong step; an earlier step is wrong");
  }

  /**
   * Reads {@code none} (any case) as {@link #NONE}, or a step number written {@code 3}, {@code Step 3}
   * or {@code step #3}; one final period and surrounding space are allowed. {@link #UNREADABLE}
   * otherwise (also for 0 and numbers of more than 9 digits).
   */
  static int read(String s) {
    int from = Text.skipSpaceForward(s, 0, s.length());
    int to = Text.skipSpaceBack(s, from, s.length());
    if (to > from && s.charAt(to - 1) == '.') {
      to = Text.skipSpaceBack(s, from, to - 1);
    }
    if (to - from == 4 && s.regionMatches(true, from, "none", 0, 4)) {
      return NONE;
    }
    int i = from;
    if (to - i > 4 && s.regionMatches(true, i, "step", 0, 4)) {
      i = Text.skipSpaceForward(s, i + 4, to);
      if (i < to && s.charAt(i) == '#') {
        i = Text.skipSpaceForward(s, i + 1, to);
      }
    }
    if (i == to || to - i > 9 || s.charAt(i) == '0') {
      return UNREADABLE;
    }
    int n = 0;
    for (int k = i; k < to; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return UNREADABLE;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** The first wrong step (from 1), {@link #NONE} when every step is right, or -1 for a broken problem. */
  static int firstWrongStep(TraceErrorsProblem p) {
    if (p == null || p.steps() == null || p.inputs() == null) {
      return -1;
    }
    List<TraceStep> steps = p.steps();
    Rational[] truth = new Rational[steps.size() + 1];
    int first = NONE;
    for (int k = 1; k <= steps.size(); k++) {
      TraceStep s = steps.get(k - 1);
      if (s == null || s.op() == null) {
        return -1;
      }
      Rational x = resolve(s.left(), k, truth, p.inputs());
      Rational y = resolve(s.right(), k, truth, p.inputs());
      if (x == null || y == null) {
        return -1;
      }
      Rational r = switch (s.op()) {
        case "+" -> x.add(y);
        case "-" -> x.subtract(y);
        case "*" -> x.multiply(y);
        default -> null;
      };
      Rational shownLeft = integer(s.shownLeft());
      Rational shownRight = integer(s.shownRight());
      Rational shownResult = integer(s.shownResult());
      if (r == null || shownLeft == null || shownRight == null || shownResult == null) {
        return -1;
      }
      truth[k] = r;
      if (first == NONE && !(shownLeft.equals(x) && shownRight.equals(y) && shownResult.equals(r))) {
        first = k;
      }
    }
    return first;
  }

  /** The true value of an operand source at step {@code k}, or null. */
  private static Rational resolve(String source, int k, Rational[] truth, List<Given> inputs) {
    if (source == null || source.isEmpty()) {
      return null;
    }
    char c = source.charAt(0);
    if (c == '#') {
      Rational ref = integer(source.substring(1));
      if (ref == null || ref.signum() <= 0 || ref.compareTo(Rational.of(k)) >= 0) {
        return null;
      }
      return truth[ref.numerator().intValue()];
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      return integer(source);
    }
    for (Given g : inputs) {
      if (g != null && source.equals(g.name())) {
        return integer(g.value());
      }
    }
    return null;
  }

  /** A decimal integer with an optional minus, or null. */
  private static Rational integer(String s) {
    if (s == null || s.isEmpty() || s.length() > 1000) {
      return null;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i == s.length()) {
      return null;
    }
    for (int k = i; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return s.length() <= 18 ? Rational.of(Long.parseLong(s)) : Rational.of(new BigInteger(s));
  }
}
