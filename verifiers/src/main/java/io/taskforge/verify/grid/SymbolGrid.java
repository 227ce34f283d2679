package io.taskforge.verify.grid;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a grid of one-character cells from an answer, one row per line, for picture puzzles
 * (nonograms, binary grids, ...). Linear in the text; never throws on any input.
 *
 * <p>The format:
 * <ul>
 *   <li>Rows are lines, top to bottom ({@code \n}, {@code \r\n} or {@code \r}); blank lines are skipped,
 *       as is a line opening or closing a Markdown code fence ({@code ```}, with or without a language).
 *   <li>Every other character of a row is one cell, and must be one of the symbols the caller allows;
 *       spaces, tabs and no-break spaces between cells are ignored.
 *   <li>Anything else (letters, labels, borders) makes the answer unreadable, naming the row and the
 *       character.
 * </ul>
 */
public final class SymbolGrid {
  private static final int SNIPPET = 40;

  private SymbolGrid() {}

  /**
   * The grid read, or why it could not be.
   *
   * @param cells row-major values (the index of the symbol group each cell belongs to), or null when
   *     {@code error} is set
   * @param error one sentence naming the first problem, or null
   */
  public record Parsed(int[] cells, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  /**
   * Reads {@code rows} rows of {@code cols} cells.
   *
   * @param symbols for each value v, the characters that mean v (e.g. {@code ".0"} and {@code "#1"})
   */
  public static Parsed parse(String text, int rows, int cols, String... symbols) {
    if (rows < 1 || cols < 1 || symbols.length == 0) {
      throw new IllegalArgumentException("unsupported grid " + rows + "x" + cols + " of " + symbols.length + " symbols");
    }
    int[] cells = new int[rows * cols];
    // Values of ASCII symbols by table; other symbols (rare) are looked up in the groups.
    int[] ascii = new int[128];
    Arrays.fill(ascii, -1);
    for (int v = symbols.length - 1; v >= 0; v--) {
      for (int i = 0; i < symbols[v].length(); i++) {
        char c = symbols[v].charAt(i);
        if (c < 128) {
          ascii[c] = v;
        }
      }
    }
    int row = 0;
    int len = text.length();
    int start = 0;
    while (start <= len) {
      int end = start;
      while (end < len && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int from = start;
      start = end + (end + 1 < len && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n' ? 2 : 1);
      if (isBlank(text, from, end) || isFence(text, from, end)) {
        continue;
      }
      if (row == rows) {
        return error("the answer has more than " + rows + " rows (" + snippet(text, from, end) + " is one too many)");
      }
      int count = 0;
      for (int i = from; i < end; i++) {
        char c = text.charAt(i);
        if (isSpace(c)) {
          continue;
        }
        int value = c < 128 ? ascii[c] : valueOf(c, symbols);
        if (value < 0) {
          return error("row " + (row + 1) + " (" + snippet(text, from, end) + ") has " + describe(c)
              + ", which is not " + allowed(symbols));
        }
        if (count < cols) {
          cells[row * cols + count] = value;
        }
        count++;
      }
      if (count != cols) {
        return error("row " + (row + 1) + " (" + snippet(text, from, end) + ") has " + count
            + (count == 1 ? " cell" : " cells") + ", expected " + cols);
      }
      row++;
    }
    if (row < rows) {
      return error("the answer has " + row + (row == 1 ? " row" : " rows") + ", expected " + rows);
    }
    return new Parsed(cells, null);
  }

  private static int valueOf(char c, String[] symbols) {
    for (int v = 0; v < symbols.length; v++) {
      if (symbols[v].indexOf(c) >= 0) {
        return v;
      }
    }
    return -1;
  }

  private static String allowed(String[] symbols) {
    StringBuilder sb = new StringBuilder("one of ");
    int n = 0;
    for (String group : symbols) {
      for (int i = 0; i < group.length(); i++) {
        if (n++ > 0) {
          sb.append(", ");
        }
        sb.append('\'').append(group.charAt(i)).append('\'');
      }
    }
    return sb.toString();
  }

  private static Parsed error(String message) {
    return new Parsed(null, message);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u000B' || c == '\f';
  }

  private static boolean isBlank(String s, int from, int end) {
    for (int i = from; i < end; i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isFence(String s, int from, int end) {
    int i = from;
    while (i < end && isSpace(s.charAt(i))) {
      i++;
    }
    return end - i >= 3 && s.startsWith("```", i);
  }

  private static String describe(char c) {
    if (c < ' ' || c == 0x7F || Character.isSurrogate(c) || Character.isISOControl(c)) {
      return "a control or unpaired character (U+" + String.format(Locale.ROOT, "%04X", (int) c) + ")";
    }
    return "'" + c + "'";
  }

  /** A short, printable quotation of part of the text, for messages. */
  private static String snippet(String s, int from, int to) {
    while (from < to && isSpace(s.charAt(from))) {
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
