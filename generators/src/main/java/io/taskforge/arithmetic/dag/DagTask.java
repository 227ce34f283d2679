package io.taskforge.arithmetic.dag;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code arithmetic.dag}: DyVal-style computation graphs. Nodes are given values or operations
 * ({@code + - *}) over other nodes; the question asks for one node's value, exactly.
 *
 * <p>Knobs: depth and width of the graph the asked node needs, extra links (reused nodes), distractor
 * nodes it does not need, and the order the nodes are described in. Everything asked is delivered
 * exactly (see {@link DagGenerator}); values stay in {@code [0, 10^(2 digits) - 1]}.
 */
public final class DagTask implements Task<DagProblem> {
  public static final String ID = "arithmetic.dag";
  public static final List<String> ORDERS = List.of("topological", "reversed", "random");

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("depth", 3, 1, 12,
          "operations on the longest chain from a given value to the asked node (exact)"),
      ParamSpec.integer("width", 3, 1, 8,
          "operation nodes in the widest layer of the needed graph (layer j has min(width, 2^j)); at most 2^(depth-1)"),
      ParamSpec.integer("links", 2, 0, 80,
          "operand slots that reuse an existing node instead of a fresh given value (exact); at most the needed operations"),
      ParamSpec.integer("distractors", 4, 0, 40, "nodes the asked node does not need (exact)"),
      ParamSpec.choice("order", "random", ORDERS,
          "order of the node descriptions: topological (operands first), reversed (users first) or random"),
      ParamSpec.integer("digits", 2, 1, 4,
          "given values are 1 to 10^digits - 1; every node's value stays within 0 to 10^(2 digits) - 1"),
      ParamSpec.bool("multiply", true, "operations include * besides + and -"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(1, 1, 0, 0, "topological", 1, false),
      level(2, 1, 0, 1, "topological", 1, false),
      level(2, 2, 1, 2, "topological", 1, true),
      level(3, 2, 1, 3, "reversed", 1, true),
      level(3, 3, 2, 4, "random", 2, true),
      level(4, 3, 3, 6, "random", 2, true),
      level(5, 4, 4, 8, "random", 2, true),
      level(6, 4, 6, 12, "random", 2, true),
      level(8, 5, 8, 16, "random", 3, true),
      level(10, 6, 12, 24, "random", 3, true));

