package io.taskforge.planning.slidingtile;

import java.util.List;

/**
 * One move of a sliding-tile puzzle, identified by the direction the blank moves (the tile next to
 * the blank in that direction slides the opposite way into it).
 *
 * <p>Plans name moves by the convention of the instance ({@link MoveNames}): {@code blank} names
 * the blank's direction, {@code tile} names the direction the sliding tile moves.
 */
public enum TileMove {
  UP(-1, 0, "up"),
  DOWN(1, 0, "down"),
  LEFT(0, -1, "left"),
  RIGHT(0, 1, "right");

  /** All moves, in the fixed order searches try them. */
  public static final List<TileMove> ALL = List.of(values());

  private final int dr;
  private final int dc;
  private final String word;

  TileMove(int dr, int dc, String word) {
    this.dr = dr;
    this.dc = dc;
    this.word = word;
  }

  /** Row change of the blank. */
  public int dr() {
    return dr;
  }

  /** Column change of the blank. */
  public int dc() {
    return dc;
  }

  /** The move that undoes this one. */
  public TileMove opposite() {
    return switch (this) {
      case UP -> DOWN;
      case DOWN -> UP;
      case LEFT -> RIGHT;
      case RIGHT -> LEFT;
    };
  }

  /** The direction word of the blank's move: {@code up}, {@code down}, {@code left}, {@code right}. */
  public String blankWord() {
    return word;
  }

  /** This move's word in the answer syntax of the given convention. */
  public String word(MoveNames names) {
    return names == MoveNames.BLANK ? word : opposite().word;
  }

  /** The move a direction names under a convention (the direction given as the blank's or the tile's). */
  public static TileMove named(TileMove direction, MoveNames names) {
    return names == MoveNames.BLANK ? direction : direction.opposite();
  }
}
