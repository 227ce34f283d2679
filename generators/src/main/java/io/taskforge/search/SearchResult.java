package io.taskforge.search;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * What a search found, and what it proved.
 *
 * @param outcome how it ended
 * @param plan the actions from the initial state to a goal when {@link Outcome#SOLVED}, else empty
 * @param cost the plan's cost when solved, else -1
 * @param lowerBound a proven lower bound on the cost of any plan: the plan's cost when an optimal
 *     search solved it, the smallest open f-value when a limit was reached, {@code maxCost + 1} (or
 *     {@link #UNREACHABLE}) when the space was exhausted
 * @param expansions states expanded
 * @param generated successors generated (including duplicates)
 */
public record SearchResult<A>(
    Outcome outcome, List<A> plan, int cost, int lowerBound, long expansions, long generated) {

  /** The lower bound when no goal is reachable at all. */
  public static final int UNREACHABLE = Integer.MAX_VALUE;

  public SearchResult {
    plan = ImmutableList.copyOf(plan);
  }

  /** How a search ended. */
  public enum Outcome {
    /** A plan was found. */
    SOLVED,
    /** Every state within the cost limit was searched: no plan within it exists. */
    EXHAUSTED,
    /** The expansion limit stopped the search first. */
    LIMIT_REACHED
  }

  public boolean solved() {
    return outcome == Outcome.SOLVED;
  }

  public Optional<List<A>> planIfSolved() {
    return solved() ? Optional.of(plan) : Optional.empty();
  }
}
