package io.taskforge.planning.rivercrossing;

import java.util.List;

/**
 * One crossing of the boat.
 *
 * @param forward true from the near bank to the far bank ({@code cross}), false back ({@code return})
 * @param missionaries missionaries aboard (missionaries kind)
 * @param cannibals cannibals aboard (missionaries kind)
 * @param items the farmer's items aboard, as a bit set over the problem's items (farmer kind)
 */
public record Trip(boolean forward, int missionaries, int cannibals, long items) {
  /** The canonical text: {@code cross m m c} / {@code return c}, or {@code cross goat} / {@code return}. */
  public String text(List<String> itemNames) {
    StringBuilder sb = new StringBuilder(forward ? "cross" : "return");
    for (int i = 0; i < missionaries; i++) {
      sb.append(" m");
    }
    for (int i = 0; i < cannibals; i++) {
      sb.append(" c");
    }
    for (int i = 0; i < itemNames.size(); i++) {
      if ((items >>> i & 1) != 0) {
        sb.append(' ').append(itemNames.get(i));
      }
    }
    return sb.toString();
  }
}
