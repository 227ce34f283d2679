package io.taskforge.logic.nonogram;

import java.util.List;

/**
 * Draws the classic nonogram layout as text: column clues stacked above their columns (read top to
 * bottom), row clues to the left of their rows (read left to right), and {@code .} for every cell.
 */
final class CluePicture {
  private CluePicture() {}

  static String render(List<List<Integer>> rows, List<List<Integer>> columns) {
    int cellWidth = 2;
    for (List<List<Integer>> lines : List.of(rows, columns)) {
      for (List<Integer> clue : lines) {
        for (int n : clue) {
          if (n >= 10) {
            cellWidth = 3;
          }
        }
      }
    }
    int margin = 0;
    for (List<Integer> clue : rows) {
      margin = Math.max(margin, NonogramTask.clueText(clue).length());
    }
    int headerLines = 1;
    for (List<Integer> clue : columns) {
      headerLines = Math.max(headerLines, clue.size());
    }
    StringBuilder sb = new StringBuilder((margin + cellWidth * columns.size() + 1) * (headerLines + rows.size()));
    for (int line = 0; line < headerLines; line++) {
      StringBuilder text = new StringBuilder();
      pad(text, margin);
      for (List<Integer> clue : columns) {
        int fromBottom = headerLines - 1 - line;
        String cell;
        if (clue.isEmpty()) {
          cell = fromBottom == 0 ? "0" : "";
        } else {
          int index = clue.size() - 1 - fromBottom;
          cell = index >= 0 ? String.valueOf(clue.get(index).intValue()) : "";
        }
        pad(text, cellWidth - cell.length());
        text.append(cell);
      }
      appendLine(sb, text);
    }
    for (List<Integer> clue : rows) {
      StringBuilder text = new StringBuilder();
      String t = NonogramTask.clueText(clue);
      pad(text, margin - t.length());
      text.append(t);
      for (int c = 0; c < columns.size(); c++) {
        pad(text, cellWidth - 1);
        text.append('.');
      }
      appendLine(sb, text);
    }
    return sb.toString();
  }

  private static void pad(StringBuilder sb, int n) {
    for (int i = 0; i < n; i++) {
      sb.append(' ');
    }
  }

  /** Appends the line without trailing spaces; lines are separated, not terminated, by newlines. */
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
}
