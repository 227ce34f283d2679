package io.taskforge.planning.routing;

import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.planning.routing.RoutingProblem.Site;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Small vehicle-routing problems: a travelling salesman tour at the low levels, capacitated routing
 * with several vehicles at the higher ones. Sites lie on a grid with Manhattan distances; the depot
 * is {@code D}, customers are lettered {@code A, B, C, E, ...} (D is skipped). The optimum comes
 * from an exact dynamic program ({@link RoutingSolver}), so scores can say how close a plan is.
 */
public final class RoutingTask implements Task<RoutingProblem> {
  public static final String ID = "planning.routing";
  public static final String DEPOT = "D";
  //                                     level: 1  2  3   4   5   6   7   8   9   10
  private static final int[] CUSTOMERS =        {3, 4, 5,  6,  7,  8,  9, 10, 11, 12};
  private static final int[] VEHICLES =         {1, 1, 1,  1,  2,  2,  3,  3,  3,  4};
  private static final int[] CAPACITY =         {0, 0, 0,  0, 25, 25, 20, 20, 22, 18};
  private static final int[] GRID =             {6, 8, 10, 12, 12, 15, 15, 20, 20, 25};
  static final int MAX_DEMAND = 9;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(RoutingParams.CUSTOMERS, CUSTOMERS[DEFAULT_LEVEL - 1], 2, RoutingSolver.MAX_CUSTOMERS,
          "number of customers, each visited exactly once"),
      ParamSpec.integer(RoutingParams.VEHICLES, VEHICLES[DEFAULT_LEVEL - 1], 1, 4,
          "number of vehicles (routes from the depot) available"),
      ParamSpec.integer(RoutingParams.CAPACITY, CAPACITY[DEFAULT_LEVEL - 1], 0, 100,
          "what one vehicle carries (customer demands are 1 to 9), or 0 for no limit and no demands"),
      ParamSpec.integer(RoutingParams.GRID, GRID[DEFAULT_LEVEL - 1], 3, 100,
          "coordinates are integers from 0 to grid; distances are Manhattan"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Plan the shortest routes from a depot that visit every customer, within vehicle capacities "
        + "(a travelling salesman tour at the low levels).";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    return Map.of(
        RoutingParams.CUSTOMERS, CUSTOMERS[level - 1],
        RoutingParams.VEHICLES, VEHICLES[level - 1],
        RoutingParams.CAPACITY, CAPACITY[level - 1],
        RoutingParams.GRID, GRID[level - 1]);
  }

  @Override
  public void validate(Params params) {
    RoutingParams p = RoutingParams.from(params);
    if (p.vehicles() > 1 && p.capacity() == 0) {
      throw new ParamException("params 'vehicles' and 'capacity': several vehicles need a capacity (one vehicle "
          + "always suffices without one), so with vehicles=" + p.vehicles() + " capacity must be at least "
          + MAX_DEMAND);
    }
    if (p.capacity() > 0 && p.capacity() < MAX_DEMAND) {
      throw new ParamException("param 'capacity' must be 0 or at least " + MAX_DEMAND
          + " (the largest demand), got " + p.capacity());
    }
    if (p.capacity() > 0 && p.vehicles() * p.capacity() < p.customers() * (MAX_DEMAND + 1) / 2) {
      throw new ParamException("params 'vehicles', 'capacity' and 'customers': the fleet must carry at least the "
          + "average total demand, " + p.customers() * (MAX_DEMAND + 1) / 2 + ", got vehicles times capacity = "
          + p.vehicles() * p.capacity());
    }
    if ((p.grid() + 1) * (p.grid() + 1) <= p.customers() + 1) {
      throw new ParamException("params 'grid' and 'customers': the grid has too few points for the sites");
    }
  }

  @Override
  public Class<RoutingProblem> problemType() {
    return RoutingProblem.class;
  }

  /** Customer names: A, B, C, E, F, ... (D is the depot). */
  static String customerName(int i) {
    char c = (char) ('A' + i);
    return String.valueOf(c >= 'D' ? (char) (c + 1) : c);
  }

