package io.taskforge.planning.logistics;

import io.taskforge.planning.core.Simulation;
import io.taskforge.search.AStar;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the gold plan of a logistics problem: an optimal one by A* with {@link LogisticsHeuristic}
 * when the expansion budget suffices, else the best of a weighted A* plan and a constructive plan,
 * with the lower bound A* proved.
 *
 * <p>The search prunes actions no optimal plan needs ({@link #expandPruned}); tests compare its
 * optimal lengths with a plain breadth-first search over the PDDL export.
 */
final class LogisticsSolver {
  /**
   * Weighted A* runs before the exact search, with heuristic {@code h + h / d} for each divisor d:
   * slightly inflated, they find near-optimal plans fast, which bound the exact search.
   */
  private static final int[] DIVISORS = {16, 8};

  private LogisticsSolver() {}

  /** The gold plan, whether it is proven optimal, the proven lower bound and the A* expansions. */
  record Plan(List<LogisticsAction> actions, boolean optimal, int lowerBound, long expansions) {}

  /**
   * A constructive plan, improved by weighted A* (each run with a quarter of the budget), bounds an
   * exact A* with the whole budget: it finds a shorter plan (optimal), or proves none exists (the
   * bound is optimal), or runs out of budget with a proven lower bound.
   */
  static Plan solve(LogisticsModel model, int searchLimit) {
    LogisticsHeuristic h = new LogisticsHeuristic(model);
    int h0 = h.estimate(model.initial());
    List<LogisticsAction> best = constructive(model);
    if (h0 == best.size()) {
      return new Plan(best, true, h0, 0);
    }
    SearchSpace<LogisticsState, LogisticsAction> space = prunedSpace(model);
    long expansions = 0;
    for (int d : DIVISORS) {
      SearchResult<LogisticsAction> weighted = AStar.search(space, s -> {
        int e = h.estimate(s);
        return e + e / d;
      }, SearchLimits.expansions(searchLimit / 4));
      expansions += weighted.expansions();
      if (weighted.solved() && weighted.plan().size() < best.size()) {
        best = weighted.plan();
      }
    }
    if (h0 == best.size()) {
      return new Plan(best, true, h0, expansions);
    }
    SearchResult<LogisticsAction> exact =
        AStar.search(space, h, new SearchLimits(searchLimit, best.size() - 1));
    expansions += exact.expansions();
    return switch (exact.outcome()) {
      case SOLVED -> new Plan(exact.plan(), true, exact.cost(), expansions);
      case EXHAUSTED -> new Plan(best, true, best.size(), expansions);
      case LIMIT_REACHED -> {
        int lowerBound = Math.max(h0, exact.lowerBound());
        yield new Plan(best, best.size() <= lowerBound, Math.min(lowerBound, best.size()), expansions);
      }
    };
  }

  static SearchSpace<LogisticsState, LogisticsAction> prunedSpace(LogisticsModel model) {
    boolean oneTruckPerCity = oneTruckPerCity(model);
    LogisticsHeuristic needs = new LogisticsHeuristic(model);
    return new SearchSpace<>() {
      @Override
      public LogisticsState initial() {
        return model.initial();
      }

      @Override
      public boolean isGoal(LogisticsState state) {
        return model.isGoal(state);
      }

      @Override
      public void expand(LogisticsState state, Successors<LogisticsState, LogisticsAction> out) {
        expandPruned(model, needs, oneTruckPerCity, state, out);
      }
    };
  }

  private static boolean oneTruckPerCity(LogisticsModel m) {
    int[] count = new int[m.cityNames.length];
    for (int t = 0; t < m.trucks; t++) {
      if (++count[m.placeCity[m.initial().get(m.truckSlot(t))]] > 1) {
        return false;
      }
    }
    return true;
  }

  /**
   * An action some optimal plan from {@code s} starts with, when one is plain to see: unloading a
   * package where it must be unloaded from its vehicle (its goal; its city's airport when it must
   * leave the city; its goal city's airport), or loading it into the only vehicle that can take it
   * on (the truck of its city, standing where it waits; the only airplane, at its airport when it
   * must leave the city). Doing it now delays nothing, since vehicles move whatever they carry, and
   * any optimal plan can be rewritten to start with it. Null when there is none.
   */
  static LogisticsAction forced(LogisticsModel m, boolean oneTruckPerCity, LogisticsState s) {
    int places = m.places;
    for (int k = 0; k < m.packageCount; k++) {
      int at = s.get(m.packageSlot(k));
      int g = m.goal[k];
      if (at == g) {
        continue;
      }
      int goalCity = m.placeCity[g];
      if (at >= places) {
        int v = at - places;
        boolean truck = v < m.trucks;
        int vehicle = truck ? v : v - m.trucks;
        int place = s.get(truck ? m.truckSlot(vehicle) : m.planeSlot(vehicle));
        boolean unload = place == g
            || (truck ? m.airport[place] && m.placeCity[place] != goalCity : m.placeCity[place] == goalCity);
        if (unload) {
          return LogisticsAction.unload(truck, k, vehicle, place);
        }
      } else if (m.placeCity[at] != goalCity && m.airport[at]) {
        if (m.planes == 1 && s.get(m.planeSlot(0)) == at) {
          return LogisticsAction.load(false, k, 0, at);
        }
      } else if (oneTruckPerCity) {
        for (int t = 0; t < m.trucks; t++) {
          if (s.get(m.truckSlot(t)) == at) {
            return LogisticsAction.load(true, k, t, at);
          }
        }
      }
    }
    return null;
  }

  /**
   * The successors a search needs: every optimal plan can be rewritten, without growing, into one
   * that uses only these, from any state. A {@link #forced} action is the only successor. A
   * package is loaded into a truck only where it is not at its goal and has to leave (for another
   * place of the city, or for the airport when it is not there and must leave the city); into an
   * airplane only when it must leave the city. It is unloaded from an airplane only in its goal
   * city (carrying it on costs no more than a hand-over between airplanes) and, when every city has
   * one truck, from a truck only at its goal or at the airport when it must leave the city (else the
   * truck could keep it). A truck drives only to a place where some package still needs a truck, an
   * airplane flies only to an airport where some package still needs an airplane: the next thing a
   * vehicle does after a move must be a load or unload there, or the move could be skipped (moves
   * between any two places of a city, or any two airports, cost the same one action).
   */
  static void expandPruned(LogisticsModel m, LogisticsHeuristic heuristic, boolean oneTruckPerCity, LogisticsState s,
      SearchSpace.Successors<LogisticsState, LogisticsAction> out) {
    int places = m.places;
    LogisticsAction forced = forced(m, oneTruckPerCity, s);
    if (forced != null) {
      out.add(forced, m.apply(s, forced), 1);
      return;
    }
    for (int k = 0; k < m.packageCount; k++) {
      int at = s.get(m.packageSlot(k));
      int g = m.goal[k];
      int goalCity = m.placeCity[g];
      if (at < places) {
        if (at == g) {
          continue;
        }
        boolean leaves = m.placeCity[at] != goalCity;
        if (!leaves || !m.airport[at]) {
          for (int t = 0; t < m.trucks; t++) {
            if (s.get(m.truckSlot(t)) == at) {
              out.add(LogisticsAction.load(true, k, t, at), s.with(m.packageSlot(k), m.inTruck(t)), 1);
            }
          }
        }
        if (leaves) {
          for (int a = 0; a < m.planes; a++) {
            if (s.get(m.planeSlot(a)) == at) {
              out.add(LogisticsAction.load(false, k, a, at), s.with(m.packageSlot(k), m.inPlane(a)), 1);
            }
          }
        }
      } else {
        int v = at - places;
        boolean truck = v < m.trucks;
        int vehicle = truck ? v : v - m.trucks;
        int place = s.get(truck ? m.truckSlot(vehicle) : m.planeSlot(vehicle));
        boolean useful = truck
            ? !oneTruckPerCity || (m.airport[place] && m.placeCity[place] != goalCity)
            : m.placeCity[place] == goalCity;
        if (useful) {
          out.add(LogisticsAction.unload(truck, k, vehicle, place), s.with(m.packageSlot(k), place), 1);
        }
      }
    }
    long[] needs = new long[2];
    heuristic.estimate(s, needs);
    for (int t = 0; t < m.trucks; t++) {
      int from = s.get(m.truckSlot(t));
      int city = m.placeCity[from];
      for (int to = 0; to < places; to++) {
        if (to != from && m.placeCity[to] == city && (needs[0] >>> to & 1) != 0) {
          out.add(LogisticsAction.drive(t, from, to, city), s.with(m.truckSlot(t), to), 1);
        }
      }
    }
    for (int a = 0; a < m.planes; a++) {
      int from = s.get(m.planeSlot(a));
      for (int to = 0; to < places; to++) {
        if (to != from && m.airport[to] && (needs[1] >>> to & 1) != 0) {
          out.add(LogisticsAction.fly(a, from, to), s.with(m.planeSlot(a), to), 1);
        }
      }
    }
  }

  /**
   * A plan that always works, used as an upper bound: in every city the truck collects the packages
   * that must leave their place (delivering those that stay in the city, leaving the others at the
   * airport); the first airplane then visits the airports, unloading and loading, until every
   * package is in its goal city; finally every truck takes the packages at its airport to their
   * goal places.
   */
  static List<LogisticsAction> constructive(LogisticsModel m) {
    Builder b = new Builder(m);
    for (int city = 0; city < m.cityNames.length; city++) {
      int truck = b.truckOf(city);
      List<Integer> pickups = new ArrayList<>();
      for (int place = 0; place < m.places; place++) {
        if (m.placeCity[place] == city && !b.packagesToCollect(place, city).isEmpty()) {
          pickups.add(place);
        }
      }
      if (pickups.isEmpty()) {
        continue;
      }
      for (int place : pickups) {
        b.drive(truck, place);
        for (int k : b.packagesToCollect(place, city)) {
          b.act(LogisticsAction.load(true, k, truck, place));
        }
      }
      for (int place = 0; place < m.places; place++) {
        if (m.placeCity[place] != city) {
          continue;
        }
        List<Integer> drop = new ArrayList<>();
        for (int k = 0; k < m.packageCount; k++) {
          if (b.at(k) == m.inTruck(truck) && m.goal[k] == place) {
            drop.add(k);
          }
        }
        if (!drop.isEmpty()) {
          b.drive(truck, place);
          for (int k : drop) {
            b.act(LogisticsAction.unload(true, k, truck, place));
          }
        }
      }
      int airport = m.airportOf[city];
      for (int k = 0; k < m.packageCount; k++) {
        if (b.at(k) == m.inTruck(truck)) {
          b.drive(truck, airport);
          b.act(LogisticsAction.unload(true, k, truck, airport));
        }
      }
    }
    if (m.planes > 0) {
      for (int pass = 0; pass < 2; pass++) {
        for (int city = 0; city < m.cityNames.length; city++) {
          int airport = m.airportOf[city];
          if (airport < 0) {
            continue;
          }
          List<LogisticsAction> here = new ArrayList<>();
          for (int k = 0; k < m.packageCount; k++) {
            if (b.at(k) == m.inPlane(0) && m.placeCity[m.goal[k]] == city) {
              here.add(LogisticsAction.unload(false, k, 0, airport));
            } else if (b.at(k) == airport && m.placeCity[m.goal[k]] != city) {
              here.add(LogisticsAction.load(false, k, 0, airport));
            }
          }
          if (!here.isEmpty()) {
            b.fly(0, airport);
            here.forEach(b::act);
          }
        }
      }
    }
    for (int city = 0; city < m.cityNames.length; city++) {
      int airport = m.airportOf[city];
      List<Integer> waiting = new ArrayList<>();
      for (int k = 0; k < m.packageCount; k++) {
        if (airport >= 0 && b.at(k) == airport && m.goal[k] != airport) {
          waiting.add(k);
        }
      }
      if (waiting.isEmpty()) {
        continue;
      }
      int truck = b.truckOf(city);
      b.drive(truck, airport);
      for (int k : waiting) {
        b.act(LogisticsAction.load(true, k, truck, airport));
      }
      for (int place = 0; place < m.places; place++) {
        for (int k : waiting) {
          if (m.goal[k] == place) {
            b.drive(truck, place);
            b.act(LogisticsAction.unload(true, k, truck, place));
          }
        }
      }
    }
    Simulation<LogisticsState> run = Simulation.run(m, b.plan);
    if (!run.solved()) {
      throw new IllegalStateException("the constructive logistics plan fails: " + run);
    }
    return b.plan;
  }

  /** Emits actions and tracks the state they lead to. */
  private static final class Builder {
    final LogisticsModel m;
    final List<LogisticsAction> plan = new ArrayList<>();
    LogisticsState state;

    Builder(LogisticsModel m) {
      this.m = m;
      this.state = m.initial();
    }

    int at(int pkg) {
      return state.get(m.packageSlot(pkg));
    }

    int truckOf(int city) {
      for (int t = 0; t < m.trucks; t++) {
        if (m.placeCity[state.get(m.truckSlot(t))] == city) {
          return t;
        }
      }
      throw new IllegalStateException("city " + m.cityNames[city] + " has no truck");
    }

    /** Packages at {@code place} that a truck must take away (to elsewhere in the city, or to the airport). */
    List<Integer> packagesToCollect(int place, int city) {
      List<Integer> out = new ArrayList<>();
      for (int k = 0; k < m.packageCount; k++) {
        int g = m.goal[k];
        if (at(k) == place && g != place && (m.placeCity[g] == city || !m.airport[place])) {
          out.add(k);
        }
      }
      return out;
    }

    void act(LogisticsAction a) {
      plan.add(a);
      state = m.apply(state, a);
    }

    void drive(int truck, int to) {
      int from = state.get(m.truckSlot(truck));
      if (from != to) {
        act(LogisticsAction.drive(truck, from, to, m.placeCity[from]));
      }
    }

    void fly(int plane, int to) {
      int from = state.get(m.planeSlot(plane));
      if (from != to) {
        act(LogisticsAction.fly(plane, from, to));
      }
    }
  }
}
