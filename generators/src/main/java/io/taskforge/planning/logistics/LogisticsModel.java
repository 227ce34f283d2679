package io.taskforge.planning.logistics;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.planning.logistics.LogisticsAction.Op;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link LogisticsProblem} as a planning model, with the semantics of the IPC STRIPS domain: a
 * package is loaded into a vehicle at the place where both are and unloaded where the vehicle is; a
 * truck drives between two places of one city; an airplane flies between two airports. Shared by
 * the generator's search and the verifier's simulation.
 *
 * <p>The constructor checks the problem (distinct names, known places, one airport per city, trucks
 * and airplanes where they may be) and throws {@link IllegalArgumentException} naming what is wrong.
 */
public final class LogisticsModel implements PlanningModel<LogisticsState, LogisticsAction> {
  /** Kinds of named objects, for {@link #lookup}. */
  public enum Kind { CITY, PLACE, TRUCK, AIRPLANE, PACKAGE }

  private static final int MAX_OBJECTS = 120;

  final String[] cityNames;
  final String[] placeNames;
  final int[] placeCity;
  final boolean[] airport;
  /** The airport of each city, or -1. */
  final int[] airportOf;
  final String[] truckNames;
  final String[] planeNames;
  final String[] packageNames;
  /** Each package's goal place. */
  final int[] goal;
  final int places;
  final int trucks;
  final int planes;
  final int packageCount;
  private final Map<String, Integer> codes;
  private final LogisticsState initial;

  public LogisticsModel(LogisticsProblem p) {
    require(p != null && p.cities() != null && p.places() != null && p.trucks() != null && p.airplanes() != null
        && p.packages() != null, "the problem lacks its cities, places, trucks, airplanes or packages");
    int objects = p.cities().size() + p.places().size() + p.trucks().size() + p.airplanes().size() + p.packages().size();
    require(objects <= MAX_OBJECTS, "the problem has more than " + MAX_OBJECTS + " objects");
    codes = new HashMap<>(objects * 2);
    require(!p.places().isEmpty() && !p.packages().isEmpty(), "the problem has no places or no packages");
    cityNames = new String[p.cities().size()];
    for (int i = 0; i < cityNames.length; i++) {
      cityNames[i] = name(p.cities().get(i), Kind.CITY, i);
    }
    places = p.places().size();
    placeNames = new String[places];
    placeCity = new int[places];
    airport = new boolean[places];
    airportOf = new int[cityNames.length];
    java.util.Arrays.fill(airportOf, -1);
    for (int i = 0; i < places; i++) {
      LogisticsProblem.Place place = p.places().get(i);
      require(place != null, "the problem has an empty place");
      placeNames[i] = name(place.name(), Kind.PLACE, i);
      placeCity[i] = index(place.city(), Kind.CITY, "the city of place ", place.name());
      airport[i] = place.airport();
      if (place.airport()) {
        if (airportOf[placeCity[i]] >= 0) {
          throw new IllegalArgumentException("city " + place.city() + " has two airports");
        }
        airportOf[placeCity[i]] = i;
      }
    }
    trucks = p.trucks().size();
    planes = p.airplanes().size();
    packageCount = p.packages().size();
    truckNames = new String[trucks];
    planeNames = new String[planes];
    packageNames = new String[packageCount];
    goal = new int[packageCount];
    byte[] at = new byte[trucks + planes + packageCount];
    for (int i = 0; i < trucks; i++) {
      LogisticsProblem.Vehicle v = p.trucks().get(i);
      require(v != null, "the problem has an empty truck");
      truckNames[i] = name(v.name(), Kind.TRUCK, i);
      at[i] = (byte) index(v.at(), Kind.PLACE, "the place of truck ", v.name());
    }
    for (int i = 0; i < planes; i++) {
      LogisticsProblem.Vehicle v = p.airplanes().get(i);
      require(v != null, "the problem has an empty airplane");
      planeNames[i] = name(v.name(), Kind.AIRPLANE, i);
      int place = index(v.at(), Kind.PLACE, "the place of airplane ", v.name());
      if (!airport[place]) {
        throw new IllegalArgumentException("airplane " + v.name() + " starts at " + v.at() + ", which is not an airport");
      }
      at[trucks + i] = (byte) place;
    }
    for (int i = 0; i < packageCount; i++) {
      LogisticsProblem.Cargo c = p.packages().get(i);
      require(c != null, "the problem has an empty package");
      packageNames[i] = name(c.name(), Kind.PACKAGE, i);
      at[trucks + planes + i] = (byte) index(c.at(), Kind.PLACE, "the place of package ", c.name());
      goal[i] = index(c.goal(), Kind.PLACE, "the goal of package ", c.name());
    }
    initial = new LogisticsState(at);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private String name(String name, Kind kind, int index) {
    require(name != null && !name.isEmpty() && name.length() <= 40, "the problem has a missing or overlong name");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 127 || c == '(' || c == ')' || c == ',' || c == '`' || (c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException("the problem has a name that cannot be written in a plan: " + name);
      }
    }
    if (codes.put(name, kind.ordinal() << 8 | index) != null) {
      throw new IllegalArgumentException("the problem uses the name " + name + " twice");
    }
    return name;
  }

