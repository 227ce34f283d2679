package io.taskforge.arithmetic.baseconversion;

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
 * Scores {@code arithmetic.base-conversion}. The verifier reads the problem's number itself; in final
 * mode it reads the answer with {@link BaseNumber} in the target base and compares values. In trace
 * mode it replays the steps on its own state: the number read into base 10 by Horner's rule (an
 * accumulator and the count of digits read) or by the positional expansion (the positions whose
 * terms were written, and the values found so far and not yet summed), then the repeated division
 * (the number still to divide). Each step must be the next legal move with the right arithmetic;
 * scoring is {@link TraceScore}'s.
 */
public final class BaseConversionVerifier implements Verifier<BaseConversionProblem> {
  /** Exponents above this are not evaluated (no number here has that many digits). */
  private static final int MAX_EXPONENT = 5_000;

  @Override
  public String taskId() {
    return BaseConversionTask.ID;
  }

  @Override
  public Class<BaseConversionProblem> problemType() {
    return BaseConversionProblem.class;
  }

  @Override
  public Verdict verify(BaseConversionProblem problem, String response) {
    Source src = Source.of(problem);
    if (src == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem is not a number in a base from 2 to 36 with a target base");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    if ("trace".equals(problem.mode())) {
      return trace(src, answer);
    }
    String text = TraceText.finalText(answer);
    BigInteger given = BaseNumber.read(text, src.to);
    if (given == null) {
      return Verdict.invalidFormat("the answer " + Text.snippet(text, 0, text.length())
          + " is not a number in base " + src.to);
    }
    if (given.equals(src.value)) {
      return Verdict.correct("the answer is the number written in base " + src.to);
    }
    return Verdict.wrong("the answer " + Text.snippet(text, 0, text.length()) + " in base " + src.to
        + " does not have the value of " + problem.number() + " in base " + src.from);
  }

  /** The problem as the verifier reads it: digit values and the value. */
  private record Source(int[] digits, int from, int to, BigInteger value) {
    static Source of(BaseConversionProblem p) {
      if (p == null || p.number() == null || p.number().isEmpty() || p.number().length() > 10_000
          || p.fromBase() < 2 || p.fromBase() > 36 || p.toBase() < 2 || p.toBase() > 36
          || p.fromBase() == p.toBase() || !("final".equals(p.mode()) || "trace".equals(p.mode()))) {
        return null;
      }
      int[] d = new int[p.number().length()];
      for (int i = 0; i < d.length; i++) {
        d[i] = BaseNumber.value(p.number().charAt(i));
        if (d[i] < 0 || d[i] >= p.fromBase() || (i == 0 && d[i] == 0 && d.length > 1)) {
          return null;
        }
      }
      return new Source(d, p.fromBase(), p.toBase(), new BigInteger(p.number(), p.fromBase()));
    }

    int length() {
      return digits.length;
    }

    /** The digit at position e (0 = units). */
    int digitAt(int e) {
      return digits[digits.length - 1 - e];
    }

    int referenceSteps() {
      int steps = from != 10 ? digits.length - 1 : 0;
      if (to != 10) {
        steps += digitsIn(value, to);
      }
      return steps;
    }

    /** The number of digits of {@code v} (positive) in base {@code b}. */
    private static int digitsIn(BigInteger v, int b) {
      int n = 0;
      if (v.bitLength() < 63) {
        for (long x = v.longValue(); x > 0; x /= b) {
          n++;
        }
        return n;
      }
      BigInteger base = BigInteger.valueOf(b);
      for (BigInteger p = BigInteger.ONE; p.compareTo(v) <= 0; p = p.multiply(base)) {
        n++;
      }
      return n;
    }
  }

  /** The replay state of a trace. */
  private static final class State {
    final Source src;
    /** 0: not started, 1: Horner, 2: positional. */
    int method;
    int read = 1;
    BigInteger acc;
    boolean hornerStarted;
    final boolean[] produced;
    final boolean[] powers;
    final List<BigInteger> available = new ArrayList<>();
    boolean dividing;
    BigInteger toDivide;

    State(Source src) {
      this.src = src;
      this.acc = BigInteger.valueOf(src.digits[0]);
      this.produced = new boolean[src.length()];
      this.powers = new boolean[src.length()];
      this.toDivide = src.value;
    }

