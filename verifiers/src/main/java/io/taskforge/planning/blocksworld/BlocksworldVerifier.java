package io.taskforge.planning.blocksworld;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores blocksworld plans by simulating them: any legal plan that reaches the goal configuration
 * with an empty hand scores 1, whatever its length; anything else scores 0 with the first problem
 * named. The gold plan plays no part.
 *
 * <p>The whole answer is read first (an unreadable line is INVALID_FORMAT), then simulated (the
 * first illegal action is ILLEGAL_STEP, naming the failed precondition), then the final state is
 * compared with the goal (GOAL_NOT_REACHED names the first block, in block order, that is not where
 * the goal puts it). An optimality mode (credit by plan length against {@code metrics.plan_length})
 * is left for the shared planning core.
 */
public final class BlocksworldVerifier implements Verifier<BlocksworldProblem> {
  private static final int TABLE = -1;
  private static final int HAND = -2;
  private static final int NONE = -1;

  private static final int PICK_UP = 0;
  private static final int PUT_DOWN = 1;
  private static final int STACK = 2;
  private static final int UNSTACK = 3;
  private static final String EXPECTED =
      "expected pick-up X, put-down X, stack X Y or unstack X Y";

  @Override
  public String taskId() {
    return BlocksworldTask.ID;
  }

  @Override
  public Class<BlocksworldProblem> problemType() {
    return BlocksworldProblem.class;
  }

