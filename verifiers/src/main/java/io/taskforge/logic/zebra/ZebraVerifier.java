package io.taskforge.logic.zebra;

import static io.taskforge.verify.Text.isSpace;
import static io.taskforge.verify.Text.skipSpaceBack;
import static io.taskforge.verify.Text.skipSpaceForward;
import static io.taskforge.verify.Text.snippet;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.Arrays;
import java.util.List;

/**
 * Scores a zebra grid against the puzzle's rules: correct exactly when every attribute's values are
 * each used once and every clue holds.
 *
 * <p>Answer format (see {@link ZebraTask#answerFormat()}): one line per house,
 * {@code House k: v1, v2, ...} with the values in attribute order; {@code House} and values in any
 * case; spaces around them ignored; an optional leading {@code -}/{@code *} list marker and trailing
 * period; blank lines skipped; lines in any order; every house exactly once; no other text.
 *
 * <p>Partial credit for a readable grid that breaks a rule: the share of cells equal to the puzzle's
 * solution, found with {@link ZebraSolver} (generated puzzles have exactly one).
 */
public final class ZebraVerifier implements Verifier<ZebraProblem> {
  /** The largest puzzles this verifier reads (bit masks of houses must fit an int with room). */
  static final int MAX_HOUSES = 20;
  static final int MAX_ATTRIBUTES = 20;
  /** Bounds the partial-credit search on a crafted problem; generated ones need far fewer nodes. */
  static final long NODE_LIMIT = 500_000;

  @Override
  public String taskId() {
    return ZebraTask.ID;
  }

  @Override
  public Class<ZebraProblem> problemType() {
    return ZebraProblem.class;
  }

