package io.taskforge.planning.grid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A grid-navigation problem: the board, row by row, and how plans are scored.
 *
 * <p>Board characters: {@code #} wall, {@code .} floor, {@code S} the walker's start (floor),
 * {@code G} the goal cell (floor), {@code a}–{@code f} a key of that colour (floor; stepping on it
 * picks the key up), {@code A}–{@code F} a door of that colour (passable only while holding a key of
 * its colour; keys are never used up, so an opened door stays passable). Rows may differ in length;
 * cells beyond a row's end are walls, as is everything outside the board.
 *
 * @param board the rows, top to bottom
 * @param optimality score a longer valid plan {@code referenceLength / length} instead of 1
 * @param referenceLength the gold plan's length in moves
 * @param referenceOptimal whether that length is proven optimal (always, by breadth-first search)
 */
public record GridProblem(List<String> board, boolean optimality, int referenceLength, boolean referenceOptimal) {
  public GridProblem {
    // Not ImmutableList: a corrupted record (a null row) must reach the verifier, which reports it.
    board = board == null ? null : Collections.unmodifiableList(new ArrayList<>(board));
  }
}
