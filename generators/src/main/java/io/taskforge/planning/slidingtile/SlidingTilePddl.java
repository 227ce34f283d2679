package io.taskforge.planning.slidingtile;

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
 * The PDDL export of a sliding-tile problem, in the usual STRIPS encoding with cell objects and
 * adjacency facts: objects {@code t1 t2 ...} (type {@code tile}) and {@code r1c1 r1c2 ...} (type
 * {@code cell}), predicates {@code (at ?t ?c)}, {@code (blank ?c)}, {@code (above ?x ?y)} (cell x
 * is directly above cell y) and {@code (left-of ?x ?y)}. There is one action per direction word,
 * named as the plan names it under the instance's convention, with parameters {@code (?t ?from ?to)}:
 * tile {@code ?t} slides from {@code ?from} into the blank cell {@code ?to}. A plan line {@code up}
 * is the ground action {@code (up t5 r1c2 r2c2)} naming the tile that slides and its two cells.
 */
public final class SlidingTilePddl {
  public static final String DOMAIN = "sliding-tile";
  private static final String T = "?t";
  private static final String FROM = "?from";
  private static final String TO = "?to";

  private SlidingTilePddl() {}

  /** The problem as PDDL. */
  public static PddlFiles of(SlidingTileProblem problem) {
    SlidingTileModel model = SlidingTileModel.of(problem);
    return new PddlFiles(domain(model.names()), problem(model.initial(), problem));
  }

  /** The domain of a convention: one action per direction word. */
  public static PddlDomain domain(MoveNames names) {
    List<PddlAction> actions = new ArrayList<>();
    List<TypedName> params = List.of(new TypedName(T, "tile"), new TypedName(FROM, "cell"), new TypedName(TO, "cell"));
    // Actions in the order of the words up, down, left, right of this convention.
    for (TileMove word : TileMove.ALL) {
      TileMove blank = TileMove.named(word, names);
      // The blank moves from ?to into ?from: ?from lies in the blank's direction from ?to.
      Literal adjacent = switch (blank) {
        case UP -> Literal.pos("above", FROM, TO);
        case DOWN -> Literal.pos("above", TO, FROM);
        case LEFT -> Literal.pos("left-of", FROM, TO);
        case RIGHT -> Literal.pos("left-of", TO, FROM);
      };
      actions.add(new PddlAction(word.blankWord(), params,
          List.of(Literal.pos("at", T, FROM), Literal.pos("blank", TO), adjacent),
          List.of(Literal.neg("at", T, FROM), Literal.neg("blank", TO), Literal.pos("at", T, TO),
              Literal.pos("blank", FROM))));
    }
    List<PddlDomain.Predicate> predicates = List.of(
        new PddlDomain.Predicate("at", List.of(new TypedName("?t", "tile"), new TypedName("?c", "cell"))),
        new PddlDomain.Predicate("blank", List.of(new TypedName("?c", "cell"))),
        new PddlDomain.Predicate("above", List.of(new TypedName("?x", "cell"), new TypedName("?y", "cell"))),
        new PddlDomain.Predicate("left-of", List.of(new TypedName("?x", "cell"), new TypedName("?y", "cell"))));
    return new PddlDomain(DOMAIN, List.of(":strips", ":typing"),
        List.of(new TypedName("tile", TypedName.OBJECT), new TypedName("cell", TypedName.OBJECT)), predicates, actions);
  }

  private static PddlProblem problem(TileBoard board, SlidingTileProblem p) {
    int size = board.size();
    int n = size * size;
    List<TypedName> objects = new ArrayList<>();
    for (int t = 1; t < n; t++) {
      objects.add(new TypedName(tile(t), "tile"));
    }
    for (int i = 0; i < n; i++) {
      objects.add(new TypedName(cell(size, i), "cell"));
    }
    List<Fact> init = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int t = board.tileAt(i);
      init.add(t == 0 ? Fact.of("blank", cell(size, i)) : Fact.of("at", tile(t), cell(size, i)));
    }
    for (int i = 0; i < n; i++) {
      if (i / size + 1 < size) {
        init.add(Fact.of("above", cell(size, i), cell(size, i + size)));
      }
      if (i % size + 1 < size) {
        init.add(Fact.of("left-of", cell(size, i), cell(size, i + 1)));
      }
    }
    List<Literal> goal = new ArrayList<>();
    int[] goalCells = board.goal().cells();
    for (int i = 0; i < n; i++) {
      if (goalCells[i] != 0) {
        goal.add(Literal.pos("at", tile(goalCells[i]), cell(size, i)));
      }
    }
    return new PddlProblem("sliding-tile-" + size + "x" + size, DOMAIN, objects, init, goal);
  }

  /**
   * The ground PDDL action of a move in a state: {@code (word tile from to)}, the word in the
   * convention of {@code names}.
   */
  public static Fact action(TileBoard state, TileMove move, MoveNames names) {
    int size = state.size();
    int from = state.blank() + move.dr() * size + move.dc();
    return Fact.of(move.word(names), tile(state.tileAt(from)), cell(size, from), cell(size, state.blank()));
  }

  static String tile(int t) {
    return "t" + t;
  }

  static String cell(int size, int index) {
    return "r" + (index / size + 1) + "c" + (index % size + 1);
  }
}
