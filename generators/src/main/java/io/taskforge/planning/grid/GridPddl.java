package io.taskforge.planning.grid;

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
 * The PDDL export of a grid problem, in the usual STRIPS encoding with cell objects and adjacency
 * facts: objects {@code r1c1 ...} (type {@code cell}, walls left out), the colours of the keys and
 * doors (type {@code colour}) and the directions {@code up down left right} (type {@code direction});
 * predicates {@code (at ?c)}, {@code (adjacent ?from ?to ?d)}, {@code (free ?c)} (floor with no key
 * or door), {@code (key-at ?k ?c)}, {@code (door ?c ?k)} and {@code (has ?k)}. Three actions, as
 * the plan's one step can meet three kinds of cell: {@code move} onto free floor, {@code
 * move-pick} onto a key (which it picks up, leaving free floor), {@code move-door} into a door whose
 * key is held. A plan line {@code up} is the ground action {@code (move r3c2 r2c2 up)}, {@code
 * (move-pick r3c2 r2c2 up a)} or {@code (move-door r3c2 r2c2 up a)}, by what the target cell holds.
 */
public final class GridPddl {
  public static final String DOMAIN = "grid-keys-doors";
  private static final String FROM = "?from";
  private static final String TO = "?to";
  private static final String D = "?d";
  private static final String K = "?k";

  private GridPddl() {}

  /** The problem as PDDL. */
  public static PddlFiles of(GridProblem problem) {
    GridModel model = GridModel.of(problem);
    return new PddlFiles(domain(), problem(model));
  }

  public static PddlDomain domain() {
    List<TypedName> step = List.of(new TypedName(FROM, "cell"), new TypedName(TO, "cell"), new TypedName(D, "direction"));
    List<TypedName> stepColour = new ArrayList<>(step);
    stepColour.add(new TypedName(K, "colour"));
    List<PddlAction> actions = List.of(
        new PddlAction("move", step,
            List.of(Literal.pos("at", FROM), Literal.pos("adjacent", FROM, TO, D), Literal.pos("free", TO)),
            List.of(Literal.neg("at", FROM), Literal.pos("at", TO))),
        new PddlAction("move-pick", stepColour,
            List.of(Literal.pos("at", FROM), Literal.pos("adjacent", FROM, TO, D), Literal.pos("key-at", K, TO)),
            List.of(Literal.neg("at", FROM), Literal.neg("key-at", K, TO), Literal.pos("at", TO),
                Literal.pos("has", K), Literal.pos("free", TO))),
        new PddlAction("move-door", stepColour,
            List.of(Literal.pos("at", FROM), Literal.pos("adjacent", FROM, TO, D), Literal.pos("door", TO, K),
                Literal.pos("has", K)),
            List.of(Literal.neg("at", FROM), Literal.pos("at", TO))));
    List<PddlDomain.Predicate> predicates = List.of(
        new PddlDomain.Predicate("at", List.of(new TypedName("?c", "cell"))),
        new PddlDomain.Predicate("adjacent",
            List.of(new TypedName(FROM, "cell"), new TypedName(TO, "cell"), new TypedName(D, "direction"))),
        new PddlDomain.Predicate("free", List.of(new TypedName("?c", "cell"))),
        new PddlDomain.Predicate("key-at", List.of(new TypedName(K, "colour"), new TypedName("?c", "cell"))),
        new PddlDomain.Predicate("door", List.of(new TypedName("?c", "cell"), new TypedName(K, "colour"))),
        new PddlDomain.Predicate("has", List.of(new TypedName(K, "colour"))));
    return new PddlDomain(DOMAIN, List.of(":strips", ":typing"),
        List.of(new TypedName("cell", TypedName.OBJECT), new TypedName("colour", TypedName.OBJECT),
            new TypedName("direction", TypedName.OBJECT)),
        predicates, actions);
  }

  private static PddlProblem problem(GridModel m) {
    int n = m.height() * m.width();
    List<TypedName> objects = new ArrayList<>();
    List<Fact> init = new ArrayList<>();
    boolean[] colour = new boolean[GridModel.COLOURS];
    for (int i = 0; i < n; i++) {
      char ch = m.cell(i);
      if (ch == GridModel.WALL) {
        continue;
      }
      objects.add(new TypedName(cell(m, i), "cell"));
      if (GridModel.isKey(ch)) {
        colour[ch - 'a'] = true;
        init.add(Fact.of("key-at", String.valueOf(ch), cell(m, i)));
      } else if (GridModel.isDoor(ch)) {
        colour[ch - 'A'] = true;
        init.add(Fact.of("door", cell(m, i), String.valueOf(Character.toLowerCase(ch))));
      } else {
        init.add(Fact.of("free", cell(m, i)));
      }
      if (ch == GridModel.START) {
        init.add(Fact.of("at", cell(m, i)));
      }
    }
    for (int k = 0; k < GridModel.COLOURS; k++) {
      if (colour[k]) {
        objects.add(new TypedName(String.valueOf((char) ('a' + k)), "colour"));
      }
    }
    for (Step s : Step.ALL) {
      objects.add(new TypedName(s.word(), "direction"));
    }
    for (int i = 0; i < n; i++) {
      if (m.cell(i) == GridModel.WALL) {
        continue;
      }
      for (Step s : Step.ALL) {
        int next = m.neighbour(i, s);
        if (next >= 0 && m.cell(next) != GridModel.WALL) {
          init.add(Fact.of("adjacent", cell(m, i), cell(m, next), s.word()));
        }
      }
    }
    return new PddlProblem("grid-" + m.height() + "x" + m.width(), DOMAIN, objects, init,
        List.of(Literal.pos("at", cell(m, m.goal()))));
  }

  /** The ground PDDL action of a step in a state (the step must be legal there). */
  public static Fact action(GridModel m, GridState state, Step step) {
    int to = m.neighbour(state.cell(), step);
    char ch = m.cell(to);
    String from = cell(m, state.cell());
    String target = cell(m, to);
    if (GridModel.isKey(ch) && (state.keys() & (1 << (ch - 'a'))) == 0) {
      return Fact.of("move-pick", from, target, step.word(), String.valueOf(ch));
    }
    if (GridModel.isDoor(ch)) {
      return Fact.of("move-door", from, target, step.word(), String.valueOf(Character.toLowerCase(ch)));
    }
    return Fact.of("move", from, target, step.word());
  }

  static String cell(GridModel m, int index) {
    return "r" + (index / m.width() + 1) + "c" + (index % m.width() + 1);
  }
}
