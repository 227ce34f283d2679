package io.taskforge.planning.blocksworld;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A blocksworld problem: the blocks, the initial and goal configurations as towers (each listed
 * bottom to top), the encoding, and how plans are scored. The goal fixes what every block sits on
 * (and, with four operators, that the hand is empty); with four operators the hand is empty at the
 * start.
 *
 * @param blocks the block names (single uppercase letters from A when generated)
 * @param initial the initial towers, bottom to top
 * @param goal the goal towers, bottom to top
 * @param operators 4 (pick-up, put-down, stack, unstack) or 3 (move-b-to-b, move-b-to-t, move-t-to-b)
 * @param obfuscated whether actions and predicates are renamed to unrelated words
 * @param actions the action names plans use, in {@link Operator#set} order (the usual names unless
 *     obfuscated)
 * @param predicates the predicate names the prompt and the PDDL export use, in {@link
 *     Predicate#set} order
 * @param optimality score a longer valid plan {@code referenceLength / length} instead of 1
 * @param referenceLength the gold plan's length in actions
 * @param referenceOptimal whether that length is proven optimal (else it is the best known)
 */
public record BlocksworldProblem(
    List<String> blocks,
    List<List<String>> initial,
    List<List<String>> goal,
    int operators,
    boolean obfuscated,
    List<String> actions,
    List<String> predicates,
    boolean optimality,
    int referenceLength,
    boolean referenceOptimal) {

  public BlocksworldProblem {
    blocks = blocks == null ? null : ImmutableList.copyOf(blocks);
    initial = copy(initial);
    goal = copy(goal);
    actions = actions == null ? null : ImmutableList.copyOf(actions);
    predicates = predicates == null ? null : ImmutableList.copyOf(predicates);
  }

  /** A problem in the usual 4-operator encoding, scored 1 for any valid plan. */
  public static BlocksworldProblem standard(
      List<String> blocks, List<List<String>> initial, List<List<String>> goal, int referenceLength) {
    return new BlocksworldProblem(blocks, initial, goal, 4, false, naturalActions(4), naturalPredicates(4), false,
        referenceLength, true);
  }

  /** The usual action names of the 3- or 4-operator encoding. */
  public static List<String> naturalActions(int operators) {
    return Operator.set(operators).stream().map(Operator::naturalName).toList();
  }

  /** The usual predicate names of the 3- or 4-operator encoding. */
  public static List<String> naturalPredicates(int operators) {
    return Predicate.set(operators).stream().map(p -> p.naturalName(operators)).toList();
  }

  private static List<List<String>> copy(List<List<String>> towers) {
    if (towers == null) {
      return null;
    }
    ImmutableList.Builder<List<String>> b = ImmutableList.builder();
    for (List<String> t : towers) {
      b.add(t == null ? List.of() : ImmutableList.copyOf(t));
    }
    return b.build();
  }
}
