package io.taskforge.planning.hanoi;

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
 * The PDDL export of a Hanoi problem, in the classic IPC encoding: pegs ({@code peg-a}, ...) and
 * disks ({@code d1} smallest, ...) are objects; {@code (on ?x ?y)} says disk x sits directly on y (a
 * disk or a peg), {@code (clear ?x)} that nothing is on x, {@code (smaller ?x ?y)} that disk x is
 * smaller than y (every disk is smaller than every peg). The one action {@code (move ?disc ?from
 * ?to)} moves a clear disk from what it sits on onto a clear, larger disk or an empty peg. The goal
 * fixes what every disk sits on, which fixes its peg.
 *
 * <p>A plan line {@code move 3 A C} is the ground action {@code (move d3 X Y)} with X what disk 3
 * sits on before the move and Y the top disk of peg C (or {@code peg-c} when it is empty): one
 * action for one line, read off the state reached so far ({@link #action}).
 */
public final class HanoiPddl {
  private HanoiPddl() {}

  public static PddlFiles of(HanoiProblem problem) {
    HanoiModel model = HanoiModel.of(problem);
    return new PddlFiles(domain(), problem(model));
  }

  public static PddlDomain domain() {
    List<TypedName> params = List.of(TypedName.untyped("?disc"), TypedName.untyped("?from"), TypedName.untyped("?to"));
    PddlAction move = new PddlAction("move", params,
        List.of(Literal.pos("smaller", "?disc", "?to"), Literal.pos("on", "?disc", "?from"),
            Literal.pos("clear", "?disc"), Literal.pos("clear", "?to")),
        List.of(Literal.pos("clear", "?from"), Literal.pos("on", "?disc", "?to"),
            Literal.neg("on", "?disc", "?from"), Literal.neg("clear", "?to")));
    List<TypedName> x = List.of(TypedName.untyped("?x"));
    List<TypedName> xy = List.of(TypedName.untyped("?x"), TypedName.untyped("?y"));
    return new PddlDomain("hanoi", List.of(":strips"), List.of(),
        List.of(new PddlDomain.Predicate("clear", x), new PddlDomain.Predicate("on", xy),
            new PddlDomain.Predicate("smaller", xy)),
        List.of(move));
  }

  /** The object name of peg {@code p}. */
  public static String pegObject(HanoiModel model, int p) {
    return "peg-" + model.pegs().get(p).toLowerCase(Locale.ROOT);
  }

  /** The object name of disk {@code d}. */
  public static String diskObject(int d) {
    return "d" + d;
  }

  /** What disk {@code d} sits on in {@code state}: the next larger disk on its peg, or the peg. */
  static String support(HanoiModel model, long state, int d) {
    int p = HanoiModel.peg(state, d);
    for (int e = d + 1; e <= model.disks(); e++) {
      if (HanoiModel.peg(state, e) == p) {
        return diskObject(e);
      }
    }
    return pegObject(model, p);
  }

  /** The ground PDDL action of a legal move in {@code state}. */
  public static Fact action(HanoiModel model, long state, HanoiMove move) {
    int disc = model.top(state, move.from());
    int target = model.top(state, move.to());
    return Fact.of("move", diskObject(disc), support(model, state, disc),
        target == 0 ? pegObject(model, move.to()) : diskObject(target));
  }

  private static PddlProblem problem(HanoiModel model) {
    int n = model.disks();
    int k = model.pegs().size();
    List<TypedName> objects = new ArrayList<>();
    for (int p = 0; p < k; p++) {
      objects.add(TypedName.untyped(pegObject(model, p)));
    }
    for (int d = 1; d <= n; d++) {
      objects.add(TypedName.untyped(diskObject(d)));
    }
    long start = model.initial();
    List<Fact> init = new ArrayList<>();
    for (int d = 1; d <= n; d++) {
      for (int p = 0; p < k; p++) {
        init.add(Fact.of("smaller", diskObject(d), pegObject(model, p)));
      }
      for (int e = d + 1; e <= n; e++) {
        init.add(Fact.of("smaller", diskObject(d), diskObject(e)));
      }
    }
    for (int d = n; d >= 1; d--) {
      init.add(Fact.of("on", diskObject(d), support(model, start, d)));
    }
    for (int p = 0; p < k; p++) {
      int top = model.top(start, p);
      init.add(Fact.of("clear", top == 0 ? pegObject(model, p) : diskObject(top)));
    }
    List<Literal> goal = new ArrayList<>();
    for (int d = n; d >= 1; d--) {
      goal.add(Literal.pos("on", diskObject(d), support(model, model.goal(), d)));
    }
    return new PddlProblem("hanoi-" + n + "-" + k, "hanoi", objects, init, goal);
  }
}