    /** Whether the number has been read into base 10 (trivially, when it is in base 10). */
    boolean decimalKnown() {
      if (src.from == 10) {
        return true;
      }
      if (method == 1) {
        return read == src.length();
      }
      if (method == 2) {
        for (int e = 0; e < produced.length; e++) {
          if (!produced[e] && src.digitAt(e) != 0) {
            return false;
          }
        }
        BigInteger last = null;
        for (BigInteger v : available) {
          if (v.signum() != 0) {
            if (last != null) {
              return false;
            }
            last = v;
          }
        }
        return src.value.equals(last == null ? BigInteger.ZERO : last);
      }
      return src.length() == 1;
    }
  }

  private static Verdict trace(Source src, String answer) {
    TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    State st = new State(src);
    List<TraceLine> steps = parsed.steps();
    int firstError = 0;
    String stepError = null;
    for (TraceLine line : steps) {
      stepError = step(st, line.text());
      if (stepError != null) {
        firstError = line.step();
        break;
      }
    }
    String resultError = null;
    if (firstError == 0) {
      if (!st.decimalKnown()) {
        resultError = "the trace does not finish reading " + joinDigits(src) + " into base 10";
      } else if (src.to != 10 && st.toDivide.signum() != 0) {
        resultError = "the divisions stop before the quotient reaches 0";
      } else if (parsed.result() == null) {
        resultError = "the answer has no 'Result:' line";
      } else {
        BigInteger r = BaseNumber.read(parsed.result(), src.to);
        if (r == null) {
          resultError = "the result " + Text.snippet(parsed.result(), 0, parsed.result().length())
              + " is not a number in base " + src.to;
        } else if (!r.equals(src.value)) {
          resultError = "the result " + Text.snippet(parsed.result(), 0, parsed.result().length())
              + " is not what the steps give (the remainders read from last to first)";
        }
      }
    }
    return TraceScore.verdict(steps.size(), src.referenceSteps(), firstError, stepError, resultError);
  }

  private static String joinDigits(Source src) {
    StringBuilder sb = new StringBuilder();
    for (int d : src.digits) {
      sb.append(BaseConversionTask.DIGITS.charAt(d));
    }
    return sb.toString();
  }

  /** Replays one step; why it is wrong, or null. */
  private static String step(State st, String text) {
    Tokens raw = Tokens.of(text);
    if (raw == null || raw.size == 0) {
      return Text.snippet(text, 0, text.length()) + " is not a step of the documented forms";
    }
    boolean division = raw.indexOf(Tokens.DIV) >= 0 || hasRemainderWord(raw)
        || (raw.is(0, Tokens.NUM) && raw.is(1, Tokens.EQ) && raw.indexOf(Tokens.POW) < 0
            && timesBefore(raw.withoutBrackets(), 2));
    if (division) {
      return division(st, raw, text);
    }
    Tokens t = raw.withoutBrackets();
    if (st.src.from == 10) {
      return "the number is already in base 10, so the trace starts with the divisions";
    }
    if (st.dividing) {
      return "the number was already read into base 10 and the divisions have started";
    }
    if (t.indexOf(Tokens.POW) >= 0 || (t.indexOf(Tokens.EQ) > 0 && t.indexOf(Tokens.MUL) < 0
        && !(t.is(1, Tokens.LETTER) && t.letter[1] == 'X'))) {
      return positional(st, t, text);
    }
    return horner(st, t, text);
  }

