package io.taskforge.planning.rivercrossing;

import io.taskforge.planning.pddl.Fact;
import io.taskforge.planning.pddl.Literal;
import io.taskforge.planning.pddl.PddlAction;
import io.taskforge.planning.pddl.PddlDomain;
import io.taskforge.planning.pddl.PddlFiles;
import io.taskforge.planning.pddl.PddlProblem;
import io.taskforge.planning.pddl.TypedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PDDL export of a river-crossing problem, in STRIPS with negative preconditions and equality.
 *
 * <p>Missionaries and cannibals: the counts on the near bank are objects {@code n0 ... nN};
 * {@code (near-m ?x)}, {@code (near-c ?x)}, {@code (boat-near)}/{@code (boat-far)} describe the state,
 * and static relations do the arithmetic and the safety rule: {@code (load ?dm ?dc)} for the boat
 * loads allowed, {@code (sub ?a ?d ?b)} for b = a - d, {@code (safe ?m ?c)} for near-bank counts
 * that leave both banks safe. Actions {@code (cross ?dm ?dc ?m ?c ?m2 ?c2)} and {@code (return
 * ...)}; the plan line {@code cross m c} with 3 and 3 on the near bank is {@code (cross n1 n1 n3 n3
 * n2 n2)}.
 *
 * <p>Farmer: items are objects, {@code (far ?x)} and {@code (farmer-far)} the state. Leaving a bank
 * safe is "the items staying behind contain no conflicting pair", which for a fixed cargo C holds
 * exactly when the items on the other bank include a vertex cover of the conflicts not touching C;
 * so there is one parameterless action per direction, cargo and minimal such cover, named {@code
 * cross-goat-1}, {@code return-alone-2}, ... The plan line {@code cross goat} is the first of the
 * {@code cross-goat-k} actions applicable in the state reached so far ({@link #action}).
 */
public final class RiverCrossingPddl {
  private RiverCrossingPddl() {}

  public static PddlFiles of(RiverCrossingProblem problem) {
    RiverCrossingModel model = RiverCrossingModel.of(problem);
    return model.missionaries() ? missionaries(problem) : farmer(problem, model);
  }

  static String count(int n) {
    return "n" + n;
  }

  private static PddlFiles missionaries(RiverCrossingProblem p) {
    List<TypedName> params = new ArrayList<>();
    for (String v : List.of("?dm", "?dc", "?m", "?c", "?m2", "?c2")) {
      params.add(TypedName.untyped(v));
    }
    PddlAction cross = new PddlAction("cross", params,
        List.of(Literal.pos("boat-near"), Literal.pos("load", "?dm", "?dc"), Literal.pos("near-m", "?m"),
            Literal.pos("near-c", "?c"), Literal.pos("sub", "?m", "?dm", "?m2"), Literal.pos("sub", "?c", "?dc", "?c2"),
            Literal.pos("safe", "?m2", "?c2")),
        List.of(Literal.neg("boat-near"), Literal.pos("boat-far"), Literal.neg("near-m", "?m"),
            Literal.neg("near-c", "?c"), Literal.pos("near-m", "?m2"), Literal.pos("near-c", "?c2")));
    PddlAction back = new PddlAction("return", params,
        List.of(Literal.pos("boat-far"), Literal.pos("load", "?dm", "?dc"), Literal.pos("near-m", "?m"),
            Literal.pos("near-c", "?c"), Literal.pos("sub", "?m2", "?dm", "?m"), Literal.pos("sub", "?c2", "?dc", "?c"),
            Literal.pos("safe", "?m2", "?c2")),
        List.of(Literal.neg("boat-far"), Literal.pos("boat-near"), Literal.neg("near-m", "?m"),
            Literal.neg("near-c", "?c"), Literal.pos("near-m", "?m2"), Literal.pos("near-c", "?c2")));
    List<TypedName> x = List.of(TypedName.untyped("?x"));
    List<TypedName> xy = List.of(TypedName.untyped("?x"), TypedName.untyped("?y"));
    PddlDomain domain = new PddlDomain("missionaries-and-cannibals", List.of(":strips"), List.of(),
        List.of(new PddlDomain.Predicate("boat-near", List.of()), new PddlDomain.Predicate("boat-far", List.of()),
            new PddlDomain.Predicate("near-m", x), new PddlDomain.Predicate("near-c", x),
            new PddlDomain.Predicate("load", xy), new PddlDomain.Predicate("safe", xy),
            new PddlDomain.Predicate("sub", List.of(TypedName.untyped("?a"), TypedName.untyped("?d"),
                TypedName.untyped("?b")))),
        List.of(cross, back));
    int m = p.missionaries();
    int c = p.cannibals();
    int top = Math.max(m, Math.max(c, p.boat()));
    List<TypedName> objects = new ArrayList<>();
    for (int i = 0; i <= top; i++) {
      objects.add(TypedName.untyped(count(i)));
    }
    List<Fact> init = new ArrayList<>();
    init.add(Fact.of("boat-near"));
    init.add(Fact.of("near-m", count(m)));
    init.add(Fact.of("near-c", count(c)));
    for (int dm = 0; dm <= Math.min(m, p.boat()); dm++) {
      for (int dc = 0; dc <= Math.min(c, p.boat() - dm); dc++) {
        if (dm + dc >= 1) {
          init.add(Fact.of("load", count(dm), count(dc)));
        }
      }
    }
    for (int a = 0; a <= top; a++) {
      for (int d = 0; d <= Math.min(a, p.boat()); d++) {
        init.add(Fact.of("sub", count(a), count(d), count(a - d)));
      }
    }
    for (int nm = 0; nm <= m; nm++) {
      for (int nc = 0; nc <= c; nc++) {
        boolean near = nm == 0 || nm >= nc;
        boolean far = m - nm == 0 || m - nm >= c - nc;
        if (near && far) {
          init.add(Fact.of("safe", count(nm), count(nc)));
        }
      }
    }
    PddlProblem problem = new PddlProblem("mc-" + m + "-" + c + "-" + p.boat(), domain.name(), objects, init,
        List.of(Literal.pos("boat-far"), Literal.pos("near-m", count(0)), Literal.pos("near-c", count(0))));
    return new PddlFiles(domain, problem);
  }

  private static String object(RiverCrossingModel model, int i) {
    return model.items().get(i).toLowerCase(Locale.ROOT);
  }

  /** The action name prefix of a trip: {@code cross-goat-wolf}, {@code return-alone}. */
  static String prefix(RiverCrossingModel model, boolean forward, long cargo) {
    StringBuilder sb = new StringBuilder(forward ? "cross" : "return");
    if (cargo == 0) {
      sb.append("-alone");
    }
    for (int i = 0; i < model.items().size(); i++) {
      if ((cargo >>> i & 1) != 0) {
        sb.append('-').append(object(model, i));
      }
    }
    return sb.toString();
  }

  private static PddlFiles farmer(RiverCrossingProblem p, RiverCrossingModel model) {
    int k = model.items().size();
    long[] edges = new long[p.conflicts().size()];
    for (int e = 0; e < edges.length; e++) {
      edges[e] = (1L << model.item(p.conflicts().get(e).get(0).toLowerCase(Locale.ROOT)))
          | (1L << model.item(p.conflicts().get(e).get(1).toLowerCase(Locale.ROOT)));
    }
    List<PddlAction> actions = new ArrayList<>();
    for (boolean forward : new boolean[] {true, false}) {
      for (long cargo : cargoSets(k, p.boat() - 1)) {
        List<Long> covers = minimalCovers(edges, cargo);
        for (int w = 0; w < covers.size(); w++) {
          List<Literal> pre = new ArrayList<>();
          List<Literal> eff = new ArrayList<>();
          pre.add(new Literal(!forward, "farmer-far", List.of()));
          eff.add(new Literal(forward, "farmer-far", List.of()));
          for (int i = 0; i < k; i++) {
            if ((cargo >>> i & 1) != 0) {
              pre.add(new Literal(!forward, "far", List.of(object(model, i))));
              eff.add(new Literal(forward, "far", List.of(object(model, i))));
            }
          }
          for (int i = 0; i < k; i++) {
            if ((covers.get(w) >>> i & 1) != 0) {
              // the cover stands on the bank the farmer heads for
              pre.add(new Literal(forward, "far", List.of(object(model, i))));
            }
          }
          actions.add(new PddlAction(prefix(model, forward, cargo) + "-" + (w + 1), List.of(), pre, eff));
        }
      }
    }
    PddlDomain domain = new PddlDomain("farmer-crossing", List.of(":strips", ":negative-preconditions"), List.of(),
        List.of(new PddlDomain.Predicate("farmer-far", List.of()),
            new PddlDomain.Predicate("far", List.of(TypedName.untyped("?x")))),
        actions);
    List<TypedName> objects = new ArrayList<>();
    List<Literal> goal = new ArrayList<>();
    goal.add(Literal.pos("farmer-far"));
    for (int i = 0; i < k; i++) {
      objects.add(TypedName.untyped(object(model, i)));
      goal.add(Literal.pos("far", object(model, i)));
    }
    PddlProblem problem = new PddlProblem("farmer-" + k + "-" + p.boat(), domain.name(), objects, List.of(), goal);
    return new PddlFiles(domain, problem);
  }

  /** Cargo sets of up to {@code room} of {@code k} items, by size then bit order. */
  static List<Long> cargoSets(int k, int room) {
    List<Long> out = new ArrayList<>();
    for (int size = 0; size <= Math.min(room, k); size++) {
      for (long s = 0; s < 1L << k; s++) {
        if (Long.bitCount(s) == size) {
          out.add(s);
        }
      }
    }
    return out;
  }

  /** The minimal vertex covers of the edges not touching {@code cargo}, in increasing bit order. */
  static List<Long> minimalCovers(long[] edges, long cargo) {
    List<Long> rest = new ArrayList<>();
    long touched = 0;
    for (long e : edges) {
      if ((e & cargo) == 0) {
        rest.add(e);
        touched |= e;
      }
    }
    List<Long> covers = new ArrayList<>();
    int[] bits = new int[Long.bitCount(touched)];
    for (int i = 0, b = 0; i < 64; i++) {
      if ((touched >>> i & 1) != 0) {
        bits[b++] = i;
      }
    }
    for (long sub = 0; sub < 1L << bits.length; sub++) {
      long set = 0;
      for (int b = 0; b < bits.length; b++) {
        if ((sub >>> b & 1) != 0) {
          set |= 1L << bits[b];
        }
      }
      if (!covers(rest, set)) {
        continue;
      }
      boolean minimal = true;
      for (int b = 0; b < bits.length && minimal; b++) {
        long less = set & ~(1L << bits[b]);
        minimal = less == set || !covers(rest, less);
      }
      if (minimal) {
        covers.add(set);
      }
    }
    covers.sort(null);
    return covers;
  }

  private static boolean covers(List<Long> edges, long set) {
    for (long e : edges) {
      if ((e & set) == 0) {
        return false;
      }
    }
    return true;
  }

  /** The ground PDDL action of a legal trip in {@code state}. */
  public static Fact action(RiverCrossingProblem problem, long state, Trip trip) {
    RiverCrossingModel model = RiverCrossingModel.of(problem);
    if (model.missionaries()) {
      int nm = problem.missionaries() - RiverCrossingModel.farMissionaries(state);
      int nc = problem.cannibals() - RiverCrossingModel.farCannibals(state);
      int sign = trip.forward() ? -1 : 1;
      return Fact.of(trip.forward() ? "cross" : "return", count(trip.missionaries()), count(trip.cannibals()),
          count(nm), count(nc), count(nm + sign * trip.missionaries()), count(nc + sign * trip.cannibals()));
    }
    long[] edges = new long[problem.conflicts().size()];
    for (int e = 0; e < edges.length; e++) {
      edges[e] = (1L << model.item(problem.conflicts().get(e).get(0).toLowerCase(Locale.ROOT)))
          | (1L << model.item(problem.conflicts().get(e).get(1).toLowerCase(Locale.ROOT)));
    }
    long far = RiverCrossingModel.farItems(state);
    long destination = trip.forward() ? far : ~far & ((1L << model.items().size()) - 1);
    List<Long> covers = minimalCovers(edges, trip.items());
    for (int w = 0; w < covers.size(); w++) {
      if ((covers.get(w) & ~destination) == 0) {
        return Fact.of(prefix(model, trip.forward(), trip.items()) + "-" + (w + 1));
      }
    }
    throw new IllegalArgumentException("the trip is not legal in this state");
  }
}