  @Override
  public Verdict verify(BlocksworldProblem problem, String response) {
    World world;
    try {
      world = World.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    PlanText.Parsed parsed = PlanText.parse(extracted.answer(), PlanText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    List<PlanLine> lines = parsed.lines();
    int[] actions = new int[lines.size() * 3];
    for (int i = 0; i < lines.size(); i++) {
      String error = world.read(lines.get(i), actions, i * 3);
      if (error != null) {
        return Verdict.invalidFormat(
            "line " + lines.get(i).lineNumber() + " " + PlanText.quote(lines.get(i).text()) + error);
      }
    }
    if (lines.isEmpty() && !world.goalHolds()) {
      return Verdict.invalidFormat("the answer contains no actions");
    }
    for (int i = 0; i < lines.size(); i++) {
      String error = world.apply(actions[i * 3], actions[i * 3 + 1], actions[i * 3 + 2]);
      if (error != null) {
        return Verdict.of(Status.ILLEGAL_STEP,
            "step " + (i + 1) + " " + PlanText.quote(lines.get(i).text()) + ": " + error);
      }
    }
    String unmet = world.unmetGoal();
    if (unmet != null) {
      return Verdict.of(Status.GOAL_NOT_REACHED, unmet);
    }
    return Verdict.correct("the " + lines.size() + "-action plan is legal and reaches the goal");
  }

  /** The problem's blocks and the state of a simulation. */
  private static final class World {
    private final List<String> names;
    private final Map<String, Integer> ids;
    /** Blocks with one-character ASCII names by lower-cased character (-1 for none): the fast path. */
    private final int[] byChar;
    private final int[] goal;
    /** What each block is on: a block, TABLE or HAND. */
    private final int[] on;
    /** The block on each block, or NONE. */
    private final int[] top;
    private int holding = NONE;

    private World(List<String> names, Map<String, Integer> ids, int[] initial, int[] goal) {
      this.names = names;
      this.ids = ids;
      this.byChar = new int[128];
      Arrays.fill(byChar, NONE);
      for (Map.Entry<String, Integer> e : ids.entrySet()) {
        String key = e.getKey();
        if (key.length() == 1 && key.charAt(0) < 128) {
          byChar[key.charAt(0)] = e.getValue();
        }
      }
      this.goal = goal;
      this.on = initial;
      this.top = new int[initial.length];
      Arrays.fill(top, NONE);
      for (int b = 0; b < initial.length; b++) {
        if (initial[b] != TABLE) {
          top[initial[b]] = b;
        }
      }
    }

    static World of(BlocksworldProblem p) {
      if (p == null || p.blocks() == null || p.initial() == null || p.goal() == null) {
        throw new IllegalArgumentException("the problem lacks its blocks, initial towers or goal towers");
      }
      List<String> names = p.blocks();
      if (names.isEmpty()) {
        throw new IllegalArgumentException("the problem has no blocks");
      }
      Map<String, Integer> ids = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (!readable(name)) {
          throw new IllegalArgumentException("the problem has a block name that cannot be written in a plan");
        }
        if (ids.put(name.toLowerCase(Locale.ROOT), i) != null) {
          throw new IllegalArgumentException("the problem names block " + name + " twice");
        }
      }
      return new World(names, ids, supports(p.initial(), ids, "initial"), supports(p.goal(), ids, "goal"));
    }

    private static boolean readable(String name) {
      if (name == null || name.isEmpty() || name.length() > 40) {
        return false;
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c <= ' ' || c == '(' || c == ')' || c == ',' || c == '`' || c == '\u00A0') {
          return false;
        }
      }
      return true;
    }

    private static int[] supports(List<List<String>> towers, Map<String, Integer> ids, String which) {
      int[] below = new int[ids.size()];
      boolean[] seen = new boolean[ids.size()];
      int count = 0;
      for (List<String> tower : towers) {
        if (tower == null || tower.isEmpty()) {
          throw new IllegalArgumentException("the problem's " + which + " configuration has an empty tower");
        }
        int under = TABLE;
        for (String name : tower) {
          Integer b = name == null ? null : ids.get(name.toLowerCase(Locale.ROOT));
          if (b == null || seen[b]) {
            throw new IllegalArgumentException(
                "the problem's " + which + " configuration lists an unknown or repeated block");
          }
          seen[b] = true;
          count++;
          below[b] = under;
          under = b;
        }
      }
      if (count != ids.size()) {
        throw new IllegalArgumentException("the problem's " + which + " configuration leaves out a block");
      }
      return below;
    }

    /** Reads a line into (op, x, y) at {@code out[at..]}; returns what is wrong, or null. */
    String read(PlanLine line, int[] out, int at) {
      String verb = line.word(0);
      int first = 1;
      if (verb.equals("pick") && line.word(1).equals("up")) {
        verb = "pick-up";
        first = 2;
      } else if (verb.equals("put") && line.word(1).equals("down")) {
        verb = "put-down";
        first = 2;
      }
      int op;
      switch (verb) {
        case "pick-up", "pickup", "pick_up" -> op = PICK_UP;
        case "put-down", "putdown", "put_down" -> op = PUT_DOWN;
        case "stack" -> op = STACK;
        case "unstack" -> op = UNSTACK;
        default -> {
          return " is not an action: " + EXPECTED;
        }
      }
      List<String> words = line.words();
      int arity = op == STACK || op == UNSTACK ? 2 : 1;
      int given = words.size() - first;
      int second = first + 1;
      // "stack A on B", "unstack A from B": a connector word that is not a block name.
      String middle = given == 3 ? words.get(first + 1) : "";
      if (arity == 2 && given == 3 && isConnector(op, middle) && block(middle) == NONE) {
        given = 2;
        second = first + 2;
      }
      if (given != arity) {
        return ": " + verb + " takes " + arity + (arity == 1 ? " block" : " blocks") + " but the line gives "
            + given + " (" + EXPECTED + ")";
      }
      out[at] = op;
      for (int k = 0; k < arity; k++) {
        String word = words.get(k == 0 ? first : second);
        int b = block(word);
        if (b == NONE) {
          return ": there is no block " + PlanText.quote(word);
        }
        out[at + 1 + k] = b;
      }
      return null;
    }

    /** The block named by a lower-cased word, or NONE. */
    private int block(String word) {
      if (word.length() == 1 && word.charAt(0) < 128) {
        return byChar[word.charAt(0)];
      }
      Integer b = ids.get(word);
      return b == null ? NONE : b;
    }

    private static boolean isConnector(int op, String word) {
      return op == STACK
          ? word.equals("on") || word.equals("onto")
          : word.equals("from") || word.equals("off");
    }

    /** Applies one action; returns the failed precondition, or null. */
    String apply(int op, int x, int y) {
      switch (op) {
        case PICK_UP -> {
          String e = handEmpty();
          if (e == null) {
            e = on[x] != TABLE ? name(x) + " is not on the table (it is on " + name(on[x]) + ")" : clear(x);
          }
          if (e != null) {
            return e;
          }
          take(x);
        }
        case UNSTACK -> {
          String e = handEmpty();
          if (e == null && on[x] != y) {
            e = name(x) + " is not on " + name(y) + " (it is " + where(x) + ")";
          }
          if (e == null) {
            e = clear(x);
          }
          if (e != null) {
            return e;
          }
          take(x);
        }
        case PUT_DOWN -> {
          String e = holds(x);
          if (e != null) {
            return e;
          }
          on[x] = TABLE;
          holding = NONE;
        }
        case STACK -> {
          String e = holds(x);
          if (e == null && x == y) {
            e = "a block cannot be stacked on itself";
          }
          if (e == null) {
            e = clear(y);
          }
          if (e != null) {
            return e;
          }
          on[x] = y;
          top[y] = x;
          holding = NONE;
        }
        default -> throw new AssertionError(op);
      }
      return null;
    }

    private void take(int x) {
      if (on[x] != TABLE) {
        top[on[x]] = NONE;
      }
      on[x] = HAND;
      holding = x;
    }

    private String handEmpty() {
      return holding == NONE ? null : "the hand is not empty (it holds " + name(holding) + ")";
    }

    private String holds(int x) {
      if (holding == x) {
        return null;
      }
      return "the hand does not hold " + name(x)
          + (holding == NONE ? " (it is empty)" : " (it holds " + name(holding) + ")");
    }

    private String clear(int x) {
      return top[x] == NONE ? null : name(x) + " is not clear (" + name(top[x]) + " is on it)";
    }

    private String where(int x) {
      return on[x] == TABLE ? "on the table" : on[x] == HAND ? "in the hand" : "on " + name(on[x]);
    }

    private String name(int b) {
      return names.get(b);
    }

    boolean goalHolds() {
      return unmetGoal() == null;
    }

    /** The first block not where the goal puts it, as a sentence, or null. */
    String unmetGoal() {
      int first = NONE;
      int unmet = 0;
      for (int b = 0; b < on.length; b++) {
        if (on[b] != goal[b]) {
          unmet++;
          if (first == NONE) {
            first = b;
          }
        }
      }
      if (first == NONE) {
        return null;
      }
      String wanted = goal[first] == TABLE ? "on the table" : "on " + name(goal[first]);
      return "after the plan " + name(first) + " is " + where(first) + " but the goal puts it " + wanted
          + " (" + unmet + " of " + on.length + " blocks are not where the goal puts them)";
    }
  }
}
