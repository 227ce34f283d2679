package io.taskforge.logic.ordering;

import java.util.List;

/**
 * An ordering puzzle: items in a row (people in a queue, books on a shelf, runners by finishing
 * order, people by age), clues about their order, and a question.
 *
 * <p>Positions are numbered from 1 (the front of the queue, the leftmost book, the winner, the
 * oldest person) to {@code items.size()}.
 *
 * @param scenario {@code queue}, {@code shelf}, {@code race} or {@code age}
 * @param items the items' names, in alphabetical order (not the solution's)
 * @param clues the clues, in the order shown
 * @param question what is asked
 */
public record OrderingProblem(String scenario, List<String> items, List<Clue> clues, Question question) {

  public OrderingProblem {
    items = items == null ? List.of() : List.copyOf(items);
    clues = clues == null ? List.of() : List.copyOf(clues);
  }

  /** Clue kinds. */
  public static final String BEFORE = "before";
  public static final String IMMEDIATELY_BEFORE = "immediately-before";
  public static final String FIRST = "first";
  public static final String LAST = "last";
  public static final String POSITION = "position";
  public static final String BETWEEN = "between";
  public static final String ADJACENT = "adjacent";
  public static final String NOT_ADJACENT = "not-adjacent";

  /**
   * One clue.
   *
   * @param kind {@code before}: {@code items[0]} is somewhere before {@code items[1]};
   *     {@code immediately-before}: {@code items[0]} is directly before {@code items[1]};
   *     {@code first}/{@code last}: {@code items[0]} is at position 1 / at the last position;
   *     {@code position}: {@code items[0]} is at {@code position}; {@code between}: {@code items[0]} is
   *     somewhere between {@code items[1]} and {@code items[2]} (in either order); {@code adjacent} /
   *     {@code not-adjacent}: {@code items[0]} and {@code items[1]} are / are not next to each other
   * @param items indices into the problem's items
   * @param position for {@code position}, 1-based; 0 otherwise
   * @param text the clue as shown
   */
  public record Clue(String kind, List<Integer> items, int position, String text) {
    public Clue {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }

  /** Question kinds. */
  public static final String ORDER = "order";
  public static final String ITEM_AT = "item-at";
  public static final String POSITION_OF = "position-of";

  /**
   * What is asked.
   *
   * @param kind {@code order}: the whole order; {@code item-at}: which item is at {@code position};
   *     {@code position-of}: at which position {@code item} is
   * @param position for {@code item-at}, 1-based; 0 otherwise
   * @param item for {@code position-of}, an index into items; -1 otherwise
   * @param text the question as shown
   */
  public record Question(String kind, int position, int item, String text) {}
}