  private static boolean hasRemainderWord(Tokens t) {
    for (int i = 0; i < t.size; i++) {
      if (t.is(i, Tokens.WORD) && (t.word[i].equals("remainder") || t.word[i].equals("rem"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean timesBefore(Tokens t, int from) {
    for (int i = from; i < t.size; i++) {
      if (t.isTimes(i)) {
        return true;
      }
    }
    return false;
  }

  // ---- into base 10: Horner's rule ----

  private static String horner(State st, Tokens t, String text) {
    // X × Y [+ D] = Z
    int eq = t.indexOf(Tokens.EQ);
    boolean withDigit = eq == 5 && t.is(3, Tokens.PLUS);
    if (!(t.is(0, Tokens.NUM) && t.isTimes(1) && t.is(2, Tokens.NUM) && (withDigit || eq == 3)
        && t.is(eq + 1, Tokens.NUM) && t.size == eq + 2) || (withDigit && t.digit(4) < 0)) {
      return Text.snippet(text, 0, text.length()) + " is not of the form 'acc \u00D7 base + digit = value'";
    }
    if (st.method == 2) {
      return "it switches from the positional expansion to Horner's rule; one method per trace";
    }
    Source src = st.src;
    BigInteger x = t.num[0];
    BigInteger y = t.num[2];
    int d = withDigit ? t.digit(4) : 0;
    BigInteger z = t.num[eq + 1];
    BigInteger b = BigInteger.valueOf(src.from);
    if (!st.hornerStarted && x.signum() == 0 == (y.signum() != 0) && (x.equals(b) || y.equals(b))
        && st.read == 1 && d == src.digits[0]) {
      // the optional first line 0 × base + first digit
      st.method = 1;
      st.hornerStarted = true;
      return z.equals(BigInteger.valueOf(d)) ? null : "0 \u00D7 " + src.from + " + " + d + " is " + d + ", not " + z;
    }
    if (st.read == src.length()) {
      return "every digit of " + joinDigits(src) + " has been read already";
    }
    boolean ordered = x.equals(st.acc) && y.equals(b);
    boolean swapped = y.equals(st.acc) && x.equals(b);
    if (!ordered && !swapped) {
      if (!x.equals(b) && !y.equals(b)) {
        return "it multiplies by neither the base " + src.from + " nor the running value " + st.acc;
      }
      return "it multiplies " + (x.equals(b) ? y : x) + ", but the value of the digits read so far ("
          + joinDigits(src).substring(0, st.read) + ") is " + st.acc;
    }
    int expected = src.digits[st.read];
    if (d != expected) {
      return "the next digit of " + joinDigits(src) + " is " + BaseConversionTask.DIGITS.charAt(expected)
          + " (" + expected + "), not " + d;
    }
    BigInteger next = st.acc.multiply(b).add(BigInteger.valueOf(d));
    if (!z.equals(next)) {
      return st.acc + " \u00D7 " + src.from + " + " + d + " is " + next + ", not " + z;
    }
    st.method = 1;
    st.hornerStarted = true;
    st.acc = next;
    st.read++;
    return null;
  }

  // ---- into base 10: the positional expansion ----

  /** A term d × b^e, b^e, or a number, of a positional line. */
  private record Item(int digit, int base, int exponent, BigInteger number) {
    boolean isTerm() {
      return digit >= 0;
    }

    boolean isPower() {
      return digit < 0 && base > 0;
    }
  }

  private static String positional(State st, Tokens t, String text) {
    List<List<Item>> parts = new ArrayList<>();
    List<Item> part = new ArrayList<>();
    int i = 0;
    while (true) {
      Item item;
      if ((t.is(i, Tokens.NUM) || t.is(i, Tokens.LETTER)) && t.isTimes(i + 1) && t.is(i + 2, Tokens.NUM)
          && t.is(i + 3, Tokens.POW) && t.is(i + 4, Tokens.NUM)) {
        item = new Item(t.digit(i), small(t.num[i + 2]), small(t.num[i + 4]), null);
        i += 5;
      } else if (t.is(i, Tokens.NUM) && t.is(i + 1, Tokens.POW) && t.is(i + 2, Tokens.NUM)) {
        item = new Item(-1, small(t.num[i]), small(t.num[i + 2]), null);
        i += 3;
      } else if (t.is(i, Tokens.NUM)) {
        item = new Item(-1, 0, 0, t.num[i]);
        i += 1;
      } else {
        return Text.snippet(text, 0, text.length()) + " is not of the form 'digit \u00D7 base^exponent = value' "
            + "or a sum of such terms and values";
      }
      part.add(item);
      if (i == t.size) {
        parts.add(part);
        break;
      }
      if (t.is(i, Tokens.PLUS)) {
        i++;
      } else if (t.is(i, Tokens.EQ)) {
        parts.add(part);
        part = new ArrayList<>();
        i++;
      } else {
        return Text.snippet(text, 0, text.length()) + " is not of the form 'digit \u00D7 base^exponent = value' "
            + "or a sum of such terms and values";
      }
    }
    List<Item> last = parts.get(parts.size() - 1);
    if (parts.size() < 2 || last.size() != 1 || last.get(0).number() == null) {
      return "a positional line ends with '= value'";
    }
    if (st.method == 1) {
      return "it switches from Horner's rule to the positional expansion; one method per trace";
    }
    Source src = st.src;
    List<Item> first = parts.get(0);
    // a power line: base^e = value
    if (first.size() == 1 && first.get(0).isPower()) {
      Item p = first.get(0);
      if (p.base() != src.from || p.exponent() < 0 || p.exponent() >= src.length()) {
        return "a power line computes a power " + src.from + "^e of the base for a digit position e from 0 to "
            + (src.length() - 1);
      }
      if (st.powers[p.exponent()]) {
        return src.from + "^" + p.exponent() + " was computed already";
      }
      BigInteger v = BigInteger.valueOf(src.from).pow(p.exponent());
      for (int k = 1; k < parts.size(); k++) {
        BigInteger s = sum(parts.get(k));
        if (s == null || !s.equals(v)) {
          return src.from + "^" + p.exponent() + " is " + v + ", not " + shown(parts.get(k));
        }
      }
      st.powers[p.exponent()] = true;
      st.method = 2;
      return null;
    }
    if (first.size() == 1 && first.get(0).number() != null) {
      return "the line computes nothing";
    }
    // check the terms and values of the first part against the state, without changing it yet
    boolean[] usedPosition = new boolean[src.length()];
    List<BigInteger> pool = new ArrayList<>(st.available);
    BigInteger total = BigInteger.ZERO;
    for (Item it : first) {
      if (it.isPower()) {
        return "a power " + it.base() + "^" + it.exponent() + " needs its digit: write 'digit \u00D7 "
            + it.base() + "^" + it.exponent() + "'";
      }
      if (it.isTerm()) {
        if (it.base() != src.from) {
          return "the term " + it.digit() + " \u00D7 " + it.base() + "^" + it.exponent() + " does not use the base "
              + src.from;
        }
        if (it.exponent() < 0 || it.exponent() >= src.length()) {
          return joinDigits(src) + " has no digit at position " + it.exponent() + " (positions are 0 to "
              + (src.length() - 1) + ")";
        }
        if (st.produced[it.exponent()] || usedPosition[it.exponent()]) {
          return "the term for position " + it.exponent() + " was written already";
        }
        int expected = src.digitAt(it.exponent());
        if (it.digit() != expected) {
          return "the digit of " + joinDigits(src) + " at position " + it.exponent() + " (" + src.from + "^"
              + it.exponent() + ") is " + BaseConversionTask.DIGITS.charAt(expected) + " (" + expected + "), not "
              + it.digit();
        }
        usedPosition[it.exponent()] = true;
        total = total.add(BigInteger.valueOf(expected).multiply(BigInteger.valueOf(src.from).pow(it.exponent())));
      } else {
        if (!pool.remove(it.number())) {
          return it.number() + " is not a term or sum found in an earlier step (or it was added already)";
        }
        total = total.add(it.number());
      }
    }
    for (int k = 1; k < parts.size(); k++) {
      BigInteger s = sum(parts.get(k));
      if (s == null || !s.equals(total)) {
        return "the sum is " + total + ", not " + shown(parts.get(k));
      }
    }
    for (int e = 0; e < usedPosition.length; e++) {
      st.produced[e] |= usedPosition[e];
    }
    pool.add(total);
    st.available.clear();
    st.available.addAll(pool);
    st.method = 2;
    return null;
  }

  private static int small(BigInteger n) {
    return n.bitLength() < 31 ? n.intValue() : Integer.MAX_VALUE;
  }

  /** The value of a part (terms evaluated as written), or null when a power is too large. */
  private static BigInteger sum(List<Item> part) {
    BigInteger s = BigInteger.ZERO;
    for (Item it : part) {
      if (it.number() != null) {
        s = s.add(it.number());
      } else {
        if (it.exponent() > MAX_EXPONENT || it.base() > 1_000_000) {
          return null;
        }
        BigInteger p = BigInteger.valueOf(it.base()).pow(it.exponent());
        s = s.add(it.isTerm() ? p.multiply(BigInteger.valueOf(it.digit())) : p);
      }
    }
    return s;
  }

  private static String shown(List<Item> part) {
    StringBuilder sb = new StringBuilder();
    for (Item it : part) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      if (it.number() != null) {
        sb.append(it.number());
      } else {
        sb.append(it.isTerm() ? it.digit() + " \u00D7 " : "").append(it.base()).append('^').append(it.exponent());
      }
      if (sb.length() > 60) {
        return sb.append(" ...").toString();
      }
    }
    return sb.toString();
  }

  // ---- out of base 10: repeated division ----

  private static String division(State st, Tokens raw, String text) {
    // an annotation "(A)" after the remainder
    int annotation = -1;
    Tokens t = raw;
    if (raw.size >= 3 && raw.is(raw.size - 1, Tokens.CLOSE) && raw.is(raw.size - 3, Tokens.OPEN)
        && raw.digit(raw.size - 2) >= 0) {
      annotation = raw.digit(raw.size - 2);
      Tokens cut = raw.prefix(raw.size - 3);
      t = cut;
    }
    t = t.withoutBrackets();
    BigInteger n;
    BigInteger b;
    BigInteger q;
    int r;
    if (t.is(0, Tokens.NUM) && t.is(1, Tokens.DIV) && t.is(2, Tokens.NUM) && t.is(3, Tokens.EQ) && t.is(4, Tokens.NUM)) {
      // n ÷ b = q [,;] [with] (remainder|rem|R) r
      int i = 5;
      if (t.is(i, Tokens.SEP)) {
        i++;
      }
      if (t.is(i, Tokens.WORD) && t.word[i].equals("with")) {
        i++;
      }
      boolean mark = (t.is(i, Tokens.WORD) && (t.word[i].equals("remainder") || t.word[i].equals("rem")))
          || (t.is(i, Tokens.LETTER) && t.letter[i] == 'R');
      if (!mark || t.size != i + 2 || t.digit(i + 1) < 0) {
        return Text.snippet(text, 0, text.length()) + " is not of the form 'n \u00F7 base = q remainder r'";
      }
      n = t.num[0];
      b = t.num[2];
      q = t.num[4];
      r = t.digit(i + 1);
    } else if (t.is(0, Tokens.NUM) && t.is(1, Tokens.EQ) && t.is(2, Tokens.NUM) && t.isTimes(3) && t.is(4, Tokens.NUM)
        && t.is(5, Tokens.PLUS) && t.digit(6) >= 0 && t.size == 7) {
      // n = q × b + r (or b × q): the base is the factor equal to the target base
      n = t.num[0];
      BigInteger base = BigInteger.valueOf(st.src.to);
      boolean firstIsBase = t.num[2].equals(base) && !t.num[4].equals(base);
      b = firstIsBase ? t.num[2] : t.num[4];
      q = firstIsBase ? t.num[4] : t.num[2];
      r = t.digit(6);
    } else {
      return Text.snippet(text, 0, text.length()) + " is not of the form 'n \u00F7 base = q remainder r'";
    }
    if (annotation >= 0 && annotation != r) {
      return "the remainder is written as both " + r + " and " + BaseConversionTask.DIGITS.charAt(Math.min(annotation, 35));
    }
    Source src = st.src;
    if (src.to == 10) {
      return "the target base is 10, so no division is needed";
    }
    if (!st.dividing && !st.decimalKnown()) {
      return "the division starts before " + joinDigits(src) + " is fully read into base 10";
    }
    if (st.toDivide.signum() == 0) {
      return "the quotient is already 0, so the division is over";
    }
    if (!n.equals(st.toDivide)) {
      return "it divides " + n + ", but the number to divide is " + st.toDivide
          + (st.dividing ? " (the last quotient)" : " (the value in base 10)");
    }
    if (!b.equals(BigInteger.valueOf(src.to))) {
      return "it divides by " + b + ", but the target base is " + src.to;
    }
    BigInteger[] qr = n.divideAndRemainder(b);
    if (!q.equals(qr[0]) || r != qr[1].intValue()) {
      return n + " \u00F7 " + b + " is " + qr[0] + " remainder " + qr[1] + ", not " + q + " remainder " + r;
    }
    st.dividing = true;
    st.toDivide = q;
    return null;
  }
}
