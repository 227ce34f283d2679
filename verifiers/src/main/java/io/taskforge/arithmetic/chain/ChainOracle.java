package io.taskforge.arithmetic.chain;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Property-testing oracle for {@code arithmetic.chain}, written apart from {@link ChainVerifier}: it
 * runs the chain in its own loop, reads answers only in the canonical format (final: {@code -?digits};
 * trace: lines {@code a S b = c} with single spaces and S one of {@code + - × ÷}, then
 * {@code Result: r}) with its own string splitting, and judges a trace by its own rule: line k applies
 * operation k to the running value (operands swapped allowed for + and ×) with the right value, every
 * operation has its line, and the result is the end value.
 *
 * <p>Mutant kinds (trace mode): {@code swap-operands} (valid for + and ×), {@code wrong-value},
 * {@code wrong-operand}, {@code propagated-error} (a wrong value carried on through later lines),
 * {@code drop-step}, {@code drop-last-step}, {@code duplicate-step}, {@code swap-steps},
 * {@code wrong-result}, {@code no-result}, {@code result-only}. Final mode: {@code off-by-one},
 * {@code sign-flip}, {@code digit}, {@code one-step-short}, {@code repeated}.
 */
public final class ChainOracle implements TaskOracle<ChainProblem> {
  private static final String[] SYMBOL = {"+", "-", "\u00D7", "\u00F7"};

  @Override
  public String taskId() {
    return ChainTask.ID;
  }

  @Override
  public Class<ChainProblem> problemType() {
    return ChainProblem.class;
  }

  // ---- the oracle's own model of the chain ----

  private static int code(String op) {
    return switch (op) {
      case "add" -> 0;
      case "subtract" -> 1;
      case "multiply" -> 2;
      case "divide" -> 3;
      default -> throw new IllegalArgumentException("unknown operation " + op);
    };
  }

  /** Running values: [0] is the start, [k] the value after operation k. */
  static BigInteger[] run(ChainProblem p) {
    BigInteger[] v = new BigInteger[p.operations().size() + 1];
    v[0] = BigInteger.valueOf(p.start());
    for (int k = 0; k < p.operations().size(); k++) {
      ChainProblem.Operation o = p.operations().get(k);
      BigInteger d = BigInteger.valueOf(o.operand());
      v[k + 1] = switch (code(o.op())) {
        case 0 -> v[k].add(d);
        case 1 -> v[k].subtract(d);
        case 2 -> v[k].multiply(d);
        default -> {
          if (v[k].mod(d).signum() != 0) {
            throw new IllegalArgumentException("inexact division");
          }
          yield v[k].divide(d);
        }
      };
    }
    return v;
  }

  private static boolean trace(ChainProblem p) {
    return "trace".equals(p.mode());
  }

