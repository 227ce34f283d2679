package io.taskforge.planning.hanoi;

import java.util.List;

/**
 * Moving the top disk of one peg onto another.
 *
 * @param disk the disk the plan says it moves (1 = smallest), or {@link #TOP} when the plan line
 *     names only the pegs
 * @param from the source peg's index
 * @param to the target peg's index
 */
public record HanoiMove(int disk, int from, int to) {
  /** "Whatever disk is on top of the source peg". */
  public static final int TOP = 0;

  /** The canonical text, {@code move 3 A C}. */
  public String text(List<String> pegs) {
    return "move " + disk + " " + pegs.get(from) + " " + pegs.get(to);
  }
}
