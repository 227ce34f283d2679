package io.taskforge.arithmetic.longdivision;

import io.taskforge.check.Mutant;
import io.taskforge.core.Rng;
import io.taskforge.check.TaskOracle;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Property-testing oracle for {@code arithmetic.long-division}, written apart from
 * {@link LongDivisionVerifier}: it reads only the canonical format (an answer {@code Q R r}, or
 * {@code Q} when the remainder is 0; trace lines exactly {@code P ÷ D = q R r}, then
 * {@code Result: ...}) and checks a trace by its own simulation: it walks the dividend's digits,
 * finds each quotient digit by repeated subtraction of the divisor, and compares every line with it.
 *
 * <p>Mutant kinds, trace mode: {@code leading-zeros} (the first lines take shorter leading parts and
 * write quotient digits 0: valid), {@code zero-remainder-written} ({@code Result: Q R 0} for an exact division: valid),
 * {@code wrong-digit} (a quotient digit one too small or large, with its remainder), {@code
 * wrong-remainder}, {@code skip-digit} (a line left out), {@code big-first} (a first line with a
 * two-digit quotient), {@code wrong-result}, {@code quotient-only} (valid exactly when the remainder
 * is 0), {@code no-result} and {@code result-only}. Final mode: {@code quotient-off-by-one},
 * {@code remainder-off-by-one}, {@code borrowed} (quotient one less, remainder one divisor more),
 * {@code swapped}, {@code quotient-only} and {@code zero-remainder-written}.
 */
public final class LongDivisionOracle implements TaskOracle<LongDivisionProblem> {
  private static final String DIV = " \u00F7 ";

  @Override
  public String taskId() {
    return LongDivisionTask.ID;
  }

  @Override
  public Class<LongDivisionProblem> problemType() {
    return LongDivisionProblem.class;
  }

  private static boolean traceMode(LongDivisionProblem p) {
    return "trace".equals(p.mode());
  }