  @Override
  public boolean accepts(ChainProblem problem, String canonicalAnswer) {
    BigInteger[] v = run(problem);
    BigInteger end = v[v.length - 1];
    if (!trace(problem)) {
      BigInteger given = strictInteger(canonicalAnswer.strip());
      return end.equals(given);
    }
    String[] lines = canonicalAnswer.strip().split("\n", -1);
    int n = problem.operations().size();
    if (lines.length != n + 1 || !lines[n].startsWith("Result: ")) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      String[] t = lines[k].split(" ", -1);
      if (t.length != 5 || !t[3].equals("=")) {
        return false;
      }
      int op = code(problem.operations().get(k).op());
      if (!t[1].equals(SYMBOL[op])) {
        return false;
      }
      BigInteger a = strictInteger(t[0]);
      BigInteger b = strictInteger(t[2]);
      BigInteger c = strictInteger(t[4]);
      BigInteger d = BigInteger.valueOf(problem.operations().get(k).operand());
      boolean ordered = v[k].equals(a) && d.equals(b);
      boolean swapped = (op == 0 || op == 2) && d.equals(a) && v[k].equals(b);
      if (!(ordered || swapped) || !v[k + 1].equals(c)) {
        return false;
      }
    }
    return end.equals(strictInteger(lines[n].substring("Result: ".length())));
  }

  /** {@code -?(0|[1-9][0-9]*)}, else null. */
  static BigInteger strictInteger(String s) {
    int i = s.startsWith("-") ? 1 : 0;
    if (i == s.length() || s.length() > 5_000 || (s.charAt(i) == '0' && s.length() > i + 1)) {
      return null;
    }
    for (int j = i; j < s.length(); j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return null;
      }
    }
    return new BigInteger(s);
  }

  // ---- forms and mutants ----

  @Override
  public List<String> equivalentForms(ChainProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (!trace(problem)) {
      BigInteger v = strictInteger(gold.strip());
      if (v == null) {
        return forms;
      }
      forms.add("  " + v + " \n");
      forms.add(v.signum() < 0 ? "\u2212" + v.negate() : "+" + v);
      forms.add("\\boxed{" + v + "}");
      forms.add("$" + v + "$");
      forms.add("**" + v + "**");
      forms.add(v + ".");
      if (v.abs().compareTo(BigInteger.valueOf(1000)) >= 0) {
        forms.add(thousands(v));
      }
      forms.add("7 + 1 = 8\nResult: " + v); // a shown trace in final mode: the Result: line counts
      return forms;
    }
    String[] lines = gold.strip().split("\n", -1);
    forms.add(gold.replace("\n", "\r\n"));
    forms.add(gold.replace("\u00D7", "*").replace("\u00F7", "/"));
    forms.add(gold.replace("\u00D7", "x").replace("\u00F7", ":"));
    forms.add(gold.replace(" - ", " \u2212 "));
    forms.add(gold.replace(" ", ""));
    StringBuilder numbered = new StringBuilder();
    StringBuilder bulleted = new StringBuilder();
    StringBuilder spaced = new StringBuilder();
    for (int k = 0; k < lines.length; k++) {
      boolean result = k == lines.length - 1;
      numbered.append(result ? "" : "Step " + (k + 1) + ": ").append(lines[k]).append('\n');
      bulleted.append(result ? "" : (k + 1) + ". ").append(lines[k]).append('\n');
      spaced.append("  ").append(lines[k].replace(" = ", "  =  ")).append(result ? "" : ".").append("\n\n");
    }
    forms.add(numbered.toString());
    forms.add(bulleted.toString());
    forms.add(spaced.toString());
    forms.add("```\n" + gold + "\n```");
    forms.add(gold.replace("Result: ", "**Result:** "));
    return forms;
  }

  @Override
  public List<Mutant> mutants(ChainProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    if (!trace(problem)) {
      BigInteger v = strictInteger(gold.strip());
      if (v == null) {
        return out;
      }
      add(out, problem, "off-by-one", v.add(BigInteger.ONE).toString());
      add(out, problem, "off-by-one", v.subtract(BigInteger.ONE).toString());
      add(out, problem, "sign-flip", v.negate().toString());
      add(out, problem, "digit", changeDigit(v, rng).toString());
      BigInteger[] run = run(problem);
      add(out, problem, "one-step-short", run[run.length - 2].toString());
      add(out, problem, "repeated", v + " " + v);
      return out;
    }
    String[] lines = gold.strip().split("\n", -1);
    int n = lines.length - 1;
    if (n < 1) {
      return out;
    }
    BigInteger[] run = run(problem);
    for (int rep = 0; rep < 2; rep++) {
      int k = rng.nextInt(n);
      String[] t = lines[k].split(" ");
      String[] m = lines.clone();
      m[k] = t[2] + " " + t[1] + " " + t[0] + " = " + t[4];
      add(out, problem, "swap-operands", join(m));

      m = lines.clone();
      m[k] = t[0] + " " + t[1] + " " + t[2] + " = " + changeDigit(new BigInteger(t[4]), rng);
      add(out, problem, "wrong-value", join(m));

      m = lines.clone();
      m[k] = t[0] + " " + t[1] + " " + changeDigit(new BigInteger(t[2]), rng) + " = " + t[4];
      add(out, problem, "wrong-operand", join(m));

      add(out, problem, "propagated-error", propagated(problem, run, k, rng));

      m = lines.clone();
      if (n > 1) {
        int j = (k + 1) % n;
        String x = m[k];
        m[k] = m[j];
        m[j] = x;
        add(out, problem, "swap-steps", join(m));
      }
    }
    int k = rng.nextInt(n);
    add(out, problem, "drop-step", join(remove(lines, k)));
    add(out, problem, "drop-last-step", join(remove(lines, n - 1)));
    List<String> dup = new ArrayList<>(List.of(lines));
    dup.add(k, lines[k]);
    add(out, problem, "duplicate-step", String.join("\n", dup));
    String[] m = lines.clone();
    m[n] = "Result: " + run[n].add(BigInteger.ONE);
    add(out, problem, "wrong-result", join(m));
    add(out, problem, "no-result", join(remove(lines, n)));
    add(out, problem, "result-only", lines[n]);
    return out;
  }

  @Override
  public List<String> hostileResponses(ChainProblem problem, String gold) {
    BigInteger[] run = run(problem);
    BigInteger end = run[run.length - 1];
    List<String> out = new ArrayList<>();
    out.add(end.subtract(BigInteger.ONE) + " or " + end + " or " + end.add(BigInteger.ONE));
    if (trace(problem)) {
      out.add("Result: " + end + "\nResult: " + end.add(BigInteger.ONE));
    }
    return out;
  }

  /** Line k computed wrongly, and every later line carried on from the wrong value. */
  private static String propagated(ChainProblem p, BigInteger[] run, int k, Rng rng) {
    StringBuilder sb = new StringBuilder();
    BigInteger v = run[0];
    for (int i = 0; i < p.operations().size(); i++) {
      ChainProblem.Operation o = p.operations().get(i);
      int op = code(o.op());
      BigInteger d = BigInteger.valueOf(o.operand());
      BigInteger next = switch (op) {
        case 0 -> v.add(d);
        case 1 -> v.subtract(d);
        case 2 -> v.multiply(d);
        default -> v.divide(d); // inexact after the slip: truncated, wrong either way
      };
      if (i == k) {
        next = next.add(BigInteger.valueOf(1 + rng.nextInt(9)));
      }
      sb.append(v).append(' ').append(SYMBOL[op]).append(' ').append(d).append(" = ").append(next).append('\n');
      v = next;
    }
    return sb.append("Result: ").append(v).toString();
  }

  private static BigInteger changeDigit(BigInteger v, Rng rng) {
    String digits = v.abs().toString();
    int at = rng.nextInt(digits.length());
    char old = digits.charAt(at);
    char digit = (char) ('0' + (old - '0' + 1 + rng.nextInt(9)) % 10);
    if (at == 0 && digit == '0' && digits.length() > 1) {
      digit = old == '9' ? '1' : (char) (old + 1);
    }
    BigInteger changed = new BigInteger(digits.substring(0, at) + digit + digits.substring(at + 1));
    return v.signum() < 0 ? changed.negate() : changed;
  }

  private static String[] remove(String[] lines, int k) {
    List<String> l = new ArrayList<>(List.of(lines));
    l.remove(k);
    return l.toArray(new String[0]);
  }

  private static String join(String[] lines) {
    return String.join("\n", lines);
  }

  private static String thousands(BigInteger n) {
    String digits = n.abs().toString();
    StringBuilder sb = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    sb.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      sb.append(',').append(digits, i, i + 3);
    }
    return (n.signum() < 0 ? "-" : "") + sb;
  }

  private void add(List<Mutant> out, ChainProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }
}
