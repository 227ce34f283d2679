package io.taskforge.planning.pddl;

/** A planning instance exported as PDDL: its domain and its problem, as records and as text. */
public record PddlFiles(PddlDomain domain, PddlProblem problem) {
  public String domainText() {
    return Pddl.write(domain);
  }

  public String problemText() {
    return Pddl.write(problem);
  }
}
