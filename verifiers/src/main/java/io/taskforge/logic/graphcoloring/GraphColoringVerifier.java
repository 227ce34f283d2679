package io.taskforge.logic.graphcoloring;

import static io.taskforge.verify.Text.isSpace;
import static io.taskforge.verify.Text.skipSpaceBack;
import static io.taskforge.verify.Text.skipSpaceForward;
import static io.taskforge.verify.Text.snippet;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.List;

/**
 * Scores a colouring by checking it against the graph: every vertex coloured with one of the allowed
 * colours, and the two ends of every edge coloured differently.
 *
 * <p>Answer format (see {@link GraphColoringTask#answerFormat()}): entries {@code vertex: colour}
 * separated by newlines, commas or semicolons; {@code =} may replace {@code :}; the vertex may carry a
 * {@code v}/{@code V} prefix; spaces around the parts, a final period on an entry and a leading
 * {@code -}/{@code *} list marker are ignored; any order; every vertex exactly once. Anything else is
 * INVALID_FORMAT, naming the first bad entry or the first missing vertex.
 *
 * <p>Scoring: a proper colouring with colours in {@code 1..k} is CORRECT; with every colour allowed
 * but some edges monochromatic, the score is the share of edges whose ends differ (PARTIAL); a colour
 * outside {@code 1..k} scores 0 (CONSTRAINT_VIOLATED).
 */
public final class GraphColoringVerifier implements Verifier<GraphColoringProblem> {
  /** Bounds on the problems this verifier reads, so that its work stays bounded. */
  static final int MAX_VERTICES = 1_000_000;
  static final int MAX_EDGES = 10_000_000;

  @Override
  public String taskId() {
    return GraphColoringTask.ID;
  }

  @Override
  public Class<GraphColoringProblem> problemType() {
    return GraphColoringProblem.class;
  }

