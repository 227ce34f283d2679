package io.taskforge.planning.routing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One route line of an answer: {@code [bullet] [Vehicle N:|Route N:] stop SEP stop SEP ... [.]},
 * where a stop is a site name (letters and digits, any case), SEP any run of spaces, {@code -},
 * {@code >}, {@code →}, en and em dashes and commas, and the marks {@code * _ `} are ignored. The
 * depot may stand only first or last (and is dropped: a route always starts and ends there). A
 * single left-to-right scan; no regular expressions.
 *
 * @param label the vehicle number, or 0 when the line has no label
 * @param stops the customers' site indices in order
 * @param error why the line is not a route, or null
 */
record RouteLine(int label, int[] stops, String error) {
  private static final int[] NONE = new int[0];

  static RouteLine error(String why) {
    return new RouteLine(0, NONE, why);
  }

  /** Reads {@code s[from, to)}; {@code index} maps lower-cased site names to indices (0 the depot). */
  static RouteLine read(String s, int from, int to, Map<String, Integer> index) {
    int end = to;
    while (end > from && (Character.isWhitespace(s.charAt(end - 1)) || isMark(s.charAt(end - 1)))) {
      end--;
    }
    if (end > from && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ';')) {
      end--;
    }
    int i = skipSeparators(s, from, end);
    int label = 0;
    int wordEnd = alnumEnd(s, i, end);
    String word = s.substring(i, wordEnd).toLowerCase(Locale.ROOT);
    if ((word.equals("vehicle") || word.equals("route")) && !index.containsKey(word)) {
      int j = skipSpaces(s, wordEnd, end);
      int digitsEnd = j;
      while (digitsEnd < end && digitsEnd - j < 3 && s.charAt(digitsEnd) >= '0' && s.charAt(digitsEnd) <= '9') {
        digitsEnd++;
      }
      int k = skipSpaces(s, digitsEnd, end);
      if (digitsEnd == j || k >= end || s.charAt(k) != ':') {
        return error("expected a vehicle number and a colon after \"" + word + "\"");
      }
      label = Integer.parseInt(s.substring(j, digitsEnd));
      if (label == 0) {
        return error("vehicles are numbered from 1");
      }
      i = k + 1;
    }
    int[] stops = new int[8];
    int count = 0;
    int tokens = 0;
    int depotAt = -1;
    i = skipSeparators(s, i, end);
    while (i < end) {
      int e = alnumEnd(s, i, end);
      if (e == i) {
        char c = s.charAt(i);
        return error("unexpected character '" + (c < ' ' || Character.isSurrogate(c) ? '?' : c) + "' between stops");
      }
      String name = s.substring(i, e).toLowerCase(Locale.ROOT);
      Integer site = index.get(name);
      if (site == null) {
        return error("there is no site \"" + (name.length() > 20 ? name.substring(0, 20) + "..." : name) + "\"");
      }
      if (site == 0) {
        if (depotAt >= 0 && depotAt != 0) {
          return error("the depot appears in the middle of the route");
        }
        depotAt = tokens;
      } else {
        if (depotAt > 0) {
          return error("the depot appears in the middle of the route");
        }
        if (count == stops.length) {
          stops = Arrays.copyOf(stops, count * 2);
        }
        stops[count++] = site;
      }
      tokens++;
      if (tokens > 10_000) {
        return error("the route is too long");
      }
      int next = skipSeparators(s, e, end);
      if (next == e && next < end) {
        char c = s.charAt(next);
        return error("unexpected character '" + (c < ' ' || Character.isSurrogate(c) ? '?' : c) + "' after a stop");
      }
      i = next;
    }
    if (tokens == 0 && label == 0) {
      return error("the line names no site");
    }
    return new RouteLine(label, Arrays.copyOf(stops, count), null);
  }

  private static int alnumEnd(String s, int i, int end) {
    while (i < end && RoutingVerifier.isAlnum(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isMark(char c) {
    return c == '*' || c == '_' || c == '`';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '-' || c == '>' || c == '\u2192'
        || c == '\u2013' || c == '\u2014' || c == ',' || c == '\u2022' || isMark(c);
  }

  private static int skipSeparators(String s, int i, int end) {
    while (i < end && isSeparator(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int skipSpaces(String s, int i, int end) {
    while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || isMark(s.charAt(i)))) {
      i++;
    }
    return i;
  }
}
