package io.taskforge.planning.logistics;

import io.taskforge.planning.core.CanonicalGraph;
import java.util.HashMap;
import java.util.Map;

/**
 * A name-free description of a logistics problem for dedup ({@link CanonicalGraph}): objects
 * labelled by their kind, related by in-city, at and goal. Problems that differ only in the names of
 * their objects, or the order they are listed in, get the same text.
 */
final class LogisticsCanonical {
  private static final int ROUNDS = 4;

  private LogisticsCanonical() {}

  static String of(LogisticsProblem p) {
    CanonicalGraph g = new CanonicalGraph();
    Map<String, Integer> id = new HashMap<>();
    p.cities().forEach(c -> id.put(c, g.node("city")));
    p.places().forEach(pl -> id.put(pl.name(), g.node(pl.airport() ? "airport" : "location")));
    p.trucks().forEach(t -> id.put(t.name(), g.node("truck")));
    p.airplanes().forEach(a -> id.put(a.name(), g.node("airplane")));
    p.packages().forEach(k -> id.put(k.name(), g.node("package")));
    p.places().forEach(pl -> g.edge(id.get(pl.name()), id.get(pl.city()), "in-city"));
    p.trucks().forEach(t -> g.edge(id.get(t.name()), id.get(t.at()), "at"));
    p.airplanes().forEach(a -> g.edge(id.get(a.name()), id.get(a.at()), "at"));
    p.packages().forEach(k -> {
      g.edge(id.get(k.name()), id.get(k.at()), "at");
      g.edge(id.get(k.name()), id.get(k.goal()), "goal");
    });
    return "logistics;" + g.text(ROUNDS);
  }
}
