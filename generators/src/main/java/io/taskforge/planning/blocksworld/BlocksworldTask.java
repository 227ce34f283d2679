package io.taskforge.planning.blocksworld;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.planning.pddl.PddlAction;
import io.taskforge.planning.pddl.PddlDomain;
import io.taskforge.planning.pddl.PddlExportable;
import io.taskforge.planning.pddl.PddlFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Blocksworld planning: move blocks from a random configuration to a random goal configuration, in
 * the classic 4-operator encoding (one hand) or the classic 3-operator one (no hand), optionally
 * "mystery"-obfuscated (actions and predicates renamed to unrelated words drawn per instance).
 *
 * <p>Both configurations are drawn uniformly over all configurations of the blocks ({@link
 * BlockConfigurations}); a goal equal to the start is redrawn. The gold plan is optimal whenever A*
 * proves it within {@code search_limit} expansions (always at the lower levels); otherwise it is the
 * heuristic plan of {@link BlocksworldSolver}, with {@code metrics.optimal_proven = false}, its
 * length as {@code best_known_length} and a proven lower bound. Both encodings share the solver:
 * an optimal plan is a shortest sequence of block moves, each one action with three operators and
 * two with four.
 *
 * <p>Version 2 added {@code operators}, {@code obfuscate}, {@code optimality} and the PDDL export;
 * the problem record carries the encoding and the scoring, and the metrics were renamed.
 */
