package io.taskforge.arithmetic.longaddition;

import io.taskforge.arithmetic.digits.Problems;
import io.taskforge.arithmetic.digits.StepScanner;
import io.taskforge.arithmetic.digits.WholeNumber;
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
import java.util.Arrays;
import java.util.List;

/**
 * Scores {@code arithmetic.long-addition}. Final mode: one whole number equal to the sum, which this
 * verifier computes itself. Trace mode: every column line is re-computed from the addends and the
 * carry of the line before, in the order the column format fixes; terms may come in any order and
 * zero terms may be left out (see {@link LongAdditionTask#answerFormat()}).
 */
public final class LongAdditionVerifier implements Verifier<LongAdditionProblem> {
  private static final int MAX_ADDENDS = 1_000;

  @Override
  public String taskId() {
    return LongAdditionTask.ID;
  }

  @Override
  public Class<LongAdditionProblem> problemType() {
    return LongAdditionProblem.class;
  }

  @Override
  public Verdict verify(LongAdditionProblem problem, String response) {
    List<String> addends = problem.addends();
    if (addends == null || addends.isEmpty() || addends.size() > MAX_ADDENDS || problem.mode() == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem has no addends or no mode");
    }
    for (String a : addends) {
      if (!Problems.isNumber(a)) {
        return Verdict.of(Status.BAD_PROBLEM, "an addend of the problem is not a whole number");
      }
    }
    boolean trace = problem.mode().equals(AnswerMode.TRACE.wire());
    if (!trace && !problem.mode().equals(AnswerMode.FINAL.wire())) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's mode is neither final nor trace");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    BigInteger sum = BigInteger.ZERO;
    for (String a : addends) {
      sum = sum.add(Problems.value(a));
    }
    String answer = extracted.answer();
    return trace ? verifyTrace(addends, sum, answer) : verifyFinal(sum, TraceText.finalText(answer));
  }

  private static Verdict verifyFinal(BigInteger sum, String text) {
    BigInteger given = WholeNumber.parse(text);
    if (given == null) {
      return Verdict.invalidFormat(
          "the answer " + Text.snippet(text, 0, text.length()) + " is not a single whole number");
    }
    if (given.equals(sum)) {
      return Verdict.correct("the answer is the sum");
    }
    return Verdict.wrong("the answer " + given + " is not the sum of the addends");
  }

  private static Verdict verifyTrace(List<String> addends, BigInteger sum, String answer) {
    TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    int width = 0;
    for (String a : addends) {
      width = Math.max(width, a.length());
    }
    List<TraceLine> steps = parsed.steps();
    long carry = 0;
    int firstError = 0;
    String stepError = null;
    int[] counts = new int[10];
    long[] given = new long[16];
    for (TraceLine step : steps) {
      int column = step.step();
      Line line = Line.read(step.text(), given);
      if (line == null) {
        firstError = column;
        stepError = "cannot read " + Text.snippet(step.text(), 0, step.text().length())
            + " as 'column K: terms = total, write D, carry C'";
        break;
      }
      given = line.terms;
      String error = check(addends, width, column, carry, line, counts);
      if (error != null) {
        firstError = column;
        stepError = error;
        break;
      }
      carry = line.carry;
    }
    String resultError = null;
    if (firstError == 0) {
      resultError = resultError(steps.size(), width, sum, parsed.result());
    }
    return TraceScore.verdict(steps.size(), width, firstError, stepError, resultError);
  }

  /** Why the line for {@code column} is wrong, given the carry into it, or null when it is right. */
  private static String check(List<String> addends, int width, int column, long carry, Line line, int[] counts) {
    if (line.column != column) {
      return "the next line must be column " + column + " (one line per column, from the ones column leftwards), not column "
          + (line.column < 0 ? "?" : String.valueOf(line.column));
    }
    if (column > width && carry == 0) {
      return "column " + (column - 1) + " left no carry, so the addition ended there and there is no column " + column;
    }
    int place = column - 1;
    // the column's non-zero digits and carry, as counts of 1..9 plus a carry of 10 or more
    Arrays.fill(counts, 0);
    for (String a : addends) {
      if (place < a.length()) {
        counts[a.charAt(a.length() - 1 - place) - '0']++;
      }
    }
    long bigCarry = 0;
    if (carry >= 10) {
      bigCarry = carry;
    } else {
      counts[(int) carry]++;
    }
    if (!sameNonZero(counts, bigCarry, line.terms, line.termCount)) {
      return "the terms of column " + column + " are " + describe(addends, place, carry) + " (in any order), not "
          + joined(line.terms, line.termCount);
    }
    long total = 0;
    for (int i = 0; i < line.termCount; i++) {
      total += line.terms[i];
    }
    if (line.total != total) {
      return joined(line.terms, line.termCount) + " is " + total + ", not " + line.total;
    }
    if (line.digit != total % 10) {
      return "the digit written is the last digit of " + total + ", " + (total % 10) + ", not " + line.digit;
    }
    if (line.carry != total / 10) {
      return "the carry out of a column total of " + total + " is " + (total / 10) + ", not " + line.carry
          + (line.carryWritten ? "" : " (the carry is missing)");
    }
    return null;
  }

