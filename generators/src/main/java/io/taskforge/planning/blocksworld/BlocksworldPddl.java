package io.taskforge.planning.blocksworld;

import static io.taskforge.planning.blocksworld.BlocksState.TABLE;

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
 * The PDDL export of a blocksworld problem: the classic 4-operator domain ({@code :strips}) or the
 * classic 3-operator one ({@code :strips :equality}), with the problem's action and predicate names
 * (obfuscated ones included), blocks as lower-cased objects, and a goal that fixes every block's
 * support (and, with four operators, the empty hand), exactly the goal of the task. A plan line
 * {@code stack A B} is the ground action {@code (stack a b)}.
 */
public final class BlocksworldPddl {
  private static final String X = "?x";
  private static final String Y = "?y";
  private static final String Z = "?z";

  private BlocksworldPddl() {}

  /** The problem as PDDL. */
  public static PddlFiles of(BlocksworldProblem problem) {
    BlocksworldModel model = BlocksworldModel.of(problem);
    PddlDomain domain = domain(model.operators(), model.obfuscated(), model.actionNames(), names(problem, model));
    return new PddlFiles(domain, problem(problem, model, domain.name()));
  }

  private static List<String> names(BlocksworldProblem problem, BlocksworldModel model) {
    return problem.predicates() == null
        ? BlocksworldProblem.naturalPredicates(model.operators()) : problem.predicates();
  }

  /** The domain of an encoding with the given action and predicate names (in their set orders). */
  public static PddlDomain domain(int operators, boolean obfuscated, List<String> actions, List<String> predicates) {
    Names n = new Names(operators, actions, predicates);
    List<PddlAction> list = new ArrayList<>();
    List<TypedName> one = List.of(TypedName.untyped(X));
    List<TypedName> two = List.of(TypedName.untyped(X), TypedName.untyped(Y));
    if (operators == 4) {
      list.add(new PddlAction(n.op(Operator.PICK_UP), one,
          List.of(n.pos(Predicate.CLEAR, X), n.pos(Predicate.ON_TABLE, X), n.pos(Predicate.HAND_EMPTY)),
          List.of(n.neg(Predicate.ON_TABLE, X), n.neg(Predicate.CLEAR, X), n.neg(Predicate.HAND_EMPTY),
              n.pos(Predicate.HOLDING, X))));
      list.add(new PddlAction(n.op(Operator.PUT_DOWN), one,
          List.of(n.pos(Predicate.HOLDING, X)),
          List.of(n.neg(Predicate.HOLDING, X), n.pos(Predicate.CLEAR, X), n.pos(Predicate.HAND_EMPTY),
              n.pos(Predicate.ON_TABLE, X))));
      list.add(new PddlAction(n.op(Operator.STACK), two,
          List.of(n.pos(Predicate.HOLDING, X), n.pos(Predicate.CLEAR, Y)),
          List.of(n.neg(Predicate.HOLDING, X), n.neg(Predicate.CLEAR, Y), n.pos(Predicate.CLEAR, X),
              n.pos(Predicate.HAND_EMPTY), n.pos(Predicate.ON, X, Y))));
      list.add(new PddlAction(n.op(Operator.UNSTACK), two,
          List.of(n.pos(Predicate.ON, X, Y), n.pos(Predicate.CLEAR, X), n.pos(Predicate.HAND_EMPTY)),
          List.of(n.pos(Predicate.HOLDING, X), n.pos(Predicate.CLEAR, Y), n.neg(Predicate.CLEAR, X),
              n.neg(Predicate.HAND_EMPTY), n.neg(Predicate.ON, X, Y))));
    } else {
      List<TypedName> three = List.of(TypedName.untyped(X), TypedName.untyped(Y), TypedName.untyped(Z));
      list.add(new PddlAction(n.op(Operator.MOVE_B_TO_B), three,
          List.of(n.pos(Predicate.CLEAR, X), n.pos(Predicate.CLEAR, Z), n.pos(Predicate.ON, X, Y),
              Literal.neg("=", X, Z)),
          List.of(n.neg(Predicate.CLEAR, Z), n.neg(Predicate.ON, X, Y), n.pos(Predicate.ON, X, Z),
              n.pos(Predicate.CLEAR, Y))));
      list.add(new PddlAction(n.op(Operator.MOVE_B_TO_T), two,
          List.of(n.pos(Predicate.CLEAR, X), n.pos(Predicate.ON, X, Y)),
          List.of(n.neg(Predicate.ON, X, Y), n.pos(Predicate.ON_TABLE, X), n.pos(Predicate.CLEAR, Y))));
      list.add(new PddlAction(n.op(Operator.MOVE_T_TO_B), two,
          List.of(n.pos(Predicate.CLEAR, X), n.pos(Predicate.CLEAR, Y), n.pos(Predicate.ON_TABLE, X),
              Literal.neg("=", X, Y)),
          List.of(n.neg(Predicate.CLEAR, Y), n.neg(Predicate.ON_TABLE, X), n.pos(Predicate.ON, X, Y))));
    }
    List<PddlDomain.Predicate> predicateList = new ArrayList<>();
    for (Predicate p : Predicate.set(operators)) {
      List<TypedName> params = new ArrayList<>();
      for (int i = 0; i < p.arity(); i++) {
        params.add(TypedName.untyped(i == 0 ? X : Y));
      }
      predicateList.add(new PddlDomain.Predicate(n.predicate(p), params));
    }
    String name = (obfuscated ? "mystery-" : "blocksworld-") + operators + "ops";
    List<String> requirements = operators == 3 ? List.of(":strips", ":equality") : List.of(":strips");
    return new PddlDomain(name, requirements, List.of(), predicateList, list);
  }