public final class BlocksworldTask implements Task<BlocksworldProblem>, PddlExportable<BlocksworldProblem> {
  public static final String ID = "planning.blocksworld";
  /** Block counts of levels 1..10. */
  private static final int[] LADDER = {3, 4, 5, 6, 7, 8, 10, 12, 16, 20};
  private static final int DEFAULT_SEARCH_LIMIT = 100_000;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(
          BlocksworldParams.BLOCKS, LADDER[DEFAULT_LEVEL - 1], 3, BlockConfigurations.MAX_BLOCKS,
          "number of blocks, named A, B, C, ..."),
      ParamSpec.integer(BlocksworldParams.SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT, 0, 10_000_000,
          "A* expansions spent proving the gold plan optimal; beyond them a heuristic plan is given"),
      ParamSpec.integer(BlocksworldParams.OPERATORS, 4, 3, 4,
          "4: pick-up/put-down/stack/unstack with one hand; 3: move-b-to-b/move-b-to-t/move-t-to-b, no hand"),
      ParamSpec.bool(BlocksworldParams.OBFUSCATE, false,
          "rename actions and predicates to unrelated words drawn per instance (a 'mystery' blocksworld)"),
      ParamSpec.bool(BlocksworldParams.OPTIMALITY, false,
          "score a valid plan gold length / plan length instead of 1"));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 2;
  }

  @Override
  public String summary() {
    return "Plan the actions (pick-up/put-down/stack/unstack, or the 3-operator moves, optionally under "
        + "obfuscated names) that rearrange towers of blocks into a goal configuration.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    return Map.of(BlocksworldParams.BLOCKS, LADDER[level - 1]);
  }

  @Override
  public Class<BlocksworldProblem> problemType() {
    return BlocksworldProblem.class;
  }

  @Override
  public Generated<BlocksworldProblem> generate(Params params, Rng rng) {
    BlocksworldParams p = BlocksworldParams.from(params);
    int n = p.blocks();
    int ops = p.operators();
    int[] initial = BlockConfigurations.sample(n, rng);
    int[] goal;
    do {
      goal = BlockConfigurations.sample(n, rng);
    } while (Arrays.equals(goal, initial));
    BlocksworldSolver.Plan plan = BlocksworldSolver.solve(initial, goal, p.searchLimit());

    List<String> actionNames = BlocksworldProblem.naturalActions(ops);
    List<String> predicateNames = BlocksworldProblem.naturalPredicates(ops);
    if (p.obfuscate()) {
      List<String> words = Obfuscation.draw(actionNames.size() + predicateNames.size(), rng);
      actionNames = words.subList(0, actionNames.size());
      predicateNames = words.subList(actionNames.size(), words.size());
    }
    List<String> names = names(n);
    List<String> actions = new ArrayList<>(plan.moves().size() * 2);
    for (Move m : plan.moves()) {
      for (BlocksAction a : m.actions(ops)) {
        actions.add(a.text(actionNames, names));
      }
    }
    int perMove = ops == 4 ? 2 : 1;
    List<List<String>> initialTowers = named(initial, names);
    List<List<String>> goalTowers = named(goal, names);
    BlocksworldProblem problem = new BlocksworldProblem(names, initialTowers, goalTowers, ops, p.obfuscate(),
        actionNames, predicateNames, p.optimality(), actions.size(), plan.optimal());

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("blocks", n)
        .put("plan_length", actions.size())
        .put(plan.optimal() ? "optimal_length" : "best_known_length", actions.size())
        .put("optimal_proven", plan.optimal())
        .put("lower_bound", perMove * plan.lowerBound())
        .put("expansions", plan.expansions())
        .put("misplaced", plan.misplaced())
        .buildOrThrow();
    return Generated.of(
        problem,
        new BlocksworldSolution(actions, actions.size(), plan.optimal()),
        String.join("\n", actions),
        metrics,
        view(problem),
        "ops=" + ops + ";obfuscated=" + p.obfuscate() + ";" + BlocksworldCanonical.of(initial, goal));
  }

  private static ImmutableMap<String, Object> view(BlocksworldProblem problem) {
    BlocksworldModel model = BlocksworldModel.of(problem);
    // The neutral description is for obfuscated prompts only; the others describe the domain in words.
    List<String> domainLines = new ArrayList<>();
    List<String> predicateLines = new ArrayList<>();
    if (problem.obfuscated()) {
      PddlDomain domain = BlocksworldPddl.of(problem).domain();
      for (PddlAction a : domain.actions()) {
        domainLines.add(Obfuscation.describe(a));
      }
      for (PddlDomain.Predicate pr : domain.predicates()) {
        StringBuilder sb = new StringBuilder(pr.name());
        for (int i = 0; i < pr.parameters().size(); i++) {
          sb.append(i == 0 ? " X" : " Y");
        }
        predicateLines.add(sb.toString());
      }
    }
    StringBuilder example = new StringBuilder(model.actionNames().get(0));
    for (int i = 0; i < model.operatorSet().get(0).arity(); i++) {
      example.append(' ').append((char) ('X' + i));
    }
    int n = problem.blocks().size();
    return ImmutableMap.<String, Object>builder()
        .put("blocks", String.join(", ", problem.blocks()))
        .put("block_count", n)
        .put("operators", problem.operators())
        .put("obfuscated", problem.obfuscated())
        .put("optimality", problem.optimality())
        .put("action_names", String.join(", ", model.actionNames()))
        .put("predicate_lines", predicateLines)
        .put("domain_lines", domainLines)
        .put("initial_text", prose(problem.initial(), problem.operators()))
        .put("goal_text", prose(problem.goal(), problem.operators()))
        .put("initial_towers", towerLines(problem.initial()))
        .put("goal_towers", towerLines(problem.goal()))
        .put("initial_compact", compact(problem.initial()))
        .put("goal_compact", compact(problem.goal()))
        .put("initial_facts", facts(model, problem.initial(), true))
        .put("goal_facts", facts(model, problem.goal(), false))
        .put("format_text", formatText(model, example.toString()))
        .buildOrThrow();
  }

  /** The answer format of one variant, for the prompts that do not show the general {@link #answerFormat()}. */
  private static String formatText(BlocksworldModel model, String example) {
    String lines = " Names are case-insensitive; a line may be numbered (\"1.\", \"Step 1:\"), bulleted (\"-\"), wrapped "
        + "in parentheses or written as a call";
    if (model.obfuscated()) {
      return "Write the plan one action per line, in order: the action's name followed by the objects it acts on, in "
          + "the order the action lists them, for example \"" + example + "\" with the letters replaced by object "
          + "names." + lines
          + ". Use only the actions described above.";
    }
    if (model.operators() == 3) {
      return "Write the plan one action per line, in order: \"move-b-to-b X Y Z\", \"move-b-to-t X Y\" or "
          + "\"move-t-to-b X Z\" with block names for X, Y and Z (underscores may replace the hyphens)." + lines
          + " (\"move-b-to-t(C, A)\"). Example: \"move-b-to-t C A\" and then \"move-t-to-b B C\", on two lines.";
    }
    return "Write the plan one action per line, in order: \"pick-up X\", \"put-down X\", \"stack X Y\" or \"unstack X "
        + "Y\" with block names for X and Y." + lines + " (\"stack(A, B)\"). Example: \"unstack C A\" and then "
        + "\"put-down C\", on two lines.";
  }

  /** The true facts of a configuration (all of them initially, the defining ones in the goal). */
  private static String facts(BlocksworldModel model, List<List<String>> towers, boolean initial) {
    List<String> on = new ArrayList<>();
    List<String> table = new ArrayList<>();
    List<String> clear = new ArrayList<>();
    for (List<String> tower : towers) {
      for (int i = 0; i < tower.size(); i++) {
        if (i == 0) {
          table.add(model.fact(Predicate.ON_TABLE, tower.get(0)));
        } else {
          on.add(model.fact(Predicate.ON, tower.get(i), tower.get(i - 1)));
        }
      }
      clear.add(model.fact(Predicate.CLEAR, tower.get(tower.size() - 1)));
    }
    List<String> all = new ArrayList<>(on);
    all.addAll(table);
    if (initial) {
      all.addAll(clear);
    }
    if (model.operators() == 4) {
      all.add(model.fact(Predicate.HAND_EMPTY));
    }
    return String.join(", ", all);
  }

  @Override
  public PddlFiles pddl(BlocksworldProblem problem) {
    return BlocksworldPddl.of(problem);
  }

  @Override
  public String answerFormat() {
    return "The plan, one action per line, in order. With operators=4 (the default): \"pick-up X\" (take "
        + "block X from the table), \"put-down X\" (put the held block X on the table), \"stack X Y\" (put the "
        + "held block X on block Y) and \"unstack X Y\" (take block X off block Y); \"pickup\", \"pick_up\", "
        + "\"pick up\" (likewise for put-down), \"stack X on Y\", \"stack X onto Y\" and \"unstack X from Y\" "
        + "are read too. With operators=3: \"move-b-to-b X Y Z\" (move X from block Y onto block Z), "
        + "\"move-b-to-t X Y\" (move X from block Y to the table) and \"move-t-to-b X Z\" (move X from the "
        + "table onto block Z), also with underscores for hyphens. With obfuscate=true the plan uses exactly the "
        + "action names the prompt gives, followed by the blocks in the order the prompt's action lists "
        + "them. Action and block names are case-insensitive. A line may be numbered (\"1.\", \"1)\", "
        + "\"Step 1:\"), bulleted (\"-\", \"*\"), wrapped in parentheses (\"(pick-up A)\") or written as a call "
        + "(\"stack(A, B)\"), and may end with a period or semicolon; blank lines and code-fence lines are "
        + "skipped, and any other line makes the answer unreadable. Example: \"unstack C A\", \"put-down C\", "
        + "\"pick-up B\", \"stack B C\" on four lines. The answer is the text of the last <answer>...</answer> "
        + "block; at most 10,000 actions are read.";
  }

  @Override
  public String scoring() {
    return "The plan is simulated with the preconditions of the classic PDDL domains (pick-up X: X on the "
        + "table, clear, hand empty; unstack X Y: X on Y, X clear, hand empty; put-down X: holding X; stack X "
        + "Y: holding X, Y clear; move-b-to-b X Y Z: X on Y, X and Z clear, X not Z; move-b-to-t X Y: X on Y, "
        + "X clear; move-t-to-b X Z: X on the table, X and Z clear, X not Z; a held block is not clear). "
        + "Score 1 for any plan, of any length, whose every action is legal and after which every block sits "
        + "where the goal puts it (and the hand is empty). With optimality=true a longer valid plan scores "
        + "gold length / plan length (status PARTIAL; the gold is optimal whenever metrics.optimal_proven). "
        + "Score 0 otherwise, with status INVALID_FORMAT (the unreadable line is named), ILLEGAL_STEP (the "
        + "first illegal action and the precondition it breaks, details.first_error_step) or GOAL_NOT_REACHED "
        + "(the unmet goal facts).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("blocks", "plan_length", "lower_bound", "misplaced");
  }

  /** Block names A, B, C, ... */
  static List<String> names(int n) {
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      b.add(String.valueOf((char) ('A' + i)));
    }
    return b.build();
  }

  private static List<List<String>> named(int[] below, List<String> names) {
    List<List<String>> towers = new ArrayList<>();
    for (List<Integer> tower : BlockConfigurations.towers(below)) {
      List<String> t = new ArrayList<>(tower.size());
      for (int b : tower) {
        t.add(names.get(b));
      }
      towers.add(t);
    }
    return towers;
  }

  /** "C is on A. A is on the table. B is on the table. The hand is empty." (no hand with 3 operators) */
  private static String prose(List<List<String>> towers, int operators) {
    StringBuilder sb = new StringBuilder();
    for (List<String> tower : towers) {
      for (int i = tower.size() - 1; i >= 0; i--) {
        sb.append(tower.get(i)).append(" is on ");
        sb.append(i == 0 ? "the table" : tower.get(i - 1)).append(". ");
      }
    }
    if (operators == 3) {
      return sb.toString().strip();
    }
    return sb.append("The hand is empty.").toString();
  }

  /** Each tower as "A, C" (bottom to top). */
  private static List<String> towerLines(List<List<String>> towers) {
    List<String> lines = new ArrayList<>(towers.size());
    for (List<String> tower : towers) {
      lines.add(String.join(", ", tower));
    }
    return lines;
  }

  /** "[A C] [B]": every tower bottom to top. */
  private static String compact(List<List<String>> towers) {
    StringBuilder sb = new StringBuilder();
    for (List<String> tower : towers) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append('[').append(String.join(" ", tower)).append(']');
    }
    return sb.toString();
  }
}
