package io.taskforge.planning.sokoban;

import java.util.List;

/**
 * The canonical form of a level: the same text for levels that differ by a rotation or reflection
 * (or by the floor character used), different text otherwise; the smallest of the eight symmetric
 * texts.
 */
final class SokobanCanonical {
  private SokobanCanonical() {}

  static String of(List<String> board) {
    int h = board.size();
    int w = 0;
    for (String row : board) {
      w = Math.max(w, row.length());
    }
    String best = null;
    for (int t = 0; t < 8; t++) {
      boolean transpose = t >= 4;
      int th = transpose ? w : h;
      int tw = transpose ? h : w;
      StringBuilder sb = new StringBuilder().append(th).append('x').append(tw).append(':');
      for (int r = 0; r < th; r++) {
        sb.append(r == 0 ? "" : "/");
        for (int c = 0; c < tw; c++) {
          int sr = transpose ? c : r;
          int sc = transpose ? r : c;
          if ((t & 1) != 0) {
            sr = h - 1 - sr;
          }
          if ((t & 2) != 0) {
            sc = w - 1 - sc;
          }
          String row = board.get(sr);
          char ch = sc < row.length() ? row.charAt(sc) : SokobanBoard.WALL;
          sb.append(ch == ' ' || ch == '-' ? SokobanBoard.FLOOR : ch);
        }
      }
      String text = sb.toString();
      if (best == null || text.compareTo(best) < 0) {
        best = text;
      }
    }
    return best;
  }
}
