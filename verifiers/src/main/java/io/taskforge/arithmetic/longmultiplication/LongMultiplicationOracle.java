package io.taskforge.arithmetic.longmultiplication;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Property-testing oracle for {@code arithmetic.long-multiplication}, written apart from
 * {@link LongMultiplicationVerifier}: it reads only the canonical format (a plain digit string;
 * trace lines exactly {@code A × D = P} or {@code X + Y + ... = S} with single spaces, then
 * {@code Result: N}) and checks a trace once per reading of the operands (which one is the
 * multiplier), accepting when either reading passes. Partial products are re-computed by its own
 * digit-array multiplication by one digit; the values not yet added are kept as a multiset of
 * digit strings.
 *
 * <p>Mutant kinds, trace mode: {@code reorder-partials}, {@code swap-factors}, {@code one-sum} (all
 * partial products added in one line), {@code swap-roles} (the multiplicand taken digit by digit
 * instead), {@code zero-digit} (a {@code A × 0 = 0} line for a zero digit): all valid;
 * {@code shift-error} (a digit at the wrong place value), {@code wrong-partial}, {@code wrong-sum},
 * {@code drop-partial}, {@code double-count} (a partial product added twice), {@code wrong-result},
 * {@code no-result} and {@code result-only}: invalid. Final mode: {@code off-by-one}, {@code digit},
 * {@code no-shift} (partial products added without their place values) and {@code dropped-partial}.
 */
public final class LongMultiplicationOracle implements TaskOracle<LongMultiplicationProblem> {
  private static final String TIMES = " \u00D7 ";

  @Override
  public String taskId() {
    return LongMultiplicationTask.ID;
  }

  @Override
  public Class<LongMultiplicationProblem> problemType() {
    return LongMultiplicationProblem.class;
  }

  private static boolean traceMode(LongMultiplicationProblem p) {
    return "trace".equals(p.mode());
  }

