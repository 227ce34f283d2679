package io.taskforge.arithmetic.baseconversion;

import io.taskforge.math.Rational;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Text;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Reads an answer as a number written in a given base, leniently as documented: wrappers
 * ({@code $…$}, {@code \boxed{…}}, backticks, bold stars), an optional base marker that must name the
 * base ({@code _16}, {@code _{16}}, subscript digits, {@code (base 16)}, {@code base 16}, or the prefix
 * {@code 0x}/{@code 0b}/{@code 0o} for base 16/2/8), then digits 0-9 and letters in either case, each
 * below the base, with single spaces allowed between digit groups; leading zeros are fine. In base
 * 10, a number with thousands commas is read too. Linear in the text.
 */
final class BaseNumber {
  static final int MAX_CHARS = 5_000;

  private BaseNumber() {}

  /** The value, or null when the text is not a number in {@code base} as documented. */
  static BigInteger read(String text, int base) {
    if (text == null || text.length() > MAX_CHARS) {
      return null;
    }
    int from = 0;
    int to = text.length();
    for (int layer = 0; layer < 8; layer++) {
      from = Text.skipSpaceForward(text, from, to);
      to = Text.skipSpaceBack(text, from, to);
      int before = to - from;
      while (from < to && (text.charAt(from) == '*' || text.charAt(from) == '`')) {
        from++;
      }
      while (to > from && (text.charAt(to - 1) == '*' || text.charAt(to - 1) == '`' || text.charAt(to - 1) == '.')) {
        to--;
      }
      if (to - from >= 2 && text.charAt(from) == '$' && text.charAt(to - 1) == '$') {
        from++;
        to--;
      } else if (text.startsWith("\\boxed{", from) && to - from > 7 && text.charAt(to - 1) == '}') {
        from += 7;
        to--;
      } else if (text.startsWith("\\text{", from) && to - from > 6 && text.charAt(to - 1) == '}') {
        from += 6;
        to--;
      }
      if (to - from == before) {
        break;
      }
    }
    // a base marker at the end
    int marked = marker(text, from, to, base);
    if (marked < 0) {
      return null;
    }
    to = Text.skipSpaceBack(text, from, marked);
    if (to - from >= 2 && text.charAt(from) == '0') {
      char p = Character.toLowerCase(text.charAt(from + 1));
      if ((p == 'x' && base == 16) || (p == 'b' && base == 2) || (p == 'o' && base == 8)) {
        from += 2;
      }
    }
    BigInteger v = digits(text, from, to, base);
    if (v == null && base == 10) {
      Optional<Rational> r = Numbers.parse(text.substring(from, to));
      if (r.isPresent() && r.get().isInteger() && r.get().signum() >= 0) {
        return r.get().numerator();
      }
    }
    return v;
  }

  /**
   * Where the digits end: {@code to} when there is no base marker, the marker's start when there is
   * one naming {@code base}, -1 when there is one naming another base.
   */
  private static int marker(String s, int from, int to, int base) {
    int i = to;
    while (i > from && s.charAt(i - 1) >= '\u2080' && s.charAt(i - 1) <= '\u2089') {
      i--;
    }
    if (i < to) { // subscript digits
      return number(s, i, to, '\u2080') == base ? i : -1;
    }
    if (to > from && s.charAt(to - 1) == ')') { // (base 16)
      int open = s.lastIndexOf('(', to - 1);
      if (open >= from) {
        int a = Text.skipSpaceForward(s, open + 1, to - 1);
        int b = Text.skipSpaceBack(s, a, to - 1);
        if (s.regionMatches(true, a, "base", 0, 4)) {
          return number(s, Text.skipSpaceForward(s, a + 4, b), b, '0') == base ? open : -1;
        }
      }
      return to;
    }
    boolean braced = to > from && s.charAt(to - 1) == '}';
    int e = braced ? to - 1 : to;
    i = e;
    while (i > from && s.charAt(i - 1) >= '0' && s.charAt(i - 1) <= '9') {
      i--;
    }
    if (i == e) {
      return to;
    }
    if (braced) { // _{16}
      return i - 2 >= from && s.charAt(i - 1) == '{' && s.charAt(i - 2) == '_'
          ? (number(s, i, e, '0') == base ? i - 2 : -1)
          : to;
    }
    if (i > from && s.charAt(i - 1) == '_') { // _16
      return number(s, i, e, '0') == base ? i - 1 : -1;
    }
    int k = Text.skipSpaceBack(s, from, i);
    if (k < i && k - 4 >= from && s.regionMatches(true, k - 4, "base", 0, 4)
        && (k - 4 == from || Text.isSpace(s.charAt(k - 5)))) { // base 16
      return number(s, i, e, '0') == base ? k - 4 : -1;
    }
    return to;
  }

  /** The decimal number in s[from, to) written with digits starting at {@code zero}; -1 when too long. */
  private static int number(String s, int from, int to, char zero) {
    if (to - from > 2 || to == from) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = s.charAt(i) - zero;
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** Digits (single spaces between groups allowed) in {@code base}, or null. */
  private static BigInteger digits(String s, int from, int to, int base) {
    if (from >= to) {
      return null;
    }
    StringBuilder sb = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ' ' && i > from && i + 1 < to && s.charAt(i - 1) != ' ' && s.charAt(i + 1) != ' ') {
        continue;
      }
      int d = value(c);
      if (d < 0 || d >= base) {
        return null;
      }
      sb.append(c);
    }
    return new BigInteger(sb.toString(), base);
  }

  /** The value of a digit character 0-9, a-z, A-Z; -1 for anything else. */
  static int value(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'A' && c <= 'Z') {
      return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 10;
    }
    return -1;
  }
}
