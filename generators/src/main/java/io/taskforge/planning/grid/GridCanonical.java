package io.taskforge.planning.grid;

import java.util.List;

/**
 * The canonical form of a board: the same text for boards that differ by a rotation or reflection
 * and by the letters of their key colours, different text otherwise. Each of the eight symmetries
 * is written with colours renamed a, b, c, ... in reading order of first appearance (a key and its
 * door share a colour); the smallest text wins.
 */
final class GridCanonical {
  private GridCanonical() {}

  static String of(List<String> board) {
    int h = board.size();
    int w = 0;
    for (String row : board) {
      w = Math.max(w, row.length());
    }
    String best = null;
    for (int t = 0; t < 8; t++) {
      boolean transpose = t >= 4;
      boolean flipRows = (t & 1) != 0;
      boolean flipCols = (t & 2) != 0;
      int th = transpose ? w : h;
      int tw = transpose ? h : w;
      char[] rename = new char[GridModel.COLOURS];
      int named = 0;
      StringBuilder sb = new StringBuilder().append(th).append('x').append(tw).append(':');
      for (int r = 0; r < th; r++) {
        sb.append(r == 0 ? "" : "/");
        for (int c = 0; c < tw; c++) {
          int sr = transpose ? c : r;
          int sc = transpose ? r : c;
          if (flipRows) {
            sr = h - 1 - sr;
          }
          if (flipCols) {
            sc = w - 1 - sc;
          }
          String row = board.get(sr);
          char ch = sc < row.length() ? row.charAt(sc) : GridModel.WALL;
          boolean key = GridModel.isKey(ch);
          if (key || GridModel.isDoor(ch)) {
            int colour = key ? ch - 'a' : ch - 'A';
            if (rename[colour] == 0) {
              rename[colour] = (char) ('a' + named++);
            }
            ch = key ? rename[colour] : Character.toUpperCase(rename[colour]);
          }
          sb.append(ch);
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