  @Override
  public List<String> equivalentForms(LongMultiplicationProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (!traceMode(problem)) {
      forms.add("\n " + gold + " \n");
      forms.add("+" + gold);
      forms.add(grouped(gold));
      forms.add("\\boxed{" + gold + "}");
      forms.add("`" + gold + "`");
      forms.add("Partial products added up.\nResult: " + gold);
      return forms;
    }
    String[] lines = gold.split("\n");
    StringBuilder star = new StringBuilder();
    StringBuilder numbered = new StringBuilder();
    StringBuilder commas = new StringBuilder();
    StringBuilder loud = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      boolean result = l.startsWith("Result: ");
      star.append(l.replace(TIMES, "*").replace(" + ", "+").replace(" = ", "=")).append('\n');
      numbered.append(result ? l : (i + 1) + ". " + l.replace(TIMES, " x ")).append("\n\n");
      commas.append(result ? "Result: " + grouped(l.substring(8)) : groupAll(l)).append('\n');
      loud.append(result ? "RESULT: " + l.substring(8) : "* " + l.replace(TIMES, " \u00B7 ")).append('\n');
    }
    forms.add(star.toString());
    forms.add(numbered.toString());
    forms.add(commas.toString());
    forms.add(loud.toString());
    return forms;
  }

  @Override
  public List<Mutant> mutants(LongMultiplicationProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    String a = problem.multiplicand();
    String b = problem.multiplier();
    if (!traceMode(problem)) {
      if (!isDigits(gold)) {
        return out;
      }
      BigInteger v = new BigInteger(gold);
      add(out, problem, "off-by-one", v.add(BigInteger.ONE).toString());
      add(out, problem, "off-by-one", v.subtract(BigInteger.ONE).toString());
      add(out, problem, "digit", changeDigit(gold, rng));
      BigInteger noShift = BigInteger.ZERO;
      for (int k = 0; k < b.length(); k++) {
        noShift = noShift.add(new BigInteger(timesDigit(a, b.charAt(b.length() - 1 - k) - '0')));
      }
      add(out, problem, "no-shift", noShift.toString());
      int k = rng.nextInt(b.length());
      String partial = timesDigit(a, b.charAt(b.length() - 1 - k) - '0') + "0".repeat(k);
      add(out, problem, "dropped-partial", v.subtract(new BigInteger(partial)).toString());
      return out;
    }
    List<String> partials = new ArrayList<>();
    List<String> sums = new ArrayList<>();
    String result = null;
    for (String l : gold.split("\n")) {
      if (l.startsWith("Result: ")) {
        result = l.substring(8);
      } else if (l.contains(TIMES)) {
        partials.add(l);
      } else {
        sums.add(l);
      }
    }
    if (result == null || partials.isEmpty()) {
      return out;
    }
    int n = partials.size();
    if (n >= 2) {
      List<String> shuffled = new ArrayList<>(partials);
      for (int tries = 0; tries < 5 && shuffled.equals(partials); tries++) {
        rng.shuffle(shuffled);
      }
      add(out, problem, "reorder-partials", write(shuffled, sums, result));
      StringBuilder all = new StringBuilder();
      for (String p : partials) {
        all.append(all.length() > 0 ? " + " : "").append(p.substring(p.lastIndexOf(" = ") + 3));
      }
      add(out, problem, "one-sum", write(partials, List.of(all + " = " + result), result));
    }
    int at = rng.nextInt(n);
    String line = partials.get(at);
    String[] f = line.split(" = ")[0].split(TIMES);
    List<String> m = new ArrayList<>(partials);
    m.set(at, f[1] + TIMES + f[0] + " = " + line.split(" = ")[1]);
    add(out, problem, "swap-factors", write(m, sums, result));
    if (!a.equals(b)) {
      add(out, problem, "swap-roles", traceOf(b, a, result));
    }
    if (b.indexOf('0') >= 0) {
      m = new ArrayList<>(partials);
      m.add(rng.nextInt(n + 1), a + TIMES + "0 = 0");
      add(out, problem, "zero-digit", write(m, sums, result));
    }
    String factor = f[1];
    if (factor.length() >= 2) {
      String lower = factor.substring(0, factor.length() - 1);
      m = new ArrayList<>(partials);
      m.set(at, f[0] + TIMES + lower + " = " + new BigInteger(f[0]).multiply(new BigInteger(lower)));
      add(out, problem, "shift-error", write(m, sums, result));
    }
    m = new ArrayList<>(partials);
    String value = line.split(" = ")[1];
    m.set(at, line.split(" = ")[0] + " = " + changeDigit(value, rng));
    add(out, problem, "wrong-partial", write(m, sums, result));
    if (!sums.isEmpty()) {
      int s = rng.nextInt(sums.size());
      List<String> ms = new ArrayList<>(sums);
      String[] parts = sums.get(s).split(" = ");
      ms.set(s, parts[0] + " = " + new BigInteger(parts[1]).add(BigInteger.TEN));
      add(out, problem, "wrong-sum", write(partials, ms, result));
      String p0 = partials.get(0).split(" = ")[1];
      ms = new ArrayList<>(sums);
      ms.set(0, p0 + " + " + p0 + " = " + new BigInteger(p0).shiftLeft(1));
      add(out, problem, "double-count", write(partials, ms, result));
    }
    m = new ArrayList<>(partials);
    m.remove(at);
    add(out, problem, "drop-partial", write(m, sums, result));
    add(out, problem, "wrong-result", write(partials, sums, new BigInteger(result).add(BigInteger.ONE).toString()));
    add(out, problem, "no-result", write(partials, sums, null));
    add(out, problem, "result-only", "Result: " + result);
    return out;
  }

  @Override
  public List<String> hostileResponses(LongMultiplicationProblem problem, String gold) {
    if (traceMode(problem) || !isDigits(gold)) {
      return List.of();
    }
    BigInteger v = new BigInteger(gold);
    return List.of(v + " or " + v.add(BigInteger.ONE), problem.multiplicand() + " * " + problem.multiplier() + " = " + v,
        "<answer>" + v + ", " + v.subtract(BigInteger.ONE) + "</answer>");
  }

  @Override
  public boolean accepts(LongMultiplicationProblem problem, String canonicalAnswer) {
    String a = problem.multiplicand();
    String b = problem.multiplier();
    String product = new BigInteger(a).multiply(new BigInteger(b)).toString();
    if (!traceMode(problem)) {
      return canonicalAnswer.equals(product);
    }
    return checks(a, b, product, canonicalAnswer) || checks(b, a, product, canonicalAnswer);
  }

  /** Whether the trace is right with {@code top} multiplied by each digit of {@code bottom}. */
  private static boolean checks(String top, String bottom, String product, String trace) {
    String[] lines = trace.split("\n", -1);
    int last = lines.length - 1;
    if (last < 1 || !lines[last].equals("Result: " + product)) {
      return false;
    }
    boolean[] done = new boolean[bottom.length()];
    TreeMap<String, Integer> open = new TreeMap<>();
    for (int i = 0; i < last; i++) {
      String l = lines[i];
      int eq = l.indexOf(" = ");
      if (eq < 0 || l.indexOf(" = ", eq + 1) >= 0) {
        return false;
      }
      String left = l.substring(0, eq);
      String right = l.substring(eq + 3);
      if (!isDigits(right)) {
        return false;
      }
      String[] factors = left.split(TIMES, -1);
      if (factors.length == 2) {
        String other = factors[0].equals(top) ? factors[1] : factors[1].equals(top) ? factors[0] : null;
        if (other == null || !isDigits(other)) {
          return false;
        }
        if (other.equals("0")) {
          if (bottom.indexOf('0') < 0 || !right.equals("0")) {
            return false;
          }
          continue;
        }
        int place = other.length() - 1;
        if (!other.substring(1).equals("0".repeat(place)) || place >= bottom.length()
            || bottom.charAt(bottom.length() - 1 - place) != other.charAt(0) || done[place]) {
          return false;
        }
        done[place] = true;
        if (!right.equals(timesDigit(top, other.charAt(0) - '0') + "0".repeat(place))) {
          return false;
        }
        open.merge(right, 1, Integer::sum);
      } else {
        String[] terms = left.split(" \\+ ", -1);
        if (terms.length < 2) {
          return false;
        }
        BigInteger total = BigInteger.ZERO;
        for (String t : terms) {
          if (!isDigits(t)) {
            return false;
          }
          total = total.add(new BigInteger(t));
          if (t.equals("0")) {
            continue;
          }
          Integer count = open.get(t);
          if (count == null) {
            return false;
          }
          if (count == 1) {
            open.remove(t);
          } else {
            open.put(t, count - 1);
          }
        }
        if (!total.toString().equals(right)) {
          return false;
        }
        open.merge(right, 1, Integer::sum);
      }
    }
    for (int k = 0; k < bottom.length(); k++) {
      if (bottom.charAt(bottom.length() - 1 - k) != '0' && !done[k]) {
        return false;
      }
    }
    return open.size() == 1 && open.firstEntry().getValue() == 1 && open.firstKey().equals(product);
  }

  /** {@code number × digit} by schoolbook digit arithmetic, as a digit string. */
  static String timesDigit(String number, int digit) {
    if (digit == 0) {
      return "0";
    }
    char[] out = new char[number.length() + 1];
    int carry = 0;
    for (int i = number.length() - 1; i >= 0; i--) {
      int v = (number.charAt(i) - '0') * digit + carry;
      out[i + 1] = (char) ('0' + v % 10);
      carry = v / 10;
    }
    out[0] = (char) ('0' + carry);
    String s = new String(out);
    return carry == 0 ? s.substring(1) : s;
  }

  /** A canonical trace of {@code top} times each non-zero digit of {@code bottom}, with running sums. */
  private static String traceOf(String top, String bottom, String result) {
    List<String> partials = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int k = 0; k < bottom.length(); k++) {
      int d = bottom.charAt(bottom.length() - 1 - k) - '0';
      if (d != 0) {
        String v = timesDigit(top, d) + "0".repeat(k);
        partials.add(top + TIMES + d + "0".repeat(k) + " = " + v);
        values.add(v);
      }
    }
    List<String> sums = new ArrayList<>();
    BigInteger running = new BigInteger(values.get(0));
    for (int i = 1; i < values.size(); i++) {
      BigInteger next = running.add(new BigInteger(values.get(i)));
      sums.add(running + " + " + values.get(i) + " = " + next);
      running = next;
    }
    return write(partials, sums, result);
  }

  private void add(List<Mutant> out, LongMultiplicationProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  private static String write(List<String> partials, List<String> sums, String result) {
    StringBuilder sb = new StringBuilder();
    for (String p : partials) {
      sb.append(p).append('\n');
    }
    for (String s : sums) {
      sb.append(s).append('\n');
    }
    if (result != null) {
      sb.append("Result: ").append(result);
    }
    return sb.toString().strip();
  }

  private static String changeDigit(String number, Rng rng) {
    int at = rng.nextInt(number.length());
    char old = number.charAt(at);
    char d = (char) ('0' + (old - '0' + 1 + rng.nextInt(9)) % 10);
    if (at == 0 && d == '0' && number.length() > 1) {
      d = old == '9' ? '1' : (char) (old + 1);
    }
    return number.substring(0, at) + d + number.substring(at + 1);
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

  /** Every run of digits in a canonical line written with thousands commas. */
  private static String groupAll(String line) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < line.length() && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
          j++;
        }
        sb.append(grouped(line.substring(i, j)));
        i = j;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
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
