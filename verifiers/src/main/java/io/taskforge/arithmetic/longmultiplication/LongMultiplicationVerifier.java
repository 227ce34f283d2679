package io.taskforge.arithmetic.longmultiplication;

import io.taskforge.arithmetic.digits.Places;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Scores {@code arithmetic.long-multiplication}. Final mode: one whole number equal to the product,
 * which this verifier computes itself. Trace mode: a pool of values is built as the lines are
 * re-computed (each partial product adds its value, each sum takes its terms out of the pool and
 * puts their total in); partial products may come in any order and the sums in any grouping. Which
 * number is the multiplier may be chosen by the trace: both readings are followed until a line
 * rules one out (see {@link LongMultiplicationTask#answerFormat()}).
 */
public final class LongMultiplicationVerifier implements Verifier<LongMultiplicationProblem> {

  @Override
  public String taskId() {
    return LongMultiplicationTask.ID;
  }

  @Override
  public Class<LongMultiplicationProblem> problemType() {
    return LongMultiplicationProblem.class;
  }

  @Override
  public Verdict verify(LongMultiplicationProblem problem, String response) {
    String a = problem.multiplicand();
    String b = problem.multiplier();
    if (!Problems.isNumber(a) || !Problems.isNumber(b) || a.equals("0") || b.equals("0") || problem.mode() == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's operands are not two positive whole numbers, or it has no mode");
    }
    boolean trace = problem.mode().equals(AnswerMode.TRACE.wire());
    if (!trace && !problem.mode().equals(AnswerMode.FINAL.wire())) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's mode is neither final nor trace");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    BigInteger product = Problems.value(a).multiply(Problems.value(b));
    if (!trace) {
      String text = TraceText.finalText(extracted.answer());
      BigInteger given = WholeNumber.parse(text);
      if (given == null) {
        return Verdict.invalidFormat(
            "the answer " + Text.snippet(text, 0, text.length()) + " is not a single whole number");
      }
      return given.equals(product)
          ? Verdict.correct("the answer is the product")
          : Verdict.wrong("the answer " + given + " is not the product of the two numbers");
    }
    return new TraceCheck(a, b, product).run(extracted.answer());
  }

  /** One run over a trace: the pool of values and, per reading, the digits already used. */
  private static final class TraceCheck {
    private final String[] tops;
    private final String[] bottoms;
    private final BigInteger[] topValues;
    private final boolean[] alive = new boolean[2];
    private final boolean[][] covered;
    private final BigInteger product;
    private final int maxDigits;
    private final List<BigInteger> pool = new ArrayList<>();

    TraceCheck(String a, String b, BigInteger product) {
      this.tops = new String[] {a, b};
      this.bottoms = new String[] {b, a};
      this.topValues = new BigInteger[] {Problems.value(a), Problems.value(b)};
      this.covered = new boolean[][] {new boolean[b.length()], new boolean[a.length()]};
      this.alive[0] = true;
      this.alive[1] = !a.equals(b);
      this.product = product;
      this.maxDigits = a.length() + b.length() + 2;
    }

    Verdict run(String answer) {
      TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
      if (!parsed.ok()) {
        return Verdict.invalidFormat(parsed.error());
      }
      List<TraceLine> steps = parsed.steps();
      int reference = 2 * nonZeroDigits(bottoms[0]) - 1;
      for (TraceLine step : steps) {
        String error = step(step.text());
        if (error != null) {
          return TraceScore.verdict(steps.size(), reference, step.step(), error, null);
        }
      }
      return TraceScore.verdict(steps.size(), reference, 0, null, resultError(parsed.result()));
    }

    /** Checks one line and applies it; why it is wrong, or null. */
    private String step(String text) {
      StepScanner in = new StepScanner(text);
      BigInteger first = in.number(maxDigits);
      if (first == null) {
        return unreadable(text);
      }
      if (in.times()) {
        BigInteger second = in.number(maxDigits);
        if (second == null || !in.symbol("=")) {
          return unreadable(text);
        }
        BigInteger result = in.number(maxDigits);
        if (result == null || !in.endsHere()) {
          return unreadable(text);
        }
        return partialProduct(first, second, result);
      }
      List<BigInteger> terms = new ArrayList<>();
      terms.add(first);
      while (in.symbol("+")) {
        BigInteger t = in.number(maxDigits);
        if (t == null) {
          return unreadable(text);
        }
        terms.add(t);
      }
      if (terms.size() < 2 || !in.symbol("=")) {
        return unreadable(text);
      }
      BigInteger result = in.number(maxDigits);
      if (result == null || !in.endsHere()) {
        return unreadable(text);
      }
      return sum(terms, result);
    }

    private static String unreadable(String text) {
      return "cannot read " + Text.snippet(text, 0, text.length())
          + " as a partial product 'A × D = P' or a sum 'X + Y = S' (numbers longer than the product cannot be right)";
    }

    private String partialProduct(BigInteger x, BigInteger y, BigInteger p) {
      boolean[] fits = new boolean[2];
      String why = null;
      boolean specific = false;
      for (int o = 0; o < 2; o++) {
        if (!alive[o]) {
          continue;
        }
        BigInteger factor = x.equals(topValues[o]) ? y : y.equals(topValues[o]) ? x : null;
        if (factor == null) {
          if (why == null) {
            why = "a partial product multiplies " + tops[0] + " by one digit of " + bottoms[0]
                + " with its place value (such as " + tops[0] + " \u00D7 " + example(bottoms[0]) + "), not " + x
                + " by " + y;
          }
          continue;
        }
        String w = digitOf(o, factor);
        if (w == null) {
          fits[o] = true;
        } else if (!specific) {
          why = w;
          specific = true;
        }
      }
      if (!fits[0] && !fits[1]) {
        return why;
      }
      BigInteger right = x.multiply(y);
      if (!right.equals(p)) {
        return x + " \u00D7 " + y + " is " + right + ", not " + p;
      }
      for (int o = 0; o < 2; o++) {
        alive[o] = fits[o];
        if (fits[o]) {
          int place = place(x.equals(topValues[o]) ? y : x);
          if (place >= 0) {
            covered[o][place] = true;
          }
        }
      }
      if (p.signum() != 0) {
        pool.add(p);
      }
      return null;
    }

    /** Why {@code factor} is not an unused digit of reading {@code o}'s bottom number with its place value. */
    private String digitOf(int o, BigInteger factor) {
      String bottom = bottoms[o];
      if (factor.signum() == 0) {
        return bottom.indexOf('0') >= 0 ? null : bottom + " has no digit 0";
      }
      int place = place(factor);
      if (place < 0) {
        return factor + " is not one digit of " + bottom + " with its place value (such as 6, 50 or 300)";
      }
      int digit = factor.toString().charAt(0) - '0';
      int actual = place < bottom.length() ? bottom.charAt(bottom.length() - 1 - place) - '0' : -1;
      if (actual != digit) {
        return actual < 0
            ? bottom + " has no " + Places.name(place) + " digit"
            : "the " + Places.name(place) + " digit of " + bottom + " is " + actual + ", not " + digit;
      }
      if (covered[o][place]) {
        return "the partial product for the " + Places.name(place) + " digit of " + bottom + " was already computed";
      }
      return null;
    }

    private String sum(List<BigInteger> terms, BigInteger s) {
      BigInteger total = BigInteger.ZERO;
      List<BigInteger> taken = new ArrayList<>(terms.size());
      for (BigInteger t : terms) {
        total = total.add(t);
        if (t.signum() == 0) {
          continue;
        }
        int i = pool.indexOf(t);
        if (i < 0) {
          pool.addAll(taken);
          return t + " is not a partial product or sum the trace has computed and not yet added";
        }
        taken.add(pool.remove(i));
      }
      if (!total.equals(s)) {
        return joined(terms) + " is " + total + ", not " + s;
      }
      if (s.signum() != 0) {
        pool.add(s); // zeros are never pooled: they may be added anywhere, any number of times
      }
      return null;
    }

    private String resultError(String result) {
      int o = alive[0] && (complete(0) || !alive[1] || !complete(1)) ? 0 : 1;
      if (!complete(o)) {
        String bottom = bottoms[o];
        for (int k = 0; k < bottom.length(); k++) {
          if (bottom.charAt(bottom.length() - 1 - k) != '0' && !covered[o][k]) {
            return "the partial product for the " + Places.name(k) + " digit of " + bottom + " is missing";
          }
        }
      }
      if (pool.size() != 1) {
        return pool.size() + " partial products or sums were never added together into one number";
      }
      if (result == null) {
        return "the answer has no 'Result:' line";
      }
      BigInteger value = WholeNumber.parse(result);
      if (value == null) {
        return "the result " + Text.snippet(result, 0, result.length()) + " is not a whole number";
      }
      if (!value.equals(product)) {
        return "the result " + value + " is not the product";
      }
      return null;
    }

    private boolean complete(int o) {
      if (!alive[o]) {
        return false;
      }
      String bottom = bottoms[o];
      for (int k = 0; k < bottom.length(); k++) {
        if (bottom.charAt(bottom.length() - 1 - k) != '0' && !covered[o][k]) {
          return false;
        }
      }
      return true;
    }
  }

  /** k when {@code v} is d × 10^k with d in 1..9, else -1. */
  private static int place(BigInteger v) {
    if (v.signum() <= 0) {
      return -1;
    }
    String s = v.toString();
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != '0') {
        return -1;
      }
    }
    return s.length() - 1;
  }

  private static int nonZeroDigits(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) != '0' ? 1 : 0;
    }
    return n;
  }

  /** A digit of {@code bottom} with its place value: the tens digit when there is a non-zero one. */
  private static String example(String bottom) {
    int k = bottom.length() >= 2 && bottom.charAt(bottom.length() - 2) != '0' ? 1 : 0;
    char d = bottom.charAt(bottom.length() - 1 - k);
    return d == '0' ? "1" : d + "0".repeat(k);
  }

  private static String joined(List<BigInteger> terms) {
    StringBuilder sb = new StringBuilder();
    for (BigInteger t : terms) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      sb.append(t);
    }
    return sb.toString();
  }
}
