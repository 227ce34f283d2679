package io.taskforge.logic.knightsknaves;

import io.taskforge.logic.formula.Formula;
import java.util.List;

/**
 * A knights-and-knaves puzzle: who is on the island, and what each of them says.
 *
 * <p>Knights always tell the truth and knaves always lie, so an assignment of roles is consistent
 * when every knight's statement is true and every knave's is false under it. In the formulas,
 * variable {@code i} is {@code people.get(i)} and true means knight.
 *
 * @param people names in the order they are introduced
 * @param statements what they say, in the order they are told
 */
public record KnightsKnavesProblem(List<String> people, List<Statement> statements) {

  public KnightsKnavesProblem {
    people = people == null ? List.of() : List.copyOf(people);
    statements = statements == null ? List.of() : List.copyOf(statements);
  }

  /**
   * One statement.
   *
   * @param speaker index into {@code people}
   * @param claim what the speaker asserts
   */
  public record Statement(int speaker, Formula claim) {}
}
