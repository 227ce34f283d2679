package io.taskforge.planning.logistics;

import io.taskforge.core.Params;

/**
 * The typed params of {@link LogisticsTask}.
 *
 * @param cities the number of cities (one truck each, one airport each)
 * @param places places per city, the airport included
 * @param airplanes the number of airplanes
 * @param packages the number of packages to deliver
 * @param searchLimit A* expansions spent proving the gold plan optimal
 * @param optimality whether valid plans score optimal length / plan length instead of 1
 */
public record LogisticsParams(int cities, int places, int airplanes, int packages, int searchLimit, boolean optimality) {
  static final String CITIES = "cities";
  static final String PLACES = "places";
  static final String AIRPLANES = "airplanes";
  static final String PACKAGES = "packages";
  static final String SEARCH_LIMIT = "search_limit";
  static final String OPTIMALITY = "optimality";

  public static LogisticsParams from(Params p) {
    return new LogisticsParams(p.getInt(CITIES), p.getInt(PLACES), p.getInt(AIRPLANES), p.getInt(PACKAGES),
        p.getInt(SEARCH_LIMIT), p.getBool(OPTIMALITY));
  }
}
