package io.taskforge.planning.pddl;

import java.util.List;

/**
 * A STRIPS domain with typing, negative preconditions and equality.
 *
 * @param types each type with its parent type ({@code object} at the top); empty when untyped
 * @param predicates each predicate with its typed parameters
 */
public record PddlDomain(
    String name, List<String> requirements, List<TypedName> types, List<Predicate> predicates, List<PddlAction> actions) {
  public PddlDomain {
    requirements = List.copyOf(requirements);
    types = List.copyOf(types);
    predicates = List.copyOf(predicates);
    actions = List.copyOf(actions);
  }

  /** A predicate's signature. */
  public record Predicate(String name, List<TypedName> parameters) {
    public Predicate {
      parameters = List.copyOf(parameters);
    }
  }

  public PddlAction action(String name) {
    for (PddlAction a : actions) {
      if (a.name().equals(name)) {
        return a;
      }
    }
    return null;
  }
}
