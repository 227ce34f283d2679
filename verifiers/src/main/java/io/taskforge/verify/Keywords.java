package io.taskforge.verify;

/**
 * Reads a one-word answer from a fixed set ({@code True}/{@code False}, {@code yes}/{@code no},
 * {@code valid}/{@code invalid}), shared by the tasks whose answer is such a word.
 *
 * <p>The word is matched case-insensitively after dropping, in this order: surrounding whitespace;
 * markdown emphasis or code marks around it ({@code *}, {@code _}, {@code `}, any number, both sides
 * independently); one final {@code .} or {@code !}; whitespace again. Nothing else is tolerated: a
 * sentence, a second word or punctuation inside does not match. Linear time, no allocation.
 */
public final class Keywords {
  private Keywords() {}

  /** The index in {@code words} of the word the answer is, or -1. */
  public static int match(String answer, String... words) {
    if (answer == null) {
      return -1;
    }
    int from = 0;
    int to = answer.length();
    from = skipSpace(answer, from, to);
    to = skipSpaceBack(answer, from, to);
    if (to > from && (answer.charAt(to - 1) == '.' || answer.charAt(to - 1) == '!')) {
      to = skipSpaceBack(answer, from, to - 1);
    }
    while (from < to && isMark(answer.charAt(from))) {
      from++;
    }
    while (to > from && isMark(answer.charAt(to - 1))) {
      to--;
    }
    if (to > from && (answer.charAt(to - 1) == '.' || answer.charAt(to - 1) == '!')) {
      to--;
    }
    from = skipSpace(answer, from, to);
    to = skipSpaceBack(answer, from, to);
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (to - from == w.length() && answer.regionMatches(true, from, w, 0, w.length())) {
        return i;
      }
    }
    return -1;
  }

  /** A short, printable quotation of an answer, for reasons. */
  public static String quote(String s) {
    int max = 40;
    StringBuilder sb = new StringBuilder(max + 8).append('\'');
    int end = Math.min(s.length(), max);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      sb.append(c < ' ' || c == 0x7F || Character.isSurrogate(c) ? '?' : c);
    }
    if (end < s.length()) {
      sb.append("...");
    }
    return sb.append('\'').toString();
  }

  private static boolean isMark(char c) {
    return c == '*' || c == '_' || c == '`';
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int skipSpace(String s, int from, int to) {
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int skipSpaceBack(String s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