  /** The index of a named object of the given kind; the error names {@code what + owner}. */
  private int index(String name, Kind kind, String what, String owner) {
    Integer code = name == null ? null : codes.get(name);
    if (code == null || code >> 8 != kind.ordinal()) {
      throw new IllegalArgumentException(
          what + owner + " is not a known " + kind.name().toLowerCase(java.util.Locale.ROOT));
    }
    return code & 0xFF;
  }

  /** The kind and index of a named object ({@code kind << 8 | index}), or -1 for an unknown name. */
  public int lookup(String name) {
    Integer code = codes.get(name);
    return code == null ? -1 : code;
  }

  public static Kind kindOf(int code) {
    return Kind.values()[code >> 8];
  }

  public static int indexOf(int code) {
    return code & 0xFF;
  }

  // ---- state layout ----

  int truckSlot(int truck) {
    return truck;
  }

  int planeSlot(int plane) {
    return trucks + plane;
  }

  int packageSlot(int pkg) {
    return trucks + planes + pkg;
  }

  /** The package code of "in truck t". */
  int inTruck(int truck) {
    return places + truck;
  }

  int inPlane(int plane) {
    return places + trucks + plane;
  }

  // ---- PlanningModel ----

  @Override
  public LogisticsState initial() {
    return initial;
  }

  @Override
  public String violation(LogisticsState s, LogisticsAction a) {
    switch (a.op()) {
      case LOAD_TRUCK, LOAD_AIRPLANE -> {
        boolean truck = a.op() == Op.LOAD_TRUCK;
        int vehicleAt = s.get(truck ? truckSlot(a.b()) : planeSlot(a.b()));
        if (vehicleAt != a.c()) {
          return vehicle(truck, a.b()) + " is at " + placeNames[vehicleAt] + ", not at " + placeNames[a.c()];
        }
        int pkgAt = s.get(packageSlot(a.a()));
        if (pkgAt != a.c()) {
          return "package " + packageNames[a.a()] + " is " + where(pkgAt) + ", not at " + placeNames[a.c()];
        }
        return null;
      }
      case UNLOAD_TRUCK, UNLOAD_AIRPLANE -> {
        boolean truck = a.op() == Op.UNLOAD_TRUCK;
        int vehicleAt = s.get(truck ? truckSlot(a.b()) : planeSlot(a.b()));
        if (vehicleAt != a.c()) {
          return vehicle(truck, a.b()) + " is at " + placeNames[vehicleAt] + ", not at " + placeNames[a.c()];
        }
        int pkgAt = s.get(packageSlot(a.a()));
        int in = truck ? inTruck(a.b()) : inPlane(a.b());
        if (pkgAt != in) {
          return "package " + packageNames[a.a()] + " is " + where(pkgAt) + ", not in " + vehicle(truck, a.b());
        }
        return null;
      }
      case DRIVE_TRUCK -> {
        int at = s.get(truckSlot(a.a()));
        if (at != a.b()) {
          return "truck " + truckNames[a.a()] + " is at " + placeNames[at] + ", not at " + placeNames[a.b()];
        }
        if (a.city() >= 0) {
          if (placeCity[a.b()] != a.city()) {
            return placeNames[a.b()] + " is not in city " + cityNames[a.city()];
          }
          if (placeCity[a.c()] != a.city()) {
            return placeNames[a.c()] + " is not in city " + cityNames[a.city()] + " (trucks drive only within a city)";
          }
        } else if (placeCity[a.c()] != placeCity[a.b()]) {
          return placeNames[a.c()] + " is not in city " + cityNames[placeCity[a.b()]]
              + " (trucks drive only within a city)";
        }
        return null;
      }
      case FLY_AIRPLANE -> {
        int at = s.get(planeSlot(a.a()));
        if (at != a.b()) {
          return "airplane " + planeNames[a.a()] + " is at " + placeNames[at] + ", not at " + placeNames[a.b()];
        }
        if (!airport[a.c()]) {
          return placeNames[a.c()] + " is not an airport";
        }
        return null;
      }
      default -> throw new AssertionError(a.op());
    }
  }

  private String vehicle(boolean truck, int i) {
    return truck ? "truck " + truckNames[i] : "airplane " + planeNames[i];
  }

  /** "at l1-2", "in truck t1", "in airplane a1". */
  String where(int code) {
    if (code < places) {
      return "at " + placeNames[code];
    }
    int v = code - places;
    return "in " + (v < trucks ? "truck " + truckNames[v] : "airplane " + planeNames[v - trucks]);
  }

