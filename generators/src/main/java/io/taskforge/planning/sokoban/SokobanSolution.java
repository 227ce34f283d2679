package io.taskforge.planning.sokoban;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan.
 *
 * @param plan the moves, one letter U, D, L or R per entry, as the answer lists them
 * @param length the number of moves
 * @param pushes the number of those moves that push a box
 * @param optimal whether no plan has fewer moves (proven by A*)
 * @param optimalPushes the fewest pushes any plan needs (exact, from reverse play)
 */
public record SokobanSolution(List<String> plan, int length, int pushes, boolean optimal, int optimalPushes) {
  public SokobanSolution {
    plan = ImmutableList.copyOf(plan);
  }
}
