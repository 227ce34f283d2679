package io.taskforge.arithmetic.longdivision;

import io.taskforge.arithmetic.digits.Problems;
import io.taskforge.arithmetic.digits.StepScanner;
import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Text;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.trace.TraceLine;
import io.taskforge.verify.trace.TraceScore;
import io.taskforge.verify.trace.TraceText;
import java.math.BigInteger;
import java.util.List;

/**
 * Scores {@code arithmetic.long-division}. Final mode: the quotient and remainder (read by
 * {@link QuotientRemainder}) must be those of the division, which this verifier does itself. Trace
 * mode: each line {@code P ÷ D = q R r} is re-computed: the first takes any leading part of the
 * dividend with a one-digit quotient, each later one the previous remainder with the next digit
 * brought down (see {@link LongDivisionTask#answerFormat()}).
 */
public final class LongDivisionVerifier implements Verifier<LongDivisionProblem> {

  @Override
  public String taskId() {
    return LongDivisionTask.ID;
  }

  @Override
  public Class<LongDivisionProblem> problemType() {
    return LongDivisionProblem.class;
  }

  @Override
  public Verdict verify(LongDivisionProblem problem, String response) {
    String dividend = problem.dividend();
    String divisor = problem.divisor();
    if (!Problems.isNumber(dividend) || !Problems.isNumber(divisor) || divisor.equals("0") || problem.mode() == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's dividend and divisor are not whole numbers with a non-zero divisor, or it has no mode");
    }
    boolean trace = problem.mode().equals(AnswerMode.TRACE.wire());
    if (!trace && !problem.mode().equals(AnswerMode.FINAL.wire())) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's mode is neither final nor trace");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    BigInteger d = Problems.value(divisor);
    BigInteger[] qr = Problems.value(dividend).divideAndRemainder(d);
    if (!trace) {
      String text = TraceText.finalText(extracted.answer());
      QuotientRemainder.Read read = QuotientRemainder.read(text);
      if (read == null) {
        return Verdict.invalidFormat("the answer " + Text.snippet(text, 0, text.length())
            + " is not a quotient and remainder written as 'Q R r'");
      }
      String error = resultError(read, qr);
      return error == null ? Verdict.correct("the quotient and the remainder are right") : Verdict.wrong(error);
    }
    return traceVerdict(dividend, d, qr, extracted.answer());
  }

  /** Why a read answer is not the quotient and remainder {@code qr}, or null when it is. */
  private static String resultError(QuotientRemainder.Read read, BigInteger[] qr) {
    if (!read.quotient().equals(qr[0])) {
      return "the quotient " + read.quotient() + " is wrong";
    }
    if (read.remainder() == null) {
      return qr[1].signum() == 0 ? null : "the quotient is right but the remainder is missing, and it is not 0";
    }
    return read.remainder().equals(qr[1]) ? null : "the quotient is right but the remainder " + read.remainder() + " is wrong";
  }

  private static Verdict traceVerdict(String dividend, BigInteger d, BigInteger[] qr, String answer) {
    TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    List<TraceLine> steps = parsed.steps();
    int reference = dividend.length() - firstChunk(dividend, d) + 1;
    int maxDigits = dividend.length() + 2;
    BigInteger tenD = d.multiply(BigInteger.TEN);
    int used = 0;
    BigInteger previous = null;
    for (TraceLine step : steps) {
      StepScanner in = new StepScanner(step.text());
      BigInteger p = in.number(maxDigits);
      BigInteger divisor = p != null && in.divided() ? in.number(maxDigits) : null;
      BigInteger q = divisor != null && in.symbol("=") ? in.number(maxDigits) : null;
      BigInteger r = null;
      if (q != null) {
        in.symbol(",;");
        if (in.word("remainder") || in.word("rem") || in.word("r")) {
          in.symbol(":=");
          r = in.number(maxDigits);
        }
      }
      String error;
      if (r == null || !in.endsHere()) {
        error = "cannot read " + Text.snippet(step.text(), 0, step.text().length()) + " as 'P \u00F7 D = q R r'";
      } else if (!divisor.equals(d)) {
        error = "the divisor is " + d + ", not " + divisor;
      } else if (previous == null) {
        String digits = p.toString();
        error = digits.length() <= dividend.length() && dividend.startsWith(digits) ? null
            : "the first line divides a leading part of " + dividend + " (such as "
                + dividend.substring(0, firstChunk(dividend, d)) + "), not " + p;
        used = digits.length();
      } else if (used == dividend.length()) {
        error = "every digit of " + dividend + " was already brought down";
      } else {
        int digit = dividend.charAt(used) - '0';
        BigInteger expected = previous.multiply(BigInteger.TEN).add(BigInteger.valueOf(digit));
        error = expected.equals(p) ? null
            : "bringing down the next digit " + digit + " after the remainder " + previous + " gives " + expected + ", not " + p;
        used++;
      }
      if (error == null) {
        error = checkDivision(p, d, tenD, q, r);
      }
      if (error != null) {
        return TraceScore.verdict(steps.size(), reference, step.step(), error, null);
      }
      previous = r;
    }
    String resultError;
    if (steps.isEmpty()) {
      resultError = "there are no steps";
    } else if (used < dividend.length()) {
      resultError = "the lines stop before the last digit of " + dividend + " is brought down, so they do not derive the result";
    } else if (parsed.result() == null) {
      resultError = "the answer has no 'Result:' line";
    } else {
      QuotientRemainder.Read read = QuotientRemainder.read(parsed.result());
      resultError = read == null
          ? "the result " + Text.snippet(parsed.result(), 0, parsed.result().length()) + " is not written as 'Q R r'"
          : resultError(read, qr);
    }
    return TraceScore.verdict(steps.size(), reference, 0, null, resultError);
  }

  /** Why {@code p ÷ d = q R r} is wrong as a long-division line, or null. */
  private static String checkDivision(BigInteger p, BigInteger d, BigInteger tenD, BigInteger q, BigInteger r) {
    if (p.compareTo(tenD) >= 0) {
      return p + " \u00F7 " + d + " has more than one quotient digit; the first line must take fewer digits";
    }
    BigInteger[] right = p.divideAndRemainder(d);
    if (!right[0].equals(q)) {
      return p + " \u00F7 " + d + " is " + right[0] + " (remainder " + right[1] + "), not " + q;
    }
    if (!right[1].equals(r)) {
      return p + " - " + q + " \u00D7 " + d + " is " + right[1] + ", not " + r;
    }
    return null;
  }

  /** The length of the shortest leading part of {@code dividend} that is at least {@code d} (or all of it). */
  private static int firstChunk(String dividend, BigInteger d) {
    int len = d.toString().length();
    if (len >= dividend.length()) {
      return dividend.length();
    }
    return new BigInteger(dividend.substring(0, len)).compareTo(d) >= 0 ? len : len + 1;
  }
}
