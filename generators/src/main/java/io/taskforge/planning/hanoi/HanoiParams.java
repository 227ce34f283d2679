package io.taskforge.planning.hanoi;

import io.taskforge.core.Params;

/**
 * The typed params of {@link HanoiTask}.
 *
 * @param disks the number of disks, 1 (smallest) to n (largest)
 * @param pegs the number of pegs (3 or more)
 * @param configuration {@code standard} (a whole tower from one peg to another), {@code tower}
 *     (a random start gathered into one tower) or {@code random} (a random start to a random goal)
 * @param optimality score valid plans by optimal length / plan length instead of 1
 */
public record HanoiParams(int disks, int pegs, String configuration, boolean optimality) {
  static final String DISKS = "disks";
  static final String PEGS = "pegs";
  static final String CONFIGURATION = "configuration";
  static final String OPTIMALITY = "optimality";
  static final String STANDARD = "standard";
  static final String TOWER = "tower";
  static final String RANDOM = "random";

  public static HanoiParams from(Params p) {
    return new HanoiParams(p.getInt(DISKS), p.getInt(PEGS), p.getString(CONFIGURATION), p.getBool(OPTIMALITY));
  }
}