  @Override
  public List<String> equivalentForms(LongDivisionProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    String[] lines = gold.split("\n");
    String result = lines[lines.length - 1];
    if (!traceMode(problem)) {
      String[] qr = result.split(" R ");
      String q = qr[0];
      String r = qr.length > 1 ? qr[1] : "0";
      forms.add("  " + gold + "\n");
      forms.add(q + " r " + r);
      forms.add(q + "R" + r);
      forms.add("quotient " + q + ", remainder " + r);
      forms.add("Quotient: " + q + "; Remainder: " + r);
      forms.add("q = " + q + ", r = " + r);
      forms.add("r = " + r + ", q = " + q);
      forms.add(q + " with a remainder of " + r);
      forms.add(q + " remainder " + r);
      forms.add("\\boxed{" + q + " R " + r + "}");
      forms.add("**" + grouped(q) + " R " + r + "**");
      forms.add("Dividing step by step.\nResult: " + gold);
      return forms;
    }
    StringBuilder slash = new StringBuilder();
    StringBuilder words = new StringBuilder();
    StringBuilder numbered = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      boolean last = l.startsWith("Result: ");
      slash.append(last ? l : l.replace(DIV, " / ").replace(" R ", " r ")).append('\n');
      words.append(last ? "**Result:** " + l.substring(8).replace(" R ", ", remainder ") : l.replace(" R ", ", remainder "))
          .append('\n');
      numbered.append(last ? l : "Step " + (i + 1) + ". " + l).append("\n\n");
    }
    forms.add(slash.toString());
    forms.add(words.toString());
    forms.add(numbered.toString());
    return forms;
  }

  @Override
  public List<Mutant> mutants(LongDivisionProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    BigInteger d = new BigInteger(problem.divisor());
    if (!traceMode(problem)) {
      String[] qr = gold.split(" R ");
      BigInteger q = new BigInteger(qr[0]);
      BigInteger r = qr.length > 1 ? new BigInteger(qr[1]) : BigInteger.ZERO;
      add(out, problem, "quotient-off-by-one", q.add(BigInteger.ONE) + " R " + r);
      add(out, problem, "remainder-off-by-one", q + " R " + r.add(BigInteger.ONE));
      if (q.signum() > 0) {
        add(out, problem, "borrowed", q.subtract(BigInteger.ONE) + " R " + r.add(d));
      }
      add(out, problem, "swapped", r + " R " + q);
      add(out, problem, "quotient-only", q.toString());
      if (r.signum() == 0) {
        add(out, problem, "zero-remainder-written", q + " R 0");
      }
      return out;
    }
    List<String> steps = new ArrayList<>();
    String result = null;
    for (String l : gold.split("\n")) {
      if (l.startsWith("Result: ")) {
        result = l.substring(8);
      } else {
        steps.add(l);
      }
    }
    if (result == null || steps.isEmpty()) {
      return out;
    }
    String divisor = problem.divisor();
    String dividend = problem.dividend();
    String first = steps.get(0).substring(0, steps.get(0).indexOf(DIV));
    if (first.length() > 1) {
      List<String> m = new ArrayList<>();
      for (int len = 1; len < first.length(); len++) {
        String part = dividend.substring(0, len);
        m.add(part + DIV + divisor + " = 0 R " + part);
      }
      m.addAll(steps);
      add(out, problem, "leading-zeros", write(m, result));
    }
    List<String> m;
    String[] qr = result.split(" R ");
    if (qr.length == 1) {
      add(out, problem, "zero-remainder-written", write(steps, result + " R 0"));
    }
    int at = rng.nextInt(steps.size());
    String[] parts = parse(steps.get(at));
    BigInteger p = new BigInteger(parts[0]);
    BigInteger q = new BigInteger(parts[2]);
    BigInteger wrongQ = q.signum() == 0 || rng.nextBoolean() ? q.add(BigInteger.ONE) : q.subtract(BigInteger.ONE);
    m = new ArrayList<>(steps);
    m.set(at, p + DIV + divisor + " = " + wrongQ + " R " + p.subtract(wrongQ.multiply(d)));
    add(out, problem, "wrong-digit", write(m, result));
    m = new ArrayList<>(steps);
    m.set(at, p + DIV + divisor + " = " + q + " R " + new BigInteger(parts[3]).add(BigInteger.ONE));
    add(out, problem, "wrong-remainder", write(m, result));
    if (steps.size() >= 2) {
      m = new ArrayList<>(steps);
      m.remove(1 + rng.nextInt(steps.size() - 1));
      add(out, problem, "skip-digit", write(m, result));
      String bigger = dividend.substring(0, first.length() + 1);
      BigInteger[] bq = new BigInteger(bigger).divideAndRemainder(d);
      m = new ArrayList<>(steps.subList(2, steps.size()));
      m.add(0, bigger + DIV + divisor + " = " + bq[0] + " R " + bq[1]);
      add(out, problem, "big-first", write(m, result));
    }
    add(out, problem, "wrong-result", write(steps, new BigInteger(qr[0]).add(BigInteger.ONE) + (qr.length > 1 ? " R " + qr[1] : "")));
    add(out, problem, "quotient-only", write(steps, qr[0]));
    add(out, problem, "no-result", write(steps, null));
    add(out, problem, "result-only", "Result: " + result);
    return out;
  }

  @Override
  public List<String> hostileResponses(LongDivisionProblem problem, String gold) {
    if (traceMode(problem)) {
      return List.of();
    }
    String[] qr = gold.split(" R ");
    BigInteger q = new BigInteger(qr[0]);
    return List.of(q + " R 1 or " + q + " R 2", "<answer>" + q + " R 1 R 2</answer>", q + ".5", q + " 1/2",
        problem.dividend() + " / " + problem.divisor());
  }

  @Override
  public boolean accepts(LongDivisionProblem problem, String canonicalAnswer) {
    String dividend = problem.dividend();
    BigInteger d = new BigInteger(problem.divisor());
    // the oracle's own long division: quotient digits by repeated subtraction
    StringBuilder quotient = new StringBuilder();
    BigInteger rest = BigInteger.ZERO;
    for (int i = 0; i < dividend.length(); i++) {
      rest = rest.multiply(BigInteger.TEN).add(BigInteger.valueOf(dividend.charAt(i) - '0'));
      int digit = 0;
      while (rest.compareTo(d) >= 0) {
        rest = rest.subtract(d);
        digit++;
      }
      quotient.append(digit);
    }
    String q = new BigInteger(quotient.toString()).toString();
    String r = rest.toString();
    if (!traceMode(problem)) {
      return resultMatches(canonicalAnswer, q, r);
    }
    String[] lines = canonicalAnswer.split("\n", -1);
    int last = lines.length - 1;
    if (last < 1 || !lines[last].startsWith("Result: ") || !resultMatches(lines[last].substring(8), q, r)) {
      return false;
    }
    BigInteger ten = BigInteger.TEN.multiply(d);
    int next = -1;
    BigInteger carried = null;
    for (int i = 0; i < last; i++) {
      String[] parts = parse(lines[i]);
      if (parts == null || !parts[1].equals(problem.divisor())) {
        return false;
      }
      BigInteger p = new BigInteger(parts[0]);
      if (i == 0) {
        if (!dividend.startsWith(parts[0])) {
          return false;
        }
        next = parts[0].length();
      } else {
        if (next >= dividend.length()) {
          return false;
        }
        if (!p.equals(carried.multiply(BigInteger.TEN).add(BigInteger.valueOf(dividend.charAt(next) - '0')))) {
          return false;
        }
        next++;
      }
      if (p.compareTo(ten) >= 0) {
        return false;
      }
      int digit = 0;
      BigInteger left = p;
      while (left.compareTo(d) >= 0) {
        left = left.subtract(d);
        digit++;
      }
      if (!parts[2].equals(String.valueOf(digit)) || !parts[3].equals(left.toString())) {
        return false;
      }
      carried = left;
    }
    return next == dividend.length();
  }

  private static boolean resultMatches(String text, String q, String r) {
    return text.equals(q + " R " + r) || (r.equals("0") && text.equals(q));
  }

  /** {@code P ÷ D = q R r} read exactly into its four numbers, or null. */
  private static String[] parse(String line) {
    int div = line.indexOf(DIV);
    int eq = line.indexOf(" = ");
    int rem = line.indexOf(" R ");
    if (div < 0 || eq < div + 3 || rem < eq + 3) {
      return null;
    }
    String[] parts = {line.substring(0, div), line.substring(div + 3, eq), line.substring(eq + 3, rem),
        line.substring(rem + 3)};
    for (String p : parts) {
      if (!isDigits(p)) {
        return null;
      }
    }
    return parts;
  }

  private void add(List<Mutant> out, LongDivisionProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  private static String write(List<String> steps, String result) {
    StringBuilder sb = new StringBuilder();
    for (String s : steps) {
      sb.append(s).append('\n');
    }
    if (result != null) {
      sb.append("Result: ").append(result);
    }
    return sb.toString().strip();
  }

  private static String grouped(String digits) {
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return sb.toString();
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty() || s.length() > 10_000 || (s.length() > 1 && s.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