  @Override
  public Verdict verify(GraphColoringProblem problem, String response) {
    String bad = problemError(problem);
    if (bad != null) {
      return Verdict.of(Status.BAD_PROBLEM, bad);
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    int n = problem.vertices();
    int[] color = new int[n + 1];
    Verdict formatError = parse(extracted.answer(), color);
    if (formatError != null) {
      return formatError;
    }
    for (int v = 1; v <= n; v++) {
      if (color[v] == 0) {
        return Verdict.invalidFormat("vertex " + v + " has no colour: every vertex needs one");
      }
    }
    int k = problem.colors();
    for (int v = 1; v <= n; v++) {
      if (color[v] < 1 || color[v] > k) {
        return Verdict.of(Status.CONSTRAINT_VIOLATED, "vertex " + v + " has colour " + color[v]
            + ", but only colours 1 to " + k + " are allowed");
      }
    }
    List<List<Integer>> edges = problem.edges();
    int proper = 0;
    int firstBad = -1;
    for (int i = 0; i < edges.size(); i++) {
      List<Integer> e = edges.get(i);
      if (color[e.get(0)] != color[e.get(1)]) {
        proper++;
      } else if (firstBad < 0) {
        firstBad = i;
      }
    }
    if (firstBad < 0) {
      return Verdict.correct("all " + edges.size() + " edges join vertices of different colours, using colours 1 to " + k);
    }
    List<Integer> e = edges.get(firstBad);
    return Verdict.partial((double) proper / edges.size(), Status.CONSTRAINT_VIOLATED,
        "edge " + e.get(0) + " - " + e.get(1) + " joins two vertices of colour " + color[e.get(0)]
            + "; " + proper + " of " + edges.size() + " edges are properly coloured");
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  /** Fills {@code color} (index = vertex); returns the INVALID_FORMAT verdict of the first problem, or null. */
  private static Verdict parse(String answer, int[] color) {
    int len = answer.length();
    int start = 0;
    int entry = 0;
    while (start <= len) {
      int end = start;
      while (end < len && !isSeparator(answer.charAt(end))) {
        end++;
      }
      int from = skipSpaceForward(answer, start, end);
      int to = skipSpaceBack(answer, from, end);
      if (to > from && answer.charAt(to - 1) == '.') {
        to = skipSpaceBack(answer, from, to - 1);
      }
      if (to - from >= 2 && (answer.charAt(from) == '-' || answer.charAt(from) == '*')
          && isSpace(answer.charAt(from + 1))) {
        from = skipSpaceForward(answer, from + 1, to);
      }
      if (to > from) {
        entry++;
        Verdict v = parseEntry(answer, from, to, entry, color);
        if (v != null) {
          return v;
        }
      }
      start = end + 1;
    }
    if (entry == 0) {
      return Verdict.invalidFormat("the answer colours no vertex; expected entries like '1: 2'");
    }
    return null;
  }

  private static Verdict parseEntry(String s, int from, int to, int entry, int[] color) {
    int i = from;
    if (s.charAt(i) == 'v' || s.charAt(i) == 'V') {
      i++;
    }
    int vertexFrom = i;
    long vertex = 0;
    while (i < to && isDigit(s.charAt(i))) {
      vertex = Math.min(vertex * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
      i++;
    }
    boolean hasVertex = i > vertexFrom;
    i = skipSpaceForward(s, i, to);
    if (!hasVertex || i >= to || (s.charAt(i) != ':' && s.charAt(i) != '=')) {
      return Verdict.invalidFormat("entry " + entry + " (" + snippet(s, from, to)
          + ") is not of the form 'vertex: colour', e.g. '1: 2'");
    }
    i = skipSpaceForward(s, i + 1, to);
    int colorFrom = i;
    long c = 0;
    while (i < to && isDigit(s.charAt(i))) {
      c = Math.min(c * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
      i++;
    }
    if (i == colorFrom || i != to) {
      return Verdict.invalidFormat("the colour in entry " + entry + " (" + snippet(s, from, to)
          + ") must be a number");
    }
    if (vertex < 1 || vertex >= color.length) {
      return Verdict.invalidFormat("entry " + entry + " (" + snippet(s, from, to) + ") names vertex " + vertex
          + ", but the vertices are 1 to " + (color.length - 1));
    }
    if (color[(int) vertex] != 0) {
      return Verdict.invalidFormat("vertex " + vertex + " is listed more than once (entry " + entry + ")");
    }
    // A colour of 0 is kept as -1 so that it still counts as listed; the range check reports it.
    color[(int) vertex] = c == 0 ? -1 : (int) c;
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == ';' || c == '\n' || c == '\r';
  }





  // ---------------------------------------------------------------------------------------------
  // The problem's own sanity

  /** Why the problem cannot be scored, or null. */
  static String problemError(GraphColoringProblem problem) {
    if (problem == null) {
      return "the instance has no problem to verify against";
    }
    int n = problem.vertices();
    if (n < 1 || n > MAX_VERTICES) {
      return "the graph has " + n + " vertices; this verifier reads 1 to " + MAX_VERTICES;
    }
    if (problem.colors() < 1) {
      return "the graph allows " + problem.colors() + " colours; at least 1 is needed";
    }
    List<List<Integer>> edges = problem.edges();
    if (edges.isEmpty() || edges.size() > MAX_EDGES) {
      return "the graph has " + edges.size() + " edges; this verifier reads 1 to " + MAX_EDGES;
    }
    for (int i = 0; i < edges.size(); i++) {
      List<Integer> e = edges.get(i);
      if (e == null || e.size() != 2 || e.get(0) == null || e.get(1) == null
          || e.get(0) < 1 || e.get(0) > n || e.get(1) < 1 || e.get(1) > n || e.get(0).equals(e.get(1))) {
        return "edge " + (i + 1) + " is not a pair of two different vertices in 1.." + n;
      }
    }
    return null;
  }
}
