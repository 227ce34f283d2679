package io.taskforge.planning.pddl;

import java.util.List;

/**
 * An atom or its negation, possibly over action parameters ({@code ?x}); the predicate {@code =}
 * is equality. In effects a positive literal adds its atom and a negative one deletes it.
 */
public record Literal(boolean positive, String predicate, List<String> args) {
  public Literal {
    args = List.copyOf(args);
  }

  public static Literal pos(String predicate, String... args) {
    return new Literal(true, predicate, List.of(args));
  }

  public static Literal neg(String predicate, String... args) {
    return new Literal(false, predicate, List.of(args));
  }

  @Override
  public String toString() {
    String atom = new Fact(predicate, args).toString();
    return positive ? atom : "(not " + atom + ")";
  }
}
