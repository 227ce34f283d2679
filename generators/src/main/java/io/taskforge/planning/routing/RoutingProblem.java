package io.taskforge.planning.routing;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A vehicle-routing problem on a grid: a depot, customers with coordinates (and demands), a fleet of
 * identical vehicles with a capacity. Every route starts and ends at the depot; the distance between
 * two sites is the Manhattan distance {@code |x1 - x2| + |y1 - y2|}; a plan's cost is the summed
 * length of its routes. With one vehicle and no capacity it is a travelling-salesman problem.
 *
 * @param depot the depot (demand 0)
 * @param customers the customers, each to be visited exactly once
 * @param vehicles the most routes a plan may have
 * @param capacity the most demand one route may serve, or 0 for no limit
 * @param optimalCost the cost of an optimal plan, from the exact solver
 */
public record RoutingProblem(Site depot, List<Site> customers, int vehicles, int capacity, int optimalCost) {
  public RoutingProblem {
    customers = customers == null ? null : ImmutableList.copyOf(customers);
  }

  /** A site: its name, grid coordinates and demand. */
  public record Site(String name, int x, int y, int demand) {}

  /** The Manhattan distance between two sites. */
  public static int distance(Site a, Site b) {
    return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
  }
}
