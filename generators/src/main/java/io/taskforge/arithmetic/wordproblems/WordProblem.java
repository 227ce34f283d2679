package io.taskforge.arithmetic.wordproblems;

import java.util.List;

/**
 * A grade-school word problem, with everything the verifier needs to score alone.
 *
 * @param scenario the id of the symbolic template it was made from
 * @param mode {@code final} (only the result is scored) or {@code trace} (every quantity's line is)
 * @param statement the problem text: the story, no-op clauses included, then the question
 * @param quantities the named intermediate quantities, in an order where each comes after those it
 *     is computed from
 * @param asked the name of the quantity the question asks for (the last one's or an earlier one's)
 */
public record WordProblem(String scenario, String mode, String statement, List<Quantity> quantities, String asked) {

  /**
   * A named intermediate quantity.
   *
   * @param name a lowercase identifier, e.g. {@code pencils_bought}
   * @param about what it is, e.g. {@code the number of pencils Lena buys}
   * @param expression how it is computed: numbers from the story, names of earlier quantities,
   *     {@code + - * /} and parentheses, e.g. {@code pencils_bought + 5}
   */
  public record Quantity(String name, String about, String expression) {}
}
