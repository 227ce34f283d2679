package io.taskforge.search;

/**
 * An estimate of the cost still needed from a state to a goal.
 *
 * <p>The searches of this package that promise optimal plans need it to be <em>admissible</em>:
 * never more than the true remaining cost, and 0 at goals. Consistency is not required ({@link
 * AStar} reopens states whose cost improves).
 */
@FunctionalInterface
public interface Heuristic<S> {
  /** The heuristic that knows nothing: uniform-cost search. */
  static <S> Heuristic<S> zero() {
    return s -> 0;
  }

  int estimate(S state);
}
