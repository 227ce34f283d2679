package io.taskforge.planning.sokoban;

import java.util.List;

/** One move of the player: a step up, down, left or right, pushing the box there if there is one. */
public enum SokobanMove {
  UP(-1, 0, 'U', "up"),
  DOWN(1, 0, 'D', "down"),
  LEFT(0, -1, 'L', "left"),
  RIGHT(0, 1, 'R', "right");

  /** All moves, in the fixed order searches try them (also the index of {@link SokobanBoard#next}). */
  public static final List<SokobanMove> ALL = List.of(values());

  private final int dr;
  private final int dc;
  private final char letter;
  private final String word;

  SokobanMove(int dr, int dc, char letter, String word) {
    this.dr = dr;
    this.dc = dc;
    this.letter = letter;
    this.word = word;
  }

  public int dr() {
    return dr;
  }

  public int dc() {
    return dc;
  }

  /** The canonical answer letter: {@code U}, {@code D}, {@code L} or {@code R}. */
  public char letter() {
    return letter;
  }

  /** The direction word: {@code up}, {@code down}, {@code left}, {@code right}. */
  public String word() {
    return word;
  }

  public SokobanMove opposite() {
    return switch (this) {
      case UP -> DOWN;
      case DOWN -> UP;
      case LEFT -> RIGHT;
      case RIGHT -> LEFT;
    };
  }
}
