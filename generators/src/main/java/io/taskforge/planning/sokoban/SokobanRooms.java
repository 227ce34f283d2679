package io.taskforge.planning.sokoban;

import io.taskforge.core.Rng;

/**
 * Draws the walls of a room: a digger walks at random through the interior of a width × height
 * rectangle (inside a border of walls), clearing the cells it visits and now and then a 2×2 block
 * around itself, until 55–75% of the interior is floor. The floor is connected by construction.
 */
final class SokobanRooms {
  private SokobanRooms() {}

  /** Walls of a (height+2) × (width+2) board, row-major. */
  static boolean[] carve(int width, int height, Rng rng) {
    int w = width + 2;
    int h = height + 2;
    boolean[] wall = new boolean[w * h];
    java.util.Arrays.fill(wall, true);
    int target = width * height * rng.between(55, 75) / 100;
    int r = rng.between(1, height);
    int c = rng.between(1, width);
    int floor = 0;
    while (floor < target) {
      floor += clear(wall, w, r, c);
      if (rng.chance(1, 4)) {
        for (int dr = 0; dr < 2; dr++) {
          for (int dc = 0; dc < 2; dc++) {
            if (r + dr <= height && c + dc <= width) {
              floor += clear(wall, w, r + dr, c + dc);
            }
          }
        }
      }
      SokobanMove m = SokobanMove.ALL.get(rng.nextInt(4));
      int nr = r + m.dr();
      int nc = c + m.dc();
      if (nr >= 1 && nr <= height && nc >= 1 && nc <= width) {
        r = nr;
        c = nc;
      }
    }
    return wall;
  }

  private static int clear(boolean[] wall, int w, int r, int c) {
    int i = r * w + c;
    if (!wall[i]) {
      return 0;
    }
    wall[i] = false;
    return 1;
  }
}
