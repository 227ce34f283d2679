package io.taskforge.planning.waterjugs;

import io.taskforge.core.Params;

/**
 * The typed params of {@link WaterJugsTask}.
 *
 * @param jugs the number of jugs
 * @param maxCapacity the largest capacity a jug may get (capacities are distinct, from 2 up)
 * @param tap whether there is a tap and a drain (jugs start empty; fill, empty and pour) or not
 *     (jugs start with some water; pour only)
 * @param targets how many jugs must end with a prescribed amount (1 or 2)
 * @param impossiblePercent the share of instances drawn without a plan, in percent
 * @param optimality score valid plans by optimal length / plan length instead of 1
 */
public record WaterJugsParams(
    int jugs, int maxCapacity, boolean tap, int targets, int impossiblePercent, boolean optimality) {
  static final String JUGS = "jugs";
  static final String MAX_CAPACITY = "max_capacity";
  static final String TAP = "tap";
  static final String TARGETS = "targets";
  static final String IMPOSSIBLE_PERCENT = "impossible_percent";
  static final String OPTIMALITY = "optimality";

  public static WaterJugsParams from(Params p) {
    return new WaterJugsParams(p.getInt(JUGS), p.getInt(MAX_CAPACITY), p.getBool(TAP), p.getInt(TARGETS),
        p.getInt(IMPOSSIBLE_PERCENT), p.getBool(OPTIMALITY));
  }
}
