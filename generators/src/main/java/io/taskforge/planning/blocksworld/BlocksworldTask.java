package io.taskforge.planning.blocksworld;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
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
 * Blocksworld planning (four operators, one hand): move blocks from a random configuration to a
 * random goal configuration.
 *
 * <p>Both configurations are drawn uniformly over all configurations of the blocks ({@link
 * BlockConfigurations}); a goal equal to the start is redrawn. The gold plan is optimal whenever A*
 * proves it within {@code search_limit} expansions (always at the lower levels); otherwise it is the
 * heuristic plan of {@link BlocksworldSolver}, with {@code metrics.optimal = false} and a proven
 * lower bound.
 */
public final class BlocksworldTask implements Task<BlocksworldProblem> {
  public static final String ID = "planning.blocksworld";
  /** Block counts of levels 1..10. */
  private static final int[] LADDER = {3, 4, 5, 6, 7, 8, 10, 12, 16, 20};
  private static final int DEFAULT_SEARCH_LIMIT = 100_000;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer(
          BlocksworldParams.BLOCKS, LADDER[DEFAULT_LEVEL - 1], 3, BlockConfigurations.MAX_BLOCKS,
          "number of blocks, named A, B, C, ..."),
      ParamSpec.integer(BlocksworldParams.SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT, 0, 10_000_000,
          "A* expansions spent proving the gold plan optimal; beyond them a heuristic plan is given"));

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
    return "Plan the pick-up/put-down/stack/unstack actions that rearrange towers of blocks "
        + "into a goal configuration.";
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
    int[] initial = BlockConfigurations.sample(n, rng);
    int[] goal;
    do {
      goal = BlockConfigurations.sample(n, rng);
    } while (Arrays.equals(goal, initial));
    BlocksworldSolver.Plan plan = BlocksworldSolver.solve(initial, goal, p.searchLimit());

    List<String> names = names(n);
    List<String> actions = new ArrayList<>(plan.moves().size() * 2);
    for (Move m : plan.moves()) {
      actions.addAll(m.actions(names));
    }
    List<List<String>> initialTowers = named(initial, names);
    List<List<String>> goalTowers = named(goal, names);
    BlocksworldProblem problem = new BlocksworldProblem(names, initialTowers, goalTowers);

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("blocks", n)
        .put("plan_length", actions.size())
        .put("optimal", plan.optimal())
        .put("lower_bound", 2 * plan.lowerBound())
        .put("expansions", plan.expansions())
        .put("misplaced", plan.misplaced())
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("blocks", String.join(", ", names))
        .put("block_count", n)
        .put("initial_text", prose(initialTowers))
        .put("goal_text", prose(goalTowers))
        .put("initial_towers", towerLines(initialTowers))
        .put("goal_towers", towerLines(goalTowers))
        .put("initial_compact", compact(initialTowers))
        .put("goal_compact", compact(goalTowers))
        .buildOrThrow();
    return Generated.of(
        problem,
        new BlocksworldSolution(actions, plan.optimal()),
        String.join("\n", actions),
        metrics,
        view,
        BlocksworldCanonical.of(initial, goal));
  }

  @Override
  public String answerFormat() {
    return "The plan, one action per line, in order: \"pick-up X\" (take block X from the table), "
        + "\"put-down X\" (put the held block X on the table), \"stack X Y\" (put the held block X on "
        + "block Y) and \"unstack X Y\" (take block X off block Y). Action and block names are "
        + "case-insensitive; \"pickup\", \"pick_up\", \"pick up\" (and likewise for put-down) are read, "
        + "as are \"stack X on Y\", \"stack X onto Y\" and \"unstack X from Y\". A line may be numbered "
        + "(\"1.\", \"1)\", \"Step 1:\"), bulleted (\"-\", \"*\"), wrapped in parentheses (\"(pick-up A)\") "
        + "or written as a call (\"stack(A, B)\"), and may end with a period or semicolon; blank lines "
        + "and code-fence lines are skipped, and any other line makes the answer unreadable. The answer "
        + "is the text of the last <answer>...</answer> block; at most 10,000 actions are read.";
  }

  @Override
  public String scoring() {
    return "Score 1 for any plan, of any length, in which every action is legal where it stands "
        + "(pick-up X: X is on the table and clear and the hand is empty; unstack X Y: X is on Y and "
        + "clear and the hand is empty; put-down X: the hand holds X; stack X Y: the hand holds X and Y "
        + "is clear) and after which every block sits where the goal puts it and the hand is empty. "
        + "Score 0 otherwise, with status INVALID_FORMAT (the unreadable line is named), ILLEGAL_STEP "
        + "(the first illegal action and the precondition it breaks) or GOAL_NOT_REACHED (the first "
        + "unmet goal fact). There is no partial credit; a mode scoring plan length against the "
        + "optimum is left to the shared planning core (metrics.plan_length and metrics.optimal record "
        + "the gold plan's length and whether it is proven optimal).";
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

  /** "C is on A. A is on the table. B is on the table. The hand is empty." */
  private static String prose(List<List<String>> towers) {
    StringBuilder sb = new StringBuilder();
    for (List<String> tower : towers) {
      for (int i = tower.size() - 1; i >= 0; i--) {
        sb.append(tower.get(i)).append(" is on ");
        sb.append(i == 0 ? "the table" : tower.get(i - 1)).append(". ");
      }
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