  private static PddlProblem problem(BlocksworldProblem p, BlocksworldModel model, String domain) {
    int operators = model.operators();
    Names n = new Names(operators, model.actionNames(), names(p, model));
    List<String> objects = new ArrayList<>();
    for (String b : model.blockNames()) {
      objects.add(b.toLowerCase(Locale.ROOT));
    }
    BlocksState start = model.initial();
    BlocksState goal = model.goal();
    List<Fact> init = new ArrayList<>();
    for (int b = 0; b < objects.size(); b++) {
      if (start.on(b) != TABLE) {
        init.add(n.fact(Predicate.ON, objects.get(b), objects.get(start.on(b))));
      }
    }
    for (int b = 0; b < objects.size(); b++) {
      if (start.on(b) == TABLE) {
        init.add(n.fact(Predicate.ON_TABLE, objects.get(b)));
      }
    }
    for (int b = 0; b < objects.size(); b++) {
      if (start.clear(b)) {
        init.add(n.fact(Predicate.CLEAR, objects.get(b)));
      }
    }
    if (operators == 4) {
      init.add(n.fact(Predicate.HAND_EMPTY));
    }
    List<Literal> goals = new ArrayList<>();
    for (int b = 0; b < objects.size(); b++) {
      goals.add(goal.on(b) == TABLE
          ? n.pos(Predicate.ON_TABLE, objects.get(b))
          : n.pos(Predicate.ON, objects.get(b), objects.get(goal.on(b))));
    }
    if (operators == 4) {
      goals.add(n.pos(Predicate.HAND_EMPTY));
    }
    return new PddlProblem("blocks-" + objects.size(), domain,
        objects.stream().map(TypedName::untyped).toList(), init, goals);
  }

  /** Lower-cased action and predicate names of one problem. */
  private record Names(int operators, List<String> actions, List<String> predicates) {
    String op(Operator o) {
      return actions.get(o.indexInSet()).toLowerCase(Locale.ROOT);
    }

    String predicate(Predicate p) {
      return predicates.get(Predicate.set(operators).indexOf(p)).toLowerCase(Locale.ROOT);
    }

    Literal pos(Predicate p, String... args) {
      return new Literal(true, predicate(p), List.of(args));
    }

    Literal neg(Predicate p, String... args) {
      return new Literal(false, predicate(p), List.of(args));
    }

    Fact fact(Predicate p, String... args) {
      return new Fact(predicate(p), List.of(args));
    }
  }
}
