package io.taskforge.arithmetic.longdivision;

import io.taskforge.arithmetic.digits.WholeNumber;
import java.math.BigInteger;

/**
 * Reads a division answer: {@code Q R r} and the variants {@link LongDivisionTask#answerFormat()}
 * documents ({@code r}, {@code rem} or {@code remainder} for R; {@code quotient}/{@code q} labels;
 * the fillers {@code is}, {@code and}, {@code with}, {@code a}, {@code of}; {@code :} or {@code =}
 * after a label; either order when both numbers are labelled), or a quotient alone. Hand-written and
 * linear: the text is cut at its (at most one) quotient and remainder labels, and each piece, with
 * fillers and separators trimmed, must be one whole number written without a fraction bar (a
 * fraction such as {@code 7404/6} restates the division instead of doing it).
 */
final class QuotientRemainder {
  static final int MAX_CHARS = 10_000;

  /**
   * What was read.
   *
   * @param quotient the quotient
   * @param remainder the remainder, or null when none was written
   */
  record Read(BigInteger quotient, BigInteger remainder) {}

  private QuotientRemainder() {}

  /** The quotient and remainder written in {@code text}, or null when it is not read as documented. */
  static Read read(String text) {
    if (text == null || text.length() > MAX_CHARS) {
      return null;
    }
    text = unwrap(text);
    int qStart = -1;
    int qEnd = -1;
    int rStart = -1;
    int rEnd = -1;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (!isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && isLetter(text.charAt(j))) {
        j++;
      }
      String w = text.substring(i, j);
      if (w.equalsIgnoreCase("quotient") || w.equalsIgnoreCase("q")) {
        if (qStart >= 0) {
          return null;
        }
        qStart = i;
        qEnd = j;
      } else if (w.equalsIgnoreCase("remainder") || w.equalsIgnoreCase("rem") || w.equalsIgnoreCase("r")) {
        if (rStart >= 0) {
          return null;
        }
        rStart = i;
        rEnd = j;
      } else if (!isFiller(w)) {
        return null;
      }
      i = j;
    }
    String quotientText;
    String remainderText = null;
    if (qStart < 0) {
      quotientText = rStart < 0 ? text : text.substring(0, rStart);
      if (rStart >= 0) {
        remainderText = text.substring(rEnd);
      }
    } else {
      if (!blank(text, 0, Math.min(qStart, rStart < 0 ? qStart : rStart))) {
        return null; // a labelled answer starts with a label
      }
      if (rStart < 0) {
        quotientText = text.substring(qEnd);
      } else if (qStart < rStart) {
        quotientText = text.substring(qEnd, rStart);
        remainderText = text.substring(rEnd);
      } else {
        remainderText = text.substring(rEnd, qStart);
        quotientText = text.substring(qEnd);
      }
    }
    BigInteger q = number(quotientText);
    if (q == null) {
      return null;
    }
    if (remainderText == null) {
      return new Read(q, null);
    }
    BigInteger r = number(remainderText);
    return r == null ? null : new Read(q, r);
  }

  /** Drops wrappers around the whole answer, a few layers deep: {@code \boxed{…}}, {@code $}, {@code **}, backticks. */
  private static String unwrap(String text) {
    String t = text.strip();
    for (int layer = 0; layer < 8; layer++) {
      int n = t.length();
      if (n >= 8 && t.startsWith("\\boxed{") && t.charAt(n - 1) == '}') {
        t = t.substring(7, n - 1).strip();
      } else if (n >= 2 && t.charAt(0) == '$' && t.charAt(n - 1) == '$') {
        t = t.substring(1, n - 1).strip();
      } else if (n >= 4 && t.startsWith("**") && t.endsWith("**")) {
        t = t.substring(2, n - 2).strip();
      } else if (n >= 2 && t.charAt(0) == '`' && t.charAt(n - 1) == '`') {
        t = t.substring(1, n - 1).strip();
      } else {
        break;
      }
    }
    return t;
  }

  /** The whole number in a piece, after leading and trailing fillers, colons, equals signs and commas go. */
  private static BigInteger number(String piece) {
    int from = 0;
    int to = piece.length();
    boolean changed = true;
    while (changed) {
      changed = false;
      while (from < to && isTrim(piece.charAt(from))) {
        from++;
        changed = true;
      }
      while (to > from && isTrim(piece.charAt(to - 1))) {
        to--;
        changed = true;
      }
      int w = from;
      while (w < to && isLetter(piece.charAt(w))) {
        w++;
      }
      if (w > from && w < to && !isLetter(piece.charAt(w))) {
        from = w;
        changed = true;
      }
      int v = to;
      while (v > from && isLetter(piece.charAt(v - 1))) {
        v--;
      }
      if (v < to && v > from) {
        to = v;
        changed = true;
      }
    }
    if (from >= to) {
      return null;
    }
    for (int i = from; i < to; i++) {
      char c = piece.charAt(i);
      if (c == '/' || c == '\u00F7' || c == '\u2044' || c == '\u2215' || c == '\\') {
        return null; // a fraction restates the division instead of doing it
      }
    }
    BigInteger value = WholeNumber.parse(piece.substring(from, to));
    return value != null && value.signum() >= 0 ? value : null;
  }

  private static boolean isTrim(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == ':' || c == '=' || c == ','
        || c == ';';
  }

  private static boolean isFiller(String w) {
    return w.equalsIgnoreCase("is") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("with") || w.equalsIgnoreCase("a")
        || w.equalsIgnoreCase("of");
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean blank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isTrim(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
