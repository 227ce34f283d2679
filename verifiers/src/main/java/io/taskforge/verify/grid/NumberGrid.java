package io.taskforge.verify.grid;

/**
 * Reads a grid of small numbers from an answer, one row per line, for grid puzzles (sudoku, Latin
 * squares, ...). Linear in the text; never throws on any input.
 *
 * <p>The format, lenient in documented ways only:
 * <ul>
 *   <li>Rows are lines, top to bottom; blank lines and border lines (only {@code - + = | _ ` [ ] , ;},
 *       box-drawing characters and spaces) are skipped, as is a line opening a code fence
 *       ({@code ```}, with or without a language name).
 *   <li>A label ending in a colon ({@code Row 1:}) is dropped: only the text after the first colon is
 *       read.
 *   <li>When numbers have one digit ({@code maxValue ≤ 9}), every digit is a cell, so {@code 534678912},
 *       {@code 5 3 4 6 7 8 9 1 2} and {@code 534|678|912} are the same row. Otherwise numbers are
 *       runs of digits separated by anything else allowed.
 *   <li>Between cells: spaces, tabs, {@code , ; | [ ] - +} and box-drawing characters. A {@code .}
 *       is a cell left empty (read as 0), as is the number 0.
 *   <li>Anything else (letters, other symbols) makes the answer unreadable, naming the line.
 * </ul>
 */
public final class NumberGrid {
  private static final int SNIPPET = 40;

  private NumberGrid() {}

  /**
   * The grid read, or why it could not be.
   *
   * @param cells row-major values (0 = left empty), or null when {@code error} is set
   * @param error one sentence naming the first problem, or null
   */
  public record Parsed(int[] cells, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** Reads {@code rows} rows of {@code cols} numbers from 0 to {@code maxValue} (at most 99). */
  public static Parsed parse(String text, int rows, int cols, int maxValue) {
    if (rows < 1 || cols < 1 || maxValue < 1 || maxValue > 99) {
      throw new IllegalArgumentException("unsupported grid " + rows + "x" + cols + " of 1.." + maxValue);
    }
    boolean digitCells = maxValue <= 9;
    int[] cells = new int[rows * cols];
    int row = 0;
    int len = text.length();
    int start = 0;
    int lineNo = 0;
    while (start <= len) {
      int end = start;
      while (end < len && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      lineNo++;
      int from = start;
      // A \r\n pair ends one line, not two.
      start = end + (end + 1 < len && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
      if (isFence(text, from, end)) {
        continue;
      }
      for (int i = from; i < end; i++) {
        if (text.charAt(i) == ':') {
          from = i + 1;
          break;
        }
      }
      // First pass: is this a row, a line to skip, or unreadable?
      boolean hasCell = false;
      for (int i = from; i < end; i++) {
        char c = text.charAt(i);
        if (isDigit(c) || c == '.') {
          hasCell = true;
        } else if (!isSeparator(c)) {
          return error("line " + lineNo + " (" + snippet(text, from, end) + ") has " + describe(c)
              + ", which is not part of a grid row");
        }
      }
      if (!hasCell) {
        continue;
      }
      if (row == rows) {
        return error("the answer has more than " + rows + " rows of numbers (line " + lineNo + " is one too many)");
      }
      int count = 0;
      int i = from;
      while (i < end) {
        char c = text.charAt(i);
        if (c == '.') {
          if (count < cols) {
            cells[row * cols + count] = 0;
          }
          count++;
          i++;
        } else if (isDigit(c)) {
          int value;
          if (digitCells) {
            value = c - '0';
            i++;
          } else {
            int j = i;
            value = 0;
            while (j < end && isDigit(text.charAt(j))) {
              if (j - i < 3) {
                value = value * 10 + (text.charAt(j) - '0');
              } else {
                value = Integer.MAX_VALUE;
              }
              j++;
            }
            i = j;
          }
          if (value > maxValue) {
            return error("row " + (row + 1) + " contains " + (value == Integer.MAX_VALUE ? "a very long number" : value)
                + "; numbers must be from 1 to " + maxValue);
          }
          if (count < cols) {
            cells[row * cols + count] = value;
          }
          count++;
        } else {
          i++;
        }
      }
      if (count != cols) {
        return error("row " + (row + 1) + " (" + snippet(text, from, end) + ") has " + count
            + (count == 1 ? " number" : " numbers") + ", expected " + cols);
      }
      row++;
    }
    if (row == 0) {
      return error("the answer has no rows of numbers");
    }
    if (row < rows) {
      return error("the answer has " + row + (row == 1 ? " row" : " rows") + " of numbers, expected " + rows);
    }
    return new Parsed(cells, null);
  }

  private static Parsed error(String message) {
    return new Parsed(null, message);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '|' || c == '[' || c == ']' || c == '-'
        || c == '+' || c == '=' || c == '_' || c == '`' || c == '\u00A0' || c == '\u000B' || c == '\f'
        || (c >= '\u2500' && c <= '\u257F');
  }

  private static boolean isFence(String s, int from, int end) {
    int i = from;
    while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return end - i >= 3 && s.startsWith("```", i);
  }

  private static String describe(char c) {
    if (c < ' ' || c == 0x7F || Character.isSurrogate(c) || Character.isISOControl(c)) {
      return "a control or unpaired character (U+" + String.format(java.util.Locale.ROOT, "%04X", (int) c) + ")";
    }
    return "'" + c + "'";
  }

  /** A short, printable quotation of part of the text, for messages. */
  private static String snippet(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
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
