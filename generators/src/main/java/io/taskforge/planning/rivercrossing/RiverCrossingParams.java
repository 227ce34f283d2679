package io.taskforge.planning.rivercrossing;

import io.taskforge.core.Params;

/**
 * The typed params of {@link RiverCrossingTask}.
 *
 * @param kind {@code missionaries}, {@code farmer} or {@code mixed} (each instance draws one of the two)
 * @param size missionaries (and as many cannibals), or the farmer's items
 * @param boat how many the boat holds: people for missionaries, the farmer and items for farmer
 * @param conflicts for farmer: how many pairs of items may not be left together without the farmer
 * @param optimality score valid plans by optimal length / plan length instead of 1
 */
public record RiverCrossingParams(String kind, int size, int boat, int conflicts, boolean optimality) {
  static final String KIND = "kind";
  static final String SIZE = "size";
  static final String BOAT = "boat";
  static final String CONFLICTS = "conflicts";
  static final String OPTIMALITY = "optimality";
  public static final String MISSIONARIES = "missionaries";
  public static final String FARMER = "farmer";
  static final String MIXED = "mixed";

  public static RiverCrossingParams from(Params p) {
    return new RiverCrossingParams(p.getString(KIND), p.getInt(SIZE), p.getInt(BOAT), p.getInt(CONFLICTS),
        p.getBool(OPTIMALITY));
  }
}
