package io.taskforge.planning.logistics;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A logistics problem (IPC / PlanBench style): cities, each with places one of which is its airport;
 * trucks that drive between the places of their city; airplanes that fly between airports; packages
 * to be carried from where they are to their goal places. Every name is lower case.
 *
 * @param cities the city names
 * @param places every place with its city and whether it is the city's airport
 * @param trucks every truck with the place it starts at
 * @param airplanes every airplane with the airport it starts at
 * @param packages every package with its start and goal places
 * @param optimality whether valid plans score {@code referenceLength / plan length} instead of 1
 * @param referenceLength the length of the gold plan
 * @param referenceOptimal whether that length is proven optimal (else it is the best known)
 */
public record LogisticsProblem(
    List<String> cities,
    List<Place> places,
    List<Vehicle> trucks,
    List<Vehicle> airplanes,
    List<Cargo> packages,
    boolean optimality,
    int referenceLength,
    boolean referenceOptimal) {

  public LogisticsProblem {
    cities = copy(cities);
    places = copy(places);
    trucks = copy(trucks);
    airplanes = copy(airplanes);
    packages = copy(packages);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : ImmutableList.copyOf(list);
  }

  /** A place: a location of a city, or its airport. */
  public record Place(String name, String city, boolean airport) {}

  /** A truck or an airplane and the place it starts at. */
  public record Vehicle(String name, String at) {}

  /** A package, where it starts and where it must end. */
  public record Cargo(String name, String at, String goal) {}
}
