package io.taskforge.arithmetic.linearsystem;

import io.taskforge.math.Rational;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One step line of a linear-system trace, read: a row operation with its resulting row, a swap, or
 * a value of one unknown.
 *
 * <p>Row operation: {@code R<i> <assign> <combination> [<sep>] [<entries> | <constant>]} where
 * {@code <assign>} is {@code =}, {@code :=}, {@code <-}, {@code ←}, {@code ->} or {@code →}; the combination is a sum of
 * terms {@code [sign] [factor] [* × · ⋅] R<k> [/ divisor]} (a factor such as {@code 3/2},
 * {@code (3/2)}, {@code (-3/2)}, {@code 0.5}, read by {@link Numbers}); {@code <sep>} is an optional
 * {@code :}, {@code =}, {@code ->}, {@code =>} or {@code →}; entries are separated by commas, or by
 * white space when there is no comma. Swap: {@code R<i> <-> R<j>} (also {@code ↔}, {@code <=>}).
 * Value: {@code name = ... = value}, the value after the last {@code =}.
 */
final class RowStep {
  /** What kind of line it is. */
  enum Kind { OPERATION, SWAP, VALUE }

  final Kind kind;
  /** The row changed (0-based) for an operation or swap. */
  final int target;
  /** The other row of a swap (0-based). */
  final int other;
  /** The factor of each row in the combination (null entries are zero). */
  final Rational[] factors;
  /** The stated resulting row, coefficients then the constant. */
  final Rational[] row;
  /** The unknown of a value line. */
  final int unknown;
  final Rational value;

  private RowStep(Kind kind, int target, int other, Rational[] factors, Rational[] row, int unknown, Rational value) {
    this.kind = kind;
    this.target = target;
    this.other = other;
    this.factors = factors;
    this.row = row;
    this.unknown = unknown;
    this.value = value;
  }

  /** A read step, or why the line is not one. */
  record Read(RowStep step, String error) {}

  private static Read error(String message) {
    return new Read(null, message);
  }

  static Read read(String line, int n, List<String> names) {
    int end = line.length();
    int i = Text.skipSpaceForward(line, 0, end);
    if (i < end && (line.charAt(i) == 'R' || line.charAt(i) == 'r') && i + 1 < end && isDigit(line.charAt(i + 1))) {
      return rowLine(line, i, n);
    }
    int eq = line.indexOf('=');
    if (eq > 0) {
      int nameEnd = Text.skipSpaceBack(line, i, eq);
      String name = Assignments.normalize(line, i, nameEnd);
      int unknown = names.indexOf(name);
      if (unknown >= 0) {
        int last = line.lastIndexOf('=');
        Optional<Rational> v = Numbers.parse(line.subSequence(last + 1, end));
        if (v.isEmpty()) {
          return error("the value of " + names.get(unknown) + ", " + Text.snippet(line, last + 1, end)
              + ", is not a number");
        }
        return new Read(new RowStep(Kind.VALUE, -1, -1, null, null, unknown, v.get()), null);
      }
    }
    return error("it is neither a row operation like 'R2 = R2 - 3 R1: [...]' nor a value like '"
        + names.get(0) + " = 5'");
  }

