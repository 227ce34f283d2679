package io.taskforge.logic.booleanexpressions;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.logic.formula.CompactForm;
import io.taskforge.logic.formula.Formula;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.boolean-expressions}: evaluate a nested expression of {@code not}, {@code and},
 * {@code xor} and {@code or} over {@code True} and {@code False} (BIG-bench's boolean_expressions,
 * made deeper and wider, with an option to rely on precedence instead of parentheses).
 */
public final class BooleanExpressionsTask implements Task<BooleanExpressionsProblem> {
  public static final String ID = "logic.boolean-expressions";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("depth", 4, 1, 16,
          "nesting depth of connectives (each 'not', 'and', 'xor', 'or' is one level); delivered exactly"),
      ParamSpec.integer("width", 3, 2, 5,
          "most operands of one and/xor/or; the outermost connective has exactly this many"),
      ParamSpec.bool("xor", true, "whether 'xor' (exclusive or) appears besides not/and/or"),
      ParamSpec.choice("parentheses", BooleanExpressionsProblem.FULL,
          List.of(BooleanExpressionsProblem.FULL, BooleanExpressionsProblem.MINIMAL),
          "full: every compound operand is parenthesized; minimal: only where precedence (not > and > xor > or) needs it"));

  /** depth, width, xor (0/1), minimal parentheses (0/1) per level 1..10. */
  private static final int[][] LADDER = {
    {1, 2, 0, 0},
    {2, 2, 0, 0},
    {3, 2, 0, 0},
    {3, 3, 1, 0},
    {4, 3, 1, 0},
    {5, 3, 1, 0},
    {6, 3, 1, 1},
    {7, 3, 1, 1},
    {9, 4, 1, 1},
    {12, 4, 1, 1},
  };

  /** The deepest an operand off the deepest path may be: keeps size roughly linear in depth. */
  private static final int SIDE_DEPTH = 2;

  private static final int NOT = 0;
  private static final int AND = 1;
  private static final int XOR = 2;
  private static final int OR = 3;
  private static final int NONE = -1;
  /** Relative weights of NOT, AND, XOR, OR. */
  private static final int[] WEIGHTS = {2, 3, 2, 3};

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
    return "Evaluate a nested boolean expression of not/and/xor/or over True and False.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("depth", row[0]);
    all.put("width", row[1]);
    all.put("xor", row[2] == 1);
    all.put("parentheses", row[3] == 1 ? BooleanExpressionsProblem.MINIMAL : BooleanExpressionsProblem.FULL);
    return all;
  }

  @Override
  public Class<BooleanExpressionsProblem> problemType() {
    return BooleanExpressionsProblem.class;
  }

  @Override
  public Generated<BooleanExpressionsProblem> generate(Params params, Rng rng) {
    BooleanExpressionsParams p = BooleanExpressionsParams.from(params);
    // The value is drawn first and expressions are redrawn until they have it: True and False are
    // equally likely whatever the operators' biases.
    boolean value = rng.nextBoolean();
    Formula tree;
    do {
      tree = drawRoot(p, rng);
    } while (tree.eval(0L) != value);

    boolean minimal = p.minimalParentheses();
    String expression = ExpressionText.of(tree, minimal);
    String parentheses = minimal ? BooleanExpressionsProblem.MINIMAL : BooleanExpressionsProblem.FULL;
    ImmutableList.Builder<String> steps = ImmutableList.builder();
    evaluate(tree, minimal, steps);
    String answer = value ? "True" : "False";

    int[] counts = new int[4];
    count(tree, counts);
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("depth", tree.depth())
        .put("connectives", tree.connectives())
        .put("constants", tree.atoms())
        .put("nots", counts[NOT])
        .put("xors", counts[XOR])
        .put("characters", expression.length())
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "expression", expression,
        "minimal", minimal,
        "xor", p.xor());
    ImmutableMap<String, Object> solution = ImmutableMap.of("value", answer, "steps", steps.build());
    return Generated.of(
        new BooleanExpressionsProblem(expression, parentheses, tree),
        solution,
        answer,
        metrics,
        view,
        parentheses + ":" + CompactForm.of(tree));
  }

  /** The outermost connective is binary and exactly {@code width} wide. */
  private static Formula drawRoot(BooleanExpressionsParams p, Rng rng) {
    int op = p.xor() ? AND + rng.nextInt(3) : (rng.nextBoolean() ? AND : OR);
    return binary(op, p.width(), p.depth(), p, rng);
  }

  /** A formula of exactly {@code depth}; its connective differs from its parent's. */
  private static Formula draw(int depth, int parentOp, BooleanExpressionsParams p, Rng rng) {
    if (depth == 0) {
      return Formula.constant(rng.nextBoolean());
    }
    int op = pickOp(parentOp, p.xor(), rng);
    if (op == NOT) {
      return Formula.not(draw(depth - 1, NOT, p, rng));
    }
    return binary(op, rng.between(2, p.width()), depth, p, rng);
  }

  /** One operand carries the remaining depth; the others are shallow (at most {@link #SIDE_DEPTH}). */
  private static Formula binary(int op, int k, int depth, BooleanExpressionsParams p, Rng rng) {
    int deep = rng.nextInt(k);
    List<Formula> operands = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      int d = i == deep ? depth - 1 : rng.nextInt(Math.min(depth, SIDE_DEPTH + 1));
      operands.add(draw(d, op, p, rng));
    }
    return switch (op) {
      case AND -> new Formula.And(operands);
      case XOR -> new Formula.Xor(operands);
      default -> new Formula.Or(operands);
    };
  }

  private static int pickOp(int parentOp, boolean xor, Rng rng) {
    int total = 0;
    for (int op = 0; op < WEIGHTS.length; op++) {
      total += allowed(op, parentOp, xor) ? WEIGHTS[op] : 0;
    }
    int r = rng.nextInt(total);
    for (int op = 0; op < WEIGHTS.length; op++) {
      if (allowed(op, parentOp, xor)) {
        r -= WEIGHTS[op];
        if (r < 0) {
          return op;
        }
      }
    }
    throw new AssertionError();
  }

  /** No doubled 'not', no and/xor/or directly inside the same connective (it would just be wider). */
  private static boolean allowed(int op, int parentOp, boolean xor) {
    return op != parentOp && (op != XOR || xor);
  }

  /** Appends one step per connective, innermost first: {@code False or True = True}. */
  private static boolean evaluate(Formula f, boolean minimal, ImmutableList.Builder<String> steps) {
    if (f instanceof Formula.Const c) {
      return c.value();
    }
    List<Formula> operands;
    if (f instanceof Formula.Not not) {
      operands = List.of(not.operand());
    } else if (f instanceof Formula.And and) {
      operands = and.operands();
    } else if (f instanceof Formula.Xor xor) {
      operands = xor.operands();
    } else {
      operands = ((Formula.Or) f).operands();
    }
    List<Formula> values = new ArrayList<>(operands.size());
    for (Formula o : operands) {
      values.add(Formula.constant(evaluate(o, minimal, steps)));
    }
    Formula reduced = switch (values.size()) {
      case 1 -> Formula.not(values.get(0));
      default -> f instanceof Formula.And ? new Formula.And(values)
          : f instanceof Formula.Xor ? new Formula.Xor(values) : new Formula.Or(values);
    };
    boolean v = reduced.eval(0L);
    steps.add(ExpressionText.of(reduced, minimal) + " = " + (v ? "True" : "False"));
    return v;
  }

  private static void count(Formula f, int[] counts) {
    if (f instanceof Formula.Not not) {
      counts[NOT]++;
      count(not.operand(), counts);
    } else if (f instanceof Formula.Xor xor) {
      counts[XOR]++;
      xor.operands().forEach(o -> count(o, counts));
    } else if (f instanceof Formula.And and) {
      and.operands().forEach(o -> count(o, counts));
    } else if (f instanceof Formula.Or or) {
      or.operands().forEach(o -> count(o, counts));
    }
  }

  @Override
  public String answerFormat() {
    return "Answer with one word, `True` or `False`: the value of the whole expression. Case does not"
        + " matter (`true`, `FALSE`), and surrounding spaces, a final period and markdown emphasis"
        + " (`**True**`, `` `False` ``) are ignored; anything else (`1`, `yes`, a sentence, both words)"
        + " is not read. The answer is read from the last <answer>...</answer> block (or else a final"
        + " `Answer:` line).";
  }

  @Override
  public String scoring() {
    return "Score 1 (CORRECT) when the word equals the expression's value, computed by evaluating the"
        + " structured expression with the usual truth tables (xor is true when an odd number of its"
        + " operands are true); otherwise 0 (WRONG). There is no partial credit. An answer that is not"
        + " True or False scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("depth", "connectives", "constants");
  }
}
