package io.taskforge.planning.pddl;

import java.util.List;

/** A STRIPS action schema: typed parameters, a conjunction of preconditions, a conjunction of effects. */
public record PddlAction(String name, List<TypedName> parameters, List<Literal> precondition, List<Literal> effect) {
  public PddlAction {
    parameters = List.copyOf(parameters);
    precondition = List.copyOf(precondition);
    effect = List.copyOf(effect);
  }
}