  private static Read rowLine(String s, int start, int n) {
    int end = s.length();
    int[] pos = {start + 1};
    int target = index(s, pos, n);
    if (target < 0) {
      return error("it names a row that is not R1 to R" + n);
    }
    int i = Text.skipSpaceForward(s, pos[0], end);
    int swap = arrow(s, i, "<->", "\u2194", "<=>", "\u21D4");
    if (swap > 0) {
      i = Text.skipSpaceForward(s, i + swap, end);
      if (i >= end || (s.charAt(i) != 'R' && s.charAt(i) != 'r')) {
        return error("a swap names two rows, like 'R1 <-> R2'");
      }
      pos[0] = i + 1;
      int other = index(s, pos, n);
      if (other < 0) {
        return error("it names a row that is not R1 to R" + n);
      }
      int rest = Text.skipSpaceForward(s, pos[0], end);
      if (rest < end) {
        return error("a swap is written 'R1 <-> R2' with nothing after it");
      }
      return new Read(new RowStep(Kind.SWAP, target, other, null, null, -1, null), null);
    }
    int assign = arrow(s, i, ":=", "<-", "\u2190", "->", "\u2192", "=");
    if (assign < 0) {
      return error("a row operation is written 'R" + (target + 1) + " = ...', with '=' after the row");
    }
    int open = s.indexOf('[', i);
    if (open < 0) {
      return error("a row operation gives its resulting row in brackets, like [0, 5/2, -1 | 7]");
    }
    int close = s.lastIndexOf(']');
    if (close < open || Text.skipSpaceForward(s, close + 1, end) < end) {
      return error("the resulting row must end with ']' and nothing after it");
    }
    int combEnd = Text.skipSpaceBack(s, i + assign, open);
    while (combEnd > i + assign && ":=>\u2192-".indexOf(s.charAt(combEnd - 1)) >= 0) {
      combEnd = Text.skipSpaceBack(s, i + assign, combEnd - 1);
    }
    Rational[] factors = new Rational[n];
    String err = combination(s, i + assign, combEnd, n, factors);
    if (err != null) {
      return error(err);
    }
    Rational[] row = new Rational[n + 1];
    err = row(s, open + 1, close, n, row);
    if (err != null) {
      return error(err);
    }
    return new Read(new RowStep(Kind.OPERATION, target, -1, factors, row, -1, null), null);
  }

  /** The length of the first of the arrows found at {@code i}, or -1. */
  private static int arrow(String s, int i, String... arrows) {
    for (String a : arrows) {
      if (s.startsWith(a, i)) {
        return a.length();
      }
    }
    return -1;
  }

  /** Reads the digits of a row number at {@code pos[0]}; the 0-based row, or -1 when out of range. */
  private static int index(String s, int[] pos, int n) {
    int i = pos[0];
    int v = 0;
    int start = i;
    while (i < s.length() && isDigit(s.charAt(i)) && i - start < 4) {
      v = v * 10 + (s.charAt(i) - '0');
      i++;
    }
    pos[0] = i;
    return i > start && v >= 1 && v <= n && !(i < s.length() && isDigit(s.charAt(i))) ? v - 1 : -1;
  }

  /** Reads the terms of {@code s[from, to)} into {@code factors}; an error or null. */
  private static String combination(String s, int from, int to, int n, Rational[] factors) {
    int i = Text.skipSpaceForward(s, from, to);
    if (i >= to) {
      return "the row operation has no rows after '='";
    }
    while (i < to) {
      boolean negative = false;
      while (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
        negative ^= s.charAt(i) != '+';
        i = Text.skipSpaceForward(s, i + 1, to);
      }
      int r = i;
      while (r < to && s.charAt(r) != 'R' && s.charAt(r) != 'r') {
        r++;
      }
      if (r >= to) {
        return "a term of the row operation, " + Text.snippet(s, i, to) + ", names no row";
      }
      int factorEnd = Text.skipSpaceBack(s, i, r);
      while (factorEnd > i && "*\u00D7\u00B7\u22C5".indexOf(s.charAt(factorEnd - 1)) >= 0) {
        factorEnd = Text.skipSpaceBack(s, i, factorEnd - 1);
      }
      Rational factor = Rational.ONE;
      if (factorEnd > i) {
        Optional<Rational> f = Numbers.parse(s.subSequence(i, factorEnd));
        if (f.isEmpty()) {
          return "the factor " + Text.snippet(s, i, factorEnd) + " is not a number";
        }
        factor = f.get();
      }
      int[] pos = {r + 1};
      int row = index(s, pos, n);
      if (row < 0) {
        return "it names a row that is not R1 to R" + n;
      }
      i = Text.skipSpaceForward(s, pos[0], to);
      if (i < to && s.charAt(i) == '/') {
        int d = Text.skipSpaceForward(s, i + 1, to);
        int e = d;
        while (e < to && (isDigit(s.charAt(e)) || s.charAt(e) == '.' || s.charAt(e) == '/'
            || s.charAt(e) == '(' || s.charAt(e) == ')')) {
          e++;
        }
        Optional<Rational> div = Numbers.parse(s.subSequence(d, e));
        if (div.isEmpty() || div.get().signum() == 0) {
          return "the divisor " + Text.snippet(s, d, e) + " is not a nonzero number";
        }
        factor = factor.divide(div.get());
        i = Text.skipSpaceForward(s, e, to);
      }
      if (negative) {
        factor = factor.negate();
      }
      factors[row] = factors[row] == null ? factor : factors[row].add(factor);
      if (i < to && s.charAt(i) != '+' && s.charAt(i) != '-' && s.charAt(i) != '\u2212') {
        return "the row operation has " + Text.snippet(s, i, to) + " where '+' or '-' is expected";
      }
    }
    return null;
  }

