package io.taskforge.verify;

/** Small, allocation-free helpers for scanning answer text, shared by the verifiers' parsers. */
public final class Text {
  /** How many characters of an answer a reason quotes. */
  public static final int SNIPPET = 40;

  private Text() {}

  /** Spaces, tabs, line breaks, no-break spaces and other Unicode white space. */
  public static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || Character.isWhitespace(c);
    }
    return c >= 0x80 && (c == '\u00A0' || Character.isWhitespace(c));
  }

  /** The first index in {@code [from, to)} that is not space, or {@code to}. */
  public static int skipSpaceForward(String s, int from, int to) {
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  /** One past the last index in {@code [from, to)} that is not space, or {@code from}. */
  public static int skipSpaceBack(String s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * A short, printable quotation of {@code s[from, to)} for a reason: in single quotes, at most
   * {@link #SNIPPET} characters then {@code ...}, control characters and surrogates shown as {@code ?}.
   */
  public static String snippet(String s, int from, int to) {
    StringBuilder sb = new StringBuilder(SNIPPET + 8).append('\'');
    int end = Math.min(to, from + SNIPPET);
    for (int i = from; i < end; i++) {
      char c = s.charAt(i);
      sb.append(c < ' ' || c == 0x7F || Character.isSurrogate(c) ? '?' : c);
    }
    if (end < to) {
      sb.append("...");
    }
    return sb.append('\'').toString();
  }
}
