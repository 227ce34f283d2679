package io.taskforge.search;

import com.google.common.base.Preconditions;

/**
 * Bounds on a search.
 *
 * @param maxExpansions the search stops with {@link SearchResult.Outcome#LIMIT_REACHED} before
 *     expanding more states than this
 * @param maxCost plans costing more than this are not searched for (a known upper bound, e.g. the
 *     cost of a heuristic plan, prunes the search)
 */
public record SearchLimits(long maxExpansions, int maxCost) {
  public SearchLimits {
    Preconditions.checkArgument(maxExpansions >= 0, "maxExpansions must be >= 0, got %s", maxExpansions);
    Preconditions.checkArgument(maxCost >= 0, "maxCost must be >= 0, got %s", maxCost);
  }

  /** At most {@code maxExpansions} expansions, any plan cost. */
  public static SearchLimits expansions(long maxExpansions) {
    return new SearchLimits(maxExpansions, Integer.MAX_VALUE - 1);
  }

  public SearchLimits withMaxCost(int cost) {
    return new SearchLimits(maxExpansions, cost);
  }
}