  @Override
  public Generated<RoutingProblem> generate(Params params, Rng rng) {
    RoutingParams p = RoutingParams.from(params);
    int n = p.customers();
    for (int attempt = 0; ; attempt++) {
      if (attempt > 10_000) {
        throw new IllegalStateException("no routing problem could be drawn for " + p);
      }
      Set<Long> used = new HashSet<>();
      Site depot = site(DEPOT, p.grid(), 0, rng, used);
      List<Site> customers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int demand = p.capacity() > 0 ? rng.between(1, MAX_DEMAND) : 0;
        customers.add(site(customerName(i), p.grid(), demand, rng, used));
      }
      int[][] dist = matrix(depot, customers);
      int[] demand = new int[n + 1];
      for (int i = 0; i < n; i++) {
        demand[i + 1] = customers.get(i).demand();
      }
      RoutingSolver.Result best = RoutingSolver.solve(dist, demand, p.vehicles(), p.capacity());
      if (best.cost() < 0) {
        continue; // the demands do not fit the fleet: redraw
      }
      RoutingProblem problem = new RoutingProblem(depot, customers, p.vehicles(), p.capacity(), best.cost());
      List<String> lines = new ArrayList<>();
      List<int[]> routes = canonicalOrder(best.routes(), customers);
      int totalDemand = 0;
      for (Site c : customers) {
        totalDemand += c.demand();
      }
      for (int r = 0; r < routes.size(); r++) {
        StringBuilder sb = new StringBuilder("Vehicle ").append(r + 1).append(": ").append(DEPOT);
        for (int c : routes.get(r)) {
          sb.append(" -> ").append(customers.get(c).name());
        }
        lines.add(sb.append(" -> ").append(DEPOT).toString());
      }
      ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
          .put("customers", n)
          .put("vehicles", p.vehicles())
          .put("capacity", p.capacity())
          .put("total_demand", totalDemand)
          .put("routes", routes.size())
          .put("optimal_cost", best.cost())
          .put("optimal_proven", true)
          .buildOrThrow();
      return Generated.of(problem, new RoutingSolution(lines, best.cost()), String.join("\n", lines), metrics,
          view(problem, dist), canonical(problem));
    }
  }

  private static Site site(String name, int grid, int demand, Rng rng, Set<Long> used) {
    while (true) {
      int x = rng.between(0, grid);
      int y = rng.between(0, grid);
      if (used.add((long) x << 32 | y)) {
        return new Site(name, x, y, demand);
      }
    }
  }

  static int[][] matrix(Site depot, List<Site> customers) {
    List<Site> all = new ArrayList<>();
    all.add(depot);
    all.addAll(customers);
    int[][] d = new int[all.size()][all.size()];
    for (int i = 0; i < all.size(); i++) {
      for (int j = 0; j < all.size(); j++) {
        d[i][j] = RoutingProblem.distance(all.get(i), all.get(j));
      }
    }
    return d;
  }

  /** Each route in the direction whose first customer's name is smaller; routes ordered by that name. */
  private static List<int[]> canonicalOrder(List<int[]> routes, List<Site> customers) {
    List<int[]> out = new ArrayList<>();
    for (int[] r : routes) {
      int[] route = r.clone();
      if (customers.get(route[0]).name().compareTo(customers.get(route[route.length - 1]).name()) > 0) {
        for (int i = 0, j = route.length - 1; i < j; i++, j--) {
          int t = route[i];
          route[i] = route[j];
          route[j] = t;
        }
      }
      out.add(route);
    }
    out.sort((a, b) -> customers.get(a[0]).name().compareTo(customers.get(b[0]).name()));
    return out;
  }

  private static Map<String, Object> view(RoutingProblem p, int[][] dist) {
    List<Site> all = new ArrayList<>();
    all.add(p.depot());
    all.addAll(p.customers());
    List<String> siteLines = new ArrayList<>();
    StringBuilder prose = new StringBuilder();
    for (Site s : all) {
      boolean depot = s == p.depot();
      siteLines.add(s.name() + " (" + s.x() + ", " + s.y() + ")"
          + (depot ? " depot" : p.capacity() > 0 ? " demand " + s.demand() : ""));
      if (!depot) {
        prose.append(prose.length() == 0 ? "" : " ").append("Customer ").append(s.name()).append(" is at (")
            .append(s.x()).append(", ").append(s.y()).append(')')
            .append(p.capacity() > 0 ? " and needs " + s.demand() + (s.demand() == 1 ? " unit." : " units.") : ".");
      }
    }
    List<String> table = new ArrayList<>();
    StringBuilder header = new StringBuilder("   ");
    for (Site s : all) {
      header.append(String.format(Locale.ROOT, "%4s", s.name()));
    }
    table.add(header.toString());
    for (int i = 0; i < all.size(); i++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-3s", all.get(i).name()));
      for (int j = 0; j < all.size(); j++) {
        row.append(String.format(Locale.ROOT, "%4d", dist[i][j]));
      }
      table.add(row.toString());
    }
    List<String> names = new ArrayList<>();
    p.customers().forEach(c -> names.add(c.name()));
    return ImmutableMap.<String, Object>builder()
        .put("customer_count", p.customers().size())
        .put("customers", String.join(", ", names))
        .put("vehicles", p.vehicles())
        .put("capacity", p.capacity())
        .put("capacitated", p.capacity() > 0)
        .put("depot", p.depot().name() + " (" + p.depot().x() + ", " + p.depot().y() + ")")
        .put("depot_point", "(" + p.depot().x() + ", " + p.depot().y() + ")")
        .put("site_lines", siteLines)
        .put("customers_text", prose.toString())
        .put("distance_table", table)
        .buildOrThrow();
  }

  /** Names do not matter: the depot, the sorted customers (place and demand), the fleet. */
  static String canonical(RoutingProblem p) {
    List<String> sites = new ArrayList<>();
    for (Site c : p.customers()) {
      sites.add(c.x() + "," + c.y() + ":" + c.demand());
    }
    sites.sort(null);
    return "routing;" + p.depot().x() + "," + p.depot().y() + ";" + String.join(" ", sites) + ";" + p.vehicles()
        + "x" + p.capacity();
  }

  @Override
  public String answerFormat() {
    return "One route per line, for the vehicles used (unused vehicles may be left out): \"Vehicle 1: D -> C -> A "
        + "-> D\" lists the sites one vehicle visits in order, from the depot D back to D. Read leniently but "
        + "exactly: the label \"Vehicle N:\" (or \"Route N:\"; N from 1 to the number of vehicles, each at most "
        + "once) may be left out; stops may be separated by \"->\", \"\u2192\", \"-\", \",\" or spaces; names are "
        + "case-insensitive; the depot may be left out at either end (every route starts and ends at the depot "
        + "anyway) but may not appear in the middle; a leading bullet and a final period are ignored, as are "
        + "emphasis and code marks (*, _, `); blank lines and code-fence lines are skipped; any other line makes "
        + "the answer unreadable. Every customer must be visited exactly once. Example: \"Vehicle 1: D -> A -> "
        + "C -> D\" and \"Vehicle 2: D -> B -> D\", one per line. The answer is the text of the last "
        + "<answer>...</answer> block.";
  }

  @Override
  public String scoring() {
    return "Three tiers, reported in details.tier. Infeasible (score 0): unreadable (INVALID_FORMAT), a customer "
        + "left out (WRONG), or a customer visited twice, a route over capacity, or more routes than vehicles "
        + "(CONSTRAINT_VIOLATED). Feasible: score = efficiency = optimal cost / plan cost (status PARTIAL), where "
        + "the cost is the summed Manhattan length of the routes, depot legs included. Optimal: efficiency 1, "
        + "score 1 (CORRECT); any optimal plan counts, whatever its route order or direction. details carry "
        + "feasible, optimal, cost, optimal_cost and efficiency.";
  }

  @Override
  public List<String> difficultyMetrics() {
    // optimal_cost rises with the level overall but its median can dip between neighbouring levels
    // (it depends on the grid drawn), so only the customer count is promised to rise.
    return List.of("customers");
  }
}
