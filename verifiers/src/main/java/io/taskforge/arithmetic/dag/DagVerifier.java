package io.taskforge.arithmetic.dag;

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
import java.util.Optional;

/**
 * Scores {@code arithmetic.dag}. The verifier evaluates the graph itself ({@link DagGraph}).
 *
 * <p>Final mode: one number (read by {@link Numbers}) equal to the asked node's value. Trace mode:
 * every line {@code NAME = OPERAND op OPERAND [= number op number] = value} (or {@code NAME = value}
 * restating a given value) is re-checked against the node's definition, the values known so far and
 * exact arithmetic; the first wrong line and the result are scored by {@link TraceScore}.
 */
public final class DagVerifier implements Verifier<DagProblem> {

  @Override
  public String taskId() {
    return DagTask.ID;
  }

  @Override
  public Class<DagProblem> problemType() {
    return DagProblem.class;
  }

  @Override
  public Verdict verify(DagProblem problem, String response) {
    DagGraph g = DagGraph.of(problem);
    if (g == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's graph cannot be read (unknown names, a cycle or a bad value)");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    return "trace".equals(problem.mode()) ? verifyTrace(g, extracted.answer()) : verifyFinal(g, extracted.answer());
  }

  private static Verdict verifyFinal(DagGraph g, String answer) {
    String text = TraceText.finalText(answer);
    Optional<Rational> given = Numbers.parse(text);
    if (given.isEmpty()) {
      return Verdict.invalidFormat("the answer " + Text.snippet(text, 0, text.length()) + " is not a single number");
    }
    if (given.get().equals(g.value[g.target])) {
      return Verdict.correct("the answer is the value of " + g.names[g.target]);
    }
    return Verdict.wrong("the answer " + Text.snippet(text, 0, text.length()) + " is not the value of "
        + g.names[g.target]);
  }

  private static Verdict verifyTrace(DagGraph g, String answer) {
    TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    boolean[] computed = new boolean[g.names.length];
    int firstError = 0;
    String stepError = null;
    for (TraceLine line : parsed.steps()) {
      String error = checkLine(g, line.text(), computed);
      if (error != null) {
        firstError = line.step();
        stepError = error;
        break;
      }
    }
    String resultError = firstError == 0 ? resultError(g, parsed.result(), computed) : null;
    return TraceScore.verdict(parsed.steps().size(), g.neededOperations, firstError, stepError, resultError);
  }

  private static String resultError(DagGraph g, String result, boolean[] computed) {
    if (result == null) {
      return "the answer has no 'Result:' line";
    }
    Optional<Rational> v = Numbers.parse(result);
    if (v.isEmpty()) {
      return "the result " + Text.snippet(result, 0, result.length()) + " is not a number";
    }
    if (!v.get().equals(g.value[g.target])) {
      return "the result " + Text.snippet(result, 0, result.length()) + " is not the value of " + g.names[g.target];
    }
    if (!computed[g.target]) {
      return "no line computes " + g.names[g.target] + ", so the trace does not derive the result";
    }
    return null;
  }

  // ---- one line ----

  private static final int MAX_PARTS = 4;

  /** Why the line is wrong, or null when it is right (then its node is marked computed). */
  static String checkLine(DagGraph g, String s, boolean[] computed) {
    int[] eq = new int[MAX_PARTS];
    int parts = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '=') {
        if (parts == MAX_PARTS - 1) {
          return unreadable(s);
        }
        eq[parts++] = i;
      }
    }
    if (parts == 0) {
      return unreadable(s);
    }
    int nameEnd = Text.skipSpaceBack(s, 0, eq[0]);
    int nameStart = Text.skipSpaceForward(s, 0, nameEnd);
    if (!isName(s, nameStart, nameEnd)) {
      return unreadable(s);
    }
    String name = s.substring(nameStart, nameEnd);
    int node = g.find(name);
    if (node < 0) {
      return "there is no node " + Text.snippet(s, nameStart, nameEnd);
    }
    Rational written = Numbers.parse(s.subSequence(eq[parts - 1] + 1, s.length())).orElse(null);
    if (parts == 1) {
      if (!g.isOperation(node)) {
        if (written == null) {
          return unreadable(s);
        }
        return written.equals(g.value[node]) ? null
            : g.names[node] + " is given as " + g.value[node] + ", not " + written;
      }
      return "the line does not show how " + g.names[node] + " is computed (" + g.definition(node) + ")";
    }
    if (!g.isOperation(node)) {
      return g.names[node] + " is a given value, not an operation";
    }
    Binary names = Binary.read(s, eq[0] + 1, eq[1], true);
    if (names == null) {
      return unreadable(s);
    }
    int x = g.find(s.substring(names.leftStart, names.leftEnd));
    int y = g.find(s.substring(names.rightStart, names.rightEnd));
    boolean matches = names.op == g.op[node]
        && ((x == g.left[node] && y == g.right[node])
            || (names.op != DagGraph.SUB && x == g.right[node] && y == g.left[node]));
    if (!matches) {
      return g.names[node] + " is defined as " + g.definition(node).substring(g.names[node].length() + 3)
          + ", not " + Text.snippet(s, names.leftStart, names.rightEnd);
    }
    for (int operand : new int[] {x, y}) {
      if (g.isOperation(operand) && !computed[operand]) {
        return g.names[operand] + " is used before it is computed";
      }
    }
    if (parts == 3) {
      Binary numbers = Binary.read(s, eq[1] + 1, eq[2], false);
      if (numbers == null || numbers.op != names.op) {
        return unreadable(s);
      }
      if (!numbers.leftValue.equals(g.value[x])) {
        return g.names[x] + " is " + g.value[x] + ", not " + numbers.leftValue;
      }
      if (!numbers.rightValue.equals(g.value[y])) {
        return g.names[y] + " is " + g.value[y] + ", not " + numbers.rightValue;
      }
    }
    if (written == null) {
      return "the value " + Text.snippet(s, eq[parts - 1] + 1, s.length()) + " is not a number";
    }
    if (!written.equals(g.value[node])) {
      return g.definition(node) + " is " + g.value[node] + ", not " + written;
    }
    computed[node] = true;
    return null;
  }

  private static String unreadable(String s) {
    return "the line " + Text.snippet(s, 0, s.length()) + " is not NAME = OPERAND op OPERAND = value";
  }

  private static boolean isName(String s, int from, int to) {
    if (from >= to || !Character.isLetter(s.charAt(from))) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code operand op operand} within {@code s[from, to)}: two names, or two numbers. */
  private static final class Binary {
    int leftStart;
    int leftEnd;
    int rightStart;
    int rightEnd;
    int op;
    Rational leftValue;
    Rational rightValue;

    static Binary read(String s, int from, int to, boolean names) {
      Binary b = new Binary();
      int i = Text.skipSpaceForward(s, from, to);
      int end = Text.skipSpaceBack(s, i, to);
      b.leftStart = i;
      if (names) {
        while (i < end && Character.isLetterOrDigit(s.charAt(i))) {
          i++;
        }
      } else {
        if (i < end && isSign(s.charAt(i))) {
          i = Text.skipSpaceForward(s, i + 1, end);
        }
        while (i < end && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == ',' || s.charAt(i) == '.')) {
          i++;
        }
      }
      b.leftEnd = i;
      if (b.leftEnd == b.leftStart) {
        return null;
      }
      i = Text.skipSpaceForward(s, i, end);
      if (i >= end) {
        return null;
      }
      b.op = operator(s.charAt(i));
      if (b.op < 0) {
        return null;
      }
      i = Text.skipSpaceForward(s, i + 1, end);
      b.rightStart = i;
      b.rightEnd = end;
      if (i >= end) {
        return null;
      }
      if (names) {
        return isName(s, b.leftStart, b.leftEnd) && isName(s, b.rightStart, b.rightEnd) ? b : null;
      }
      b.leftValue = Numbers.parse(s.subSequence(b.leftStart, b.leftEnd)).orElse(null);
      b.rightValue = Numbers.parse(s.subSequence(b.rightStart, b.rightEnd)).orElse(null);
      return b.leftValue == null || b.rightValue == null ? null : b;
    }

    private static boolean isSign(char c) {
      return c == '-' || c == '+' || c == '\u2212';
    }

    static int operator(char c) {
      return switch (c) {
        case '+' -> DagGraph.ADD;
        case '-', '\u2212', '\u2013' -> DagGraph.SUB;
        case '*', '\u00D7', '\u00B7', '\u22C5', '\u2217', 'x', 'X' -> DagGraph.MUL;
        default -> -1;
      };
    }
  }
}
