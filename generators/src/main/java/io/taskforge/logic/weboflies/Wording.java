package io.taskforge.logic.weboflies;

/** The sentences of a web of lies; variant 0 is the plain BIG-bench wording. */
final class Wording {
  private Wording() {}

  static final int STATUS_VARIANTS = 4;
  static final int SAYS_VARIANTS = 5;

  static String status(String a, boolean truthful, int v) {
    if (truthful) {
      return switch (v) {
        case 0 -> a + " tells the truth.";
        case 1 -> a + " is honest.";
        case 2 -> a + " always tells the truth.";
        default -> a + " never lies.";
      };
    }
    return switch (v) {
      case 0 -> a + " lies.";
      case 1 -> a + " is a liar.";
      case 2 -> a + " always lies.";
      default -> a + " never tells the truth.";
    };
  }

  static String says(String a, String b, boolean truthful, int v) {
    if (truthful) {
      return switch (v) {
        case 0 -> a + " says " + b + " tells the truth.";
        case 1 -> a + " claims that " + b + " is honest.";
        case 2 -> "According to " + a + ", " + b + " tells the truth.";
        case 3 -> a + " says " + b + " does not lie.";
        default -> a + " insists that " + b + " never lies.";
      };
    }
    return switch (v) {
      case 0 -> a + " says " + b + " lies.";
      case 1 -> a + " claims that " + b + " is a liar.";
      case 2 -> "According to " + a + ", " + b + " lies.";
      case 3 -> a + " says " + b + " does not tell the truth.";
      default -> a + " insists that " + b + " never tells the truth.";
    };
  }

  private static final String[] COLORS = {"red", "blue", "green", "yellow", "black", "white", "brown", "purple"};
  private static final String[] MONTHS = {"January", "March", "April", "June", "July", "September", "October", "December"};
  private static final String[] INSTRUMENTS = {"cello", "flute", "piano", "trumpet", "violin", "banjo", "harp", "oboe"};
  private static final String[] PLACES = {"library", "bakery", "river", "station", "museum", "market", "harbor", "park"};
  private static final String[] THINGS = {"stamps", "coins", "seashells", "postcards", "maps", "keys", "buttons", "teacups"};
  private static final String[] NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};
  static final int FACT_KINDS = 7;
  static final int FACT_CHOICES = 8;

  /** An irrelevant remark about {@code a}: kind in [0, 7), choice in [0, 8). */
  static String fact(String a, int kind, int choice) {
    return switch (kind) {
      case 0 -> a + " owns a " + COLORS[choice] + " bicycle.";
      case 1 -> a + " was born in " + MONTHS[choice] + ".";
      case 2 -> a + " plays the " + INSTRUMENTS[choice] + ".";
      case 3 -> a + " lives next to the " + PLACES[choice] + ".";
      case 4 -> a + " collects " + THINGS[choice] + ".";
      case 5 -> a + " has " + NUMBERS[choice] + " cousins.";
      default -> a + (choice % 2 == 0 ? " prefers tea to coffee." : " prefers coffee to tea.");
    };
  }
}
