package io.taskforge.logic.zebra;

import java.util.List;

/** English sentences for clues, e.g. "The Brit lives directly to the left of the cat owner." */
final class ClueText {
  private ClueText() {}

  /**
   * The sentence for a clue.
   *
   * @param categories the category of each attribute, in problem order
   * @param values the value names of each attribute, in problem order
   */
  static String sentence(ZebraProblem.Clue clue, List<Themes.Category> categories, List<List<String>> values) {
    ClueKind kind = ClueKind.byId(clue.kind());
    String a = phrase(clue.items().get(0), categories, values);
    String b = clue.items().size() > 1 ? phrase(clue.items().get(1), categories, values) : "";
    List<Integer> h = clue.houses();
    return switch (kind) {
      case SAME_HOUSE -> cap(a) + " is " + b + ".";
      case NOT_SAME_HOUSE -> cap(a) + " is not " + b + ".";
      case LEFT_OF -> cap(a) + " lives somewhere to the left of " + b + ".";
      case RIGHT_OF -> cap(a) + " lives somewhere to the right of " + b + ".";
      case IMMEDIATELY_LEFT -> cap(a) + " lives directly to the left of " + b + ".";
      case NEXT_TO -> cap(a) + " lives next to " + b + ".";
      case NOT_NEXT_TO -> cap(a) + " and " + b + " live in different houses that are not next to each other.";
      case ONE_BETWEEN -> "There is exactly one house between " + a + " and " + b + ".";
      case POSITION -> cap(a) + " lives in house " + h.get(0) + ".";
      case EITHER_SAME_HOUSE -> cap(a) + " is " + b + " or " + phrase(clue.items().get(2), categories, values)
          + ", or both.";
      case EITHER_POSITION -> cap(a) + " lives in house " + h.get(0) + " or house " + h.get(1) + ".";
    };
  }

  private static String phrase(ZebraProblem.Item item, List<Themes.Category> categories, List<List<String>> values) {
    return categories.get(item.attribute()).phrase(values.get(item.attribute()).get(item.value()));
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
