package io.taskforge.planning.blocksworld;

import static io.taskforge.planning.blocksworld.BlockConfigurations.TABLE;

import java.util.List;

/**
 * Moving one clear block from where it sits to the table or onto another clear block. In the
 * four-operator encoding a move is two actions ({@code pick-up}/{@code unstack}, then
 * {@code put-down}/{@code stack}); every plan from an empty hand to an empty hand is a sequence of
 * such pairs, so the optimal plan length is exactly twice the optimal number of moves. In the
 * three-operator encoding a move is one action ({@code move-b-to-b}, {@code move-b-to-t} or
 * {@code move-t-to-b}; a move from the table to the table is never needed).
 *
 * @param block the block moved
 * @param from the block it leaves, or {@link BlockConfigurations#TABLE}
 * @param to the block it lands on, or {@link BlockConfigurations#TABLE}
 */
public record Move(int block, int from, int to) {
  /** The actions of this move in the 3- or 4-operator encoding. */
  public List<BlocksAction> actions(int operators) {
    if (operators == 3) {
      if (from == TABLE && to == TABLE) {
        throw new IllegalStateException("a move from the table to the table has no 3-operator action");
      }
      BlocksAction a = from == TABLE ? BlocksAction.of(Operator.MOVE_T_TO_B, block, to)
          : to == TABLE ? BlocksAction.of(Operator.MOVE_B_TO_T, block, from)
          : BlocksAction.of(Operator.MOVE_B_TO_B, block, from, to);
      return List.of(a);
    }
    BlocksAction take = from == TABLE ? BlocksAction.of(Operator.PICK_UP, block)
        : BlocksAction.of(Operator.UNSTACK, block, from);
    BlocksAction put = to == TABLE ? BlocksAction.of(Operator.PUT_DOWN, block)
        : BlocksAction.of(Operator.STACK, block, to);
    return List.of(take, put);
  }
}
