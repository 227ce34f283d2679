package io.taskforge.planning.sokoban;

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
 * The PDDL export of a Sokoban level, in the STRIPS encoding of the IPC-2008 Sokoban domain (without
 * action costs): objects for the floor cells ({@code r2c3}, type {@code location}), the boxes
 * ({@code box1 ...} in reading order of the start, type {@code box}) and the directions; predicates
 * {@code (at-robot ?l)}, {@code (at ?b ?l)}, {@code (clear ?l)}, {@code (adjacent ?l1 ?l2 ?d)},
 * {@code (is-goal ?l)}, {@code (is-nongoal ?l)} and {@code (at-goal ?b)}; actions {@code move},
 * {@code push-to-goal} and {@code push-to-nongoal}. The goal is every box at a goal (there are as
 * many boxes as goals). A plan line {@code U} is {@code (move r3c2 r2c2 up)}, or a push such as
 * {@code (push-to-goal box1 r3c2 r2c2 r1c2 up)} when a box stands in the way.
 */
public final class SokobanPddl {
  public static final String DOMAIN = "sokoban";

  private SokobanPddl() {}

  /** The problem as PDDL. */
  public static PddlFiles of(SokobanProblem problem) {
    SokobanModel model = SokobanModel.of(problem);
    return new PddlFiles(domain(), problem(model.board(), model.initial()));
  }

  public static PddlDomain domain() {
    TypedName from = new TypedName("?from", "location");
    TypedName to = new TypedName("?to", "location");
    TypedName boxLoc = new TypedName("?boxloc", "location");
    TypedName dir = new TypedName("?d", "direction");
    TypedName box = new TypedName("?b", "box");
    List<PddlAction> actions = new ArrayList<>();
    actions.add(new PddlAction("move", List.of(from, to, dir),
        List.of(Literal.pos("at-robot", "?from"), Literal.pos("adjacent", "?from", "?to", "?d"),
            Literal.pos("clear", "?to")),
        List.of(Literal.neg("at-robot", "?from"), Literal.neg("clear", "?to"), Literal.pos("at-robot", "?to"),
            Literal.pos("clear", "?from"))));
    for (boolean toGoal : new boolean[] {true, false}) {
      actions.add(new PddlAction(toGoal ? "push-to-goal" : "push-to-nongoal", List.of(box, from, boxLoc, to, dir),
          List.of(Literal.pos("at-robot", "?from"), Literal.pos("at", "?b", "?boxloc"),
              Literal.pos("adjacent", "?from", "?boxloc", "?d"), Literal.pos("adjacent", "?boxloc", "?to", "?d"),
              Literal.pos("clear", "?to"), Literal.pos(toGoal ? "is-goal" : "is-nongoal", "?to")),
          List.of(Literal.neg("at-robot", "?from"), Literal.neg("at", "?b", "?boxloc"), Literal.neg("clear", "?to"),
              toGoal ? Literal.pos("at-goal", "?b") : Literal.neg("at-goal", "?b"),
              Literal.pos("at-robot", "?boxloc"), Literal.pos("at", "?b", "?to"), Literal.pos("clear", "?from"))));
    }
    TypedName l = new TypedName("?l", "location");
    List<PddlDomain.Predicate> predicates = List.of(
        new PddlDomain.Predicate("at-robot", List.of(l)),
        new PddlDomain.Predicate("at", List.of(box, l)),
        new PddlDomain.Predicate("clear", List.of(l)),
        new PddlDomain.Predicate("adjacent", List.of(from, to, dir)),
        new PddlDomain.Predicate("is-goal", List.of(l)),
        new PddlDomain.Predicate("is-nongoal", List.of(l)),
        new PddlDomain.Predicate("at-goal", List.of(box)));
    return new PddlDomain(DOMAIN, List.of(":strips", ":typing"),
        List.of(new TypedName("location", TypedName.OBJECT), new TypedName("box", TypedName.OBJECT),
            new TypedName("direction", TypedName.OBJECT)),
        predicates, actions);
  }

  private static PddlProblem problem(SokobanBoard board, SokobanState start) {
    List<TypedName> objects = new ArrayList<>();
    List<Fact> init = new ArrayList<>();
    List<String> boxes = boxNames(board, start);
    for (int f = 0; f < board.floor(); f++) {
      objects.add(new TypedName(cell(board, f), "location"));
    }
    for (String b : boxes) {
      if (b != null) {
        objects.add(new TypedName(b, "box"));
      }
    }
    for (SokobanMove m : SokobanMove.ALL) {
      objects.add(new TypedName(m.word(), "direction"));
    }
    List<io.taskforge.planning.pddl.Literal> goal = new ArrayList<>();
    init.add(Fact.of("at-robot", cell(board, start.player())));
    for (int f = 0; f < board.floor(); f++) {
      String box = boxes.get(f);
      if (box != null) {
        init.add(Fact.of("at", box, cell(board, f)));
        goal.add(Literal.pos("at-goal", box));
        if (board.isGoal(f)) {
          init.add(Fact.of("at-goal", box));
        }
      } else if (f != start.player()) {
        init.add(Fact.of("clear", cell(board, f)));
      }
      init.add(Fact.of(board.isGoal(f) ? "is-goal" : "is-nongoal", cell(board, f)));
    }
    for (int f = 0; f < board.floor(); f++) {
      for (SokobanMove m : SokobanMove.ALL) {
        int n = board.next(f, m);
        if (n >= 0) {
          init.add(Fact.of("adjacent", cell(board, f), cell(board, n), m.word()));
        }
      }
    }
    return new PddlProblem("sokoban-" + board.height() + "x" + board.width(), DOMAIN, objects, init, goal);
  }

  /** The box names by floor cell of a position (null where there is no box): box1, box2, ... in reading order. */
  private static List<String> boxNames(SokobanBoard board, SokobanState s) {
    List<String> names = new ArrayList<>(board.floor());
    int k = 0;
    for (int f = 0; f < board.floor(); f++) {
      names.add(s.hasBox(f) ? "box" + ++k : null);
    }
    return names;
  }

  /** A plan of moves (each legal in turn) as ground PDDL actions, following the boxes by name. */
  public static List<Fact> actions(SokobanProblem problem, List<SokobanMove> plan) {
    SokobanModel model = SokobanModel.of(problem);
    SokobanBoard board = model.board();
    SokobanState s = model.initial();
    List<String> names = new ArrayList<>(boxNames(board, s));
    List<Fact> out = new ArrayList<>(plan.size());
    for (SokobanMove m : plan) {
      int to = board.next(s.player(), m);
      if (s.hasBox(to)) {
        int beyond = board.next(to, m);
        String box = names.get(to);
        out.add(Fact.of(board.isGoal(beyond) ? "push-to-goal" : "push-to-nongoal", box, cell(board, s.player()),
            cell(board, to), cell(board, beyond), m.word()));
        names.set(beyond, box);
        names.set(to, null);
      } else {
        out.add(Fact.of("move", cell(board, s.player()), cell(board, to), m.word()));
      }
      s = model.apply(s, m);
    }
    return out;
  }

  static String cell(SokobanBoard board, int floor) {
    int c = board.cellOf(floor);
    return "r" + (c / board.width() + 1) + "c" + (c % board.width() + 1);
  }
}
