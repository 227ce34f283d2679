package io.taskforge.datasets.check;

/** Text quoted in a report: one line, control characters made visible, long text shortened. */
final class Shown {
  private Shown() {}

  /** {@code "abc"}, escaped, cut to about {@code max} characters with the full length noted. */
  static String text(String s, int max) {
    StringBuilder sb = new StringBuilder(Math.min(s.length(), max) + 40).append('"');
    int n = Math.min(s.length(), max);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !validPair(s, i)) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
    if (s.length() > max) {
      sb.append("... (").append(String.format(java.util.Locale.ROOT, "%,d", s.length())).append(" chars)");
    }
    return sb.toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
