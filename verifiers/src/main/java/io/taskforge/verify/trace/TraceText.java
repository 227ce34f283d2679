package io.taskforge.verify.trace;

import io.taskforge.verify.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a trace answer into step lines and its {@code Result:} line, the same way for every
 * arithmetic trace task.
 *
 * <p>The result is the rest of the last line that starts with {@code Result:} (any case, markdown
 * emphasis allowed); the steps are the lines before it, and lines after it are ignored. Per step
 * line: surrounding space is dropped; blank lines and code fences ({@code ```}) are skipped; a
 * bullet ({@code -}, {@code *}, {@code +} or {@code •} followed by a space) is dropped; then
 * numbering is dropped: {@code Step 3:} / {@code step 3.} / {@code Step 3)} / {@code Step 3} (any
 * case), or {@code 3.} / {@code 3)} / {@code 3:} followed by a space. A bare number followed by a
 * space is <em>not</em> numbering ({@code 47 + 85 = 132} is a step). Reading what is left is the
 * task's step grammar.
 *
 * <p>Linear in the answer's length; at most {@code maxSteps} step lines are read.
 */
public final class TraceText {
  /** The default bound on the number of steps read. */
  public static final int MAX_STEPS = 5_000;

  private TraceText() {}

  /** The steps and result of {@code answer}; an error when it has more than {@code maxSteps} steps. */
  public static Parsed parse(String answer, int maxSteps) {
    int resultLine = -1;
    String result = null;
    int length = answer.length();
    // Find the last Result: line first, so the steps are exactly the lines before it.
    int end = length;
    int resultStart = -1;
    while (end >= 0) {
      int start = answer.lastIndexOf('\n', end - 1) + 1;
      String r = resultOf(answer, start, end);
      if (r != null) {
        result = r;
        resultStart = start;
        break;
      }
      if (start == 0) {
        break;
      }
      end = start - 1;
    }
    int stepsEnd = resultStart >= 0 ? resultStart : length;
    List<TraceLine> steps = new ArrayList<>();
    int lineNumber = 0;
    int start = 0;
    while (start < stepsEnd) {
      int e = answer.indexOf('\n', start);
      if (e < 0 || e > stepsEnd) {
        e = stepsEnd;
      }
      lineNumber++;
      String text = stepText(answer, start, e);
      if (text != null) {
        if (steps.size() == maxSteps) {
          return new Parsed(List.of(), null, -1,
              "the trace has more than " + maxSteps + " steps; at most " + maxSteps + " are read");
        }
        steps.add(new TraceLine(lineNumber, steps.size() + 1, text));
      }
      start = e + 1;
    }
    if (resultStart >= 0) {
      resultLine = lineNumber + 1;
    }
    return new Parsed(steps, result == null ? null : result.strip(), resultLine, null);
  }

  /**
   * The result of an answer given in final mode: the rest of its last {@code Result:} line when it
   * has one (a model that shows its work anyway), else the whole answer.
   */
  public static String finalText(String answer) {
    Parsed p = parse(answer, Integer.MAX_VALUE);
    return p.result() != null ? p.result() : answer.strip();
  }

  /**
   * A trace's step lines and result.
   *
   * @param steps the step lines before the result line
   * @param result the text after {@code Result:}, stripped, or null when there is no such line
   * @param resultLine the result line's number in the answer, or -1
   * @param error why nothing could be read, or null
   */
  public record Parsed(List<TraceLine> steps, String result, int resultLine, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private static String resultOf(String s, int from, int to) {
    int i = Text.skipSpaceForward(s, from, to);
    while (i < to && (s.charAt(i) == '*' || s.charAt(i) == '#' || s.charAt(i) == '_')) {
      i++;
    }
    if (!s.regionMatches(true, i, "result", 0, 6)) {
      return null;
    }
    int j = i + 6;
    while (j < to && (s.charAt(j) == '*' || s.charAt(j) == '_')) {
      j++;
    }
    if (j >= to || s.charAt(j) != ':') {
      return null;
    }
    j++;
    while (j < to && (s.charAt(j) == '*' || s.charAt(j) == '_')) {
      j++;
    }
    int e = Text.skipSpaceBack(s, j, to);
    while (e > j && (s.charAt(e - 1) == '*' || s.charAt(e - 1) == '_')) {
      e--;
    }
    return s.substring(j, e);
  }

  private static String stepText(String s, int from, int to) {
    int i = Text.skipSpaceForward(s, from, to);
    int end = Text.skipSpaceBack(s, i, to);
    if (i == end || s.startsWith("```", i)) {
      return null;
    }
    char c = s.charAt(i);
    if ((c == '-' || c == '*' || c == '+' || c == '\u2022') && i + 1 < end && Text.isSpace(s.charAt(i + 1))) {
      i = Text.skipSpaceForward(s, i + 1, end);
    }
    i = skipNumbering(s, i, end);
    return i >= end ? null : s.substring(i, end);
  }

  private static int skipNumbering(String s, int i, int end) {
    int j = i;
    boolean step = j + 4 <= end && s.regionMatches(true, j, "step", 0, 4);
    if (step) {
      j = Text.skipSpaceForward(s, j + 4, end);
    }
    int digits = j;
    while (j < end && j - digits < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    if (j == digits) {
      return i;
    }
    if (j < end && (s.charAt(j) == '.' || s.charAt(j) == ')' || s.charAt(j) == ':')) {
      j++;
    } else if (!step) {
      return i;
    }
    if (j < end && !Text.isSpace(s.charAt(j))) {
      return i; // "3.5 + 1" or "3:4" are not numbering
    }
    return Text.skipSpaceForward(s, j, end);
  }
}
