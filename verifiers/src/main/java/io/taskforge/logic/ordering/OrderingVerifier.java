package io.taskforge.logic.ordering;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Keywords;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.List;

/**
 * Scores an ordering answer against the clues.
 *
 * <p>A whole order is correct when it satisfies every clue. Otherwise its partial credit is the share
 * of positions that hold the same item as in the consistent order, which this verifier finds with
 * its own search (positions filled in turn, each clue checked for whether it can still hold). A
 * single-position answer is correct when the one consistent order agrees with it.
 *
 * <p>Reading (see {@link OrderingTask#answerFormat()}): entries separated by commas or newlines;
 * each entry trimmed, with a final period, a leading list marker ({@code 1.}, {@code 1)}, {@code -},
 * {@code *}) and a leading {@code and } dropped; names matched without regard to case; every item
 * exactly once. A single answer is read with {@link Keywords} (a name) or as digits with an optional
 * ordinal suffix ({@code 3}, {@code 3rd}).
 */
public final class OrderingVerifier implements Verifier<OrderingProblem> {
  /** Problems with more items are refused: they bound the search. */
  static final int MAX_ITEMS = 16;
  /** Search budget: generated puzzles need a few thousand placements at most. */
  static final long MAX_NODES = 2_000_000L;

  @Override
  public String taskId() {
    return OrderingTask.ID;
  }

  @Override
  public Class<OrderingProblem> problemType() {
    return OrderingProblem.class;
  }

