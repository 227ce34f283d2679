package io.taskforge.arithmetic.digits;

import io.taskforge.verify.Text;
import java.math.BigInteger;

/**
 * A cursor over one trace step line of the long-arithmetic tasks: keywords, symbols and whole
 * numbers, with free spacing. Hand-written (no regular expressions), allocation-light and linear in
 * the line.
 *
 * <p>Numbers are unsigned runs of digits; a comma counts as a thousands separator when the first
 * group has one to three digits and every later group exactly three ({@code 2,839,200}); any other
 * comma ends the number ({@code 12, write 2}).
 */
public final class StepScanner {
  /** {@link #small} result when there is no number at the cursor. */
  public static final long NONE = -1;
  /** {@link #small} result for a number with more than 18 digits. */
  public static final long TOO_LONG = -2;

  private final String s;
  private final int end;
  private int pos;

  public StepScanner(String line) {
    this.s = line;
    this.end = line.length();
  }

  /** The line read. */
  public String line() {
    return s;
  }

  public void skipSpaces() {
    pos = Text.skipSpaceForward(s, pos, end);
  }

  /** Whether only spaces (and a final full stop) are left. */
  public boolean atEnd() {
    skipSpaces();
    if (pos < end && s.charAt(pos) == '.') {
      int p = Text.skipSpaceForward(s, pos + 1, end);
      if (p == end) {
        pos = p;
      }
    }
    return pos == end;
  }

  /**
   * Whether the line ends here, allowing one note in parentheses before the end ({@code = 236600
   * (tens digit)}): a remark a reader skips, never read as part of the step.
   */
  public boolean endsHere() {
    note();
    return atEnd();
  }

  /**
   * Consumes {@code word} (ASCII, any case) after spaces when it is not followed by another letter;
   * true when it did.
   */
  public boolean word(String word) {
    skipSpaces();
    int n = word.length();
    if (pos + n > end || !s.regionMatches(true, pos, word, 0, n)) {
      return false;
    }
    if (pos + n < end && Character.isLetter(s.charAt(pos + n))) {
      return false;
    }
    pos += n;
    return true;
  }

  /** Consumes one character of {@code options} after spaces; true when it did. */
  public boolean symbol(String options) {
    skipSpaces();
    if (pos < end && options.indexOf(s.charAt(pos)) >= 0) {
      pos++;
      return true;
    }
    return false;
  }

  /** The symbols read as multiplication: {@code × * x X · ⋅}. */
  public boolean times() {
    return symbol("\u00D7*xX\u00B7\u22C5");
  }

  /** The symbols read as division: {@code ÷ /}. */
  public boolean divided() {
    return symbol("\u00F7/");
  }

  /** The symbols read as subtraction: {@code -} and the Unicode minus and dashes. */
  public boolean minus() {
    return symbol("-\u2212\u2013");
  }

  /** Consumes a parenthesized note such as {@code (ones)} after spaces, if one follows; true when it did. */
  public boolean note() {
    skipSpaces();
    if (pos >= end || s.charAt(pos) != '(') {
      return false;
    }
    int close = s.indexOf(')', pos);
    if (close < 0) {
      return false;
    }
    pos = close + 1;
    return true;
  }

  /** A number of at most 18 digits after spaces, {@link #NONE} or {@link #TOO_LONG}. */
  public long small() {
    skipSpaces();
    int start = pos;
    int digits = scanNumber();
    if (digits == 0) {
      return NONE;
    }
    if (digits > 18) {
      return TOO_LONG;
    }
    long v = 0;
    for (int i = start; i < pos; i++) {
      char c = s.charAt(i);
      if (c != ',') {
        v = v * 10 + (c - '0');
      }
    }
    return v;
  }

  /**
   * A number after spaces, or null when there is none or it has more than {@code maxDigits} digits
   * (the check is made before any conversion, which bounds the work).
   */
  public BigInteger number(int maxDigits) {
    skipSpaces();
    int start = pos;
    int digits = scanNumber();
    if (digits == 0 || digits > maxDigits) {
      return null;
    }
    if (digits <= 18) {
      long v = 0;
      for (int i = start; i < pos; i++) {
        char c = s.charAt(i);
        if (c != ',') {
          v = v * 10 + (c - '0');
        }
      }
      return BigInteger.valueOf(v);
    }
    StringBuilder sb = new StringBuilder(digits);
    for (int i = start; i < pos; i++) {
      char c = s.charAt(i);
      if (c != ',') {
        sb.append(c);
      }
    }
    return new BigInteger(sb.toString());
  }

  /** Advances over a number at the cursor; returns its digit count (0: none, cursor unmoved). */
  private int scanNumber() {
    int i = pos;
    int digits = 0;
    int group = 0;
    boolean grouped = false;
    while (i < end) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        group++;
        i++;
      } else if (c == ',' && group >= 1 && group <= 3 && (!grouped || group == 3) && threeDigitsAt(i + 1)) {
        grouped = true;
        group = 0;
        i++;
      } else {
        break;
      }
    }
    pos = i;
    return digits;
  }

  /** Exactly three digits start at {@code i} and no digit follows them. */
  private boolean threeDigitsAt(int i) {
    if (i + 3 > end) {
      return false;
    }
    for (int j = i; j < i + 3; j++) {
      if (s.charAt(j) < '0' || s.charAt(j) > '9') {
        return false;
      }
    }
    return i + 3 == end || s.charAt(i + 3) < '0' || s.charAt(i + 3) > '9';
  }
}
