package io.taskforge.logic.ordering;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.logic.names.PersonNames;
import io.taskforge.logic.ordering.OrderingSolver.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.ordering}: put n items in a row from clues (before/after, directly before, first,
 * last, k-th, between, next to, not next to). Every puzzle has exactly one consistent order and a
 * minimal set of clues: removing any clue would allow a second order.
 */
public final class OrderingTask implements Task<OrderingProblem> {
  public static final String ID = "logic.ordering";
  public static final int MAX_ITEMS = 12;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("items", 6, 3, MAX_ITEMS, "number of items to order"),
      ParamSpec.choice("clues", "extended", List.of("basic", "extended", "relational"),
          "basic: before/after, directly before, first, last, k-th; extended: also between, next to,"
              + " not next to; relational: only clues relating items (no first, last or k-th)"),
      ParamSpec.choice("question", OrderingProblem.ORDER, List.of(OrderingProblem.ORDER, "position"),
          "order: ask for the whole order; position: ask who is at one position, or at which position one item is"),
      ParamSpec.choice("scenario", "mixed", List.of("mixed", "queue", "shelf", "race", "age"),
          "the setting: people in a queue, books on a shelf, runners in a race, people by age, or any of them at random"));

  /** items, clue set per level 1..10 (question order, scenario mixed). */
  private static final Object[][] LADDER = {
    {3, "basic"},
    {4, "basic"},
    {5, "basic"},
    {5, "extended"},
    {6, "extended"},
    {7, "extended"},
    {8, "relational"},
    {9, "relational"},
    {10, "relational"},
    {12, "relational"},
  };

  /** Relative weights of BEFORE, IMMEDIATELY_BEFORE, FIRST, LAST, POSITION, BETWEEN, ADJACENT, NOT_ADJACENT. */
  private static final int[][] WEIGHTS = {
    {4, 2, 1, 1, 1, 0, 0, 0}, // basic
    {3, 2, 1, 1, 1, 2, 1, 1}, // extended
    {3, 2, 0, 0, 0, 2, 2, 1}, // relational
  };

  private static final String[] KIND_NAMES = {
    OrderingProblem.BEFORE, OrderingProblem.IMMEDIATELY_BEFORE, OrderingProblem.FIRST, OrderingProblem.LAST,
    OrderingProblem.POSITION, OrderingProblem.BETWEEN, OrderingProblem.ADJACENT, OrderingProblem.NOT_ADJACENT,
  };

  private static final int MAX_DRAWS = 10_000;

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
    return "Find the one order of n items (a queue, a shelf, a race, ages) consistent with relational clues.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    Object[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("items", row[0]);
    all.put("clues", row[1]);
    return all;
  }

  @Override
  public Class<OrderingProblem> problemType() {
    return OrderingProblem.class;
  }

  @Override
  public Generated<OrderingProblem> generate(Params params, Rng rng) {
    OrderingParams p = OrderingParams.from(params);
    int n = p.items();
    Scenario scenario = p.scenario().equals("mixed")
        ? Scenario.values()[rng.nextInt(Scenario.values().length)]
        : Scenario.of(p.scenario());
    List<String> names = new ArrayList<>(scenario.books() ? pickBooks(n, rng) : PersonNames.pick(n, rng));
    names.sort(null);
    int[] order = rng.permutation(n);
    int[] posOf = new int[n];
    for (int i = 0; i < n; i++) {
      posOf[order[i]] = i;
    }
    int[] weights = WEIGHTS[p.clues().equals("basic") ? 0 : p.clues().equals("extended") ? 1 : 2];

    List<Rule> rules = uniqueRules(n, order, posOf, weights, rng);
    rng.shuffle(rules);
    OrderingSolver solver = new OrderingSolver(n, rules.toArray(new Rule[0]));
    if (solver.count(2) != 1) {
      throw new AssertionError("the clues do not have exactly one solution");
    }
    long nodes = solver.nodes();

    ImmutableList.Builder<OrderingProblem.Clue> clues = ImmutableList.builderWithExpectedSize(rules.size());
    ImmutableList.Builder<String> lines = ImmutableList.builderWithExpectedSize(rules.size());
    StringBuilder canonical = new StringBuilder(16 * rules.size()).append(n).append(':');
    int relational = 0;
    for (Rule r : rules) {
      OrderingProblem.Clue clue = clue(r, names, scenario, n, rng);
      clues.add(clue);
      lines.add(clue.text());
      relational += r.kind() == OrderingSolver.FIRST || r.kind() == OrderingSolver.LAST
          || r.kind() == OrderingSolver.POSITION ? 0 : 1;
      // Items renamed by their solution position: isomorphic puzzles (names permuted) agree.
      canonical.append(r.kind()).append('(').append(posOf[r.a()]);
      if (r.b() >= 0) {
        canonical.append(',').append(posOf[r.b()]);
      }
      if (r.c() >= 0) {
        canonical.append(',').append(posOf[r.c()]);
      }
      canonical.append(',').append(r.k()).append(");");
    }

    OrderingProblem.Question question;
    String answer;
    if (p.question().equals(OrderingProblem.ORDER)) {
      question = new OrderingProblem.Question(OrderingProblem.ORDER, 0, -1, scenario.askOrder(n));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.append(i > 0 ? ", " : "").append(names.get(order[i]));
      }
      answer = sb.toString();
    } else if (rng.nextBoolean()) {
      int k = rng.nextInt(n);
      question = new OrderingProblem.Question(OrderingProblem.ITEM_AT, k + 1, -1, scenario.askItemAt(k + 1));
      answer = names.get(order[k]);
    } else {
      int item = rng.nextInt(n);
      question = new OrderingProblem.Question(OrderingProblem.POSITION_OF, 0, item,
          scenario.askPositionOf(names.get(item), n));
      answer = Integer.toString(posOf[item] + 1);
    }
    canonical.append('?').append(question.kind()).append(question.position())
        .append(question.item() < 0 ? -1 : posOf[question.item()]);

    List<String> solutionOrder = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      solutionOrder.add(names.get(order[i]));
    }
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("items", n)
        .put("clues", rules.size())
        .put("relational-clues", relational)
        .put("search-nodes", nodes)
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("intro", scenario.intro(n, join(names)))
        .put("clues", lines.build())
        .put("question", question.text())
        .put("meaning", scenario.meaning(n))
        .put("items", names)
        .put("count", n)
        .put("whole_order", question.kind().equals(OrderingProblem.ORDER))
        .buildOrThrow();
    return Generated.of(
        new OrderingProblem(scenario.id, names, clues.build(), question),
        ImmutableMap.of("order", solutionOrder),
        answer,
        metrics,
        view,
        canonical.toString());
  }

  private static List<String> pickBooks(int n, Rng rng) {
    List<String> pool = new ArrayList<>(Scenario.BOOKS);
    rng.shuffle(pool);
    return pool.subList(0, n);
  }

  /** Random true clues until the order is unique, then drops every clue that is not needed. */
  private static List<Rule> uniqueRules(int n, int[] order, int[] posOf, int[] weights, Rng rng) {
    List<Rule> rules = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      if (new OrderingSolver(n, rules.toArray(new Rule[0])).count(2) == 1) {
        break;
      }
      Rule r = drawRule(n, order, posOf, weights, rng);
      String key = key(r);
      if (!keys.contains(key)) {
        keys.add(key);
        rules.add(r);
      }
    }
    // Minimize in random order: each clue of the result is needed for uniqueness.
    List<Rule> candidates = new ArrayList<>(rules);
    rng.shuffle(candidates);
    for (Rule r : candidates) {
      rules.remove(r);
      if (new OrderingSolver(n, rules.toArray(new Rule[0])).count(2) != 1) {
        rules.add(r);
      }
    }
    return rules;
  }

  /** A normal form of a rule, to avoid drawing the same clue twice. */
  private static String key(Rule r) {
    int a = r.a();
    int b = r.b();
    int c = r.c();
    if (r.kind() == OrderingSolver.ADJACENT || r.kind() == OrderingSolver.NOT_ADJACENT) {
      return r.kind() + ":" + Math.min(a, b) + "," + Math.max(a, b);
    }
    if (r.kind() == OrderingSolver.BETWEEN) {
      return r.kind() + ":" + a + "," + Math.min(b, c) + "," + Math.max(b, c);
    }
    return r.kind() + ":" + a + "," + b + "," + c + "," + r.k();
  }

  /** A random rule of a kind allowed by the weights that holds for the hidden order. */
  private static Rule drawRule(int n, int[] order, int[] posOf, int[] weights, Rng rng) {
    while (true) {
      int kind = pickKind(weights, rng);
      switch (kind) {
        case OrderingSolver.BEFORE -> {
          int i = rng.nextInt(n);
          int j = rng.nextInt(n);
          if (i != j) {
            return new Rule(kind, order[Math.min(i, j)], order[Math.max(i, j)], -1, -1);
          }
        }
        case OrderingSolver.IMMEDIATELY_BEFORE -> {
          int i = rng.nextInt(n - 1);
          return new Rule(kind, order[i], order[i + 1], -1, -1);
        }
        case OrderingSolver.FIRST -> {
          return new Rule(kind, order[0], -1, -1, -1);
        }
        case OrderingSolver.LAST -> {
          return new Rule(kind, order[n - 1], -1, -1, -1);
        }
        case OrderingSolver.POSITION -> {
          if (n >= 3) {
            int k = rng.between(1, n - 2);
            return new Rule(kind, order[k], -1, -1, k);
          }
        }
        case OrderingSolver.BETWEEN -> {
          int i = rng.nextInt(n);
          int j = rng.nextInt(n);
          int m = rng.nextInt(n);
          if (i < m && m < j) {
            boolean swap = rng.nextBoolean();
            return new Rule(kind, order[m], order[swap ? j : i], order[swap ? i : j], -1);
          }
        }
        case OrderingSolver.ADJACENT -> {
          int i = rng.nextInt(n - 1);
          boolean swap = rng.nextBoolean();
          return new Rule(kind, order[swap ? i + 1 : i], order[swap ? i : i + 1], -1, -1);
        }
        default -> {
          int i = rng.nextInt(n);
          int j = rng.nextInt(n);
          if (Math.abs(i - j) >= 2) {
            return new Rule(kind, order[i], order[j], -1, -1);
          }
        }
      }
    }
  }

  private static int pickKind(int[] weights, Rng rng) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rng.nextInt(total);
    for (int k = 0; k < weights.length; k++) {
      r -= weights[k];
      if (r < 0) {
        return k;
      }
    }
    throw new AssertionError();
  }

  private static OrderingProblem.Clue clue(Rule r, List<String> names, Scenario s, int n, Rng rng) {
    String a = names.get(r.a());
    String b = r.b() >= 0 ? names.get(r.b()) : null;
    String text = switch (r.kind()) {
      case OrderingSolver.BEFORE -> s.before(a, b, rng.nextBoolean());
      case OrderingSolver.IMMEDIATELY_BEFORE -> s.immediatelyBefore(a, b, rng.nextBoolean());
      case OrderingSolver.FIRST -> s.first(a);
      case OrderingSolver.LAST -> s.last(a);
      case OrderingSolver.POSITION -> s.position(a, r.k() + 1);
      case OrderingSolver.BETWEEN -> s.between(a, b, names.get(r.c()));
      case OrderingSolver.ADJACENT -> s.adjacent(a, b, true);
      default -> s.adjacent(a, b, false);
    };
    List<Integer> items = r.c() >= 0 ? List.of(r.a(), r.b(), r.c())
        : r.b() >= 0 ? List.of(r.a(), r.b()) : List.of(r.a());
    return new OrderingProblem.Clue(KIND_NAMES[r.kind()], items,
        r.kind() == OrderingSolver.POSITION ? r.k() + 1 : 0, text);
  }

  private static String join(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        sb.append(i == names.size() - 1 ? " and " : ", ");
      }
      sb.append(names.get(i));
    }
    return sb.toString();
  }

  @Override
  public String answerFormat() {
    return "When the whole order is asked: every item's name, in order from position 1 to the last"
        + " position, separated by commas (or newlines), e.g. `Alice, Bernard, Carmen`. When one position"
        + " is asked: the item's name (`Bernard`) for 'who/which is in position k', or the position"
        + " number (`3`, also `3rd`) for 'in which position is X'. Names are case-insensitive; spaces"
        + " around entries, a final period, markdown emphasis around a single answer, and list markers"
        + " before entries (`1.`, `1)`, `-`, `*`) are ignored. The answer is read from the last"
        + " <answer>...</answer> block (or else a final `Answer:` line).";
  }

  @Override
  public String scoring() {
    return "A whole order scores 1 (CORRECT) when it satisfies every clue (the puzzle has exactly one"
        + " such order); an order that breaks a clue scores the share of positions holding the same item"
        + " as in the consistent order (PARTIAL, or WRONG when none do), and the reason names the first"
        + " clue broken. An order that is not a permutation of the items (an unknown name, an item missing"
        + " or listed twice) scores 0 as INVALID_FORMAT. A single-position question scores 1 when the"
        + " answer is what every consistent order has there, else 0 (WRONG); no partial credit.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("items", "clues", "search-nodes");
  }
}
