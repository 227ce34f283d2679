package io.taskforge.planning.pddl;

import com.google.common.collect.ImmutableSet;
import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A PDDL domain and problem as a {@link PlanningModel}: states are sets of ground facts, actions
 * are ground action atoms such as {@code (unstack a b)}. It knows nothing of any taskforge domain,
 * so it is an independent check of an exported instance: simulating a task's plan here must agree
 * with the task's own simulator, and searching here must find the same optimal length.
 *
 * <p>Semantics: an action applies when its arguments are objects of the parameters' types and
 * every precondition literal holds (equality compares names); its effect deletes the atoms of its
 * negative literals, then adds those of its positive ones.
 */
public final class StripsModel implements PlanningModel<ImmutableSet<Fact>, Fact> {
  private final PddlDomain domain;
  private final PddlProblem problem;
  private final Map<String, String> parentOf = new HashMap<>();
  private final Map<String, String> typeOf = new LinkedHashMap<>();
  private final ImmutableSet<Fact> initial;

  public StripsModel(PddlDomain domain, PddlProblem problem) {
    this.domain = domain;
    this.problem = problem;
    for (TypedName t : domain.types()) {
      parentOf.put(t.name(), t.type());
    }
    for (TypedName o : problem.objects()) {
      if (typeOf.put(o.name(), o.type()) != null) {
        throw new PddlException("object " + o.name() + " is declared twice");
      }
    }
    this.initial = ImmutableSet.copyOf(problem.init());
  }

  @Override
  public ImmutableSet<Fact> initial() {
    return initial;
  }

  @Override
  public String violation(ImmutableSet<Fact> state, Fact action) {
    PddlAction schema = domain.action(action.predicate());
    if (schema == null) {
      return "the domain has no action " + action.predicate();
    }
    if (schema.parameters().size() != action.args().size()) {
      return action.predicate() + " takes " + schema.parameters().size() + " arguments, got " + action.args().size();
    }
    Map<String, String> binding = new HashMap<>();
    for (int i = 0; i < action.args().size(); i++) {
      String arg = action.args().get(i);
      TypedName param = schema.parameters().get(i);
      String type = typeOf.get(arg);
      if (type == null) {
        return "there is no object " + arg;
      }
      if (!isA(type, param.type())) {
        return arg + " is not of type " + param.type();
      }
      binding.put(param.name(), arg);
    }
    for (Literal l : schema.precondition()) {
      if (!holds(state, l, binding)) {
        return "precondition " + ground(l, binding) + " does not hold";
      }
    }
    return null;
  }

  @Override
  public ImmutableSet<Fact> apply(ImmutableSet<Fact> state, Fact action) {
    PddlAction schema = domain.action(action.predicate());
    Map<String, String> binding = new HashMap<>();
    for (int i = 0; i < action.args().size(); i++) {
      binding.put(schema.parameters().get(i).name(), action.args().get(i));
    }
    Set<Fact> next = new HashSet<>(state);
    for (Literal l : schema.effect()) {
      if (!l.positive()) {
        next.remove(fact(l, binding));
      }
    }
    for (Literal l : schema.effect()) {
      if (l.positive()) {
        next.add(fact(l, binding));
      }
    }
    return ImmutableSet.copyOf(next.stream().sorted().toList());
  }

  @Override
  public List<String> unmetGoals(ImmutableSet<Fact> state) {
    List<String> unmet = new ArrayList<>();
    for (Literal l : problem.goal()) {
      if (!holds(state, l, Map.of())) {
        unmet.add(l.toString());
      }
    }
    return unmet;
  }

  @Override
  public void successors(ImmutableSet<Fact> state, SearchSpace.Successors<ImmutableSet<Fact>, Fact> out) {
    for (PddlAction schema : domain.actions()) {
      List<List<String>> choices = new ArrayList<>();
      for (TypedName p : schema.parameters()) {
        List<String> objects = new ArrayList<>();
        typeOf.forEach((o, t) -> {
          if (isA(t, p.type())) {
            objects.add(o);
          }
        });
        choices.add(objects);
      }
      bind(state, schema, choices, new ArrayList<>(), out);
    }
  }

  private void bind(ImmutableSet<Fact> state, PddlAction schema, List<List<String>> choices, List<String> args,
      SearchSpace.Successors<ImmutableSet<Fact>, Fact> out) {
    if (args.size() == choices.size()) {
      Fact action = new Fact(schema.name(), args);
      if (violation(state, action) == null) {
        out.add(action, apply(state, action), 1);
      }
      return;
    }
    for (String o : choices.get(args.size())) {
      args.add(o);
      bind(state, schema, choices, args, out);
      args.remove(args.size() - 1);
    }
  }

  private boolean isA(String type, String wanted) {
    String t = type;
    for (int guard = 0; t != null && guard < 64; guard++) {
      if (t.equals(wanted)) {
        return true;
      }
      t = parentOf.get(t);
    }
    return wanted.equals(TypedName.OBJECT);
  }

  private static boolean holds(Set<Fact> state, Literal l, Map<String, String> binding) {
    if (l.predicate().equals("=")) {
      boolean same = resolve(l.args().get(0), binding).equals(resolve(l.args().get(1), binding));
      return same == l.positive();
    }
    return state.contains(fact(l, binding)) == l.positive();
  }

  private static Fact fact(Literal l, Map<String, String> binding) {
    List<String> args = new ArrayList<>(l.args().size());
    for (String a : l.args()) {
      args.add(resolve(a, binding));
    }
    return new Fact(l.predicate(), args);
  }

  private static String ground(Literal l, Map<String, String> binding) {
    Fact f = fact(l, binding);
    return l.positive() ? f.toString() : "(not " + f + ")";
  }

  private static String resolve(String arg, Map<String, String> binding) {
    return arg.startsWith("?") ? binding.getOrDefault(arg, arg) : arg;
  }
}
