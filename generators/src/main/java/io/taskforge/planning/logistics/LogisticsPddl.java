package io.taskforge.planning.logistics;

import io.taskforge.planning.pddl.Fact;
import io.taskforge.planning.pddl.Literal;
import io.taskforge.planning.pddl.PddlAction;
import io.taskforge.planning.pddl.PddlDomain;
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.planning.pddl.PddlProblem;
import io.taskforge.planning.pddl.TypedName;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard IPC logistics domain (STRIPS with typing) and a problem's export into it. Plan lines
 * map one to one onto its ground actions: {@code drive-truck t1 l1-1 apt1 c1} is {@code
 * (drive-truck t1 l1-1 apt1 c1)}.
 */
public final class LogisticsPddl {
  public static final String DOMAIN = "logistics";

  private LogisticsPddl() {}

  public static PddlFiles export(LogisticsProblem p) {
    return new PddlFiles(domain(), problem(p));
  }

  public static PddlDomain domain() {
    List<TypedName> types = List.of(
        new TypedName("truck", "vehicle"), new TypedName("airplane", "vehicle"),
        new TypedName("package", "physobj"), new TypedName("vehicle", "physobj"),
        new TypedName("airport", "place"), new TypedName("location", "place"),
        new TypedName("city", "object"), new TypedName("place", "object"), new TypedName("physobj", "object"));
    List<PddlDomain.Predicate> predicates = List.of(
        new PddlDomain.Predicate("in-city", List.of(new TypedName("?loc", "place"), new TypedName("?city", "city"))),
        new PddlDomain.Predicate("at", List.of(new TypedName("?obj", "physobj"), new TypedName("?loc", "place"))),
        new PddlDomain.Predicate("in", List.of(new TypedName("?pkg", "package"), new TypedName("?veh", "vehicle"))));
    List<PddlAction> actions = List.of(
        loadOrUnload("load-truck", "truck", true),
        loadOrUnload("load-airplane", "airplane", true),
        loadOrUnload("unload-truck", "truck", false),
        loadOrUnload("unload-airplane", "airplane", false),
        new PddlAction("drive-truck",
            List.of(new TypedName("?truck", "truck"), new TypedName("?loc-from", "place"),
                new TypedName("?loc-to", "place"), new TypedName("?city", "city")),
            List.of(Literal.pos("at", "?truck", "?loc-from"), Literal.pos("in-city", "?loc-from", "?city"),
                Literal.pos("in-city", "?loc-to", "?city")),
            List.of(Literal.neg("at", "?truck", "?loc-from"), Literal.pos("at", "?truck", "?loc-to"))),
        new PddlAction("fly-airplane",
            List.of(new TypedName("?airplane", "airplane"), new TypedName("?loc-from", "airport"),
                new TypedName("?loc-to", "airport")),
            List.of(Literal.pos("at", "?airplane", "?loc-from")),
            List.of(Literal.neg("at", "?airplane", "?loc-from"), Literal.pos("at", "?airplane", "?loc-to"))));
    return new PddlDomain(DOMAIN, List.of(":strips", ":typing"), types, predicates, actions);
  }

  private static PddlAction loadOrUnload(String name, String vehicleType, boolean load) {
    String v = "?" + vehicleType;
    List<TypedName> params = List.of(
        new TypedName("?pkg", "package"), new TypedName(v, vehicleType), new TypedName("?loc", "place"));
    if (load) {
      return new PddlAction(name, params,
          List.of(Literal.pos("at", v, "?loc"), Literal.pos("at", "?pkg", "?loc")),
          List.of(Literal.neg("at", "?pkg", "?loc"), Literal.pos("in", "?pkg", v)));
    }
    return new PddlAction(name, params,
        List.of(Literal.pos("at", v, "?loc"), Literal.pos("in", "?pkg", v)),
        List.of(Literal.neg("in", "?pkg", v), Literal.pos("at", "?pkg", "?loc")));
  }

  public static PddlProblem problem(LogisticsProblem p) {
    List<TypedName> objects = new ArrayList<>();
    p.cities().forEach(c -> objects.add(new TypedName(c, "city")));
    p.places().forEach(pl -> objects.add(new TypedName(pl.name(), pl.airport() ? "airport" : "location")));
    p.trucks().forEach(t -> objects.add(new TypedName(t.name(), "truck")));
    p.airplanes().forEach(a -> objects.add(new TypedName(a.name(), "airplane")));
    p.packages().forEach(k -> objects.add(new TypedName(k.name(), "package")));
    List<Fact> init = new ArrayList<>();
    p.places().forEach(pl -> init.add(Fact.of("in-city", pl.name(), pl.city())));
    p.trucks().forEach(t -> init.add(Fact.of("at", t.name(), t.at())));
    p.airplanes().forEach(a -> init.add(Fact.of("at", a.name(), a.at())));
    p.packages().forEach(k -> init.add(Fact.of("at", k.name(), k.at())));
    List<Literal> goal = new ArrayList<>();
    p.packages().forEach(k -> goal.add(Literal.pos("at", k.name(), k.goal())));
    return new PddlProblem("logistics-instance", DOMAIN, objects, init, goal);
  }
}
