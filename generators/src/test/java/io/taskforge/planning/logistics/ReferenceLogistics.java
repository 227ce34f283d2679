package io.taskforge.planning.logistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent logistics simulator and breadth-first optimum for tests, written from the IPC
 * domain's text and not from {@link LogisticsModel}: objects by name, positions as indices into a
 * list of places and vehicles, all ground actions tried in every state.
 */
final class ReferenceLogistics {
  private final List<String> objects = new ArrayList<>(); // trucks, airplanes, packages
  private final List<String> spots = new ArrayList<>();   // places, then vehicles (where a package can be)
  private final Map<String, String> cityOf = new HashMap<>();
  private final Map<String, Boolean> airport = new HashMap<>();
  private final int trucks;
  private final int planes;
  private final int places;
  private final int[] start;
  private final int[] goal; // per object: the goal spot of a package, -1 for vehicles

  ReferenceLogistics(LogisticsProblem p) {
    for (LogisticsProblem.Place pl : p.places()) {
      spots.add(pl.name());
      cityOf.put(pl.name(), pl.city());
      airport.put(pl.name(), pl.airport());
    }
    places = spots.size();
    trucks = p.trucks().size();
    planes = p.airplanes().size();
    int n = p.trucks().size() + p.airplanes().size() + p.packages().size();
    start = new int[n];
    goal = new int[n];
    int i = 0;
    for (LogisticsProblem.Vehicle t : p.trucks()) {
      objects.add(t.name());
      spots.add(t.name());
      goal[i] = -1;
      start[i++] = spots.indexOf(t.at());
    }
    for (LogisticsProblem.Vehicle a : p.airplanes()) {
      objects.add(a.name());
      spots.add(a.name());
      goal[i] = -1;
      start[i++] = spots.indexOf(a.at());
    }
    for (LogisticsProblem.Cargo k : p.packages()) {
      objects.add(k.name());
      goal[i] = spots.indexOf(k.goal());
      start[i++] = spots.indexOf(k.at());
    }
  }

  private boolean delivered(int[] s) {
    for (int i = 0; i < s.length; i++) {
      if (goal[i] >= 0 && s[i] != goal[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the plan (canonical lines) is legal and delivers every package. */
  boolean solves(String plan) {
    int[] s = start.clone();
    for (String line : plan.split("\n")) {
      if (!apply(s, line.split(" "))) {
        return false;
      }
    }
    return delivered(s);
  }

  private static boolean set(int[] s, int i, int v) {
    s[i] = v;
    return true;
  }

  private static int get(int[] s, int i) {
    return s[i];
  }

  /** Applies one action to {@code s} when it is applicable; false (and no change) otherwise. */
  private boolean apply(int[] s, String[] w) {
    int obj = w.length > 1 ? objects.indexOf(w[1]) : -1;
    switch (w[0]) {
      case "load-truck", "load-airplane", "unload-truck", "unload-airplane" -> {
        if (w.length != 4) {
          return false;
        }
        int pkg = objects.indexOf(w[1]);
        int veh = objects.indexOf(w[2]);
        int place = spots.indexOf(w[3]);
        boolean truck = w[0].endsWith("truck");
        if (pkg < trucks + planes || veh < 0 || veh >= trucks + planes || (veh < trucks) != truck || place < 0
            || place >= places || get(s, veh) != place) {
          return false;
        }
        int vehSpot = spots.indexOf(w[2]);
        if (w[0].startsWith("load")) {
          return get(s, pkg) == place && set(s, pkg, vehSpot);
        }
        return get(s, pkg) == vehSpot && set(s, pkg, place);
      }
      case "drive-truck" -> {
        if (w.length != 5 || obj < 0 || obj >= trucks) {
          return false;
        }
        int from = spots.indexOf(w[2]);
        int to = spots.indexOf(w[3]);
        if (from < 0 || to < 0 || from >= places || to >= places || get(s, obj) != from
            || !w[4].equals(cityOf.get(w[2])) || !w[4].equals(cityOf.get(w[3]))) {
          return false;
        }
        return set(s, obj, to);
      }
      case "fly-airplane" -> {
        if (w.length != 4 || obj < trucks || obj >= trucks + planes) {
          return false;
        }
        int from = spots.indexOf(w[2]);
        int to = spots.indexOf(w[3]);
        if (from < 0 || to < 0 || from >= places || to >= places || get(s, obj) != from
            || !airport.get(w[2]) || !airport.get(w[3])) {
          return false;
        }
        return set(s, obj, to);
      }
      default -> {
        return false;
      }
    }
  }

  /** The length of a shortest plan, by breadth-first search over every ground action. */
  int optimalLength() {
    List<String[]> actions = new ArrayList<>();
    for (int v = 0; v < trucks + planes; v++) {
      boolean truck = v < trucks;
      for (int k = trucks + planes; k < objects.size(); k++) {
        for (int pl = 0; pl < places; pl++) {
          String suffix = truck ? "truck" : "airplane";
          actions.add(new String[] {"load-" + suffix, objects.get(k), objects.get(v), spots.get(pl)});
          actions.add(new String[] {"unload-" + suffix, objects.get(k), objects.get(v), spots.get(pl)});
        }
      }
      for (int a = 0; a < places; a++) {
        for (int b = 0; b < places; b++) {
          if (truck) {
            actions.add(new String[] {"drive-truck", objects.get(v), spots.get(a), spots.get(b), cityOf.get(spots.get(a))});
          } else {
            actions.add(new String[] {"fly-airplane", objects.get(v), spots.get(a), spots.get(b)});
          }
        }
      }
    }
    if (start.length > 12 || spots.size() > 31) {
      throw new IllegalArgumentException("too big for a breadth-first search");
    }
    Map<Long, Integer> depth = new HashMap<>();
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    depth.put(key(start), 0);
    queue.add(start);
    while (!queue.isEmpty()) {
      int[] s = queue.poll();
      int d = depth.get(key(s));
      if (delivered(s)) {
        return d;
      }
      for (String[] a : actions) {
        int[] next = s.clone();
        if (apply(next, a) && depth.putIfAbsent(key(next), d + 1) == null) {
          queue.add(next);
        }
      }
    }
    return -1;
  }

  private static long key(int[] s) {
    long k = 0;
    for (int v : s) {
      k = k << 5 | v;
    }
    return k;
  }
}
