package io.taskforge.planning.routing;

import io.taskforge.core.Params;

/**
 * The typed params of {@link RoutingTask}.
 *
 * @param customers the number of customers to visit
 * @param vehicles the number of vehicles (routes) available
 * @param capacity what one vehicle can carry, or 0 for no limit (customers then have no demand)
 * @param grid coordinates lie in {@code [0, grid]}
 */
public record RoutingParams(int customers, int vehicles, int capacity, int grid) {
  static final String CUSTOMERS = "customers";
  static final String VEHICLES = "vehicles";
  static final String CAPACITY = "capacity";
  static final String GRID = "grid";

  public static RoutingParams from(Params p) {
    return new RoutingParams(p.getInt(CUSTOMERS), p.getInt(VEHICLES), p.getInt(CAPACITY), p.getInt(GRID));
  }
}
