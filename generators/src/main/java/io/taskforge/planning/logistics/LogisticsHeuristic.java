package io.taskforge.planning.logistics;

import io.taskforge.search.Heuristic;

/**
 * An admissible estimate of the actions still needed, as a sum over disjoint kinds of action.
 *
 * <p>Loads and unloads: every package away from its goal needs the loads and unloads its route
 * forces (one truck ride within its city; or, to change city, an airplane ride, plus a truck ride
 * at each end of the trip that is not an airport), and each such action moves one package.
 *
 * <p>Drives: a truck must <em>stand</em> at every place where a package waits to be loaded into a
 * truck, and must <em>arrive</em> (by a drive ending there) at every place where a package it will
 * have loaded elsewhere is to be unloaded. Each drive ends at one place, so the drives number at
 * least the places that need an arrival, together with the places that need a truck to stand
 * where none stands now. (Trucks never leave their city, so a truck at a place is a truck of its
 * city.) Flights: likewise for airports, loads into airplanes and unloads from them.
 */
final class LogisticsHeuristic implements Heuristic<LogisticsState> {
  private final LogisticsModel m;

  LogisticsHeuristic(LogisticsModel m) {
    if (m.places > 64) {
      throw new IllegalArgumentException("the heuristic handles at most 64 places, got " + m.places);
    }
    this.m = m;
  }

  @Override
  public int estimate(LogisticsState state) {
    return estimate(state, null);
  }

  /**
   * The estimate; when {@code needs} is given, also the places where a truck must still be
   * ({@code needs[0]}) and the airports where an airplane must still be ({@code needs[1]}), as bit
   * sets over place indices.
   */
  int estimate(LogisticsState state, long[] needs) {
    byte[] s = state.at;
    int places = m.places;
    int trucks = m.trucks;
    int base = trucks + m.planes;
    int h = 0;
    long truckStand = 0;
    long truckArrive = 0;
    long planeStand = 0;
    long planeArrive = 0;
    for (int k = 0; k < m.packageCount; k++) {
      int at = s[base + k];
      int g = m.goal[k];
      if (at == g) {
        continue;
      }
      int goalCity = m.placeCity[g];
      int goalAirport = m.airportOf[goalCity];
      boolean lastLeg = !m.airport[g]; // a truck ride from the goal city's airport after the flight
      if (at < places) {
        int city = m.placeCity[at];
        if (city == goalCity) {
          h += 2;
          truckStand |= bit(at);
          truckArrive |= bit(g);
          continue;
        }
        int airport = m.airportOf[city];
        if (!m.airport[at]) {
          h += 2;
          truckStand |= bit(at);
          truckArrive |= bit(airport);
        }
        h += 2;
        planeStand |= bit(airport);
        planeArrive |= bit(goalAirport);
      } else {
        int v = at - places;
        int place = s[v];
        if (v < trucks) {
          int city = m.placeCity[place];
          if (city == goalCity) {
            h += 1;
            if (place != g) {
              truckArrive |= bit(g);
            }
            continue;
          }
          int airport = m.airportOf[city];
          h += 3;
          if (place != airport) {
            truckArrive |= bit(airport);
          }
          planeStand |= bit(airport);
          planeArrive |= bit(goalAirport);
        } else {
          h += 1;
          if (place != goalAirport) {
            planeArrive |= bit(goalAirport);
          }
        }
      }
      if (lastLeg) {
        h += 2;
        truckStand |= bit(goalAirport);
        truckArrive |= bit(g);
      }
    }
    if (needs != null) {
      needs[0] = truckStand | truckArrive;
      needs[1] = planeStand | planeArrive;
    }
    if ((truckStand | truckArrive) != 0) {
      long truckAt = 0;
      for (int t = 0; t < trucks; t++) {
        truckAt |= 1L << s[t];
      }
      h += Long.bitCount(truckArrive | (truckStand & ~truckAt));
    }
    if ((planeStand | planeArrive) != 0) {
      long planeAt = 0;
      for (int a = trucks; a < base; a++) {
        planeAt |= 1L << s[a];
      }
      h += Long.bitCount(planeArrive | (planeStand & ~planeAt));
    }
    return h;
  }

  /** The bit of a place; -1 (a city without an airport) contributes nothing. */
  private static long bit(int place) {
    return place < 0 ? 0 : 1L << place;
  }
}
