package io.taskforge.logic.ordering;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The settings of ordering puzzles and their English: what the items are, what position 1 means, and
 * how each kind of clue is said. Every clue kind with two directions ({@code before},
 * {@code immediately-before}) has a forward and a backward wording ("A is ahead of B" / "B is behind
 * A") that mean the same.
 */
enum Scenario {
  QUEUE("queue"),
  SHELF("shelf"),
  RACE("race"),
  AGE("age");

  final String id;

  Scenario(String id) {
    this.id = id;
  }

  static final List<String> IDS = List.of("queue", "shelf", "race", "age");

  static Scenario of(String id) {
    for (Scenario s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no scenario " + id);
  }

  static final ImmutableList<String> BOOKS = ImmutableList.of(
      "Beloved", "Candide", "Dracula", "Dune", "Emma", "Frankenstein", "Ivanhoe", "Kidnapped",
      "Middlemarch", "Persuasion", "Rebecca", "Siddhartha", "Solaris", "Ulysses", "Walden", "Waverley");

  /** Whether items are books (else people). */
  boolean books() {
    return this == SHELF;
  }

  String intro(int n, String list) {
    return switch (this) {
      case QUEUE -> n + " people are standing in a single line at a ticket counter: " + list + ".";
      case SHELF -> n + " books stand in a single row on a shelf: " + list + ".";
      case RACE -> n + " runners took part in a race, and no two of them finished at the same time: " + list + ".";
      case AGE -> n + " friends all have different ages: " + list + ".";
    };
  }

  /** What the positions mean, e.g. "from the front of the line (position 1) to the back (position 5)". */
  String meaning(int n) {
    return switch (this) {
      case QUEUE -> "from the front of the line (position 1) to the back (position " + n + ")";
      case SHELF -> "from left (position 1) to right (position " + n + ")";
      case RACE -> "in finishing order, from the first to finish (position 1) to the last (position " + n + ")";
      case AGE -> "from the oldest (position 1) to the youngest (position " + n + ")";
    };
  }

  /** "second", "third", ... for 1-based k up to 12. */
  static String ordinal(int k) {
    return new String[] {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
        "ninth", "tenth", "eleventh", "twelfth"}[k - 1];
  }

  String before(String a, String b, boolean backward) {
    return switch (this) {
      case QUEUE -> backward ? b + " is somewhere behind " + a + " in the line." : a + " is somewhere ahead of " + b + " in the line.";
      case SHELF -> backward ? b + " is somewhere to the right of " + a + "." : a + " is somewhere to the left of " + b + ".";
      case RACE -> backward ? b + " finished after " + a + "." : a + " finished before " + b + ".";
      case AGE -> backward ? b + " is younger than " + a + "." : a + " is older than " + b + ".";
    };
  }

  String immediatelyBefore(String a, String b, boolean backward) {
    return switch (this) {
      case QUEUE -> backward ? b + " stands directly behind " + a + "." : a + " stands directly in front of " + b + ".";
      case SHELF -> backward ? b + " is immediately to the right of " + a + "." : a + " is immediately to the left of " + b + ".";
      case RACE -> backward ? b + " finished immediately after " + a + "." : a + " finished immediately before " + b + ".";
      case AGE -> backward
          ? b + " is younger than " + a + ", and nobody's age is between theirs."
          : a + " is older than " + b + ", and nobody's age is between theirs.";
    };
  }

  String first(String a) {
    return switch (this) {
      case QUEUE -> a + " is at the front of the line.";
      case SHELF -> a + " is the leftmost book.";
      case RACE -> a + " won the race.";
      case AGE -> a + " is the oldest.";
    };
  }

  String last(String a) {
    return switch (this) {
      case QUEUE -> a + " is at the back of the line.";
      case SHELF -> a + " is the rightmost book.";
      case RACE -> a + " finished last.";
      case AGE -> a + " is the youngest.";
    };
  }

  /** 1-based position k, never first or last. */
  String position(String a, int k) {
    return switch (this) {
      case QUEUE -> a + " is " + ordinal(k) + " in line.";
      case SHELF -> a + " is the " + ordinal(k) + " book from the left.";
      case RACE -> a + " finished " + ordinal(k) + ".";
      case AGE -> a + " is the " + ordinal(k) + " oldest.";
    };
  }

  String between(String a, String b, String c) {
    return switch (this) {
      case QUEUE -> a + " stands somewhere between " + b + " and " + c + ".";
      case SHELF -> a + " is somewhere between " + b + " and " + c + ".";
      case RACE -> a + " finished somewhere between " + b + " and " + c + ".";
      case AGE -> a + "'s age is between " + b + "'s and " + c + "'s.";
    };
  }

  String adjacent(String a, String b, boolean yes) {
    return switch (this) {
      case QUEUE -> a + " and " + b + (yes ? " stand" : " do not stand") + " next to each other.";
      case SHELF -> a + " and " + b + (yes ? " are" : " are not") + " side by side.";
      case RACE -> a + " and " + b + (yes ? " finished" : " did not finish") + " one right after the other.";
      case AGE -> a + " and " + b + (yes ? " are" : " are not") + " next to each other in age order.";
    };
  }

  String askItemAt(int k) {
    return switch (this) {
      case QUEUE -> "Who is in position " + k + " of the line, counting from the front?";
      case SHELF -> "Which book is in position " + k + ", counting from the left?";
      case RACE -> "Who finished in position " + k + "?";
      case AGE -> "Who is the " + ordinal(k) + " oldest (position " + k + ")?";
    };
  }

  String askPositionOf(String a, int n) {
    return "In which position is " + a + ", counting " + meaning(n) + "?";
  }

  String askOrder(int n) {
    return "List all " + n + " " + (books() ? "books" : this == RACE ? "runners" : "people") + " "
        + meaning(n) + ".";
  }
}
