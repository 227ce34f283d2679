package io.taskforge.arithmetic.fractions;

import io.taskforge.arithmetic.fractions.FractionExpr.Node;
import io.taskforge.math.Rational;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Text;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.trace.TraceLine;
import io.taskforge.verify.trace.TraceScore;
import io.taskforge.verify.trace.TraceText;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Scores {@code arithmetic.fractions}. The verifier evaluates the problem's expression itself.
 *
 * <p>Final mode: one number (read by {@link Numbers}) equal to the value scores 1 when it is in
 * lowest terms (an integer, a decimal, or a fraction whose terms are coprime) and 0.5 when it is a
 * fraction whose terms share a factor. Trace mode: every step must follow from the one before by one
 * allowed rewrite (see {@link Rewrites}); scored by {@link TraceScore}.
 */
public final class FractionsVerifier implements Verifier<FractionsProblem> {
  /** The score of the right value written as a fraction not in lowest terms. */
  static final double UNREDUCED_SCORE = 0.5;

  @Override
  public String taskId() {
    return FractionsTask.ID;
  }

  @Override
  public Class<FractionsProblem> problemType() {
    return FractionsProblem.class;
  }

  @Override
  public Verdict verify(FractionsProblem problem, String response) {
    if (problem.expression() == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem has no expression");
    }
    FractionExpr.Parsed parsed = FractionExpr.parse(problem.expression());
    Rational value = parsed.ok() ? FractionExpr.evaluate(parsed.root()) : null;
    if (value == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's expression cannot be evaluated");
    }
    boolean trace = "trace".equals(problem.mode());
    if (!trace && problem.mode() != null && !"final".equals(problem.mode())) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's mode must be final or trace");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    return trace
        ? traceVerdict(problem, parsed.root(), value, answer)
        : finalVerdict(TraceText.finalText(answer), value);
  }

  private static Verdict finalVerdict(String text, Rational value) {
    Optional<Rational> given = Numbers.parse(text);
    String shown = Text.snippet(text, 0, text.length());
    if (given.isEmpty()) {
      return Verdict.invalidFormat(
          "the answer " + shown + " is not a single number (an integer, a fraction p/q or a decimal)");
    }
    if (!given.get().equals(value)) {
      return Verdict.wrong("the answer " + shown + " is not the value of the expression");
    }
    if (notInLowestTerms(text)) {
      return Verdict.partial(UNREDUCED_SCORE, Status.WRONG,
          "the answer " + shown + " equals the value but is not in lowest terms (" + value + ")");
    }
    return Verdict.correct("the answer is the value of the expression, in lowest terms");
  }

  private static Verdict traceVerdict(FractionsProblem problem, Node root, Rational value, String answer) {
    TraceText.Parsed t = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!t.ok()) {
      return Verdict.invalidFormat(t.error());
    }
    List<TraceLine> steps = t.steps();
    if (t.result() == null && steps.size() == 1 && isLoneNumber(steps.get(0).text())) {
      // a final-mode answer sent in trace mode shows no work: not a one-step trace
      return Verdict.invalidFormat(
          "a trace-mode answer shows its steps, one per line, and ends with a 'Result:' line; "
              + "a lone number is not a trace");
    }
    Node current = root;
    int skipped = 0;
    int firstError = 0;
    String stepError = null;
    for (int i = 0; i < steps.size(); i++) {
      String text = steps.get(i).text();
      int from = Text.skipSpaceForward(text, 0, text.length());
      if (from < text.length() && text.charAt(from) == '=') {
        from++;
      }
      FractionExpr.Parsed next = FractionExpr.parse(text, from, text.length());
      int number = i + 1 - skipped;
      if (!next.ok()) {
        firstError = number;
        stepError = "it cannot be read as an expression of fractions: " + next.error();
        break;
      }
      if (i == 0 && Rewrites.same(root, next.root())) {
        skipped = 1; // the problem restated
        continue;
      }
      String error = Rewrites.check(current, next.root());
      if (error != null) {
        firstError = number;
        stepError = error;
        break;
      }
      current = next.root();
    }
    int written = steps.size() - skipped;
    String resultError = firstError == 0 ? resultError(t.result(), current, value) : null;
    return TraceScore.verdict(written, Math.max(1, problem.referenceSteps()), firstError, stepError, resultError);
  }

  private static boolean isLoneNumber(String text) {
    int from = Text.skipSpaceForward(text, 0, text.length());
    if (from < text.length() && text.charAt(from) == '=') {
      from++;
    }
    FractionExpr.Parsed p = FractionExpr.parse(text, from, text.length());
    return p.ok() && p.root().isLeaf();
  }

  private static String resultError(String result, Node last, Rational value) {
    if (!last.isLeaf()) {
      return "the steps end at " + Rewrites.shown(last) + ", not at a single number";
    }
    if (result == null) {
      return "there is no 'Result:' line";
    }
    String shown = Text.snippet(result, 0, result.length());
    Optional<Rational> given = Numbers.parse(result);
    if (given.isEmpty()) {
      return "the result " + shown + " is not a single number";
    }
    if (!given.get().equals(last.value())) {
      return "the result " + shown + " is not the number the steps end at, " + Rewrites.shown(last);
    }
    if (!given.get().equals(value)) {
      return "the result " + shown + " is not the value of the expression";
    }
    if (notInLowestTerms(result)) {
      return "the result " + shown + " is not in lowest terms";
    }
    return null;
  }

  /**
   * Whether a number (already read by {@link Numbers}) is written as a fraction whose terms share a
   * factor or are not both integers ({@code 6/8}, {@code \frac{6}{8}}, {@code 1.5/2}). Integers and
   * decimals are in lowest terms by form.
   */
  static boolean notInLowestTerms(String text) {
    boolean bar = text.contains("frac{");
    boolean decimal = false;
    int runs = 0;
    int[] starts = new int[2];
    int[] ends = new int[2];
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '/' || c == '\u00F7' || c == '\u2044' || c == '\u2215') {
        bar = true;
      } else if ((c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))
          || ((c == 'e' || c == 'E') && i > 0 && isDigitOrDot(text.charAt(i - 1)))) {
        // a term with decimal digits or an exponent ("4." is just 4)
        decimal = true;
      } else if (isDigit(c)) {
        int start = i;
        while (i + 1 < n && (isDigit(text.charAt(i + 1))
            || (text.charAt(i + 1) == ',' && i + 2 < n && isDigit(text.charAt(i + 2))))) {
          i++;
        }
        if (runs < 2) {
          starts[runs] = start;
          ends[runs] = i + 1;
        }
        runs++;
      }
    }
    if (!bar) {
      return false;
    }
    if (decimal || runs != 2) {
      return true;
    }
    return !term(text, starts[0], ends[0]).gcd(term(text, starts[1], ends[1])).equals(BigInteger.ONE);
  }

  private static BigInteger term(String text, int from, int to) {
    StringBuilder digits = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      if (text.charAt(i) != ',') {
        digits.append(text.charAt(i));
      }
    }
    return new BigInteger(digits.toString());
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isDigitOrDot(char c) {
    return isDigit(c) || c == '.';
  }
}
