package io.taskforge.planning.routing;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import io.taskforge.planning.routing.RoutingProblem.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Property-testing oracle for {@code planning.routing}, written apart from {@link RoutingVerifier}:
 * its own strict reader of the canonical plan ({@code Vehicle N: D -> X -> ... -> D} per line, N
 * from 1 to the fleet size) and its own feasibility and cost check. It accepts a plan exactly when
 * the verifier must score it 1: feasible and of the optimal cost.
 *
 * <p>Mutant kinds: {@code reverse-route}, {@code reorder-lines} and {@code relabel} (all still
 * optimal), {@code swap-stops} (two stops of a route exchanged; sometimes still optimal), {@code
 * move-stop} (a customer moved to another route), {@code drop-stop}, {@code repeat-stop}, {@code
 * split-route} (a route cut in two, on a vehicle beyond the fleet or a spare one), {@code
 * depot-inside}.
 */
public final class RoutingOracle implements TaskOracle<RoutingProblem> {
  @Override
  public String taskId() {
    return RoutingTask.ID;
  }

  @Override
  public Class<RoutingProblem> problemType() {
    return RoutingProblem.class;
  }

  /** A route: its vehicle number and customer names in order. */
  private record Route(int vehicle, List<String> stops) {
    String line() {
      StringBuilder sb = new StringBuilder("Vehicle ").append(vehicle).append(": D");
      for (String s : stops) {
        sb.append(" -> ").append(s);
      }
      return sb.append(" -> D").toString();
    }
  }

  @Override
  public List<String> equivalentForms(RoutingProblem problem, String gold, Rng rng) {
    List<Route> routes = parse(problem, gold);
    List<String> forms = new ArrayList<>();
    if (routes == null) {
      return forms;
    }
    StringBuilder bare = new StringBuilder();
    StringBuilder arrows = new StringBuilder();
    StringBuilder commas = new StringBuilder();
    StringBuilder open = new StringBuilder();
    StringBuilder labelled = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    for (Route r : routes) {
      String stops = String.join(" -> ", r.stops());
      bare.append("D -> ").append(stops).append(" -> D\n");
      arrows.append("Vehicle ").append(r.vehicle()).append(": D \u2192 ").append(String.join(" \u2192 ", r.stops()))
          .append(" \u2192 D\n");
      commas.append("vehicle ").append(r.vehicle()).append(": d, ").append(String.join(", ", r.stops())
          .toLowerCase(Locale.ROOT)).append(", d.\n");
      open.append("Vehicle ").append(r.vehicle()).append(": ").append(stops).append('\n');
      labelled.append("**Route ").append(r.vehicle()).append("**: D-").append(String.join("-", r.stops()))
          .append("-D\n");
      bullets.append("- Vehicle ").append(r.vehicle()).append(": D ").append(String.join(" ", r.stops()))
          .append(" D\r\n\r\n");
    }
    forms.add(bare.toString());
    forms.add(arrows.toString());
    forms.add(commas.toString());
    forms.add(open.toString());
    forms.add(labelled.toString());
    forms.add(bullets.toString());
    forms.add("```\n" + gold + "\n```");
    forms.add(gold.toUpperCase(Locale.ROOT));
    return forms;
  }

