package io.taskforge.arithmetic.chain;

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
 * Scores {@code arithmetic.chain}. The verifier runs the chain itself from the problem (start value
 * and operations), then, in final mode, compares the one number read by {@link Numbers} with the end
 * value; in trace mode, it reads each step line with {@link ChainStep} and checks that step k applies
 * operation k to the running value (either order for + and ×) with the right value, then that the
 * {@code Result:} line holds the end value. Trace scoring is {@link TraceScore}'s.
 */
public final class ChainVerifier implements Verifier<ChainProblem> {
  private static final char[] OPS = {'+', '-', '*', '/'};

  @Override
  public String taskId() {
    return ChainTask.ID;
  }

  @Override
  public Class<ChainProblem> problemType() {
    return ChainProblem.class;
  }

  @Override
  public Verdict verify(ChainProblem problem, String response) {
    Run run = Run.of(problem);
    if (run == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem is not a chain of exact integer operations");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    if ("trace".equals(problem.mode())) {
      return trace(run, answer);
    }
    String text = TraceText.finalText(answer);
    BigInteger given = integer(text);
    if (given == null) {
      return Verdict.invalidFormat("the answer " + Text.snippet(text, 0, text.length()) + " is not a single integer");
    }
    if (given.equals(run.end())) {
      return Verdict.correct("the answer is the end value of the chain");
    }
    return Verdict.wrong("the answer " + given + " is not the end value of the chain");
  }

  private static BigInteger integer(String text) {
    Optional<Rational> r = Numbers.parse(text);
    return r.isPresent() && r.get().isInteger() ? r.get().numerator() : null;
  }

  private static Verdict trace(Run run, String answer) {
    TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    List<TraceLine> steps = parsed.steps();
    int n = run.ops.length;
    int firstError = 0;
    String stepError = null;
    for (TraceLine line : steps) {
      int i = line.step() - 1;
      stepError = check(run, i, line.text());
      if (stepError != null) {
        firstError = line.step();
        break;
      }
    }
    String resultError = null;
    if (firstError == 0) {
      if (steps.size() < n) {
        resultError = "the trace stops after step " + steps.size() + " of " + n + ", so it does not reach the end value";
      } else if (parsed.result() == null) {
        resultError = "the answer has no 'Result:' line";
      } else {
        BigInteger r = integer(parsed.result());
        if (r == null) {
          resultError = "the result " + Text.snippet(parsed.result(), 0, parsed.result().length()) + " is not an integer";
        } else if (!r.equals(run.end())) {
          resultError = "the result " + r + " is not the value " + run.end() + " the steps end with";
        }
      }
    }
    return TraceScore.verdict(steps.size(), n, firstError, stepError, resultError);
  }

  /** Why step {@code i} (from 0) is wrong, or null when it is right. */
  private static String check(Run run, int i, String text) {
    if (i >= run.ops.length) {
      return "the chain has only " + run.ops.length + " operations";
    }
    ChainStep s = ChainStep.parse(text);
    if (s == null) {
      return Text.snippet(text, 0, text.length()) + " is not of the form 'a op b = c'";
    }
    int op = run.ops[i];
    BigInteger before = run.values[i];
    BigInteger operand = run.operands[i];
    if (s.op() != OPS[op]) {
      return "operation " + (i + 1) + " is '" + run.phrase(i) + "', but the step uses '" + s.op() + "'";
    }
    boolean commutative = op == 0 || op == 2;
    boolean inOrder = s.a().equals(before) && s.b().equals(operand);
    boolean swapped = commutative && s.a().equals(operand) && s.b().equals(before);
    if (!inOrder && !swapped) {
      if (s.a().equals(before)) {
        return "it uses " + s.b() + ", but operation " + (i + 1) + " is '" + run.phrase(i) + "'";
      }
      if (commutative && s.b().equals(before)) {
        return "it uses " + s.a() + ", but operation " + (i + 1) + " is '" + run.phrase(i) + "'";
      }
      return "it starts from " + s.a() + ", but the running value before operation " + (i + 1) + " is " + before;
    }
    BigInteger after = run.values[i + 1];
    if (!s.c().equals(after)) {
      return s.a() + " " + symbol(op) + " " + s.b() + " is " + after + ", not " + s.c();
    }
    return null;
  }

  private static String symbol(int op) {
    return switch (op) {
      case 0 -> "+";
      case 1 -> "-";
      case 2 -> "\u00D7";
      default -> "\u00F7";
    };
  }

  /** The chain as run by the verifier: operation codes, operands, and the values before each step and at the end. */
  private record Run(int[] ops, BigInteger[] operands, BigInteger[] values) {
    static Run of(ChainProblem p) {
      if (p == null || p.operations() == null || p.operations().isEmpty() || p.start() <= 0
          || p.operations().size() > 10_000 || !("final".equals(p.mode()) || "trace".equals(p.mode()))) {
        return null;
      }
      int n = p.operations().size();
      int[] ops = new int[n];
      BigInteger[] operands = new BigInteger[n];
      BigInteger[] values = new BigInteger[n + 1];
      values[0] = BigInteger.valueOf(p.start());
      for (int i = 0; i < n; i++) {
        ChainProblem.Operation o = p.operations().get(i);
        if (o == null || o.op() == null || o.operand() <= 0) {
          return null;
        }
        BigInteger d = BigInteger.valueOf(o.operand());
        BigInteger v = values[i];
        switch (o.op()) {
          case "add" -> {
            ops[i] = 0;
            v = v.add(d);
          }
          case "subtract" -> {
            ops[i] = 1;
            v = v.subtract(d);
          }
          case "multiply" -> {
            ops[i] = 2;
            v = v.multiply(d);
          }
          case "divide" -> {
            ops[i] = 3;
            BigInteger[] qr = v.divideAndRemainder(d);
            if (qr[1].signum() != 0) {
              return null;
            }
            v = qr[0];
          }
          default -> {
            return null;
          }
        }
        operands[i] = d;
        values[i + 1] = v;
      }
      return new Run(ops, operands, values);
    }

    BigInteger end() {
      return values[values.length - 1];
    }

    String phrase(int i) {
      return switch (ops[i]) {
        case 0 -> "add " + operands[i];
        case 1 -> "subtract " + operands[i];
        case 2 -> "multiply by " + operands[i];
        default -> "divide by " + operands[i];
      };
    }
  }
}
