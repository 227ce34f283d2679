package io.taskforge.logic.zebra;

/**
 * The kinds of zebra clues: their ids (the {@code kind} field of a clue in a problem) and shapes.
 *
 * <p>A clue names {@link #items()} attribute values (by attribute and value index) and
 * {@link #houses()} house numbers. Meanings, with {@code h(x)} the house (1 = leftmost) of the
 * person who has value {@code x}:
 *
 * <ul>
 *   <li>{@code same-house(a, b)}: h(a) = h(b); {@code not-same-house(a, b)}: h(a) ≠ h(b)
 *   <li>{@code left-of(a, b)}: h(a) &lt; h(b); {@code right-of(a, b)}: h(a) &gt; h(b)
 *   <li>{@code immediately-left(a, b)}: h(a) + 1 = h(b)
 *   <li>{@code next-to(a, b)}: |h(a) − h(b)| = 1; {@code not-next-to(a, b)}: |h(a) − h(b)| ≥ 2
 *   <li>{@code one-between(a, b)}: |h(a) − h(b)| = 2
 *   <li>{@code position(a; p)}: h(a) = p
 *   <li>{@code either-same-house(a, b, c)}: h(a) = h(b) or h(a) = h(c) (inclusive)
 *   <li>{@code either-position(a; p, q)}: h(a) = p or h(a) = q
 * </ul>
 */
public enum ClueKind {
  SAME_HOUSE("same-house", 2, 0),
  NOT_SAME_HOUSE("not-same-house", 2, 0),
  LEFT_OF("left-of", 2, 0),
  RIGHT_OF("right-of", 2, 0),
  IMMEDIATELY_LEFT("immediately-left", 2, 0),
  NEXT_TO("next-to", 2, 0),
  NOT_NEXT_TO("not-next-to", 2, 0),
  ONE_BETWEEN("one-between", 2, 0),
  POSITION("position", 1, 1),
  EITHER_SAME_HOUSE("either-same-house", 3, 0),
  EITHER_POSITION("either-position", 1, 2);

  private final String id;
  private final int items;
  private final int houses;

  ClueKind(String id, int items, int houses) {
    this.id = id;
    this.items = items;
    this.houses = houses;
  }

  /** The id used in problems, e.g. {@code immediately-left}. */
  public String id() {
    return id;
  }

  /** How many attribute values the clue names. */
  public int items() {
    return items;
  }

  /** How many house numbers the clue names. */
  public int houses() {
    return houses;
  }

  /** True for the kinds that are an "or" of two facts. */
  public boolean disjunctive() {
    return this == EITHER_SAME_HOUSE || this == EITHER_POSITION;
  }

  /** The kind with this id, or null. */
  public static ClueKind byId(String id) {
    if (id == null) {
      return null;
    }
    return switch (id) {
      case "same-house" -> SAME_HOUSE;
      case "not-same-house" -> NOT_SAME_HOUSE;
      case "left-of" -> LEFT_OF;
      case "right-of" -> RIGHT_OF;
      case "immediately-left" -> IMMEDIATELY_LEFT;
      case "next-to" -> NEXT_TO;
      case "not-next-to" -> NOT_NEXT_TO;
      case "one-between" -> ONE_BETWEEN;
      case "position" -> POSITION;
      case "either-same-house" -> EITHER_SAME_HOUSE;
      case "either-position" -> EITHER_POSITION;
      default -> null;
    };
  }
}
