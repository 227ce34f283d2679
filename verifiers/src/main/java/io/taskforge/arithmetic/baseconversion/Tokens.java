package io.taskforge.arithmetic.baseconversion;

import io.taskforge.verify.Text;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * The tokens of one trace line of {@code arithmetic.base-conversion}: decimal numbers (with optional
 * thousands commas), single letters (digits above 9, or the remainder mark {@code R}), words,
 * {@code × * · ⋅}, {@code +}, {@code =}, {@code ^} or {@code **}, {@code ÷ / :}, brackets, commas and
 * semicolons. A final full stop is dropped; any other character makes the line unreadable.
 * Hand-written, linear in the line.
 */
final class Tokens {
  static final byte NUM = 1;
  static final byte LETTER = 2;
  static final byte WORD = 3;
  static final byte MUL = 4;
  static final byte PLUS = 5;
  static final byte EQ = 6;
  static final byte POW = 7;
  static final byte DIV = 8;
  static final byte OPEN = 9;
  static final byte CLOSE = 10;
  static final byte SEP = 11;

  /** Numbers longer than this are not read (no step needs them). */
  static final int MAX_NUMBER_CHARS = 1_000;
  /** Lines with more tokens than this are not read. */
  static final int MAX_TOKENS = 200;

  byte[] type = new byte[16];
  BigInteger[] num = new BigInteger[16];
  /** The letter of a LETTER token, upper-case. */
  char[] letter = new char[16];
  String[] word = new String[16];
  int size;

  /** The tokens of {@code line}, or null when it has a character outside the step grammar. */
  static Tokens of(String line) {
    Tokens t = new Tokens();
    int end = line.length();
    int i = Text.skipSpaceForward(line, 0, end);
    end = Text.skipSpaceBack(line, i, end);
    if (end > i && line.charAt(end - 1) == '.') {
      end = Text.skipSpaceBack(line, i, end - 1);
    }
    while (i < end) {
      char c = line.charAt(i);
      if (Text.isSpace(c)) {
        i++;
        continue;
      }
      if (t.size == MAX_TOKENS) {
        return null;
      }
      if (c >= '0' && c <= '9') {
        int start = i;
        long small = 0;
        int count = 0;
        StringBuilder big = null;
        while (i < end) {
          char d = line.charAt(i);
          if (d >= '0' && d <= '9') {
            if (count == 18) {
              big = new StringBuilder(40).append(small);
            }
            if (big != null) {
              big.append(d);
            } else {
              small = small * 10 + (d - '0');
            }
            count++;
            i++;
          } else if (d == ',' && isGroup(line, i + 1, end)) {
            i++;
          } else {
            break;
          }
          if (i - start > MAX_NUMBER_CHARS) {
            return null;
          }
        }
        t.add(NUM).num[t.size - 1] = big == null ? BigInteger.valueOf(small) : new BigInteger(big.toString());
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        int start = i;
        while (i < end && ((line.charAt(i) >= 'a' && line.charAt(i) <= 'z') || (line.charAt(i) >= 'A' && line.charAt(i) <= 'Z'))) {
          i++;
          if (i - start > 20) {
            return null;
          }
        }
        if (i - start == 1) {
          t.add(LETTER).letter[t.size - 1] = Character.toUpperCase(c);
        } else {
          t.add(WORD).word[t.size - 1] = line.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        }
        continue;
      }
      byte type;
      switch (c) {
        case '\u00D7', '\u00B7', '\u22C5' -> type = MUL;
        case '*' -> {
          if (i + 1 < end && line.charAt(i + 1) == '*') {
            i++;
            type = POW;
          } else {
            type = MUL;
          }
        }
        case '+' -> type = PLUS;
        case '=' -> type = EQ;
        case '^' -> type = POW;
        case '\u00F7', '/', ':' -> type = DIV;
        case '(', '{', '[' -> type = OPEN;
        case ')', '}', ']' -> type = CLOSE;
        case ',', ';' -> type = SEP;
        default -> {
          return null;
        }
      }
      t.add(type);
      i++;
    }
    return t;
  }

  /** Exactly three digits at {@code from}, not followed by another digit. */
  private static boolean isGroup(String s, int from, int end) {
    if (from + 3 > end) {
      return false;
    }
    for (int k = from; k < from + 3; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return from + 3 == end || s.charAt(from + 3) < '0' || s.charAt(from + 3) > '9';
  }

  private Tokens add(byte t) {
    if (size == type.length) {
      int n = size * 2;
      type = Arrays.copyOf(type, n);
      num = Arrays.copyOf(num, n);
      letter = Arrays.copyOf(letter, n);
      word = Arrays.copyOf(word, n);
    }
    type[size++] = t;
    return this;
  }

  /** These tokens without brackets (they only group, and the step grammar needs no grouping). */
  Tokens withoutBrackets() {
    if (indexOf(OPEN) < 0 && indexOf(CLOSE) < 0) {
      return this;
    }
    Tokens t = new Tokens();
    for (int i = 0; i < size; i++) {
      if (type[i] != OPEN && type[i] != CLOSE) {
        t.add(type[i]);
        t.num[t.size - 1] = num[i];
        t.letter[t.size - 1] = letter[i];
        t.word[t.size - 1] = word[i];
      }
    }
    return t;
  }

  /** The first {@code n} tokens. */
  Tokens prefix(int n) {
    Tokens t = new Tokens();
    t.type = Arrays.copyOf(type, Math.max(n, 1));
    t.num = Arrays.copyOf(num, Math.max(n, 1));
    t.letter = Arrays.copyOf(letter, Math.max(n, 1));
    t.word = Arrays.copyOf(word, Math.max(n, 1));
    t.size = n;
    return t;
  }

  boolean is(int i, byte t) {
    return i < size && type[i] == t;
  }

  /** A multiplication sign, or the letter x where only a multiplication can stand. */
  boolean isTimes(int i) {
    return is(i, MUL) || (is(i, LETTER) && letter[i] == 'X');
  }

  /** A digit: a decimal number, or a letter A..Z (10..35); -1 when it is neither. */
  int digit(int i) {
    if (is(i, NUM)) {
      return num[i].bitLength() < 31 ? num[i].intValue() : Integer.MAX_VALUE;
    }
    if (is(i, LETTER)) {
      return letter[i] - 'A' + 10;
    }
    return -1;
  }

  int indexOf(byte t) {
    for (int i = 0; i < size; i++) {
      if (type[i] == t) {
        return i;
      }
    }
    return -1;
  }
}