  private static String resultError(int written, int width, BigInteger sum, String result) {
    if (written < width) {
      return "the lines stop at column " + written + " of " + width + ", so they do not derive the result";
    }
    if (result == null) {
      return "the answer has no 'Result:' line";
    }
    BigInteger value = WholeNumber.parse(result);
    if (value == null) {
      return "the result " + Text.snippet(result, 0, result.length()) + " is not a whole number";
    }
    if (!value.equals(sum)) {
      return "the result " + value + " is not the sum the columns give";
    }
    return null;
  }

  /**
   * Whether the non-zero terms {@code b[0, m)} are exactly the multiset of digits 1..9 counted in
   * {@code counts} plus {@code bigCarry} when it is not 0 (counts[0] is ignored; {@code counts} is
   * consumed).
   */
  private static boolean sameNonZero(int[] counts, long bigCarry, long[] b, int m) {
    boolean carryFound = bigCarry == 0;
    for (int i = 0; i < m; i++) {
      long t = b[i];
      if (t == 0) {
        continue;
      }
      if (t <= 9 && counts[(int) t] > 0) {
        counts[(int) t]--;
      } else if (!carryFound && t == bigCarry) {
        carryFound = true;
      } else {
        return false;
      }
    }
    if (!carryFound) {
      return false;
    }
    for (int d = 1; d <= 9; d++) {
      if (counts[d] != 0) {
        return false;
      }
    }
    return true;
  }

  private static String describe(List<String> addends, int place, long carry) {
    StringBuilder sb = new StringBuilder("the digits ");
    boolean first = true;
    for (String a : addends) {
      if (place < a.length()) {
        if (!first) {
          sb.append(", ");
        }
        sb.append(a.charAt(a.length() - 1 - place));
        first = false;
      }
    }
    if (first) {
      sb.setLength(0);
      sb.append("no digits");
    }
    return carry > 0 ? sb.append(" and the carry ").append(carry).toString() : sb.toString();
  }

  private static String joined(long[] terms, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(" + ");
      }
      sb.append(terms[i]);
    }
    return sb.toString();
  }

  /** One column line as written: {@code column K: t1 + t2 + ... = total, write D, carry C}. */
  private static final class Line {
    long column;
    long[] terms;
    int termCount;
    long total;
    long digit;
    long carry;
    boolean carryWritten;

    /** Reads a line, reusing {@code buffer} for the terms when it is large enough; null when unreadable. */
    static Line read(String text, long[] buffer) {
      StepScanner in = new StepScanner(text);
      Line l = new Line();
      if (!in.word("column") && !in.word("col")) {
        return null;
      }
      l.column = in.small();
      if (l.column < 0) {
        return null;
      }
      in.note();
      if (!in.symbol(":")) {
        return null;
      }
      long[] terms = buffer;
      int n = 0;
      do {
        long t = in.small();
        if (t < 0) {
          return null;
        }
        if (n == terms.length) {
          terms = Arrays.copyOf(terms, n * 2);
        }
        terms[n++] = t;
      } while (in.symbol("+"));
      l.terms = terms;
      l.termCount = n;
      if (!in.symbol("=")) {
        return null;
      }
      l.total = in.small();
      if (l.total < 0) {
        return null;
      }
      in.symbol(",;");
      if (!in.word("write")) {
        return null;
      }
      in.word("down");
      l.digit = in.small();
      if (l.digit < 0) {
        return null;
      }
      in.symbol(",;");
      if (in.word("carry")) {
        l.carry = in.small();
        if (l.carry < 0) {
          return null;
        }
        l.carryWritten = true;
      }
      return in.endsHere() ? l : null;
    }
  }
}
