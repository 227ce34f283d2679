package io.taskforge.planning.blocksworld;

import java.util.List;

/**
 * The operators of the two blocksworld encodings.
 *
 * <p>Four operators with a hand: {@code pick-up X}, {@code put-down X}, {@code stack X Y},
 * {@code unstack X Y}. Three operators without a hand, as in the classic "blocksworld-3ops" PDDL
 * domain: {@code move-b-to-b X Y Z} (move clear block X from block Y onto clear block Z),
 * {@code move-b-to-t X Y} (from block Y to the table) and {@code move-t-to-b X Z} (from the table
 * onto clear block Z). Each operator's arguments are blocks, in the order shown.
 */
public enum Operator {
  PICK_UP("pick-up", 1),
  PUT_DOWN("put-down", 1),
  STACK("stack", 2),
  UNSTACK("unstack", 2),
  MOVE_B_TO_B("move-b-to-b", 3),
  MOVE_B_TO_T("move-b-to-t", 2),
  MOVE_T_TO_B("move-t-to-b", 2);

  private static final List<Operator> FOUR = List.of(PICK_UP, PUT_DOWN, STACK, UNSTACK);
  private static final List<Operator> THREE = List.of(MOVE_B_TO_B, MOVE_B_TO_T, MOVE_T_TO_B);

  private final String naturalName;
  private final int arity;

  Operator(String naturalName, int arity) {
    this.naturalName = naturalName;
    this.arity = arity;
  }

  /** The operator's usual name, e.g. {@code pick-up}. */
  public String naturalName() {
    return naturalName;
  }

  /** How many blocks it takes. */
  public int arity() {
    return arity;
  }

  /** The operators of the 3- or 4-operator encoding, in their fixed order. */
  public static List<Operator> set(int operators) {
    return operators == 3 ? THREE : FOUR;
  }

  /** This operator's position in its set (the index of its name in a problem's action names). */
  public int indexInSet() {
    return ordinal() < 4 ? ordinal() : ordinal() - 4;
  }
}
