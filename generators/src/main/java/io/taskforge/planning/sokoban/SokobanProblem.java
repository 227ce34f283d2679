package io.taskforge.planning.sokoban;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A Sokoban level: the board, row by row, and how plans are scored.
 *
 * <p>Board characters (the XSB notation, with {@code _} for floor): {@code #} wall, {@code _} floor,
 * {@code @} the player, {@code $} a box, {@code .} a goal, {@code *} a box on a goal, {@code +} the
 * player on a goal. A space or {@code -} also reads as floor; cells beyond a row's end are walls. The
 * goal is every goal cell holding a box (there are as many boxes as goals).
 *
 * @param board the rows, top to bottom
 * @param optimality score a longer valid plan {@code referenceLength / length} instead of 1
 * @param referenceLength the gold plan's length in moves
 * @param referenceOptimal whether that length is proven the fewest moves (else it is the best known)
 */
public record SokobanProblem(List<String> board, boolean optimality, int referenceLength, boolean referenceOptimal) {
  public SokobanProblem {
    // Not ImmutableList: a corrupted record (a null row) must reach the verifier, which reports it.
    board = board == null ? null : Collections.unmodifiableList(new ArrayList<>(board));
  }
}
