package io.taskforge.planning.waterjugs;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A water-jug problem: jugs with integer capacities (litres) and contents, the actions allowed, the
 * goal, whether a plan exists, and how plans are scored.
 *
 * @param jugs the jug names (A, B, C, ... when generated)
 * @param capacities each jug's capacity
 * @param initial each jug's contents at the start (all 0 when there is a tap)
 * @param tap true: fill X (from the tap), empty X (into the drain) and pour X Y are allowed; false:
 *     only pour X Y
 * @param goal each jug's required final contents, or -1 where any amount will do
 * @param solvable whether a plan exists (proven by exhaustive breadth-first search); when not,
 *     the answer is {@code impossible}
 * @param optimality score a longer valid plan {@code optimalLength / length} instead of 1
 * @param optimalLength the fewest actions that reach the goal, or -1 when there is no plan
 */
public record WaterJugsProblem(
    List<String> jugs, List<Integer> capacities, List<Integer> initial, boolean tap, List<Integer> goal,
    boolean solvable, boolean optimality, int optimalLength) {

  public WaterJugsProblem {
    jugs = jugs == null ? null : ImmutableList.copyOf(jugs);
    capacities = capacities == null ? null : ImmutableList.copyOf(capacities);
    initial = initial == null ? null : ImmutableList.copyOf(initial);
    goal = goal == null ? null : ImmutableList.copyOf(goal);
  }
}
