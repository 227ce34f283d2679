package io.taskforge.planning.pddl;

import java.util.List;

/** A problem of a domain: typed objects, the initial facts and a conjunction of goal literals. */
public record PddlProblem(String name, String domain, List<TypedName> objects, List<Fact> init, List<Literal> goal) {
  public PddlProblem {
    objects = List.copyOf(objects);
    init = List.copyOf(init);
    goal = List.copyOf(goal);
  }
}