  @Override
  public Verdict verify(OrderingProblem problem, String response) {
    int[][] clues;
    try {
      clues = compile(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    OrderingProblem.Question q = problem.question();
    return switch (q.kind()) {
      case OrderingProblem.ORDER -> verifyOrder(problem, clues, answer);
      case OrderingProblem.ITEM_AT -> verifyItemAt(problem, clues, answer, q.position());
      default -> verifyPositionOf(problem, clues, answer, q.item());
    };
  }

  private static Verdict verifyOrder(OrderingProblem problem, int[][] clues, String answer) {
    List<String> items = problem.items();
    int n = items.size();
    int[] order = new int[n];
    Verdict bad = readOrder(answer, items, order);
    if (bad != null) {
      return bad;
    }
    int[] posOf = new int[n];
    for (int p = 0; p < n; p++) {
      posOf[order[p]] = p;
    }
    for (int c = 0; c < clues.length; c++) {
      if (!satisfied(clues[c], posOf, n)) {
        int[] solution = uniqueSolution(clues, n);
        if (solution == null) {
          return Verdict.of(Status.BAD_PROBLEM, "the clues do not have exactly one consistent order");
        }
        int same = 0;
        for (int p = 0; p < n; p++) {
          same += solution[p] == order[p] ? 1 : 0;
        }
        String reason = "clue " + (c + 1) + " (" + problem.clues().get(c).text() + ") is broken: "
            + placement(clues[c], posOf, items) + "; " + same + " of " + n
            + " positions match the consistent order";
        return Verdict.partial((double) same / n, Status.WRONG, reason);
      }
    }
    return Verdict.correct("the order satisfies all " + clues.length + " clues");
  }

  private static Verdict verifyItemAt(OrderingProblem problem, int[][] clues, String answer, int position) {
    List<String> items = problem.items();
    int item = Keywords.match(answer, items.toArray(new String[0]));
    if (item < 0) {
      return Verdict.invalidFormat("the answer must be one of the names " + String.join(", ", items) + ", got "
          + Keywords.quote(answer));
    }
    int[] solution = uniqueSolution(clues, items.size());
    if (solution == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the clues do not have exactly one consistent order");
    }
    String fact = items.get(solution[position - 1]) + " is in position " + position + " in the only consistent order";
    return solution[position - 1] == item ? Verdict.correct(fact) : Verdict.wrong(fact);
  }

  private static Verdict verifyPositionOf(OrderingProblem problem, int[][] clues, String answer, int item) {
    List<String> items = problem.items();
    int n = items.size();
    int position = readPosition(answer, n);
    if (position < 0) {
      return Verdict.invalidFormat("the answer must be a position number from 1 to " + n + ", got "
          + Keywords.quote(answer));
    }
    int[] solution = uniqueSolution(clues, n);
    if (solution == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the clues do not have exactly one consistent order");
    }
    int actual = 0;
    for (int p = 0; p < n; p++) {
      if (solution[p] == item) {
        actual = p + 1;
      }
    }
    String fact = items.get(item) + " is in position " + actual + " in the only consistent order";
    return actual == position ? Verdict.correct(fact) : Verdict.wrong(fact);
  }

  // ---------------------------------------------------------------------------------------------
  // Clues

  private static final int BEFORE = 0;
  private static final int IMMEDIATELY_BEFORE = 1;
  private static final int FIRST = 2;
  private static final int LAST = 3;
  private static final int POSITION = 4;
  private static final int BETWEEN = 5;
  private static final int ADJACENT = 6;
  private static final int NOT_ADJACENT = 7;

  /** Each clue as {kind, a, b, c, k (0-based position)}, after checking the problem is well-formed. */
  static int[][] compile(OrderingProblem problem) {
    if (problem == null || problem.question() == null || problem.question().kind() == null) {
      throw new IllegalArgumentException("the instance has no ordering problem to verify against");
    }
    List<String> items = problem.items();
    int n = items.size();
    if (n < 1 || n > MAX_ITEMS) {
      throw new IllegalArgumentException("the puzzle has " + n + " items; this verifier reads 1 to " + MAX_ITEMS);
    }
    for (int i = 0; i < n; i++) {
      String name = items.get(i);
      if (name == null || name.isEmpty() || !name.strip().equals(name)
          || name.indexOf(',') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("item " + (i + 1) + " has an empty, padded or separator-holding name");
      }
      for (int j = 0; j < i; j++) {
        if (items.get(j).equalsIgnoreCase(name)) {
          throw new IllegalArgumentException("two items are called " + name);
        }
      }
    }
    OrderingProblem.Question q = problem.question();
    switch (q.kind()) {
      case OrderingProblem.ORDER -> { }
      case OrderingProblem.ITEM_AT -> {
        if (q.position() < 1 || q.position() > n) {
          throw new IllegalArgumentException("the question asks about a position outside 1.." + n);
        }
      }
      case OrderingProblem.POSITION_OF -> {
        if (q.item() < 0 || q.item() >= n) {
          throw new IllegalArgumentException("the question asks about an item that is not in the puzzle");
        }
      }
      default -> throw new IllegalArgumentException("unknown question kind " + Keywords.quote(q.kind()));
    }
    int[][] out = new int[problem.clues().size()][];
    for (int c = 0; c < out.length; c++) {
      OrderingProblem.Clue clue = problem.clues().get(c);
      int kind = clue == null || clue.kind() == null ? -1 : switch (clue.kind()) {
        case OrderingProblem.BEFORE -> BEFORE;
        case OrderingProblem.IMMEDIATELY_BEFORE -> IMMEDIATELY_BEFORE;
        case OrderingProblem.FIRST -> FIRST;
        case OrderingProblem.LAST -> LAST;
        case OrderingProblem.POSITION -> POSITION;
        case OrderingProblem.BETWEEN -> BETWEEN;
        case OrderingProblem.ADJACENT -> ADJACENT;
        case OrderingProblem.NOT_ADJACENT -> NOT_ADJACENT;
        default -> -1;
      };
      int arity = kind < 0 ? -1 : kind == BETWEEN ? 3 : kind == FIRST || kind == LAST || kind == POSITION ? 1 : 2;
      if (kind < 0 || clue.items().size() != arity) {
        throw new IllegalArgumentException("clue " + (c + 1) + " has an unknown kind or the wrong number of items");
      }
      int[] r = {kind, -1, -1, -1, clue.position() - 1};
      for (int i = 0; i < arity; i++) {
        Integer x = clue.items().get(i);
        if (x == null || x < 0 || x >= n) {
          throw new IllegalArgumentException("clue " + (c + 1) + " mentions an item that is not in the puzzle");
        }
        for (int j = 0; j < i; j++) {
          if (r[1 + j] == x) {
            throw new IllegalArgumentException("clue " + (c + 1) + " mentions the same item twice");
          }
        }
        r[1 + i] = x;
      }
      if (kind == POSITION && (r[4] < 0 || r[4] >= n)) {
        throw new IllegalArgumentException("clue " + (c + 1) + " names a position outside 1.." + n);
      }
      out[c] = r;
    }
    return out;
  }

  /** Whether a complete placement (position of each item) satisfies a clue. */
  private static boolean satisfied(int[] clue, int[] posOf, int n) {
    int a = posOf[clue[1]];
    int b = clue[2] >= 0 ? posOf[clue[2]] : -1;
    int c = clue[3] >= 0 ? posOf[clue[3]] : -1;
    return switch (clue[0]) {
      case BEFORE -> a < b;
      case IMMEDIATELY_BEFORE -> b - a == 1;
      case FIRST -> a == 0;
      case LAST -> a == n - 1;
      case POSITION -> a == clue[4];
      case BETWEEN -> (b < a && a < c) || (c < a && a < b);
      case ADJACENT -> a - b == 1 || b - a == 1;
      default -> a - b != 1 && b - a != 1;
    };
  }

  /** "Alice is at position 4 and Bob at position 2", for reasons. */
  private static String placement(int[] clue, int[] posOf, List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 3 && clue[i] >= 0; i++) {
      if (i > 1) {
        sb.append(i == 3 || clue[3] < 0 ? " and " : ", ");
      }
      sb.append(items.get(clue[i])).append(i == 1 ? " is at position " : " at position ").append(posOf[clue[i]] + 1);
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The verifier's own search

  /** The one consistent order (item per position), or null when there is none, or more than one. */
  static int[] uniqueSolution(int[][] clues, int n) {
    Search s = new Search(clues, n);
    s.run(0);
    return s.found == 1 && !s.exhausted ? s.solution : null;
  }

  private static final class Search {
    final int[][] clues;
    final int n;
    final int[] posOf;
    final int[] order;
    int found;
    int[] solution;
    long nodes;
    boolean exhausted;

    Search(int[][] clues, int n) {
      this.clues = clues;
      this.n = n;
      this.posOf = new int[n];
      this.order = new int[n];
      java.util.Arrays.fill(posOf, -1);
    }

    void run(int p) {
      if (p == n) {
        found++;
        solution = order.clone();
        return;
      }
      for (int x = 0; x < n && found < 2 && !exhausted; x++) {
        if (posOf[x] >= 0) {
          continue;
        }
        if (++nodes > MAX_NODES) {
          exhausted = true;
          return;
        }
        posOf[x] = p;
        order[p] = x;
        if (stillPossible(p)) {
          run(p + 1);
        }
        posOf[x] = -1;
      }
    }

    /** Positions 0..p are filled; every unplaced item will stand after p. */
    boolean stillPossible(int p) {
      for (int[] c : clues) {
        int a = posOf[c[1]];
        int b = c[2] >= 0 ? posOf[c[2]] : -1;
        int d = c[3] >= 0 ? posOf[c[3]] : -1;
        boolean ok = switch (c[0]) {
          // Unplaced means "later than everything placed".
          case BEFORE -> b < 0 || (a >= 0 && a < b);
          case IMMEDIATELY_BEFORE -> a >= 0 ? (b >= 0 ? b == a + 1 : a == p) : b < 0;
          case FIRST -> a == 0;
          case LAST -> a < 0 || a == n - 1;
          case POSITION -> a < 0 ? c[4] > p : a == c[4];
          case BETWEEN -> a < 0
              ? b < 0 || d < 0
              : (b >= 0 && d >= 0) ? (b < a && a < d) || (d < a && a < b) : (b >= 0 ? b : d) >= 0 && (b >= 0 ? b : d) < a;
          case ADJACENT -> a >= 0 && b >= 0 ? Math.abs(a - b) == 1 : a < 0 && b < 0 || (a >= 0 ? a : b) == p;
          default -> a < 0 || b < 0 || Math.abs(a - b) != 1;
        };
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading answers

  /** Fills {@code order} (item per position); returns the INVALID_FORMAT verdict of the first problem, or null. */
  private static Verdict readOrder(String answer, List<String> items, int[] order) {
    int n = items.size();
    int[] positionOf = new int[n];
    java.util.Arrays.fill(positionOf, -1);
    int count = 0;
    int len = answer.length();
    int start = 0;
    while (start <= len) {
      int end = start;
      while (end < len && answer.charAt(end) != ',' && answer.charAt(end) != '\n' && answer.charAt(end) != '\r') {
        end++;
      }
      int from = skipSpace(answer, start, end);
      int to = skipSpaceBack(answer, from, end);
      if (to > from && answer.charAt(to - 1) == '.') {
        to = skipSpaceBack(answer, from, to - 1);
      }
      from = skipListMarker(answer, from, to);
      if (to - from > 4 && answer.regionMatches(true, from, "and ", 0, 4)) {
        from = skipSpace(answer, from + 4, to);
      }
      if (to > from) {
        int item = -1;
        for (int i = 0; i < n; i++) {
          String name = items.get(i);
          if (name.length() == to - from && answer.regionMatches(true, from, name, 0, name.length())) {
            item = i;
            break;
          }
        }
        if (item < 0) {
          return Verdict.invalidFormat("entry " + (count + 1) + " (" + Keywords.quote(answer.substring(from, to))
              + ") is not one of the items (" + String.join(", ", items) + ")");
        }
        if (positionOf[item] >= 0) {
          return Verdict.invalidFormat(items.get(item) + " is listed more than once");
        }
        if (count == n) {
          return Verdict.invalidFormat("the answer lists more than " + n + " items");
        }
        positionOf[item] = count;
        order[count++] = item;
      }
      start = end + 1;
    }
    if (count == 0) {
      return Verdict.invalidFormat("the answer lists no items; expected all " + n + " names separated by commas");
    }
    for (int i = 0; i < n; i++) {
      if (positionOf[i] < 0) {
        return Verdict.invalidFormat(items.get(i) + " is missing: the order must list all " + n + " items");
      }
    }
    return null;
  }

  /** Skips "1.", "12)", "-", "*" followed by a space. */
  private static int skipListMarker(String s, int from, int to) {
    int i = from;
    while (i < to && i - from < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i > from && i + 1 < to && (s.charAt(i) == '.' || s.charAt(i) == ')') && isSpace(s.charAt(i + 1))) {
      return skipSpace(s, i + 1, to);
    }
    if (to - from >= 2 && (s.charAt(from) == '-' || s.charAt(from) == '*') && isSpace(s.charAt(from + 1))) {
      return skipSpace(s, from + 1, to);
    }
    return from;
  }

  /** A position 1..n written as digits with an optional ordinal suffix; -1 otherwise. */
  static int readPosition(String answer, int n) {
    int from = skipSpace(answer, 0, answer.length());
    int to = skipSpaceBack(answer, from, answer.length());
    if (to > from && answer.charAt(to - 1) == '.') {
      to--;
    }
    while (from < to && (answer.charAt(from) == '*' || answer.charAt(from) == '`')) {
      from++;
    }
    while (to > from && (answer.charAt(to - 1) == '*' || answer.charAt(to - 1) == '`')) {
      to--;
    }
    if (to > from && answer.charAt(to - 1) == '.') {
      to--;
    }
    from = skipSpace(answer, from, to);
    to = skipSpaceBack(answer, from, to);
    int i = from;
    int value = 0;
    while (i < to && i - from < 3 && answer.charAt(i) >= '0' && answer.charAt(i) <= '9') {
      value = value * 10 + (answer.charAt(i) - '0');
      i++;
    }
    if (i == from) {
      return -1;
    }
    if (i < to) {
      if (to - i != 2) {
        return -1;
      }
      String suffix = value % 100 >= 11 && value % 100 <= 13 ? "th"
          : value % 10 == 1 ? "st" : value % 10 == 2 ? "nd" : value % 10 == 3 ? "rd" : "th";
      if (!answer.regionMatches(true, i, suffix, 0, 2)) {
        return -1;
      }
    }
    return value >= 1 && value <= n ? value : -1;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static int skipSpace(String s, int from, int to) {
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int skipSpaceBack(String s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }
}