  /** Reads {@code entries | constant} from {@code s[from, to)} into {@code row}; an error or null. */
  private static String row(String s, int from, int to, int n, Rational[] row) {
    int bar = s.indexOf('|', from);
    if (bar < 0 || bar >= to || s.indexOf('|', bar + 1) >= 0 && s.indexOf('|', bar + 1) < to) {
      return "the resulting row must have one '|' before the constant";
    }
    List<int[]> cells = new ArrayList<>(n);
    boolean commas = false;
    for (int i = from; i < bar; i++) {
      if (s.charAt(i) == ',' || s.charAt(i) == ';') {
        commas = true;
        break;
      }
    }
    int i = Text.skipSpaceForward(s, from, bar);
    while (i < bar) {
      int e = i;
      if (commas) {
        while (e < bar && s.charAt(e) != ',' && s.charAt(e) != ';') {
          e++;
        }
      } else {
        while (e < bar && !Text.isSpace(s.charAt(e))) {
          e++;
        }
      }
      cells.add(new int[] {i, e});
      if (cells.size() > n) {
        return "the resulting row has more than " + n + " coefficients";
      }
      i = commas ? Text.skipSpaceForward(s, Math.min(e + 1, bar), bar) : Text.skipSpaceForward(s, e, bar);
      if (commas && e < bar && i >= bar) {
        return "the resulting row has an empty coefficient";
      }
    }
    if (cells.size() != n) {
      return "the resulting row has " + cells.size() + " coefficients, not " + n;
    }
    for (int j = 0; j < n; j++) {
      row[j] = number(s, cells.get(j)[0], cells.get(j)[1]);
      if (row[j] == null) {
        return "the entry " + Text.snippet(s, cells.get(j)[0], cells.get(j)[1])
            + " of the resulting row is not a number";
      }
    }
    row[n] = number(s, bar + 1, to);
    if (row[n] == null) {
      return "the constant " + Text.snippet(s, bar + 1, to) + " of the resulting row is not a number";
    }
    return null;
  }

  /**
   * A number in {@code s[from, to)}: plain {@code -p} or {@code -p/q} of up to 18 digits each are read
   * directly (the common case, without allocation), anything else by {@link Numbers}; null when it is
   * not a number.
   */
  static Rational number(String s, int from, int to) {
    int i = Text.skipSpaceForward(s, from, to);
    int end = Text.skipSpaceBack(s, i, to);
    boolean negative = i < end && s.charAt(i) == '-';
    int j = negative ? i + 1 : i;
    long num = 0;
    int start = j;
    while (j < end && isDigit(s.charAt(j)) && j - start < 18) {
      num = num * 10 + (s.charAt(j++) - '0');
    }
    if (j > start && j == end) {
      return Rational.of(negative ? -num : num);
    }
    if (j > start && j < end && s.charAt(j) == '/') {
      int dstart = ++j;
      long den = 0;
      while (j < end && isDigit(s.charAt(j)) && j - dstart < 18) {
        den = den * 10 + (s.charAt(j++) - '0');
      }
      if (j > dstart && j == end && den != 0) {
        return Rational.of(negative ? -num : num, den);
      }
    }
    return Numbers.parse(s.subSequence(from, to)).orElse(null);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
