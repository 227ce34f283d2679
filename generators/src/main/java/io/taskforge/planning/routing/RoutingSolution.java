package io.taskforge.planning.routing;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The gold plan.
 *
 * @param routes one line per route used, in the answer format
 * @param cost its total length, optimal
 */
public record RoutingSolution(List<String> routes, int cost) {
  public RoutingSolution {
    routes = ImmutableList.copyOf(routes);
  }
}