  private static Map<String, Object> level(
      int depth, int width, int links, int distractors, String order, int digits, boolean multiply) {
    return ImmutableMap.<String, Object>builder()
        .put("depth", depth).put("width", width).put("links", links).put("distractors", distractors)
        .put("order", order).put("digits", digits).put("multiply", multiply)
        .buildOrThrow();
  }

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
    return "Compute one node's value in a DyVal-style computation graph of given values and + - * operations, "
        + "with distractor nodes and shuffled descriptions.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new ParamException("level must be an integer from 1 to 10, got " + level);
    }
    return LEVELS.get(level - 1);
  }

  @Override
  public void validate(Params params) {
    DagParams p = DagParams.from(params);
    long widest = p.depth() >= 31 ? Long.MAX_VALUE : 1L << (p.depth() - 1);
    if (p.width() > widest) {
      throw new ParamException("param 'width' must be from 1 to " + widest + " when depth is " + p.depth()
          + " (layer j of the needed graph has at most 2^j nodes), got " + p.width());
    }
    int ops = p.neededOperations();
    if (p.links() > ops) {
      throw new ParamException("param 'links' must be from 0 to " + ops + " when depth is " + p.depth()
          + " and width is " + p.width() + " (one fewer than the free operand slots), got " + p.links());
    }
  }

  @Override
  public Class<DagProblem> problemType() {
    return DagProblem.class;
  }

  @Override
  public Generated<DagProblem> generate(Params params, Rng rng) {
    validate(params);
    DagParams p = DagParams.from(params);
    DagGenerator g = new DagGenerator(p, rng);
    g.generate();
    String[] names = g.names;

    List<DagNode> nodes = new ArrayList<>(g.n);
    List<String> equations = new ArrayList<>(g.n);
    List<String> sentences = new ArrayList<>(g.n);
    List<String> values = new ArrayList<>(g.n);
    int[] position = new int[g.n];
    for (int k = 0; k < g.n; k++) {
      int id = g.described[k];
      position[id] = k;
      String name = names[id];
      if (g.isOperation(id)) {
        String x = names[g.a[id]];
        String y = names[g.b[id]];
        String sym = String.valueOf(DagGenerator.symbol(g.op[id]));
        nodes.add(new DagNode(name, sym, "", List.of(x, y)));
        equations.add(name + " = " + x + " " + sym + " " + y);
        sentences.add(sentence(name, g.op[id], x, y));
      } else {
        String v = Long.toString(g.val[id]);
        nodes.add(new DagNode(name, DagNode.VALUE, v, List.of()));
        equations.add(name + " = " + v);
        sentences.add(name + " is " + v + ".");
      }
      values.add(name + " = " + g.val[id]);
    }

    List<String> trace = new ArrayList<>(g.ops);
    int maxDigits = 0;
    for (int id : g.topo) {
      if (id < g.ops) {
        trace.add(names[id] + " = " + names[g.a[id]] + " " + DagGenerator.symbol(g.op[id]) + " " + names[g.b[id]]
            + " = " + g.val[id]);
      }
      if (id < g.ops || g.layer[id] == -1) {
        maxDigits = Math.max(maxDigits, Long.toString(g.val[id]).length());
      }
    }
    int forward = 0;
    int shared = 0;
    int[] uses = new int[g.n];
    for (int id = 0; id < g.ops; id++) {
      forward += (position[g.a[id]] > position[id] ? 1 : 0) + (position[g.b[id]] > position[id] ? 1 : 0);
      uses[g.a[id]]++;
      uses[g.b[id]]++;
    }
    for (int u : uses) {
      shared += u > 1 ? 1 : 0;
    }
    String target = names[0];
    String result = Long.toString(g.val[0]);
    int needed = neededCount(g);
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(10)
        .put("depth", height(g, 0))
        .put("width", maxLayerWidth(g))
        .put("needed_ops", g.ops)
        .put("links", 2 * g.ops - (needed - 1)) // operand slots beyond one per needed node below the target
        .put("shared_nodes", shared)
        .put("distractors", g.n - needed)
        .put("nodes", g.n)
        .put("forward_references", forward)
        .put("answer_digits", result.length())
        .put("max_value_digits", maxDigits)
        .buildOrThrow();
    DagProblem problem = new DagProblem(nodes, target, p.mode().wire());
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "equations", List.copyOf(equations),
        "sentences", List.copyOf(sentences),
        "target", target,
        "node_count", g.n);
    return Generated.of(
        problem,
        new DagSolution(trace, result, values),
        p.mode().answer(trace, result),
        metrics,
        view,
        canonical(g, p.mode()));
  }

  private static String sentence(String name, int op, String x, String y) {
    return switch (op) {
      case DagGenerator.ADD -> name + " is the sum of " + x + " and " + y + ".";
      case DagGenerator.SUB -> name + " is " + x + " minus " + y + ".";
      default -> name + " is the product of " + x + " and " + y + ".";
    };
  }

  /** Operations on the longest chain from a given value to {@code id}. */
  private static int height(DagGenerator g, int root) {
    int[] h = new int[g.n];
    for (int id = g.ops - 1; id >= 0; id--) {
      int x = g.isOperation(g.a[id]) ? h[g.a[id]] : 0;
      int y = g.isOperation(g.b[id]) ? h[g.b[id]] : 0;
      h[id] = 1 + Math.max(x, y);
    }
    return h[root];
  }

  private static int maxLayerWidth(DagGenerator g) {
    int[] count = new int[g.ops];
    int max = 0;
    for (int id = 0; id < g.ops; id++) {
      max = Math.max(max, ++count[g.layer[id]]);
    }
    return max;
  }

  private static int neededCount(DagGenerator g) {
    boolean[] needed = new boolean[g.n];
    for (int id = 0; id < g.ops; id++) {
      needed[id] = true;
      needed[g.a[id]] = true;
      needed[g.b[id]] = true;
    }
    int c = 0;
    for (boolean x : needed) {
      c += x ? 1 : 0;
    }
    return c;
  }

  /**
   * Equal for graphs equal up to names and description order: every node gets a structural hash
   * (its value, or its operation over its operands' hashes, commutative ones sorted); the form is
   * the asked node's hash and the sorted hashes of all nodes.
   */
  private static String canonical(DagGenerator g, AnswerMode mode) {
    long[] hash = new long[g.n];
    for (int k = 0; k < g.n; k++) {
      int id = g.topo[k];
      if (!g.isOperation(id)) {
        hash[id] = mix(0x5EED ^ g.val[id]);
      } else {
        long x = hash[g.a[id]];
        long y = hash[g.b[id]];
        if (g.op[id] != DagGenerator.SUB && Long.compareUnsigned(x, y) > 0) {
          long t = x;
          x = y;
          y = t;
        }
        hash[id] = mix(mix(mix(g.op[id]) ^ x) + y);
      }
    }
    long[] sorted = hash.clone();
    Arrays.sort(sorted);
    StringBuilder sb = new StringBuilder(20 + 17 * g.n).append(mode.wire()).append(':')
        .append(Long.toHexString(hash[0])).append(':');
    for (long h : sorted) {
      sb.append(Long.toHexString(h)).append(',');
    }
    return sb.toString();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public String answerFormat() {
    return "Mode final: the answer is read from the last <answer>...</answer> block (else a final 'Answer:' line) and "
        + "must be one number equal to the asked node's value, e.g. 60; read leniently as in arithmetic.expression "
        + "(surrounding space, a leading + or Unicode minus, thousands commas in groups of three such as 1,234, "
        + "60.0, $...$, \\boxed{...}), and if the answer shows work ending in a 'Result:' line, that line's number "
        + "is read. Mode trace: the answer is the computation, one line per computed node, NAME = OPERAND op OPERAND "
        + "= value, with the operands written as node names (+ and * in either order, - in the order of the "
        + "node's definition) and optionally their values substituted in a middle part (D = C - A = 12 - 5 = 7), "
        + "then a last line 'Result: <value>'. Lines may be numbered (Step 3:, 3.) or bulleted; names are read "
        + "ignoring case; operators may be + , - (or the Unicode minus or en dash), * (or x as a separate word, "
        + "the multiplication sign or a middle dot); numbers are read as in final mode. Any topological order is "
        + "accepted: each operand must be a given value or a node computed on an earlier line; nodes the asked "
        + "node does not need may be skipped (or computed too, if right); a given value may be restated (A = 5). "
        + "Example, for A = 5, B = 7, C = A + B, D = C - A, asked D: lines 'C = A + B = 12', 'D = C - A = 7', "
        + "'Result: 7'.";
  }

  @Override
  public String scoring() {
    return "Mode final: score 1 (CORRECT) when the number equals the asked node's value, which the verifier computes "
        + "itself from the graph; otherwise 0 (WRONG for another number, INVALID_FORMAT for anything that is not "
        + "one number). Mode trace: every line is re-checked in order (the node exists and is an operation, the "
        + "operation and operands are its definition, each operand is a given value or a node computed on an "
        + "earlier line, substituted values are the operands' values, the value is right; a restated given value "
        + "must be right). Full credit needs every line right, a line that computes the asked node and a right "
        + "Result; otherwise the score is k / (max(n, r) + 1), with k the lines before the first wrong one, n "
        + "the lines written and r the operations the asked node needs (status PARTIAL; at 0, ILLEGAL_STEP when "
        + "line 1 is wrong, WRONG when only the result is, INVALID_FORMAT without lines), and the verdict details "
        + "give first_error_step.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("needed_ops", "depth", "nodes");
  }
}