  @Override
  public Verdict verify(ZebraProblem problem, String response) {
    String bad = problemError(problem);
    if (bad != null) {
      return Verdict.of(Status.BAD_PROBLEM, bad);
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    int n = problem.houses();
    int m = problem.attributes().size();
    // grid[h * m + t]: value index of attribute t in house h (0-based).
    int[] grid = new int[n * m];
    Verdict formatError = parse(extracted.answer(), problem, grid);
    if (formatError != null) {
      return formatError;
    }

    // houseOf[t * n + v]: the house holding value v of attribute t, or -1.
    int[] houseOf = new int[n * m];
    Arrays.fill(houseOf, -1);
    String violation = null;
    for (int h = 0; h < n && violation == null; h++) {
      for (int t = 0; t < m; t++) {
        int v = grid[h * m + t];
        int slot = t * n + v;
        if (houseOf[slot] >= 0) {
          ZebraProblem.Attribute attr = problem.attributes().get(t);
          violation = attr.name() + " '" + attr.values().get(v) + "' is given to both house "
              + (houseOf[slot] + 1) + " and house " + (h + 1);
          break;
        }
        houseOf[slot] = h;
      }
    }
    if (violation == null) {
      List<ZebraProblem.Clue> clues = problem.clues();
      for (int i = 0; i < clues.size(); i++) {
        if (!holds(clues.get(i), houseOf, n)) {
          violation = "clue " + (i + 1) + " (" + describe(clues.get(i), problem) + ") does not hold";
          break;
        }
      }
    }
    if (violation == null) {
      return Verdict.correct("every value is used once and all " + problem.clues().size() + " clues hold");
    }
    return partial(problem, grid, violation);
  }

  private static Verdict partial(ZebraProblem problem, int[] grid, String violation) {
    int n = problem.houses();
    int m = problem.attributes().size();
    ZebraSolver.Result r;
    try {
      r = ZebraSolver.of(problem).solve(1, NODE_LIMIT);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle cannot be solved: " + e.getMessage());
    }
    if (r.count() == 0) {
      if (r.complete()) {
        return Verdict.of(Status.BAD_PROBLEM, "the puzzle has no solution");
      }
      return Verdict.of(Status.CONSTRAINT_VIOLATED, violation + "; the solution could not be found for partial credit");
    }
    int[] solution = r.solutions().get(0);
    int right = 0;
    for (int h = 0; h < n; h++) {
      for (int t = 0; t < m; t++) {
        if (solution[t * n + grid[h * m + t]] == h) {
          right++;
        }
      }
    }
    return Verdict.partial((double) right / (n * m), Status.CONSTRAINT_VIOLATED,
        violation + "; " + right + " of " + (n * m) + " cells match the solution");
  }

  /** Whether a clue holds when value v of attribute t is in house {@code houseOf[t * n + v]}. */
  static boolean holds(ZebraProblem.Clue clue, int[] houseOf, int n) {
    ClueKind kind = ClueKind.byId(clue.kind());
    List<ZebraProblem.Item> items = clue.items();
    int x = house(items.get(0), houseOf, n);
    int y = items.size() > 1 ? house(items.get(1), houseOf, n) : -1;
    switch (kind) {
      case SAME_HOUSE:
        return x == y;
      case NOT_SAME_HOUSE:
        return x != y;
      case LEFT_OF:
        return x < y;
      case RIGHT_OF:
        return x > y;
      case IMMEDIATELY_LEFT:
        return x + 1 == y;
      case NEXT_TO:
        return x + 1 == y || y + 1 == x;
      case NOT_NEXT_TO:
        return x + 1 < y || y + 1 < x;
      case ONE_BETWEEN:
        return x + 2 == y || y + 2 == x;
      case POSITION:
        return x + 1 == clue.houses().get(0);
      case EITHER_SAME_HOUSE:
        return x == y || x == house(items.get(2), houseOf, n);
      case EITHER_POSITION:
        return x + 1 == clue.houses().get(0) || x + 1 == clue.houses().get(1);
      default:
        throw new AssertionError(kind);
    }
  }

  private static int house(ZebraProblem.Item item, int[] houseOf, int n) {
    return houseOf[item.attribute() * n + item.value()];
  }

  /** "immediately-left: Drink 'tea', Name 'Leo'" and the like. */
  static String describe(ZebraProblem.Clue clue, ZebraProblem problem) {
    StringBuilder sb = new StringBuilder(clue.kind()).append(':');
    String sep = " ";
    for (ZebraProblem.Item item : clue.items()) {
      ZebraProblem.Attribute attr = problem.attributes().get(item.attribute());
      sb.append(sep).append(attr.name()).append(" '").append(attr.values().get(item.value())).append('\'');
      sep = ", ";
    }
    for (int h : clue.houses()) {
      sb.append(sep).append("house ").append(h);
      sep = ", ";
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  /** Fills {@code grid}; returns the INVALID_FORMAT verdict of the first problem, or null. */
  private static Verdict parse(String answer, ZebraProblem problem, int[] grid) {
    int n = problem.houses();
    int m = problem.attributes().size();
    boolean[] seen = new boolean[n];
    int len = answer.length();
    int start = 0;
    int lineNo = 0;
    int houses = 0;
    while (start <= len) {
      int end = answer.indexOf('\n', start);
      if (end < 0) {
        end = len;
      }
      lineNo++;
      int from = skipSpaceForward(answer, start, end);
      int to = skipSpaceBack(answer, from, end);
      if (to - from >= 2 && (answer.charAt(from) == '-' || answer.charAt(from) == '*')
          && isSpace(answer.charAt(from + 1))) {
        from = skipSpaceForward(answer, from + 1, to);
      }
      if (to > from && answer.charAt(to - 1) == '.') {
        to = skipSpaceBack(answer, from, to - 1);
      }
      if (to > from) {
        Verdict v = parseLine(answer, from, to, lineNo, problem, grid, seen);
        if (v != null) {
          return v;
        }
        houses++;
      }
      start = end + 1;
    }
    if (houses == 0) {
      return Verdict.invalidFormat("the answer has no lines of the form 'House 1: v1, v2, ...'");
    }
    for (int h = 0; h < n; h++) {
      if (!seen[h]) {
        return Verdict.invalidFormat("house " + (h + 1) + " is missing: every house from 1 to " + n + " needs a line");
      }
    }
    return null;
  }

  private static Verdict parseLine(
      String s, int from, int to, int lineNo, ZebraProblem problem, int[] grid, boolean[] seen) {
    int n = problem.houses();
    int m = problem.attributes().size();
    int i = from;
    if (!(to - i >= 5 && startsWithHouse(s, i))) {
      return Verdict.invalidFormat("line " + lineNo + " (" + snippet(s, from, to)
          + ") does not start with 'House'; expected 'House k: v1, v2, ...'");
    }
    i = skipSpaceForward(s, i + 5, to);
    int digitsFrom = i;
    long house = 0;
    while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - digitsFrom < 9) {
      house = house * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == digitsFrom) {
      return Verdict.invalidFormat("line " + lineNo + " (" + snippet(s, from, to) + ") has no house number after 'House'");
    }
    i = skipSpaceForward(s, i, to);
    if (i >= to || s.charAt(i) != ':') {
      return Verdict.invalidFormat("line " + lineNo + " (" + snippet(s, from, to)
          + ") needs a colon after the house number");
    }
    if (house < 1 || house > n) {
      return Verdict.invalidFormat("line " + lineNo + " names house " + house + "; the houses are 1 to " + n);
    }
    int h = (int) house - 1;
    if (seen[h]) {
      return Verdict.invalidFormat("house " + house + " is given more than once");
    }
    seen[h] = true;
    i++;
    int commas = 0;
    for (int k = i; k < to; k++) {
      if (s.charAt(k) == ',') {
        commas++;
      }
    }
    if (commas != m - 1) {
      return Verdict.invalidFormat("house " + house + " has " + (commas + 1) + " values; expected " + m
          + " (" + attributeNames(problem) + ")");
    }
    for (int t = 0; t < m; t++) {
      int end = i;
      while (end < to && s.charAt(end) != ',') {
        end++;
      }
      int vFrom = skipSpaceForward(s, i, end);
      int vTo = skipSpaceBack(s, vFrom, end);
      List<String> values = problem.attributes().get(t).values();
      int found = find(values, s, vFrom, vTo);
      if (found < 0) {
        ZebraProblem.Attribute attr = problem.attributes().get(t);
        return Verdict.invalidFormat("value " + (t + 1) + " of house " + house + " (" + snippet(s, vFrom, vTo)
            + ") is not a " + attr.name() + "; the " + attr.name() + " values are " + String.join(", ", values));
      }
      grid[h * m + t] = found;
      i = end + 1;
    }
    return null;
  }

  /** Whether "house" (any case) starts at i; the caller checked that 5 characters remain. */
  private static boolean startsWithHouse(String s, int i) {
    return (s.charAt(i) | 0x20) == 'h' && (s.charAt(i + 1) | 0x20) == 'o' && (s.charAt(i + 2) | 0x20) == 'u'
        && (s.charAt(i + 3) | 0x20) == 's' && (s.charAt(i + 4) | 0x20) == 'e';
  }

  /** The index of the value equal (ignoring case) to s[from, to), or -1; exact matches are tried first. */
  private static int find(List<String> values, String s, int from, int to) {
    int len = to - from;
    int size = values.size();
    for (int v = 0; v < size; v++) {
      String name = values.get(v);
      if (name.length() == len && len > 0 && name.charAt(0) == s.charAt(from) && s.regionMatches(from, name, 0, len)) {
        return v;
      }
    }
    for (int v = 0; v < size; v++) {
      String name = values.get(v);
      if (name.length() == len && s.regionMatches(true, from, name, 0, len)) {
        return v;
      }
    }
    return -1;
  }

  private static String attributeNames(ZebraProblem problem) {
    StringBuilder sb = new StringBuilder();
    for (ZebraProblem.Attribute a : problem.attributes()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(a.name());
    }
    return sb.toString();
  }





  // ---------------------------------------------------------------------------------------------
  // The problem's own sanity

  /** Why the problem cannot be scored, or null. */
  static String problemError(ZebraProblem problem) {
    if (problem == null) {
      return "the instance has no problem to verify against";
    }
    int n = problem.houses();
    if (n < 1 || n > MAX_HOUSES) {
      return "the puzzle has " + n + " houses; this verifier reads 1 to " + MAX_HOUSES;
    }
    List<ZebraProblem.Attribute> attributes = problem.attributes();
    int m = attributes.size();
    if (m < 1 || m > MAX_ATTRIBUTES) {
      return "the puzzle has " + m + " attributes; this verifier reads 1 to " + MAX_ATTRIBUTES;
    }
    for (int t = 0; t < m; t++) {
      ZebraProblem.Attribute a = attributes.get(t);
      if (a == null || a.name() == null || a.values().size() != n) {
        return "attribute " + (t + 1) + " is missing or does not have one value per house";
      }
      List<String> values = a.values();
      for (int v = 0; v < n; v++) {
        String value = values.get(v);
        int len = value == null ? 0 : value.length();
        if (len == 0 || isSpace(value.charAt(0)) || isSpace(value.charAt(len - 1)) || value.charAt(len - 1) == '.') {
          return "value " + (v + 1) + " of attribute " + (t + 1) + " is empty, padded or ends with a period";
        }
        for (int k = 0; k < len; k++) {
          char c = value.charAt(k);
          if (c == ',' || c == '\n' || c == '\r') {
            return "value " + (v + 1) + " of attribute " + (t + 1) + " contains a separator character";
          }
        }
        for (int w = 0; w < v; w++) {
          String other = values.get(w);
          if (other.length() == value.length() && other.equalsIgnoreCase(value)) {
            return "attribute " + (t + 1) + " has the value " + value + " twice";
          }
        }
      }
    }
    List<ZebraProblem.Clue> clues = problem.clues();
    for (int i = 0; i < clues.size(); i++) {
      ZebraProblem.Clue clue = clues.get(i);
      ClueKind kind = clue == null ? null : ClueKind.byId(clue.kind());
      if (kind == null || clue.items().size() != kind.items() || clue.houses().size() != kind.houses()) {
        return "clue " + (i + 1) + " is missing, of an unknown kind, or of the wrong shape";
      }
      List<ZebraProblem.Item> items = clue.items();
      for (int k = 0; k < items.size(); k++) {
        ZebraProblem.Item item = items.get(k);
        if (item.attribute() < 0 || item.attribute() >= m || item.value() < 0 || item.value() >= n) {
          return "clue " + (i + 1) + " names a value that is not in the puzzle";
        }
      }
      List<Integer> houses = clue.houses();
      for (int k = 0; k < houses.size(); k++) {
        int h = houses.get(k);
        if (h < 1 || h > n) {
          return "clue " + (i + 1) + " names a house that is not in the puzzle";
        }
      }
    }
    return null;
  }
}
