package io.taskforge.planning.blocksworld;

import static io.taskforge.planning.blocksworld.BlockConfigurations.TABLE;

import java.util.List;

/**
 * Moving one clear block from where it sits to the table or onto another clear block: two actions
 * of the four-operator domain ({@code pick-up}/{@code unstack}, then {@code put-down}/{@code stack}).
 * Every plan from an empty hand to an empty hand is a sequence of such pairs, so the optimal plan
 * length is exactly twice the optimal number of moves.
 *
 * @param block the block moved
 * @param from the block it leaves, or {@link BlockConfigurations#TABLE}
 * @param to the block it lands on, or {@link BlockConfigurations#TABLE}
 */
public record Move(int block, int from, int to) {
  /** The two actions of this move, with blocks named by {@code names}. */
  public List<String> actions(List<String> names) {
    String b = names.get(block);
    String take = from == TABLE ? "pick-up " + b : "unstack " + b + " " + names.get(from);
    String put = to == TABLE ? "put-down " + b : "stack " + b + " " + names.get(to);
    return List.of(take, put);
  }
}
