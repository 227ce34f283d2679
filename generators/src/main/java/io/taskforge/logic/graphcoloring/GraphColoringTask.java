package io.taskforge.logic.graphcoloring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.solver.coloring.ExactColoring;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.graph-coloring}: colour the vertices of a graph with at most k colours so that no
 * edge joins two vertices of the same colour.
 *
 * <p>The generator plants a colouring: it splits the vertices into k classes of balanced sizes (at
 * random) and draws exactly the requested number of edges uniformly among pairs in different
 * classes. With {@code minimum} on, it redraws until an exact search proves the graph is not
 * (k-1)-colourable, so k is the chromatic number and there is no colour to spare.
 */
public final class GraphColoringTask implements Task<GraphColoringProblem> {
  public static final String ID = "logic.graph-coloring";
  /** Graph draws before giving up on {@code minimum} (only reached with very few edges). */
  static final int MAX_DRAWS = 1000;
  /** Search nodes per exact decision; a graph whose decision needs more is redrawn or left undecided. */
  static final long NODE_BUDGET = 2_000_000;
  /** Search nodes over all draws of one instance before giving up on {@code minimum}. */
  static final long TOTAL_BUDGET = 20_000_000;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("vertices", 14, 2, 120, "number of vertices, numbered 1..N"),
      ParamSpec.integer("colors", 3, 2, 8, "colours allowed (k), numbered 1..k; a k-colouring is planted"),
      ParamSpec.integer("edges", 30, 1, 7000, "number of edges, delivered exactly, all between planted colour classes"),
      ParamSpec.bool("minimum", true,
          "require k to be the chromatic number (proved by exact search), so no colour is spare"));

  /** vertices, colors, edges per level 1..10 (minimum stays on). */
  private static final int[][] LADDER = {
    {4, 2, 3},
    {6, 3, 8},
    {8, 3, 13},
    {10, 3, 20},
    {14, 3, 30},
    {18, 4, 63},
    {24, 4, 90},
    {32, 4, 128},
    {40, 5, 210},
    {50, 5, 280},
  };

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Colour a graph's vertices with at most k colours so that no edge joins two vertices of the same colour.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("vertices", row[0]);
    all.put("colors", row[1]);
    all.put("edges", row[2]);
    return all;
  }

  @Override
  public void validate(Params params) {
    GraphColoringParams p = GraphColoringParams.from(params);
    if (p.colors() > p.vertices()) {
      throw new ParamException("param 'colors' must be at most 'vertices' (" + p.vertices() + "), got " + p.colors());
    }
    if (p.edges() > p.possibleEdges()) {
      throw new ParamException("param 'edges' must be at most " + p.possibleEdges() + " (the pairs between "
          + p.colors() + " balanced colour classes of " + p.vertices() + " vertices), got " + p.edges());
    }
    int clique = p.colors() * (p.colors() - 1) / 2;
    if (p.minimum() && p.edges() < clique) {
      throw new ParamException("params 'edges' and 'minimum': a graph that needs " + p.colors()
          + " colours has at least " + clique + " edges, got " + p.edges() + "; raise 'edges' or set 'minimum' to false");
    }
  }

  @Override
  public Class<GraphColoringProblem> problemType() {
    return GraphColoringProblem.class;
  }

  @Override
  public Generated<GraphColoringProblem> generate(Params params, Rng rng) {
    validate(params);
    GraphColoringParams p = GraphColoringParams.from(params);
    int n = p.vertices();
    int k = p.colors();
    int[] classOf = new int[n];
    int[] pairs = new int[p.possibleEdges()];
    int[][] edges = new int[p.edges()][];
    long spent = 0;
    for (int draw = 1; draw <= MAX_DRAWS && spent <= TOTAL_BUDGET; draw++) {
      drawGraph(rng, p, classOf, pairs, edges);
      ExactColoring solver = new ExactColoring(ExactColoring.adjacency(n, edges));
      int chromatic;
      long proofNodes;
      if (p.minimum()) {
        ExactColoring.Result fewer = solver.colorable(k - 1, NODE_BUDGET);
        spent += fewer.nodes();
        if (fewer.outcome() != ExactColoring.Outcome.NOT_COLORABLE) {
          continue;
        }
        chromatic = k;
        proofNodes = fewer.nodes();
      } else {
        ExactColoring.Chromatic c = solver.chromaticNumber(k, NODE_BUDGET);
        chromatic = c.value();
        proofNodes = c.nodes();
      }
      ExactColoring.Result search = solver.colorable(k, NODE_BUDGET);
      return assemble(p, classOf, edges, chromatic, proofNodes, search.nodes(), draw);
    }
    throw new ParamException("params 'edges' and 'minimum': no graph with " + p.edges() + " edges provably needing all "
        + k + " colours was found within the search limits; raise 'edges', lower 'vertices' or set 'minimum' to false");
  }

  /** A balanced random partition into colour classes and exactly {@code edges.length} edges between classes. */
  private static void drawGraph(Rng rng, GraphColoringParams p, int[] classOf, int[] pairs, int[][] edges) {
    int n = p.vertices();
    int[] order = rng.permutation(n);
    for (int i = 0; i < n; i++) {
      classOf[order[i]] = i % p.colors();
    }
    int count = 0;
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (classOf[u] != classOf[v]) {
          pairs[count++] = u * n + v;
        }
      }
    }
    // Partial Fisher-Yates: the first edges.length entries become a uniform sample of the pairs.
    for (int i = 0; i < edges.length; i++) {
      int j = i + rng.nextInt(count - i);
      int t = pairs[i];
      pairs[i] = pairs[j];
      pairs[j] = t;
    }
    Arrays.sort(pairs, 0, edges.length);
    for (int i = 0; i < edges.length; i++) {
      edges[i] = new int[] {pairs[i] / n, pairs[i] % n};
    }
  }

  private static Generated<GraphColoringProblem> assemble(
      GraphColoringParams p, int[] classOf, int[][] edges, int chromatic, long proofNodes, long searchNodes,
      int draws) {
    int n = p.vertices();
    int k = p.colors();
    // The planted colouring, colours renamed in order of first appearance (vertex 1 has colour 1).
    int[] rename = new int[k];
    int next = 0;
    int[] coloring = new int[n];
    for (int v = 0; v < n; v++) {
      if (rename[classOf[v]] == 0) {
        rename[classOf[v]] = ++next;
      }
      coloring[v] = rename[classOf[v]];
    }

    ImmutableList.Builder<List<Integer>> edgeList = ImmutableList.builderWithExpectedSize(edges.length);
    ImmutableList.Builder<String> edgeLines = ImmutableList.builderWithExpectedSize(edges.length);
    StringBuilder canonical = new StringBuilder(6 * edges.length + 16)
        .append("n=").append(n).append(";k=").append(k).append(';');
    int[] degree = new int[n];
    for (int[] e : edges) {
      edgeList.add(ImmutableList.of(e[0] + 1, e[1] + 1));
      edgeLines.add((e[0] + 1) + " - " + (e[1] + 1));
      canonical.append(e[0] + 1).append('-').append(e[1] + 1).append(',');
      degree[e[0]]++;
      degree[e[1]]++;
    }
    int[][] adjacency = ExactColoring.adjacency(n, edges);
    ImmutableList.Builder<String> neighbourLines = ImmutableList.builderWithExpectedSize(n);
    int maxDegree = 0;
    StringBuilder sb = new StringBuilder(64);
    for (int v = 0; v < n; v++) {
      int[] nb = adjacency[v].clone();
      Arrays.sort(nb);
      sb.setLength(0);
      sb.append(v + 1).append(": ");
      if (nb.length == 0) {
        sb.append("(none)");
      }
      for (int i = 0; i < nb.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(nb[i] + 1);
      }
      neighbourLines.add(sb.toString());
      maxDegree = Math.max(maxDegree, degree[v]);
    }

    StringBuilder answer = new StringBuilder(6 * n);
    Map<String, Object> solution = new LinkedHashMap<>();
    for (int v = 0; v < n; v++) {
      if (v > 0) {
        answer.append('\n');
      }
      answer.append(v + 1).append(": ").append(coloring[v]);
      solution.put(String.valueOf(v + 1), coloring[v]);
    }
    boolean tight = chromatic == k;

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("vertices", n)
        .put("edges", edges.length)
        .put("colors", k)
        .put("chromatic-number", chromatic)
        .put("colors-is-chromatic", tight)
        .put("max-degree", maxDegree)
        .put("proof-nodes", proofNodes)
        .put("search-nodes", searchNodes)
        .put("draws", draws)
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("vertex_count", n)
        .put("color_count", k)
        .put("edge_count", edges.length)
        .put("edges", edgeLines.build())
        .put("neighbours", neighbourLines.build())
        .put("colors_is_chromatic", tight)
        .put("chromatic_known", chromatic > 0)
        .put("chromatic_number", chromatic)
        .buildOrThrow();
    return Generated.of(
        new GraphColoringProblem(n, k, edgeList.build(), chromatic, tight),
        ImmutableMap.of("coloring", solution),
        answer.toString(),
        metrics,
        view,
        canonical.toString());
  }

  @Override
  public String answerFormat() {
    return "Give every vertex a colour, one entry per vertex written `vertex: colour`, e.g. `1: 2`, with"
        + " vertices numbered 1..N as in the problem and colours numbered 1..k. Entries are separated by"
        + " newlines, commas or semicolons and may come in any order; `=` may replace `:`, a vertex may be"
        + " written `v3` (any case), spaces around the parts are ignored, and an entry may end with a period. Every vertex must appear"
        + " exactly once. The answer is read from the last <answer>...</answer> block (or else a final"
        + " `Answer:` line).";
  }

  @Override
  public String scoring() {
    return "Correct (score 1) when every vertex has a colour in 1..k and no edge joins two vertices of the"
        + " same colour; any such colouring is accepted. When every vertex has an allowed colour but some"
        + " edges are monochromatic, the score is the share of edges whose ends differ (PARTIAL), and the"
        + " reason names the first bad edge. A colour outside 1..k scores 0 (CONSTRAINT_VIOLATED); an"
        + " answer that cannot be read (a malformed entry, an unknown vertex, a vertex missing or given twice)"
        + " scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("vertices", "edges", "colors", "search-nodes");
  }
}
