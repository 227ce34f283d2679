package io.taskforge.arithmetic.longaddition;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code arithmetic.long-addition}, written apart from
 * {@link LongAdditionVerifier}: it reads only the canonical format (a plain digit string; trace
 * lines exactly {@code column K: a + b = T, write D, carry C} and {@code Result: N}, single spaces)
 * with {@code String.split}, and checks a trace by running its own column machine over the addends
 * laid out as digit arrays, comparing each line's sorted non-zero terms with the column's.
 *
 * <p>Mutant kinds, trace mode: {@code term-order} (a column's terms reversed: valid),
 * {@code drop-zero} (a zero digit left out of a column: valid), {@code carry-column} (the final
 * carry written out as columns of its own: valid), {@code wrong-digit}, {@code wrong-carry},
 * {@code forgot-carry} (a column added without its carry in), {@code wrong-total},
 * {@code drop-line}, {@code swap-lines}, {@code wrong-result}, {@code no-result} and
 * {@code result-only}. Final mode: {@code off-by-one}, {@code digit}, {@code no-carry} (the column
 * digits without carrying) and {@code dropped-addend}.
 */
public final class LongAdditionOracle implements TaskOracle<LongAdditionProblem> {

  @Override
  public String taskId() {
    return LongAdditionTask.ID;
  }

  @Override
  public Class<LongAdditionProblem> problemType() {
    return LongAdditionProblem.class;
  }

  private static boolean traceMode(LongAdditionProblem p) {
    return "trace".equals(p.mode());
  }

  @Override
  public List<String> equivalentForms(LongAdditionProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (!traceMode(problem)) {
      forms.add(" \n" + gold + "\t\n");
      forms.add("+" + gold);
      forms.add(grouped(gold));
      forms.add("$" + gold + "$");
      forms.add("\\boxed{" + gold + "}");
      forms.add("**" + gold + "**");
      forms.add("Adding the columns with their carries.\nResult: " + gold);
      return forms;
    }
    String[] lines = gold.split("\n");
    StringBuilder numbered = new StringBuilder();
    StringBuilder bulleted = new StringBuilder();
    StringBuilder loud = new StringBuilder();
    StringBuilder tight = new StringBuilder();
    StringBuilder semicolons = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      boolean result = l.startsWith("Result: ");
      numbered.append(result ? l : "Step " + (i + 1) + ": " + l).append('\n');
      bulleted.append(result ? "**Result:** " + grouped(l.substring(8)) : "- " + l).append("\n\n");
      loud.append(l.toUpperCase(Locale.ROOT)).append('\n');
      tight.append(result ? l : l.replace(" ", "").replace("column", "col ").replace(",carry0", "")).append('\n');
      semicolons.append(result ? l : l.replace(", ", "; ").replace("column", "Column")).append('\n');
    }
    forms.add(numbered.toString());
    forms.add(bulleted.toString());
    forms.add(loud.toString());
    forms.add(tight.toString());
    forms.add(semicolons.toString());
    forms.add("```\n" + gold + "\n```");
    return forms;
  }

  @Override
  public List<Mutant> mutants(LongAdditionProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    if (!traceMode(problem)) {
      if (!isDigits(gold)) {
        return out;
      }
      BigInteger v = new BigInteger(gold);
      add(out, problem, "off-by-one", v.add(BigInteger.ONE).toString());
      add(out, problem, "off-by-one", v.subtract(BigInteger.ONE).toString());
      add(out, problem, "digit", changeDigit(gold, rng));
      add(out, problem, "no-carry", noCarry(problem.addends()));
      BigInteger less = v.subtract(new BigInteger(problem.addends().get(rng.nextInt(problem.addends().size()))));
      add(out, problem, "dropped-addend", less.toString());
      return out;
    }
    List<Col> cols = new ArrayList<>();
    String result = null;
    for (String l : gold.split("\n")) {
      if (l.startsWith("Result: ")) {
        result = l.substring(8);
      } else {
        Col c = Col.read(l);
        if (c == null) {
          return out;
        }
        cols.add(c);
      }
    }
    if (result == null || cols.isEmpty()) {
      return out;
    }
    int n = cols.size();
    int at = rng.nextInt(n);
    for (int i = 0; i < n; i++) {
      int k = (at + i) % n;
      if (cols.get(k).terms.length >= 2) {
        List<Col> m = copy(cols);
        long[] t = m.get(k).terms.clone();
        for (int a = 0, b = t.length - 1; a < b; a++, b--) {
          long x = t[a];
          t[a] = t[b];
          t[b] = x;
        }
        m.set(k, m.get(k).withTerms(t, m.get(k).total));
        add(out, problem, "term-order", write(m, result));
        break;
      }
    }
    for (int k = 0; k < n; k++) {
      Col c = cols.get(k);
      int zero = indexOf(c.terms, 0);
      if (zero >= 0 && c.terms.length >= 2) {
        List<Col> m = copy(cols);
        long[] t = new long[c.terms.length - 1];
        for (int i = 0, j = 0; i < c.terms.length; i++) {
          if (i != zero) {
            t[j++] = c.terms[i];
          }
        }
        m.set(k, c.withTerms(t, c.total));
        add(out, problem, "drop-zero", write(m, result));
        break;
      }
    }
    long last = cols.get(n - 1).carry;
    if (last > 0) {
      List<Col> m = copy(cols);
      long carry = last;
      int column = n;
      while (carry > 0) {
        column++;
        m.add(new Col(column, new long[] {carry}, carry, carry % 10, carry / 10));
        carry /= 10;
      }
      add(out, problem, "carry-column", write(m, result));
    }
    Col c = cols.get(at);
    List<Col> m = copy(cols);
    m.set(at, new Col(c.column, c.terms, c.total, (c.digit + 1 + rng.nextInt(9)) % 10, c.carry));
    add(out, problem, "wrong-digit", write(m, result));
    m = copy(cols);
    m.set(at, new Col(c.column, c.terms, c.total, c.digit, c.carry + 1));
    add(out, problem, "wrong-carry", write(m, result));
    m = copy(cols);
    m.set(at, new Col(c.column, c.terms, c.total + 1, (c.total + 1) % 10, (c.total + 1) / 10));
    add(out, problem, "wrong-total", write(m, result));
    for (int k = 1; k < n; k++) {
      long carryIn = cols.get(k - 1).carry;
      Col d = cols.get(k);
      int pos = indexOf(d.terms, carryIn);
      if (carryIn > 0 && pos >= 0) {
        m = copy(cols);
        long[] t = new long[d.terms.length - 1];
        long total = 0;
        for (int i = 0, j = 0; i < d.terms.length; i++) {
          if (i != pos) {
            t[j++] = d.terms[i];
            total += d.terms[i];
          }
        }
        if (t.length == 0) {
          t = new long[] {0};
        }
        m.set(k, new Col(d.column, t, total, total % 10, total / 10));
        add(out, problem, "forgot-carry", write(m, result));
        break;
      }
    }
    if (n >= 2) {
      m = copy(cols);
      m.remove(rng.nextInt(n));
      add(out, problem, "drop-line", write(m, result));
      m = copy(cols);
      int s = rng.nextInt(n - 1);
      Col x = m.get(s);
      m.set(s, m.get(s + 1));
      m.set(s + 1, x);
      add(out, problem, "swap-lines", write(m, result));
    }
    add(out, problem, "wrong-result", write(cols, new BigInteger(result).add(BigInteger.ONE).toString()));
    add(out, problem, "no-result", write(cols, null));
    add(out, problem, "result-only", "Result: " + result);
    return out;
  }

  @Override
  public List<String> hostileResponses(LongAdditionProblem problem, String gold) {
    if (traceMode(problem) || !isDigits(gold)) {
      return List.of();
    }
    BigInteger v = new BigInteger(gold);
    return List.of(v.subtract(BigInteger.ONE) + " or " + v, "<answer>" + v + " " + v.add(BigInteger.ONE) + "</answer>",
        String.join(" + ", problem.addends()) + " = " + v);
  }

  @Override
  public boolean accepts(LongAdditionProblem problem, String canonicalAnswer) {
    int[][] digits = layout(problem.addends());
    BigInteger sum = BigInteger.ZERO;
    for (String a : problem.addends()) {
      sum = sum.add(new BigInteger(a));
    }
    if (!traceMode(problem)) {
      return isDigits(canonicalAnswer) && new BigInteger(canonicalAnswer).equals(sum);
    }
    String[] lines = canonicalAnswer.split("\n", -1);
    int last = lines.length - 1;
    if (last < 1 || !lines[last].startsWith("Result: ")) {
      return false;
    }
    String result = lines[last].substring(8);
    if (!isDigits(result) || !new BigInteger(result).equals(sum)) {
      return false;
    }
    int width = digits[0].length;
    long carryIn = 0;
    for (int i = 0; i < last; i++) {
      Col c = Col.read(lines[i]);
      if (c == null || c.column != i + 1) {
        return false;
      }
      List<Long> want = new ArrayList<>();
      if (i < width) {
        for (int[] row : digits) {
          if (row[i] > 0) {
            want.add((long) row[i]);
          }
        }
      } else if (carryIn == 0) {
        return false; // nothing left to add
      }
      if (carryIn > 0) {
        want.add(carryIn);
      }
      List<Long> got = new ArrayList<>();
      long total = 0;
      for (long t : c.terms) {
        total += t;
        if (t > 0) {
          got.add(t);
        }
      }
      want.sort(null);
      got.sort(null);
      if (!want.equals(got) || c.total != total || c.digit != total % 10 || c.carry != total / 10) {
        return false;
      }
      carryIn = c.carry;
    }
    return last >= width;
  }

  /** Each addend's digits by place (ones first), padded with -1 where the addend has no digit. */
  private static int[][] layout(List<String> addends) {
    int width = 0;
    for (String a : addends) {
      width = Math.max(width, a.length());
    }
    int[][] rows = new int[addends.size()][width];
    for (int r = 0; r < rows.length; r++) {
      Arrays.fill(rows[r], -1);
      String a = addends.get(r);
      for (int i = 0; i < a.length(); i++) {
        rows[r][a.length() - 1 - i] = a.charAt(i) - '0';
      }
    }
    return rows;
  }

  private void add(List<Mutant> out, LongAdditionProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  private static String noCarry(List<String> addends) {
    int[][] rows = layout(addends);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < rows[0].length; i++) {
      int total = 0;
      for (int[] row : rows) {
        total += Math.max(0, row[i]);
      }
      sb.append((char) ('0' + total % 10));
    }
    return new BigInteger(sb.reverse().toString()).toString();
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

  private static int indexOf(long[] a, long v) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static List<Col> copy(List<Col> cols) {
    return new ArrayList<>(cols);
  }

  private static String write(List<Col> cols, String result) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cols.size(); i++) {
      Col c = cols.get(i);
      sb.append("column ").append(i + 1 <= cols.size() ? c.column : 0).append(": ");
      for (int j = 0; j < c.terms.length; j++) {
        sb.append(j > 0 ? " + " : "").append(c.terms[j]);
      }
      sb.append(" = ").append(c.total).append(", write ").append(c.digit).append(", carry ").append(c.carry).append('\n');
    }
    if (result != null) {
      sb.append("Result: ").append(result);
    }
    return sb.toString().strip();
  }

  /** One canonical column line. */
  private record Col(long column, long[] terms, long total, long digit, long carry) {
    Col withTerms(long[] t, long newTotal) {
      return new Col(column, t, newTotal, digit, carry);
    }

    /** Reads {@code column K: a + b = T, write D, carry C} exactly; null otherwise. */
    static Col read(String line) {
      if (!line.startsWith("column ")) {
        return null;
      }
      int colon = line.indexOf(": ");
      int eq = line.indexOf(" = ");
      int write = line.indexOf(", write ");
      int carry = line.indexOf(", carry ");
      if (colon < 7 || eq < colon + 2 || write < eq + 3 || carry < write + 8) {
        return null;
      }
      Long k = num(line.substring(7, colon));
      Long total = num(line.substring(eq + 3, write));
      Long digit = num(line.substring(write + 8, carry));
      Long c = num(line.substring(carry + 8));
      String[] parts = line.substring(colon + 2, eq).split(" \\+ ", -1);
      long[] terms = new long[parts.length];
      for (int i = 0; i < parts.length; i++) {
        Long t = num(parts[i]);
        if (t == null) {
          return null;
        }
        terms[i] = t;
      }
      if (k == null || total == null || digit == null || c == null) {
        return null;
      }
      return new Col(k, terms, total, digit, c);
    }

    private static Long num(String s) {
      if (s.isEmpty() || s.length() > 12) {
        return null;
      }
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return null;
        }
      }
      return Long.parseLong(s);
    }
  }
}
