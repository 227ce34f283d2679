package io.taskforge.search;

/**
 * A state space to search: where it starts, which states are goals, and the moves between states.
 *
 * <p>States must have value semantics ({@code equals}/{@code hashCode}); searches keep them in hash
 * maps for lookups only, so output never depends on hash order. {@link #expand} must report
 * successors in a fixed order: the searches break ties by that order, which makes their plans
 * deterministic.
 *
 * @param <S> the state type
 * @param <A> the action type, collected into plans
 */
public interface SearchSpace<S, A> {
  S initial();

  boolean isGoal(S state);

  /** Reports every successor of {@code state} (with its action and a cost of at least 1) to {@code out}. */
  void expand(S state, Successors<S, A> out);

  /** Receives the successors of a state. */
  @FunctionalInterface
  interface Successors<S, A> {
    void add(A action, S next, int cost);
  }
}
