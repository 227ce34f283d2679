package io.taskforge.planning.routing;

import io.taskforge.planning.routing.RoutingProblem.Site;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores routing plans in three tiers: infeasible (0), feasible (optimal cost / plan cost) and
 * optimal (1). The plan's routes are read as {@link RoutingTask#answerFormat()} documents, checked
 * (every customer exactly once, each route within capacity, no more routes than vehicles) and costed
 * with Manhattan distances from the problem's coordinates; the gold plan plays no part.
 */
public final class RoutingVerifier implements Verifier<RoutingProblem> {
  private static final int MAX_LINES = 1000;

  @Override
  public String taskId() {
    return RoutingTask.ID;
  }

  @Override
  public Class<RoutingProblem> problemType() {
    return RoutingProblem.class;
  }

  /** The problem's sites by lower-cased name: index 0 is the depot, 1..n the customers. */
  private static List<Site> sites(RoutingProblem p, Map<String, Integer> index) {
    if (p == null || p.depot() == null || p.customers() == null || p.customers().isEmpty() || p.vehicles() < 1
        || p.capacity() < 0 || p.optimalCost() < 0 || p.customers().size() > 100) {
      throw new IllegalArgumentException("the problem lacks its depot, customers, fleet or optimal cost");
    }
    List<Site> all = new ArrayList<>();
    all.add(p.depot());
    all.addAll(p.customers());
    for (int i = 0; i < all.size(); i++) {
      Site s = all.get(i);
      if (s == null || s.name() == null || s.name().isEmpty() || s.demand() < 0) {
        throw new IllegalArgumentException("the problem has an incomplete site");
      }
      for (int k = 0; k < s.name().length(); k++) {
        if (!isAlnum(s.name().charAt(k))) {
          throw new IllegalArgumentException("the problem has a site name that cannot be written in a route");
        }
      }
      if (index.put(s.name().toLowerCase(Locale.ROOT), i) != null) {
        throw new IllegalArgumentException("the problem names a site twice");
      }
    }
    return all;
  }

  @Override
  public Verdict verify(RoutingProblem problem, String response) {
    Map<String, Integer> index = new HashMap<>();
    List<Site> sites;
    try {
      sites = sites(problem, index);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    int n = sites.size();
    int[] visitedOn = new int[n];
    int[] labelLine = new int[problem.vehicles() + 1];
    List<int[]> routes = new ArrayList<>();
    List<Integer> routeLines = new ArrayList<>();
    int lineNumber = 0;
    int read = 0;
    int from = 0;
    int length = answer.length();
    while (from <= length) {
      int to = answer.indexOf('\n', from);
      if (to < 0) {
        to = length;
      }
      lineNumber++;
      int a = from;
      while (a < to && Character.isWhitespace(answer.charAt(a))) {
        a++;
      }
      if (a < to && !answer.startsWith("```", a)) {
        if (++read > MAX_LINES) {
          return Verdict.invalidFormat("the answer has more than " + MAX_LINES + " lines");
        }
        RouteLine line = RouteLine.read(answer, a, to, index);
        String text = PlanText.quote(answer.substring(a, Math.min(to, a + 80)).strip());
        if (line.error() != null) {
          return infeasible(Verdict.invalidFormat("line " + lineNumber + " " + text + " is not a route: " + line.error())
              .withDetail("first_error_line", lineNumber));
        }
        if (line.label() > 0) {
          if (line.label() > problem.vehicles()) {
            return infeasible(Verdict.of(Status.CONSTRAINT_VIOLATED, "line " + lineNumber + " is a route for Vehicle "
                + line.label() + ", but there " + (problem.vehicles() == 1 ? "is only 1 vehicle" : "are only "
                + problem.vehicles() + " vehicles")));
          }
          if (labelLine[line.label()] != 0) {
            return infeasible(Verdict.invalidFormat("Vehicle " + line.label() + " has two routes (lines "
                + labelLine[line.label()] + " and " + lineNumber + ")").withDetail("first_error_line", lineNumber));
          }
          labelLine[line.label()] = lineNumber;
        }
        for (int stop : line.stops()) {
          if (visitedOn[stop] != 0) {
            return infeasible(Verdict.of(Status.CONSTRAINT_VIOLATED, "customer " + sites.get(stop).name()
                + " is visited twice (lines " + visitedOn[stop] + " and " + lineNumber + ")"));
          }
          visitedOn[stop] = lineNumber;
        }
        if (line.stops().length > 0) {
          routes.add(line.stops());
          routeLines.add(lineNumber);
        }
      }
      from = to + 1;
    }
    int missing = 0;
    int firstMissing = -1;
    for (int i = 1; i < n; i++) {
      if (visitedOn[i] == 0) {
        missing++;
        firstMissing = firstMissing < 0 ? i : firstMissing;
      }
    }
    if (missing == n - 1) {
      return infeasible(Verdict.invalidFormat("the answer has no route that visits a customer"));
    }
    if (missing > 0) {
      return infeasible(Verdict.wrong("customer " + sites.get(firstMissing).name() + " is not visited"
          + (missing > 1 ? " (and " + (missing - 1) + " more)" : "")).withDetail("missing", missing));
    }
    if (routes.size() > problem.vehicles()) {
      return infeasible(Verdict.of(Status.CONSTRAINT_VIOLATED, "the plan has " + routes.size() + " routes, but there "
          + (problem.vehicles() == 1 ? "is only 1 vehicle" : "are only " + problem.vehicles() + " vehicles")));
    }
    int cost = 0;
    for (int r = 0; r < routes.size(); r++) {
      int[] stops = routes.get(r);
      int load = 0;
      int at = 0;
      for (int stop : stops) {
        load += sites.get(stop).demand();
        cost += RoutingProblem.distance(sites.get(at), sites.get(stop));
        at = stop;
      }
      cost += RoutingProblem.distance(sites.get(at), sites.get(0));
      if (problem.capacity() > 0 && load > problem.capacity()) {
        return infeasible(Verdict.of(Status.CONSTRAINT_VIOLATED, "the route on line " + routeLines.get(r) + " serves "
            + load + " units, more than a vehicle's capacity of " + problem.capacity()));
      }
    }
    int optimum = problem.optimalCost();
    if (cost < optimum) {
      return Verdict.of(Status.BAD_PROBLEM, "the plan costs " + cost + ", less than the problem's optimal cost "
          + optimum + ": the problem is corrupted");
    }
    double efficiency = cost == 0 ? 1.0 : (double) optimum / cost;
    Verdict v = cost == optimum
        ? Verdict.correct("the plan visits every customer within capacity at the optimal cost " + cost)
        : Verdict.partial(efficiency, Status.WRONG, "the plan is feasible but costs " + cost + "; the optimum is "
            + optimum);
    return v.withDetail("tier", cost == optimum ? "optimal" : "feasible")
        .withDetail("feasible", true)
        .withDetail("optimal", cost == optimum)
        .withDetail("cost", cost)
        .withDetail("optimal_cost", optimum)
        .withDetail("efficiency", efficiency);
  }

  private static Verdict infeasible(Verdict v) {
    return v.withDetail("tier", "infeasible").withDetail("feasible", false);
  }

  static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
