package io.taskforge.planning.waterjugs;

import java.util.List;

/**
 * One action: fill a jug from the tap, empty it into the drain, or pour one jug into another until
 * the first is empty or the second is full.
 *
 * @param kind what is done
 * @param from the jug filled, emptied or poured from
 * @param to the jug poured into ({@code -1} for fill and empty)
 */
public record JugAction(Kind kind, int from, int to) {
  /** The three kinds of action. */
  public enum Kind {
    FILL,
    EMPTY,
    POUR
  }

  public static JugAction fill(int jug) {
    return new JugAction(Kind.FILL, jug, -1);
  }

  public static JugAction empty(int jug) {
    return new JugAction(Kind.EMPTY, jug, -1);
  }

  public static JugAction pour(int from, int to) {
    return new JugAction(Kind.POUR, from, to);
  }

  /** The canonical text: {@code fill A}, {@code empty A} or {@code pour A B}. */
  public String text(List<String> jugs) {
    return switch (kind) {
      case FILL -> "fill " + jugs.get(from);
      case EMPTY -> "empty " + jugs.get(from);
      case POUR -> "pour " + jugs.get(from) + " " + jugs.get(to);
    };
  }
}