  @Override
  public List<Mutant> mutants(RoutingProblem problem, String gold, Rng rng) {
    List<Route> routes = parse(problem, gold);
    List<Mutant> out = new ArrayList<>();
    if (routes == null) {
      return out;
    }
    int r = rng.nextInt(routes.size());
    {
      List<Route> m = new ArrayList<>(routes);
      List<String> reversed = new ArrayList<>(routes.get(r).stops());
      java.util.Collections.reverse(reversed);
      m.set(r, new Route(routes.get(r).vehicle(), reversed));
      add(out, problem, "reverse-route", m);
    }
    if (routes.size() > 1) {
      List<Route> m = new ArrayList<>(routes);
      java.util.Collections.reverse(m);
      add(out, problem, "reorder-lines", m);
    }
    if (routes.size() < problem.vehicles()) {
      List<Route> m = new ArrayList<>(routes);
      m.set(r, new Route(problem.vehicles(), routes.get(r).stops()));
      add(out, problem, "relabel", m);
    }
    for (int k = 0; k < 2; k++) {
      Route route = routes.get(rng.nextInt(routes.size()));
      if (route.stops().size() >= 2) {
        List<String> stops = new ArrayList<>(route.stops());
        int i = rng.nextInt(stops.size());
        int j = (i + 1 + rng.nextInt(stops.size() - 1)) % stops.size();
        String t = stops.get(i);
        stops.set(i, stops.get(j));
        stops.set(j, t);
        add(out, problem, "swap-stops", replace(routes, route, new Route(route.vehicle(), stops)));
      }
    }
    if (routes.size() > 1) {
      int a = rng.nextInt(routes.size());
      int b = (a + 1 + rng.nextInt(routes.size() - 1)) % routes.size();
      List<String> from = new ArrayList<>(routes.get(a).stops());
      if (from.size() > 1) {
        String moved = from.remove(rng.nextInt(from.size()));
        List<String> to = new ArrayList<>(routes.get(b).stops());
        to.add(rng.nextInt(to.size() + 1), moved);
        List<Route> m = new ArrayList<>(routes);
        m.set(a, new Route(routes.get(a).vehicle(), from));
        m.set(b, new Route(routes.get(b).vehicle(), to));
        add(out, problem, "move-stop", m);
      }
    }
    {
      Route route = routes.get(r);
      List<String> stops = new ArrayList<>(route.stops());
      stops.remove(rng.nextInt(stops.size()));
      add(out, problem, "drop-stop", replace(routes, route, new Route(route.vehicle(), stops)));
      stops = new ArrayList<>(route.stops());
      stops.add(rng.nextInt(stops.size() + 1), stops.get(rng.nextInt(stops.size())));
      add(out, problem, "repeat-stop", replace(routes, route, new Route(route.vehicle(), stops)));
    }
    {
      Route route = routes.get(r);
      if (route.stops().size() >= 2) {
        int cut = 1 + rng.nextInt(route.stops().size() - 1);
        List<Route> m = new ArrayList<>(replace(routes, route, new Route(route.vehicle(), route.stops().subList(0, cut))));
        int spare = routes.size() + 1;
        m.add(new Route(spare, route.stops().subList(cut, route.stops().size())));
        add(out, problem, "split-route", m);
      }
    }
    {
      Route route = routes.get(r);
      List<String> lines = new ArrayList<>();
      for (Route x : routes) {
        lines.add(x == route ? x.line().replaceFirst(" -> ", " -> D -> ") : x.line());
      }
      String text = String.join("\n", lines);
      out.add(new Mutant("depot-inside", text, accepts(problem, text)));
    }
    return out;
  }

  private static List<Route> replace(List<Route> routes, Route old, Route by) {
    List<Route> m = new ArrayList<>();
    for (Route x : routes) {
      m.add(x == old ? by : x);
    }
    return m;
  }

  private void add(List<Mutant> out, RoutingProblem problem, String kind, List<Route> routes) {
    List<String> lines = new ArrayList<>();
    routes.forEach(x -> lines.add(x.line()));
    String text = String.join("\n", lines);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  @Override
  public boolean accepts(RoutingProblem problem, String canonicalAnswer) {
    List<Route> routes = parse(problem, canonicalAnswer);
    if (routes == null || routes.size() > problem.vehicles()) {
      return false;
    }
    Map<String, Site> byName = new HashMap<>();
    problem.customers().forEach(c -> byName.put(c.name(), c));
    Set<String> seen = new HashSet<>();
    Set<Integer> vehicles = new HashSet<>();
    int cost = 0;
    for (Route route : routes) {
      if (route.vehicle() < 1 || route.vehicle() > problem.vehicles() || !vehicles.add(route.vehicle())) {
        return false;
      }
      Site at = problem.depot();
      int load = 0;
      for (String name : route.stops()) {
        Site c = byName.get(name);
        if (c == null || !seen.add(name)) {
          return false;
        }
        cost += Math.abs(at.x() - c.x()) + Math.abs(at.y() - c.y());
        load += c.demand();
        at = c;
      }
      cost += Math.abs(at.x() - problem.depot().x()) + Math.abs(at.y() - problem.depot().y());
      if (problem.capacity() > 0 && load > problem.capacity()) {
        return false;
      }
    }
    return seen.size() == problem.customers().size() && cost == problem.optimalCost();
  }

  /** Strictly reads canonical lines; null when any line is not one. */
  private static List<Route> parse(RoutingProblem problem, String text) {
    List<Route> routes = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith("Vehicle ")) {
        return null;
      }
      int colon = line.indexOf(": ");
      if (colon < 0) {
        return null;
      }
      int vehicle;
      try {
        vehicle = Integer.parseInt(line.substring(8, colon));
      } catch (NumberFormatException e) {
        return null;
      }
      String[] stops = line.substring(colon + 2).split(" -> ", -1);
      if (stops.length < 3 || !stops[0].equals("D") || !stops[stops.length - 1].equals("D")) {
        return null;
      }
      List<String> inner = new ArrayList<>(List.of(stops).subList(1, stops.length - 1));
      if (inner.contains("D")) {
        return null;
      }
      routes.add(new Route(vehicle, inner));
    }
    return routes;
  }
}
