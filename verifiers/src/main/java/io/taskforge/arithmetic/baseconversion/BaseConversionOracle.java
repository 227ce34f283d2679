package io.taskforge.arithmetic.baseconversion;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code arithmetic.base-conversion}, written apart from
 * {@link BaseConversionVerifier}: it computes values with its own digit loops (long division by the
 * base on a digit array, not {@code BigInteger}'s radix conversion), reads answers only in the
 * canonical format (final: upper-case digits; trace: lines {@code a × b + d = z},
 * {@code d × b^e = t}, {@code t + t + ... = s}, {@code n ÷ b = q remainder r[ (L)]}, then
 * {@code Result: digits}) by splitting on spaces, and judges a trace by its own rule: into base 10
 * either every Horner line in order, or positional term lines (distinct positions, zero digits
 * optional) followed by one line summing exactly those terms to the value; out of base 10 every
 * division in order down to quotient 0; then the right result.
 *
 * <p>Mutant kinds (trace): {@code zero-start} (a leading {@code 0 × b + d = d}: valid),
 * {@code positional} (the positional expansion instead of Horner's rule: valid),
 * {@code horner-value}, {@code horner-digit}, {@code horner-skip}, {@code positional-missing-term},
 * {@code positional-wrong-term}, {@code mixed-methods}, {@code division-remainder},
 * {@code division-quotient}, {@code division-stops-early}, {@code divide-too-soon},
 * {@code reversed-result}, {@code wrong-result}, {@code no-result}. Final: {@code off-by-one},
 * {@code reversed}, {@code digit}, {@code source-number}, {@code decimal-value}, {@code wrong-marker}.
 */
public final class BaseConversionOracle implements TaskOracle<BaseConversionProblem> {
  private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  @Override
  public String taskId() {
    return BaseConversionTask.ID;
  }

  @Override
  public Class<BaseConversionProblem> problemType() {
    return BaseConversionProblem.class;
  }

  // ---- the oracle's own arithmetic ----

  /** The value of digits in a base, by accumulating decimal strings digit by digit (long arithmetic). */
  static BigInteger value(String digits, int base) {
    BigInteger v = BigInteger.ZERO;
    BigInteger b = BigInteger.valueOf(base);
    for (int i = 0; i < digits.length(); i++) {
      int d = DIGITS.indexOf(digits.charAt(i));
      if (d < 0 || d >= base) {
        return null;
      }
      v = v.multiply(b).add(BigInteger.valueOf(d));
    }
    return v;
  }

  /** The digits of {@code v} in {@code base}, by schoolbook division of its decimal digit array. */
  static String write(BigInteger v, int base) {
    int[] dec = v.toString().chars().map(c -> c - '0').toArray();
    StringBuilder out = new StringBuilder();
    int len = dec.length;
    int start = 0;
    while (start < len) {
      int rem = 0;
      for (int i = start; i < len; i++) {
        int cur = rem * 10 + dec[i];
        dec[i] = cur / base;
        rem = cur % base;
      }
      out.append(DIGITS.charAt(rem));
      while (start < len && dec[start] == 0) {
        start++;
      }
    }
    String s = out.reverse().toString();
    return s.isEmpty() ? "0" : s;
  }

  private static boolean trace(BaseConversionProblem p) {
    return "trace".equals(p.mode());
  }

  @Override
  public boolean accepts(BaseConversionProblem p, String canonicalAnswer) {
    BigInteger value = value(p.number(), p.fromBase());
    String target = write(value, p.toBase());
    String[] lines = canonicalAnswer.strip().split("\n", -1);
    String last = lines[lines.length - 1];
    if (!trace(p)) {
      return lines.length == 1 && last.equals(target);
    }
    if (!last.startsWith("Result: ") || !last.substring(8).equals(target)) {
      return false;
    }
    int i = 0;
    int n = lines.length - 1;
    if (p.fromBase() != 10) {
      i = intoDecimal(p, value, lines, n);
      if (i < 0) {
        return false;
      }
    }
    if (p.toBase() != 10) {
      BigInteger cur = value;
      BigInteger b = BigInteger.valueOf(p.toBase());
      while (cur.signum() > 0) {
        if (i >= n) {
          return false;
        }
        String[] t = lines[i++].split(" ");
        if (t.length < 7 || !t[1].equals("\u00F7") || !t[3].equals("=") || !t[5].equals("remainder")) {
          return false;
        }
        BigInteger q = cur.divide(b);
        int r = cur.subtract(q.multiply(b)).intValue();
        if (!t[0].equals(cur.toString()) || !t[2].equals(b.toString()) || !t[4].equals(q.toString())
            || !t[6].equals(Integer.toString(r))) {
          return false;
        }
        if (t.length == 8 && !t[7].equals("(" + DIGITS.charAt(r) + ")")) {
          return false;
        }
        if (t.length > 8) {
          return false;
        }
        cur = q;
      }
    }
    return i == n;
  }

  /** Checks the lines into base 10 from the first; the index after them, or -1. */
  private static int intoDecimal(BaseConversionProblem p, BigInteger value, String[] lines, int n) {
    String num = p.number();
    int base = p.fromBase();
    if (n == 0) {
      return -1;
    }
    if (lines[0].contains("^")) {
      // term lines, then one sum line of exactly those terms
      List<BigInteger> terms = new ArrayList<>();
      boolean[] seen = new boolean[num.length()];
      int i = 0;
      while (i < n && lines[i].contains("^")) {
        String[] t = lines[i].split(" ");
        if (t.length != 5 || !t[1].equals("\u00D7") || !t[3].equals("=")) {
          return -1;
        }
        String[] pe = t[2].split("\\^");
        if (pe.length != 2 || !pe[0].equals(Integer.toString(base))) {
          return -1;
        }
        int e = Integer.parseInt(pe[1]);
        if (e < 0 || e >= num.length() || seen[e]) {
          return -1;
        }
        seen[e] = true;
        int d = DIGITS.indexOf(num.charAt(num.length() - 1 - e));
        if (!t[0].equals(Integer.toString(d))) {
          return -1;
        }
        BigInteger tv = BigInteger.valueOf(base).pow(e).multiply(BigInteger.valueOf(d));
        if (!t[4].equals(tv.toString())) {
          return -1;
        }
        terms.add(tv);
        i++;
      }
      for (int e = 0; e < num.length(); e++) {
        if (!seen[e] && num.charAt(num.length() - 1 - e) != '0') {
          return -1;
        }
      }
      if (terms.size() == 1) {
        return terms.get(0).equals(value) ? i : -1;
      }
      if (i >= n) {
        return -1;
      }
      String[] sides = lines[i].split(" = ");
      if (sides.length != 2 || !sides[1].equals(value.toString())) {
        return -1;
      }
      List<BigInteger> summed = new ArrayList<>();
      for (String s : sides[0].split(" \\+ ")) {
        if (!s.matches("[0-9]+")) {
          return -1;
        }
        summed.add(new BigInteger(s));
      }
      Collections.sort(summed);
      Collections.sort(terms);
      return summed.equals(terms) ? i + 1 : -1;
    }
    BigInteger acc = BigInteger.valueOf(DIGITS.indexOf(num.charAt(0)));
    int i = 0;
    if (lines[0].equals("0 \u00D7 " + base + " + " + acc + " = " + acc)) {
      i++;
    }
    for (int k = 1; k < num.length(); k++) {
      if (i >= n) {
        return -1;
      }
      int d = DIGITS.indexOf(num.charAt(k));
      BigInteger next = acc.multiply(BigInteger.valueOf(base)).add(BigInteger.valueOf(d));
      if (!lines[i].equals(acc + " \u00D7 " + base + " + " + d + " = " + next)) {
        return -1;
      }
      acc = next;
      i++;
    }
    return i;
  }

  // ---- forms and mutants ----

  @Override
  public List<String> equivalentForms(BaseConversionProblem p, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    String target = write(value(p.number(), p.fromBase()), p.toBase());
    int b = p.toBase();
    if (!trace(p)) {
      forms.add(" " + target.toLowerCase(Locale.ROOT) + "\n");
      forms.add("00" + target);
      forms.add(target + "_" + b);
      forms.add(target + "_{" + b + "}");
      forms.add(target + " (base " + b + ")");
      forms.add("$" + target + "_{" + b + "}$");
      forms.add("\\boxed{" + target + "}");
      forms.add("**" + target + "**");
      StringBuilder sub = new StringBuilder(target);
      for (char c : Integer.toString(b).toCharArray()) {
        sub.append((char) ('\u2080' + (c - '0')));
      }
      forms.add(sub.toString());
      if (target.length() > 4) {
        forms.add(target.substring(0, target.length() - 4) + " " + target.substring(target.length() - 4));
      }
      if (b == 16) {
        forms.add("0x" + target);
      } else if (b == 2) {
        forms.add("0b" + target);
      } else if (b == 8) {
        forms.add("0o" + target);
      }
      forms.add("1 \u00D7 2 + 1 = 3\nResult: " + target);
      return forms;
    }
    forms.add(gold.replace("\n", "\r\n"));
    forms.add(gold.replace(" remainder ", " R ").replace(" \u00D7 ", " * ").replace(" \u00F7 ", " / "));
    forms.add(gold.replace(" remainder ", ", rem ").replace(" \u00D7 ", " x ").replace("Result: ", "**Result:** "));
    forms.add(gold.replace(" ", ""));
    StringBuilder numbered = new StringBuilder();
    StringBuilder letters = new StringBuilder();
    StringBuilder alternative = new StringBuilder();
    String[] lines = gold.split("\n");
    for (int k = 0; k < lines.length; k++) {
      String line = lines[k];
      boolean result = k == lines.length - 1;
      numbered.append(result ? "" : "Step " + (k + 1) + ". ").append(line).append("\n\n");
      String[] t = line.split(" ");
      if (!result && line.contains(" remainder ")) {
        int r = Integer.parseInt(t[6]);
        letters.append(t[0]).append(" \u00F7 ").append(t[2]).append(" = ").append(t[4]).append(" remainder ")
            .append(Character.toLowerCase(DIGITS.charAt(r))).append('\n');
        alternative.append(t[0]).append(" = ").append(t[4]).append(" \u00D7 ").append(t[2]).append(" + ")
            .append(r).append('\n');
      } else if (!result && line.contains(" + ") && t.length == 7) {
        int d = Integer.parseInt(t[4]);
        letters.append(t[0]).append(" \u00D7 ").append(t[2]).append(" + ").append(DIGITS.charAt(d)).append(" = ")
            .append(t[6]).append('\n');
        alternative.append('(').append(t[2]).append(" \u00D7 ").append(t[0]).append(") + ").append(d).append(" = ")
            .append(t[6]).append('\n');
      } else {
        letters.append(line.toLowerCase(Locale.ROOT).replace("result: ", "Result: ")).append('\n');
        alternative.append(line).append('\n');
      }
    }
    forms.add(numbered.toString());
    forms.add(letters.toString());
    forms.add(alternative.toString());
    return forms;
  }

  @Override
  public List<Mutant> mutants(BaseConversionProblem p, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    BigInteger value = value(p.number(), p.fromBase());
    String target = write(value, p.toBase());
    int b = p.toBase();
    if (!trace(p)) {
      add(out, p, "off-by-one", write(value.add(BigInteger.ONE), b));
      add(out, p, "off-by-one", write(value.subtract(BigInteger.ONE), b));
      add(out, p, "reversed", new StringBuilder(target).reverse().toString());
      add(out, p, "digit", changeDigit(target, b, rng));
      add(out, p, "source-number", p.number());
      add(out, p, "decimal-value", value.toString());
      add(out, p, "wrong-marker", target + "_" + (b == 36 ? 35 : b + 1));
      return out;
    }
    List<String> lines = new ArrayList<>(List.of(gold.split("\n")));
    int n = lines.size() - 1;
    int horner = p.fromBase() != 10 ? p.number().length() - 1 : 0;
    int divisions = n - horner;
    String resultLine = lines.get(n);
    if (horner > 0) {
      List<String> m = new ArrayList<>(lines);
      m.add(0, "0 \u00D7 " + p.fromBase() + " + " + DIGITS.indexOf(p.number().charAt(0)) + " = "
          + DIGITS.indexOf(p.number().charAt(0)));
      add(out, p, "zero-start", String.join("\n", m));

      List<String> positional = positional(p, rng, -1, false);
      m = new ArrayList<>(positional);
      m.addAll(lines.subList(horner, lines.size()));
      add(out, p, "positional", String.join("\n", m));

      int k = rng.nextInt(horner);
      String[] t = lines.get(k).split(" ");
      m = new ArrayList<>(lines);
      m.set(k, t[0] + " " + t[1] + " " + t[2] + " + " + t[4] + " = " + new BigInteger(t[6]).add(BigInteger.ONE));
      add(out, p, "horner-value", String.join("\n", m));
      m = new ArrayList<>(lines);
      int d = Integer.parseInt(t[4]);
      int d2 = (d + 1 + rng.nextInt(p.fromBase() - 1)) % p.fromBase();
      BigInteger z = new BigInteger(t[0]).multiply(BigInteger.valueOf(p.fromBase())).add(BigInteger.valueOf(d2));
      m.set(k, t[0] + " " + t[1] + " " + t[2] + " + " + d2 + " = " + z);
      add(out, p, "horner-digit", String.join("\n", m));
      m = new ArrayList<>(lines);
      m.remove(k);
      add(out, p, "horner-skip", String.join("\n", m));

      m = new ArrayList<>(positional(p, rng, rng.nextInt(p.number().length()), false));
      m.addAll(lines.subList(horner, lines.size()));
      add(out, p, "positional-missing-term", String.join("\n", m));
      m = new ArrayList<>(positional(p, rng, -1, true));
      m.addAll(lines.subList(horner, lines.size()));
      add(out, p, "positional-wrong-term", String.join("\n", m));
      if (horner >= 2 && p.number().charAt(p.number().length() - 1) != '0') {
        // Horner for all but the last digit, then a positional term for the units
        m = new ArrayList<>(lines.subList(0, horner - 1));
        int units = DIGITS.indexOf(p.number().charAt(p.number().length() - 1));
        m.add(units + " \u00D7 " + p.fromBase() + "^0 = " + units);
        m.addAll(lines.subList(horner, lines.size()));
        add(out, p, "mixed-methods", String.join("\n", m));
      }
    }
    if (divisions > 0) {
      int k = horner + rng.nextInt(divisions);
      String[] t = lines.get(k).split(" ");
      int r = Integer.parseInt(t[6]);
      int r2 = (r + 1 + rng.nextInt(b - 1)) % b;
      List<String> m = new ArrayList<>(lines);
      m.set(k, t[0] + " \u00F7 " + t[2] + " = " + t[4] + " remainder " + r2 + (r2 > 9 ? " (" + DIGITS.charAt(r2) + ")" : ""));
      add(out, p, "division-remainder", String.join("\n", m));
      m = new ArrayList<>(lines);
      m.set(k, t[0] + " \u00F7 " + t[2] + " = " + new BigInteger(t[4]).add(BigInteger.ONE) + " remainder " + t[6]
          + (t.length > 7 ? " " + t[7] : ""));
      add(out, p, "division-quotient", String.join("\n", m));
      m = new ArrayList<>(lines);
      m.remove(n - 1);
      add(out, p, "division-stops-early", String.join("\n", m));
      if (horner > 0) {
        m = new ArrayList<>(lines);
        String first = m.remove(horner);
        m.add(horner - 1, first);
        add(out, p, "divide-too-soon", String.join("\n", m));
      }
    }
    List<String> m = new ArrayList<>(lines);
    m.set(n, "Result: " + new StringBuilder(target).reverse());
    add(out, p, "reversed-result", String.join("\n", m));
    m.set(n, "Result: " + write(value.add(BigInteger.ONE), b));
    add(out, p, "wrong-result", String.join("\n", m));
    m.remove(n);
    add(out, p, "no-result", String.join("\n", m));
    if (!resultLine.startsWith("Result: ")) {
      throw new IllegalStateException("gold without a result line");
    }
    return out;
  }

  /**
   * Term lines for the nonzero digits in random order, then their sum; {@code skip} leaves out the
   * term of that position (when its digit is not 0), {@code wrong} puts a wrong value in one term.
   */
  private static List<String> positional(BaseConversionProblem p, Rng rng, int skip, boolean wrong) {
    String num = p.number();
    int base = p.fromBase();
    List<Integer> positions = new ArrayList<>();
    for (int e = 0; e < num.length(); e++) {
      if (num.charAt(num.length() - 1 - e) != '0' && e != skip) {
        positions.add(e);
      }
    }
    rng.shuffle(positions);
    int wrongAt = wrong ? rng.nextInt(positions.size()) : -1;
    List<String> out = new ArrayList<>();
    List<String> values = new ArrayList<>();
    BigInteger sum = BigInteger.ZERO;
    for (int k = 0; k < positions.size(); k++) {
      int e = positions.get(k);
      int d = DIGITS.indexOf(num.charAt(num.length() - 1 - e));
      BigInteger t = BigInteger.valueOf(base).pow(e).multiply(BigInteger.valueOf(d));
      if (k == wrongAt) {
        t = t.add(BigInteger.ONE);
      }
      out.add(d + " \u00D7 " + base + "^" + e + " = " + t);
      values.add(t.toString());
      sum = sum.add(t);
    }
    if (values.size() > 1) {
      Collections.reverse(values);
      out.add(String.join(" + ", values) + " = " + sum);
    }
    return out;
  }

  private static String changeDigit(String s, int base, Rng rng) {
    int at = rng.nextInt(s.length());
    int d = DIGITS.indexOf(s.charAt(at));
    int d2 = (d + 1 + rng.nextInt(base - 1)) % base;
    if (at == 0 && d2 == 0) {
      d2 = d == base - 1 ? 1 : d + 1;
    }
    return s.substring(0, at) + DIGITS.charAt(d2) + s.substring(at + 1);
  }

  @Override
  public List<String> hostileResponses(BaseConversionProblem p, String gold) {
    BigInteger value = value(p.number(), p.fromBase());
    String target = write(value, p.toBase());
    return List.of(target + " or " + write(value.add(BigInteger.ONE), p.toBase()),
        target + " " + target, target + "_" + p.toBase() + " = " + value + "_10");
  }

  private void add(List<Mutant> out, BaseConversionProblem p, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(p, response)));
  }
}
