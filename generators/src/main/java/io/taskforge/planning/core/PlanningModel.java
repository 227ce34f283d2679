package io.taskforge.planning.core;

import io.taskforge.search.SearchSpace;
import java.util.List;

/**
 * One planning problem as a model: its initial state, its actions with preconditions and effects,
 * and its goal. Every planning domain is such a model plus a generator; the shared {@link
 * Simulation} runs plans on it with diagnostics, and {@link #searchSpace()} hands it to the exact
 * searches of {@code io.taskforge.search} (BFS, A*, IDA*).
 *
 * <p>States must have value semantics and be immutable; {@link #successors} must report actions
 * in a fixed order (searches break ties by it, which keeps gold plans deterministic).
 *
 * @param <S> the state type
 * @param <A> the action type
 */
public interface PlanningModel<S, A> {
  S initial();

  /**
   * Why {@code action} cannot be applied in {@code state}: the failed precondition as a clause a
   * person can read ({@code "block a is not clear"}), or null when it is applicable.
   */
  String violation(S state, A action);

  /** The state after {@code action}; only called when {@link #violation} is null. */
  S apply(S state, A action);

  /** The goal facts that do not hold in {@code state}, as short phrases; empty exactly at goals. */
  List<String> unmetGoals(S state);

  /** Whether {@code state} is a goal; override when {@link #unmetGoals} is costly. */
  default boolean isGoal(S state) {
    return unmetGoals(state).isEmpty();
  }

  /** Every applicable action in {@code state}, in a fixed order, with its successor and cost. */
  void successors(S state, SearchSpace.Successors<S, A> out);

  /** The cost of an action (at least 1); 1 unless the domain says otherwise. */
  default int cost(A action) {
    return 1;
  }

  /** This model as a search space. */
  default SearchSpace<S, A> searchSpace() {
    PlanningModel<S, A> model = this;
    return new SearchSpace<>() {
      @Override
      public S initial() {
        return model.initial();
      }

      @Override
      public boolean isGoal(S state) {
        return model.isGoal(state);
      }

      @Override
      public void expand(S state, Successors<S, A> out) {
        model.successors(state, out);
      }
    };
  }
}
