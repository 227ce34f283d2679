package io.taskforge.planning.pddl;

import java.util.List;

/** A ground atom, e.g. {@code (on a b)}; names are lower-case. */
public record Fact(String predicate, List<String> args) implements Comparable<Fact> {
  public Fact {
    args = List.copyOf(args);
  }

  public static Fact of(String predicate, String... args) {
    return new Fact(predicate, List.of(args));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append('(').append(predicate);
    for (String a : args) {
      sb.append(' ').append(a);
    }
    return sb.append(')').toString();
  }

  @Override
  public int compareTo(Fact o) {
    return toString().compareTo(o.toString());
  }
}
