package io.taskforge.logic.futoshiki;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts a futoshiki prompt shows: the board as a character picture and the constraints in words.
 *
 * <p>Picture: one line per row, cells 4 characters apart, {@code .} for a blank cell, a given's
 * number otherwise; between two cells of a row {@code <} or {@code >} points at the smaller
 * number; on the line between two rows, under a cell, {@code ^} means the upper number is smaller
 * and {@code v} that it is larger. Lines carry no trailing spaces.
 */
final class FutoshikiText {
  private FutoshikiText() {}

  static String picture(int n, int[] givens, int[] less, int[] greater) {
    char[] right = new char[n * n];
    char[] down = new char[n * n];
    java.util.Arrays.fill(right, ' ');
    java.util.Arrays.fill(down, ' ');
    for (int e = 0; e < less.length; e++) {
      int s = less[e];
      int l = greater[e];
      int a = Math.min(s, l);
      boolean smallerFirst = s < l;
      if (Math.abs(s - l) == 1) {
        right[a] = smallerFirst ? '<' : '>';
      } else {
        down[a] = smallerFirst ? '^' : 'v';
      }
    }
    StringBuilder sb = new StringBuilder(n * 8 * n);
    for (int r = 0; r < n; r++) {
      StringBuilder line = new StringBuilder(4 * n);
      for (int c = 0; c < n; c++) {
        int i = r * n + c;
        line.append(givens[i] == 0 ? '.' : (char) ('0' + givens[i]));
        if (c + 1 < n) {
          line.append(' ').append(right[i]).append(' ');
        }
      }
      appendLine(sb, line);
      if (r + 1 < n) {
        line.setLength(0);
        for (int c = 0; c < n; c++) {
          line.append(down[r * n + c]);
          if (c + 1 < n) {
            line.append("   ");
          }
        }
        appendLine(sb, line);
      }
    }
    return sb.toString();
  }

  private static void appendLine(StringBuilder sb, StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    if (sb.length() > 0) {
      sb.append('\n');
    }
    sb.append(line, 0, end);
  }

  /** "The number in row 1, column 2 is smaller than the number in row 1, column 3." per inequality. */
  static List<String> inequalitySentences(int n, int[] less, int[] greater) {
    List<String> out = new ArrayList<>(less.length);
    for (int e = 0; e < less.length; e++) {
      out.add("The number in " + cell(n, less[e]) + " is smaller than the number in " + cell(n, greater[e]) + ".");
    }
    return List.copyOf(out);
  }

  /** "row 1, column 2 < row 1, column 3" per inequality, the pair's first cell (in reading order) on the left. */
  static List<String> inequalityFormulas(int n, int[] less, int[] greater) {
    List<String> out = new ArrayList<>(less.length);
    for (int e = 0; e < less.length; e++) {
      int s = less[e];
      int l = greater[e];
      out.add(s < l ? cell(n, s) + " < " + cell(n, l) : cell(n, l) + " > " + cell(n, s));
    }
    return List.copyOf(out);
  }

  /** "Row 2, column 3 is 4." per given. */
  static List<String> givenSentences(int n, int[] givens) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < givens.length; i++) {
      if (givens[i] != 0) {
        String c = cell(n, i);
        out.add(Character.toUpperCase(c.charAt(0)) + c.substring(1) + " is " + givens[i] + ".");
      }
    }
    return List.copyOf(out);
  }

  static String cell(int n, int i) {
    return "row " + (i / n + 1) + ", column " + (i % n + 1);
  }
}
