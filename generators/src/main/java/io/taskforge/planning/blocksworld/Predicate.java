package io.taskforge.planning.blocksworld;

import java.util.List;

/**
 * The predicates of the two blocksworld encodings, with their usual PDDL names: {@code on X Y},
 * {@code ontable X}, {@code clear X}, {@code holding X} and {@code handempty} for four operators;
 * {@code on X Y}, {@code on-table X} and {@code clear X} for three (the names of the classic
 * domains).
 */
public enum Predicate {
  ON(2),
  ON_TABLE(1),
  CLEAR(1),
  HOLDING(1),
  HAND_EMPTY(0);

  private static final List<Predicate> FOUR = List.of(ON, ON_TABLE, CLEAR, HOLDING, HAND_EMPTY);
  private static final List<Predicate> THREE = List.of(ON, ON_TABLE, CLEAR);

  private final int arity;

  Predicate(int arity) {
    this.arity = arity;
  }

  public int arity() {
    return arity;
  }

  /** The usual name in the 3- or 4-operator domain. */
  public String naturalName(int operators) {
    return switch (this) {
      case ON -> "on";
      case ON_TABLE -> operators == 3 ? "on-table" : "ontable";
      case CLEAR -> "clear";
      case HOLDING -> "holding";
      case HAND_EMPTY -> "handempty";
    };
  }

  /** The predicates of the 3- or 4-operator domain, in their fixed order. */
  public static List<Predicate> set(int operators) {
    return operators == 3 ? THREE : FOUR;
  }
}
