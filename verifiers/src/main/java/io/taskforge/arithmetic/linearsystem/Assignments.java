package io.taskforge.arithmetic.linearsystem;

import io.taskforge.math.Rational;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Text;
import java.util.List;
import java.util.Optional;

/**
 * Reads assignments {@code name = value} to the unknowns of a system, e.g.
 * {@code x = 1, y = -2/3; z = 5}.
 *
 * <p>Each {@code =} must have an unknown's name right before it (letters and digits starting with a
 * letter; case, {@code _}, braces and subscript digits are ignored, so {@code X_{1}} is {@code x1});
 * its value is the text up to the next name, without trailing separators (white space, {@code ,},
 * {@code ;}, {@code $}, and a final word {@code and}), read by {@link Numbers}. Nothing but white
 * space or {@code $} may come before the first name. Linear in the text.
 */
final class Assignments {
  static final int MAX_CHARS = 20_000;

  private Assignments() {}

  /**
   * The values read, by unknown (null where none was given), or an error.
   *
   * @param values one slot per unknown; null entries were not given
   * @param error why the text is not assignments, or null
   */
  record Read(Rational[] values, String error) {
    boolean ok() {
      return error == null;
    }
  }

  /** The canonical form of a name: lower case, without {@code _ { }}, subscript digits made plain. */
  static String normalize(CharSequence s, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '\u2080' && c <= '\u2089') {
        sb.append((char) ('0' + (c - '\u2080')));
      } else if (c != '_' && c != '{' && c != '}') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  static int indexOf(List<String> normalizedNames, String name) {
    return normalizedNames.indexOf(name);
  }

  private static boolean nameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '{'
        || c == '}' || (c >= '\u2080' && c <= '\u2089');
  }

  private static boolean letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static Read read(String text, List<String> normalizedNames) {
    int n = normalizedNames.size();
    Rational[] values = new Rational[n];
    if (text.length() > MAX_CHARS) {
      return new Read(values, "it is longer than " + MAX_CHARS + " characters");
    }
    // the first '=' and the name before it
    int eq = text.indexOf('=');
    if (eq < 0) {
      return new Read(values, "it has no assignment like " + normalizedNames.get(0) + " = 1");
    }
    int nameStart = nameStart(text, eq);
    if (nameStart < 0) {
      return new Read(values, "an '=' has no unknown's name right before it");
    }
    for (int i = 0; i < nameStart; i++) {
      char c = text.charAt(i);
      if (!Text.isSpace(c) && c != '$') {
        return new Read(values, "it has " + Text.snippet(text, 0, nameStart) + " before the first assignment");
      }
    }
    while (eq >= 0) {
      int nameEnd = Text.skipSpaceBack(text, nameStart, eq);
      String name = normalize(text, nameStart, nameEnd);
      int index = indexOf(normalizedNames, name);
      if (index < 0) {
        return new Read(values, Text.snippet(text, nameStart, nameEnd) + " is not an unknown of the system ("
            + String.join(", ", normalizedNames) + ")");
      }
      int next = text.indexOf('=', eq + 1);
      int nextName = next < 0 ? text.length() : nameStart(text, next);
      if (next >= 0 && nextName < 0) {
        return new Read(values, "an '=' has no unknown's name right before it");
      }
      int valueEnd = trimSeparators(text, eq + 1, nextName);
      int valueStart = Text.skipSpaceForward(text, eq + 1, valueEnd);
      Optional<Rational> v = Numbers.parse(text.subSequence(valueStart, valueEnd));
      if (v.isEmpty()) {
        return new Read(values, "the value of " + normalizedNames.get(index) + ", "
            + Text.snippet(text, valueStart, valueEnd) + ", is not a number");
      }
      if (values[index] != null && !values[index].equals(v.get())) {
        return new Read(values, normalizedNames.get(index) + " is given two different values");
      }
      values[index] = v.get();
      eq = next;
      nameStart = nextName;
    }
    return new Read(values, null);
  }

  /** The start of the name right before the '=' at {@code eq}, or -1. */
  private static int nameStart(String s, int eq) {
    int end = Text.skipSpaceBack(s, 0, eq);
    int start = end;
    while (start > 0 && nameChar(s.charAt(start - 1))) {
      start--;
    }
    while (start < end && !letter(s.charAt(start))) {
      if (s.charAt(start) >= '0' && s.charAt(start) <= '9') {
        return -1; // a name starts with a letter
      }
      start++; // a stray brace or underscore
    }
    return start < end ? start : -1;
  }

  /** The end of {@code s[from, to)} without trailing white space, {@code , ; $} and a final "and". */
  private static int trimSeparators(String s, int from, int to) {
    int end = to;
    while (true) {
      end = Text.skipSpaceBack(s, from, end);
      if (end > from && (s.charAt(end - 1) == ',' || s.charAt(end - 1) == ';' || s.charAt(end - 1) == '$')) {
        end--;
      } else if (end - 3 > from && s.regionMatches(true, end - 3, "and", 0, 3) && Text.isSpace(s.charAt(end - 4))) {
        end -= 3;
      } else {
        return end;
      }
    }
  }
}
