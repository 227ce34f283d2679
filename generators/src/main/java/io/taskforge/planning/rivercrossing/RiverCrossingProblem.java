package io.taskforge.planning.rivercrossing;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A river-crossing problem: everyone starts on the near bank with the boat and must reach the far
 * bank. Two kinds:
 *
 * <ul>
 *   <li>{@code missionaries}: {@code missionaries} missionaries and {@code cannibals} cannibals; the
 *       boat carries 1 to {@code boat} of them (anyone rows); after every trip, on each bank with at
 *       least one missionary, the cannibals may not outnumber the missionaries (people in the boat
 *       count on the bank they land on);
 *   <li>{@code farmer}: a farmer and {@code items}; the farmer rows every trip, taking up to {@code
 *       boat - 1} items from his bank; no pair in {@code conflicts} may be left on a bank without
 *       the farmer.
 * </ul>
 *
 * @param kind {@code missionaries} or {@code farmer}
 * @param missionaries the missionaries (0 for farmer)
 * @param cannibals the cannibals (0 for farmer)
 * @param items the farmer's items, by name (empty for missionaries)
 * @param conflicts pairs of item names that may not be left together without the farmer
 * @param boat the boat's capacity, the farmer included
 * @param optimality score a longer valid plan {@code optimalLength / length} instead of 1
 * @param optimalLength the fewest trips
 */
public record RiverCrossingProblem(
    String kind, int missionaries, int cannibals, List<String> items, List<List<String>> conflicts, int boat,
    boolean optimality, int optimalLength) {

  public RiverCrossingProblem {
    items = items == null ? null : ImmutableList.copyOf(items);
    if (conflicts != null) {
      ImmutableList.Builder<List<String>> b = ImmutableList.builder();
      for (List<String> pair : conflicts) {
        b.add(pair == null ? List.of() : ImmutableList.copyOf(pair));
      }
      conflicts = b.build();
    }
  }

  /** Whether this is a missionaries-and-cannibals problem (not a bean property: it is not serialized). */
  public boolean missionaryKind() {
    return RiverCrossingParams.MISSIONARIES.equals(kind);
  }
}
