package io.taskforge.planning.hanoi;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A Tower of Hanoi problem: disks 1 (smallest) to n (largest) on named pegs, a start and a goal
 * configuration, and how plans are scored. Any placement with every peg's disks in decreasing size
 * from the bottom up is a configuration.
 *
 * @param disks the number of disks
 * @param pegs the peg names (A, B, C, ... when generated)
 * @param initial for each peg, in {@code pegs} order, its disks from the bottom up
 * @param goal for each peg, its disks from the bottom up
 * @param optimality score a longer valid plan {@code optimalLength / length} instead of 1
 * @param optimalLength the fewest moves from start to goal
 */
public record HanoiProblem(
    int disks, List<String> pegs, List<List<Integer>> initial, List<List<Integer>> goal, boolean optimality,
    int optimalLength) {

  public HanoiProblem {
    pegs = pegs == null ? null : ImmutableList.copyOf(pegs);
    initial = copy(initial);
    goal = copy(goal);
  }

  private static List<List<Integer>> copy(List<List<Integer>> towers) {
    if (towers == null) {
      return null;
    }
    ImmutableList.Builder<List<Integer>> b = ImmutableList.builder();
    for (List<Integer> t : towers) {
      b.add(t == null ? List.of() : ImmutableList.copyOf(t));
    }
    return b.build();
  }
}
