package io.taskforge.planning.grid;

import java.util.List;

/** One move of the walker: a step to the neighbouring cell in a direction. */
public enum Step {
  UP(-1, 0, "up"),
  DOWN(1, 0, "down"),
  LEFT(0, -1, "left"),
  RIGHT(0, 1, "right");

  /** All steps, in the fixed order searches try them. */
  public static final List<Step> ALL = List.of(values());

  private final int dr;
  private final int dc;
  private final String word;

  Step(int dr, int dc, String word) {
    this.dr = dr;
    this.dc = dc;
    this.word = word;
  }

  public int dr() {
    return dr;
  }

  public int dc() {
    return dc;
  }

  /** The answer word: {@code up}, {@code down}, {@code left} or {@code right}. */
  public String word() {
    return word;
  }
}
