package io.taskforge.planning.waterjugs;

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
import java.util.TreeSet;

/**
 * The PDDL export of a water-jug problem, with amounts as objects so that it stays in STRIPS:
 * levels {@code l0}, {@code l1}, ... up to the largest capacity (type {@code level}), jugs {@code
 * jug-a}, ... (type {@code jug}). {@code (amount ?j ?l)} is a jug's contents, {@code (capacity ?j
 * ?l)} its size, and three static relations do the arithmetic: {@code (less ?a ?b)} for a &lt; b,
 * {@code (zero ?l)} for l0, and {@code (pour-result ?a ?b ?c ?na ?nb)}: pouring a litres into a
 * jug of capacity c holding b leaves na and nb (listed for a &gt; 0 and b &lt; c only, so a pour
 * always moves water). Actions: {@code (fill ?j ?a ?c)}, {@code (empty ?j ?a ?z)} (only with a
 * tap) and {@code (pour ?x ?y ?a ?b ?c ?na ?nb)}. The goal fixes the prescribed jugs' amounts.
 *
 * <p>A plan line maps to one ground action whose level arguments are read off the state reached
 * so far ({@link #action}): {@code pour A B} with A holding 3 and B holding 1 of 5 is {@code (pour
 * jug-a jug-b l3 l1 l5 l0 l4)}. An impossible instance exports as a problem with no plan.
 */
public final class WaterJugsPddl {
  private WaterJugsPddl() {}

  public static PddlFiles of(WaterJugsProblem problem) {
    WaterJugsModel model = WaterJugsModel.of(problem);
    return new PddlFiles(domain(model.tap()), problem(problem, model));
  }

  public static PddlDomain domain(boolean tap) {
    List<PddlAction> actions = new ArrayList<>();
    if (tap) {
      actions.add(new PddlAction("fill", typed("?j", "jug", "?a", "level", "?c", "level"),
          List.of(Literal.pos("amount", "?j", "?a"), Literal.pos("capacity", "?j", "?c"), Literal.pos("less", "?a", "?c")),
          List.of(Literal.neg("amount", "?j", "?a"), Literal.pos("amount", "?j", "?c"))));
      actions.add(new PddlAction("empty", typed("?j", "jug", "?a", "level", "?z", "level"),
          List.of(Literal.pos("amount", "?j", "?a"), Literal.pos("zero", "?z"), Literal.pos("less", "?z", "?a")),
          List.of(Literal.neg("amount", "?j", "?a"), Literal.pos("amount", "?j", "?z"))));
    }
    actions.add(new PddlAction("pour",
        typed("?x", "jug", "?y", "jug", "?a", "level", "?b", "level", "?c", "level", "?na", "level", "?nb", "level"),
        List.of(Literal.neg("=", "?x", "?y"), Literal.pos("amount", "?x", "?a"), Literal.pos("amount", "?y", "?b"),
            Literal.pos("capacity", "?y", "?c"), new Literal(true, "pour-result", List.of("?a", "?b", "?c", "?na", "?nb"))),
        List.of(Literal.neg("amount", "?x", "?a"), Literal.neg("amount", "?y", "?b"),
            Literal.pos("amount", "?x", "?na"), Literal.pos("amount", "?y", "?nb"))));
    List<PddlDomain.Predicate> predicates = List.of(
        new PddlDomain.Predicate("amount", typed("?j", "jug", "?l", "level")),
        new PddlDomain.Predicate("capacity", typed("?j", "jug", "?l", "level")),
        new PddlDomain.Predicate("less", typed("?a", "level", "?b", "level")),
        new PddlDomain.Predicate("zero", typed("?l", "level")),
        new PddlDomain.Predicate("pour-result",
            typed("?a", "level", "?b", "level", "?c", "level", "?na", "level", "?nb", "level")));
    return new PddlDomain(tap ? "water-jugs" : "water-jugs-pour-only",
        List.of(":strips", ":typing", ":negative-preconditions", ":equality"),
        List.of(new TypedName("jug", TypedName.OBJECT), new TypedName("level", TypedName.OBJECT)), predicates, actions);
  }

  private static List<TypedName> typed(String... nameType) {
    List<TypedName> out = new ArrayList<>();
    for (int i = 0; i < nameType.length; i += 2) {
      out.add(new TypedName(nameType[i], nameType[i + 1]));
    }
    return out;
  }

  static String jug(WaterJugsModel model, int i) {
    return "jug-" + model.jugs().get(i).toLowerCase(Locale.ROOT);
  }

  static String level(int n) {
    return "l" + n;
  }

  /** The ground PDDL action of a legal action in {@code state}. */
  public static Fact action(WaterJugsModel model, JugState state, JugAction a) {
    int in = state.amount(a.from());
    return switch (a.kind()) {
      case FILL -> Fact.of("fill", jug(model, a.from()), level(in), level(model.capacity(a.from())));
      case EMPTY -> Fact.of("empty", jug(model, a.from()), level(in), level(0));
      case POUR -> {
        JugState after = model.apply(state, a);
        yield Fact.of("pour", jug(model, a.from()), jug(model, a.to()), level(in), level(state.amount(a.to())),
            level(model.capacity(a.to())), level(after.amount(a.from())), level(after.amount(a.to())));
      }
    };
  }

  private static PddlProblem problem(WaterJugsProblem p, WaterJugsModel model) {
    int k = p.jugs().size();
    int max = 0;
    TreeSet<Integer> caps = new TreeSet<>();
    for (int i = 0; i < k; i++) {
      max = Math.max(max, p.capacities().get(i));
      caps.add(p.capacities().get(i));
    }
    List<TypedName> objects = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      objects.add(new TypedName(jug(model, i), "jug"));
    }
    for (int l = 0; l <= max; l++) {
      objects.add(new TypedName(level(l), "level"));
    }
    List<Fact> init = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      init.add(Fact.of("amount", jug(model, i), level(p.initial().get(i))));
      init.add(Fact.of("capacity", jug(model, i), level(p.capacities().get(i))));
    }
    init.add(Fact.of("zero", level(0)));
    for (int a = 0; a <= max; a++) {
      for (int b = a + 1; b <= max; b++) {
        init.add(Fact.of("less", level(a), level(b)));
      }
    }
    for (int c : caps) {
      for (int a = 1; a <= max; a++) {
        for (int b = 0; b < c; b++) {
          int moved = Math.min(a, c - b);
          init.add(new Fact("pour-result", List.of(level(a), level(b), level(c), level(a - moved), level(b + moved))));
        }
      }
    }
    List<Literal> goal = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (p.goal().get(i) >= 0) {
        goal.add(Literal.pos("amount", jug(model, i), level(p.goal().get(i))));
      }
    }
    return new PddlProblem("water-jugs-" + k, model.tap() ? "water-jugs" : "water-jugs-pour-only", objects, init, goal);
  }
}
