package io.taskforge.planning.slidingtile;

import java.util.Locale;

/** Which piece a plan's direction words describe: the blank, or the tile that slides into it. */
public enum MoveNames {
  /** "up" moves the blank up (the tile above it slides down). */
  BLANK,
  /** "up" slides the tile below the blank up (the blank moves down). */
  TILE;

  /** The param and problem value: {@code blank} or {@code tile}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The convention named {@code id}, or null when there is none. */
  public static MoveNames of(String id) {
    if ("blank".equals(id)) {
      return BLANK;
    }
    if ("tile".equals(id)) {
      return TILE;
    }
    return null;
  }
}
