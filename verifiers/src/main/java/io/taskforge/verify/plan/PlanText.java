package io.taskforge.verify.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Splits a plan answer into action lines, the same way for every planning task.
 *
 * <p>Per line, in this order: surrounding whitespace is dropped; a blank line or a markdown code
 * fence ({@code ```}, optionally followed by a language name) is skipped; leading bullets and
 * emphasis ({@code - * + _ • >}) are dropped; then numbering: {@code Step 3}, {@code step 3:} (any
 * case), {@code 3.}, {@code 3)}, {@code 3:} or a bare {@code 3} followed by a space (each followed
 * by optional {@code . : ) -} and emphasis); trailing {@code . ; ,} and emphasis are dropped. The
 * rest is split into lower-cased words at whitespace, parentheses, commas and backticks, so {@code
 * (pick-up a)}, {@code pick-up(A)} and {@code stack(A, B)} read like {@code pick-up a} and {@code
 * stack a b}. A line with no words left (a rule like {@code ---}, a bare {@code 3.}) is skipped.
 * Interpreting the words is the domain's job.
 *
 * <p>Linear in the answer's length; at most {@code maxSteps} action lines are read.
 */
public final class PlanText {
  /** The default bound on plan length. */
  public static final int MAX_STEPS = 10_000;

  private PlanText() {}

  /** The action lines of {@code answer}, or an error when it has more than {@code maxSteps}. */
  public static Parsed parse(String answer, int maxSteps) {
    List<PlanLine> lines = new ArrayList<>();
    int length = answer.length();
    int lineNumber = 0;
    int start = 0;
    while (start <= length) {
      int end = answer.indexOf('\n', start);
      if (end < 0) {
        end = length;
      }
      lineNumber++;
      PlanLine line = line(answer, start, end, lineNumber, lines.size() + 1);
      if (line != null) {
        if (lines.size() == maxSteps) {
          return new Parsed(List.of(), "the plan has more than " + maxSteps + " actions; at most "
              + maxSteps + " are read");
        }
        lines.add(line);
      }
      start = end + 1;
    }
    return new Parsed(lines, null);
  }

  /** The action lines, or the reason there are none to read. */
  public record Parsed(List<PlanLine> lines, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private static PlanLine line(String s, int from, int to, int lineNumber, int step) {
    int i = from;
    int end = to;
    while (i < end && isSpace(s.charAt(i))) {
      i++;
    }
    while (end > i && isSpace(s.charAt(end - 1))) {
      end--;
    }
    if (i == end || s.startsWith("```", i)) {
      return null;
    }
    i = skipDecoration(s, i, end);
    i = skipNumbering(s, i, end);
    while (end > i && isTrailing(s.charAt(end - 1))) {
      end--;
    }
    String[] words = new String[4];
    int count = 0;
    int w = -1;
    for (int k = i; k <= end; k++) {
      boolean separator = k == end || isSeparator(s.charAt(k));
      if (separator) {
        if (w >= 0) {
          if (count == words.length) {
            words = Arrays.copyOf(words, count * 2);
          }
          words[count++] = lowerWord(s, w, k);
          w = -1;
        }
      } else if (w < 0) {
        w = k;
      }
    }
    if (count == 0) {
      return null; // only decoration, e.g. "---" or a bare "3."
    }
    List<String> list = switch (count) {
      case 1 -> List.of(words[0]);
      case 2 -> List.of(words[0], words[1]);
      case 3 -> List.of(words[0], words[1], words[2]);
      default -> List.of(Arrays.copyOf(words, count));
    };
    return new PlanLine(lineNumber, step, s.substring(i, end), list);
  }

  private static final String[] LETTERS = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      LETTERS[c] = String.valueOf(Character.toLowerCase(c));
    }
  }

  /** s[from, to) lower-cased (Locale.ROOT); one-character words are shared. */
  private static String lowerWord(String s, int from, int to) {
    if (to - from == 1 && s.charAt(from) < 128) {
      return LETTERS[s.charAt(from)];
    }
    boolean lower = true;
    for (int k = from; k < to && lower; k++) {
      char c = s.charAt(k);
      lower = c < 128 && (c < 'A' || c > 'Z');
    }
    String word = s.substring(from, to);
    return lower ? word : word.toLowerCase(Locale.ROOT);
  }

  private static int skipDecoration(String s, int i, int end) {
    while (i < end) {
      char c = s.charAt(i);
      if (c == '-' || c == '*' || c == '+' || c == '\u2022' || c == '>' || c == '_' || isSpace(c)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Skips "Step 3:", "3.", "3)", "3:" or "3 " (with following decoration); else returns i. */
  private static int skipNumbering(String s, int i, int end) {
    if (i >= end) {
      return i;
    }
    int j = i;
    boolean step = j + 4 <= end && (s.charAt(j) | 0x20) == 's' && (s.charAt(j + 1) | 0x20) == 't'
        && (s.charAt(j + 2) | 0x20) == 'e' && (s.charAt(j + 3) | 0x20) == 'p';
    if (step) {
      j += 4;
      while (j < end && isSpace(s.charAt(j))) {
        j++;
      }
    }
    int digits = j;
    while (j < end && j - digits < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    if (j == digits) {
      return i;
    }
    if (j < end) {
      char c = s.charAt(j);
      if (c == '.' || c == ')' || c == ':' || c == '-') {
        j++;
      } else if (!isSpace(c) && !step) {
        return i; // "3d" is not numbering
      }
    }
    return skipDecoration(s, j, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0';
  }

  private static boolean isTrailing(char c) {
    return c == '.' || c == ';' || c == ',' || c == '*' || c == '_' || isSpace(c);
  }

  private static boolean isSeparator(char c) {
    return isSpace(c) || c == '(' || c == ')' || c == ',' || c == '`';
  }

  /**
   * A line quoted for a one-sentence message: at most 60 characters, control characters and lone
   * surrogates shown as '?'.
   */
  public static String quote(String text) {
    int limit = Math.min(text.length(), 60);
    StringBuilder sb = new StringBuilder(limit + 4).append('"');
    for (int k = 0; k < limit; k++) {
      char c = text.charAt(k);
      boolean lone = Character.isHighSurrogate(c)
          ? k + 1 >= limit || !Character.isLowSurrogate(text.charAt(k + 1))
          : Character.isLowSurrogate(c) && (k == 0 || !Character.isHighSurrogate(text.charAt(k - 1)));
      sb.append(Character.isISOControl(c) || lone ? '?' : c);
    }
    if (text.length() > limit) {
      sb.append("...");
    }
    return sb.append('"').toString();
  }
}
