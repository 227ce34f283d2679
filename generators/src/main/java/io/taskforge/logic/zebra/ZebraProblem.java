package io.taskforge.logic.zebra;

import java.util.List;

/**
 * A zebra (Einstein) puzzle: {@code houses} houses in a row, numbered 1 (leftmost) to
 * {@code houses}; one person per house; each attribute's values are spread over the houses one per
 * house; the clues pin down exactly one arrangement.
 *
 * @param houses the number of houses, which is also the number of values of every attribute
 * @param attributes in the order the prompt lists them (and the answer gives a house's values)
 * @param clues in the order the prompt lists them; see {@link ClueKind} for their meanings
 */
public record ZebraProblem(int houses, List<Attribute> attributes, List<Clue> clues) {

  public ZebraProblem {
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
    clues = clues == null ? List.of() : List.copyOf(clues);
  }

  /**
   * An attribute, e.g. {@code Pet} with values {@code cat, dog, fish}.
   *
   * @param name as shown in the prompt
   * @param values as shown in the prompt (in a fixed order unrelated to the solution)
   */
  public record Attribute(String name, List<String> values) {
    public Attribute {
      values = values == null ? List.of() : List.copyOf(values);
    }
  }

  /**
   * One attribute value, by 0-based index.
   *
   * @param attribute index into {@link ZebraProblem#attributes()}
   * @param value index into that attribute's values
   */
  public record Item(int attribute, int value) {}

  /**
   * One clue.
   *
   * @param kind a {@link ClueKind#id()}
   * @param items the attribute values the clue names, in the order of its meaning
   * @param houses the house numbers it names (1-based); empty for most kinds
   */
  public record Clue(String kind, List<Item> items, List<Integer> houses) {
    public Clue {
      items = items == null ? List.of() : List.copyOf(items);
      houses = houses == null ? List.of() : List.copyOf(houses);
    }
  }
}