  @Override
  public LogisticsState apply(LogisticsState s, LogisticsAction a) {
    return switch (a.op()) {
      case LOAD_TRUCK -> s.with(packageSlot(a.a()), inTruck(a.b()));
      case LOAD_AIRPLANE -> s.with(packageSlot(a.a()), inPlane(a.b()));
      case UNLOAD_TRUCK, UNLOAD_AIRPLANE -> s.with(packageSlot(a.a()), a.c());
      case DRIVE_TRUCK -> s.with(truckSlot(a.a()), a.c());
      case FLY_AIRPLANE -> s.with(planeSlot(a.a()), a.c());
    };
  }

  @Override
  public List<String> unmetGoals(LogisticsState s) {
    List<String> unmet = new ArrayList<>();
    for (int k = 0; k < packageCount; k++) {
      int at = s.get(packageSlot(k));
      if (at != goal[k]) {
        unmet.add("package " + packageNames[k] + " is " + where(at) + ", not at " + placeNames[goal[k]]);
      }
    }
    return unmet;
  }

  @Override
  public boolean isGoal(LogisticsState s) {
    int base = trucks + planes;
    for (int k = 0; k < packageCount; k++) {
      if (s.at[base + k] != goal[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every applicable action that changes the state, in a fixed order: per package its loads (trucks,
   * then airplanes, where it lies) or its unload; then per truck its drives to the other places of
   * its city; then per airplane its flights to the other airports. (Driving or flying to where the
   * vehicle already is is legal but changes nothing, and is left out.)
   */
  @Override
  public void successors(LogisticsState s, SearchSpace.Successors<LogisticsState, LogisticsAction> out) {
    successors(s, out, false);
  }

  /** As {@link #successors}, optionally without loading packages that already are at their goal. */
  void successors(LogisticsState s, SearchSpace.Successors<LogisticsState, LogisticsAction> out, boolean prune) {
    for (int k = 0; k < packageCount; k++) {
      int at = s.get(packageSlot(k));
      if (at < places) {
        if (prune && at == goal[k]) {
          continue;
        }
        for (int t = 0; t < trucks; t++) {
          if (s.get(truckSlot(t)) == at) {
            out.add(LogisticsAction.load(true, k, t, at), s.with(packageSlot(k), inTruck(t)), 1);
          }
        }
        for (int a = 0; a < planes; a++) {
          if (s.get(planeSlot(a)) == at) {
            out.add(LogisticsAction.load(false, k, a, at), s.with(packageSlot(k), inPlane(a)), 1);
          }
        }
      } else {
        int v = at - places;
        boolean truck = v < trucks;
        int vehicle = truck ? v : v - trucks;
        int place = s.get(truck ? truckSlot(vehicle) : planeSlot(vehicle));
        out.add(LogisticsAction.unload(truck, k, vehicle, place), s.with(packageSlot(k), place), 1);
      }
    }
    for (int t = 0; t < trucks; t++) {
      int from = s.get(truckSlot(t));
      int city = placeCity[from];
      for (int to = 0; to < places; to++) {
        if (to != from && placeCity[to] == city) {
          out.add(LogisticsAction.drive(t, from, to, city), s.with(truckSlot(t), to), 1);
        }
      }
    }
    for (int a = 0; a < planes; a++) {
      int from = s.get(planeSlot(a));
      for (int to = 0; to < places; to++) {
        if (to != from && airport[to]) {
          out.add(LogisticsAction.fly(a, from, to), s.with(planeSlot(a), to), 1);
        }
      }
    }
  }

  /** The canonical plan line of an action (a drive always names its city). */
  public String text(LogisticsAction a) {
    StringBuilder sb = new StringBuilder(40).append(a.op().word()).append(' ');
    switch (a.op()) {
      case LOAD_TRUCK, UNLOAD_TRUCK -> sb.append(packageNames[a.a()]).append(' ').append(truckNames[a.b()])
          .append(' ').append(placeNames[a.c()]);
      case LOAD_AIRPLANE, UNLOAD_AIRPLANE -> sb.append(packageNames[a.a()]).append(' ').append(planeNames[a.b()])
          .append(' ').append(placeNames[a.c()]);
      case DRIVE_TRUCK -> sb.append(truckNames[a.a()]).append(' ').append(placeNames[a.b()]).append(' ')
          .append(placeNames[a.c()]).append(' ')
          .append(cityNames[a.city() >= 0 ? a.city() : placeCity[a.b()]]);
      case FLY_AIRPLANE -> sb.append(planeNames[a.a()]).append(' ').append(placeNames[a.b()]).append(' ')
          .append(placeNames[a.c()]);
      default -> throw new AssertionError(a.op());
    }
    return sb.toString();
  }

  public int packageCount() {
    return packageCount;
  }
}
