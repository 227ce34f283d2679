package io.taskforge.planning.blocksworld;

import static io.taskforge.planning.blocksworld.BlocksState.HAND;
import static io.taskforge.planning.blocksworld.BlocksState.NOTHING;
import static io.taskforge.planning.blocksworld.BlocksState.TABLE;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A blocksworld problem as a {@link PlanningModel}, in its 3- or 4-operator encoding, with the
 * PDDL semantics of the classic domains: a held block is not clear, {@code stack} needs the held
 * block and a clear target, the 3-operator moves need distinct source and target blocks.
 *
 * <p>Failed preconditions are named in words ({@code "A is not clear (C is on it)"}) or, for an
 * obfuscated problem, as the obfuscated fact that does not hold ({@code "the precondition
 * 'province A' does not hold"}), so messages never reveal what the renamed words mean. Unmet goals
 * are {@code "A on B"}, {@code "A on the table"}, {@code "hand empty"} (or the obfuscated facts).
 */
public final class BlocksworldModel implements PlanningModel<BlocksState, BlocksAction> {
  /** The most blocks a problem may have (a state stores supports in bytes). */
  public static final int MAX_BLOCKS = 100;
  private static final int MAX_NAME = 40;

  private static final int OK = 0;
  private static final int HAND_BUSY = 1;
  private static final int NOT_ON_TABLE = 2;
  private static final int NOT_CLEAR = 3;
  private static final int NOT_ON = 4;
  private static final int NOT_HELD = 5;
  private static final int SAME = 6;

  private final int operators;
  private final boolean obfuscated;
  private final List<Operator> ops;
  private final List<String> blocks;
  private final List<String> actionNames;
  private final List<String> predicateNames;
  private final Map<String, Integer> blockIds = new HashMap<>();
  /** Blocks with one-character ASCII names by lower-cased character: the fast path of lookups. */
  private final int[] byChar = new int[128];
  private final Map<String, Operator> opsByName = new HashMap<>();
  private final BlocksState initial;
  private final BlocksState goal;

  private BlocksworldModel(BlocksworldProblem p) {
    this.operators = p.operators() == 0 ? 4 : p.operators();
    if (operators != 3 && operators != 4) {
      throw new IllegalArgumentException("the problem has " + p.operators() + " operators; 3 or 4 are known");
    }
    this.obfuscated = p.obfuscated();
    this.ops = Operator.set(operators);
    if (p.blocks() == null || p.initial() == null || p.goal() == null) {
      throw new IllegalArgumentException("the problem lacks its blocks, initial towers or goal towers");
    }
    this.blocks = p.blocks();
    if (blocks.isEmpty() || blocks.size() > MAX_BLOCKS) {
      throw new IllegalArgumentException("the problem has " + blocks.size() + " blocks; 1 to " + MAX_BLOCKS + " are allowed");
    }
    Arrays.fill(byChar, NOTHING);
    for (int i = 0; i < blocks.size(); i++) {
      String key = word(blocks.get(i), "a block name");
      if (blockIds.put(key, i) != null) {
        throw new IllegalArgumentException("the problem names block " + blocks.get(i) + " twice");
      }
      if (key.length() == 1 && key.charAt(0) < 128) {
        byChar[key.charAt(0)] = i;
      }
    }
    this.actionNames = p.actions() == null ? BlocksworldProblem.naturalActions(operators) : p.actions();
    this.predicateNames = p.predicates() == null ? BlocksworldProblem.naturalPredicates(operators) : p.predicates();
    if (actionNames.size() != ops.size() || predicateNames.size() != Predicate.set(operators).size()) {
      throw new IllegalArgumentException("the problem's action or predicate names do not fit its " + operators + " operators");
    }
    for (int i = 0; i < ops.size(); i++) {
      String key = word(actionNames.get(i), "an action name");
      if (opsByName.put(key, ops.get(i)) != null || blockIds.containsKey(key)) {
        throw new IllegalArgumentException("the problem's action name " + key + " is used twice");
      }
    }
    for (String name : predicateNames) {
      word(name, "a predicate name");
    }
    this.initial = BlocksState.of(supports(p.initial(), "initial"));
    this.goal = BlocksState.of(supports(p.goal(), "goal"));
  }

  /** The model of a problem; an {@link IllegalArgumentException} says in one sentence what is broken. */
  public static BlocksworldModel of(BlocksworldProblem problem) {
    if (problem == null) {
      throw new IllegalArgumentException("there is no problem");
    }
    return new BlocksworldModel(problem);
  }

  /** A name usable as one plan word, lower-cased. */
  private static String word(String name, String what) {
    if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("the problem has " + what + " that cannot be written in a plan");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c == '(' || c == ')' || c == ',' || c == '`' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        throw new IllegalArgumentException("the problem has " + what + " that cannot be written in a plan");
      }
    }
    return name.toLowerCase(Locale.ROOT);
  }

  private int[] supports(List<List<String>> towers, String which) {
    int n = blocks.size();
    int[] below = new int[n];
    boolean[] seen = new boolean[n];
    int count = 0;
    for (List<String> tower : towers) {
      if (tower == null || tower.isEmpty()) {
        throw new IllegalArgumentException("the problem's " + which + " configuration has an empty tower");
      }
      int under = TABLE;
      for (String name : tower) {
        Integer b = name == null ? null : blockIds.get(name.toLowerCase(Locale.ROOT));
        if (b == null || seen[b]) {
          throw new IllegalArgumentException("the problem's " + which + " configuration lists an unknown or repeated block");
        }
        seen[b] = true;
        count++;
        below[b] = under;
        under = b;
      }
    }
    if (count != n) {
      throw new IllegalArgumentException("the problem's " + which + " configuration leaves out a block");
    }
    return below;
  }

  public int operators() {
    return operators;
  }

  public boolean obfuscated() {
    return obfuscated;
  }

  /** The operators of this encoding, in order. */
  public List<Operator> operatorSet() {
    return ops;
  }

  public List<String> blockNames() {
    return blocks;
  }

  /** The action names plans use, in {@link #operatorSet()} order. */
  public List<String> actionNames() {
    return actionNames;
  }

  /** The name of {@code op} in this problem. */
  public String name(Operator op) {
    return actionNames.get(op.indexInSet());
  }

  /** The block named by a lower-cased word, or {@link BlocksState#NOTHING}. */
  public int block(String lowerWord) {
    if (lowerWord.length() == 1 && lowerWord.charAt(0) < 128) {
      return byChar[lowerWord.charAt(0)];
    }
    Integer b = blockIds.get(lowerWord);
    return b == null ? NOTHING : b;
  }

  /** The operator named exactly by a lower-cased word in this problem, or null. */
  public Operator operator(String lowerWord) {
    return opsByName.get(lowerWord);
  }

  /** The goal as a state (empty hand). */
  public BlocksState goal() {
    return goal;
  }

  @Override
  public BlocksState initial() {
    return initial;
  }

  /** Whether {@code action} belongs to this encoding and names blocks of the problem. */
  private boolean fits(BlocksAction action) {
    if (action == null || action.op() == null || !ops.contains(action.op())) {
      return false;
    }
    for (int i = 0; i < action.op().arity(); i++) {
      if (action.arg(i) < 0 || action.arg(i) >= blocks.size()) {
        return false;
      }
    }
    return true;
  }

  /** OK, or a failure kind times 4 plus the index of the argument it concerns. */
  private int failure(BlocksState s, BlocksAction act) {
    int x = act.a();
    switch (act.op()) {
      case PICK_UP -> {
        if (s.holding() != NOTHING) {
          return HAND_BUSY * 4;
        }
        if (s.on(x) != TABLE) {
          return NOT_ON_TABLE * 4;
        }
        return s.clear(x) ? OK : NOT_CLEAR * 4;
      }
      case UNSTACK -> {
        if (s.holding() != NOTHING) {
          return HAND_BUSY * 4;
        }
        if (s.on(x) != act.b()) {
          return NOT_ON * 4;
        }
        return s.clear(x) ? OK : NOT_CLEAR * 4;
      }
      case PUT_DOWN -> {
        return s.holding() == x ? OK : NOT_HELD * 4;
      }
      case STACK -> {
        if (s.holding() != x) {
          return NOT_HELD * 4;
        }
        if (x == act.b()) {
          return SAME * 4 + 1;
        }
        return s.clear(act.b()) ? OK : NOT_CLEAR * 4 + 1;
      }
      case MOVE_B_TO_B, MOVE_B_TO_T -> {
        if (s.on(x) != act.b()) {
          return NOT_ON * 4;
        }
        if (!s.clear(x)) {
          return NOT_CLEAR * 4;
        }
        if (act.op() == Operator.MOVE_B_TO_T) {
          return OK;
        }
        if (x == act.c()) {
          return SAME * 4 + 2;
        }
        return s.clear(act.c()) ? OK : NOT_CLEAR * 4 + 2;
      }
      case MOVE_T_TO_B -> {
        if (s.on(x) != TABLE) {
          return NOT_ON_TABLE * 4;
        }
        if (!s.clear(x)) {
          return NOT_CLEAR * 4;
        }
        if (x == act.b()) {
          return SAME * 4 + 1;
        }
        return s.clear(act.b()) ? OK : NOT_CLEAR * 4 + 1;
      }
      default -> throw new AssertionError(act.op());
    }
  }

  @Override
  public String violation(BlocksState s, BlocksAction action) {
    if (!fits(action)) {
      return "it is not an action of this problem";
    }
    int f = failure(s, action);
    if (f == OK) {
      return null;
    }
    int kind = f / 4;
    int x = action.arg(f % 4);
    String name = blocks.get(x);
    if (obfuscated) {
      return switch (kind) {
        case HAND_BUSY -> precondition(fact(Predicate.HAND_EMPTY));
        case NOT_ON_TABLE -> precondition(fact(Predicate.ON_TABLE, name));
        case NOT_CLEAR -> precondition(fact(Predicate.CLEAR, name));
        case NOT_ON -> precondition(fact(Predicate.ON, name, blocks.get(action.b())));
        case NOT_HELD -> precondition(fact(Predicate.HOLDING, name));
        default -> action.op() == Operator.STACK
            ? precondition(fact(Predicate.CLEAR, name))
            : "its first and last blocks must differ";
      };
    }
    return switch (kind) {
      case HAND_BUSY -> "the hand is not empty (it holds " + blocks.get(s.holding()) + ")";
      case NOT_ON_TABLE -> name + " is not on the table (it is " + where(s, x) + ")";
      case NOT_CLEAR -> name + " is not clear ("
          + (s.on(x) == HAND ? "it is in the hand" : blocks.get(s.above(x)) + " is on it") + ")";
      case NOT_ON -> name + " is not on " + blocks.get(action.b()) + " (it is " + where(s, x) + ")";
      case NOT_HELD -> "the hand does not hold " + name
          + (s.holding() == NOTHING ? " (it is empty)" : " (it holds " + blocks.get(s.holding()) + ")");
      default -> action.op() == Operator.STACK
          ? "a block cannot be stacked on itself"
          : "a block cannot be moved onto itself";
    };
  }

  private static String precondition(String fact) {
    return "the precondition '" + fact + "' does not hold";
  }

  /** A fact in this problem's predicate names, e.g. {@code on A B}. */
  public String fact(Predicate p, String... args) {
    StringBuilder sb = new StringBuilder(predicateNames.get(Predicate.set(operators).indexOf(p)));
    for (String a : args) {
      sb.append(' ').append(a);
    }
    return sb.toString();
  }

  private String where(BlocksState s, int x) {
    int on = s.on(x);
    return on == TABLE ? "on the table" : on == HAND ? "in the hand" : "on " + blocks.get(on);
  }

  @Override
  public BlocksState apply(BlocksState s, BlocksAction act) {
    int x = act.a();
    return switch (act.op()) {
      case PICK_UP, UNSTACK -> s.with(x, HAND, x);
      case PUT_DOWN, MOVE_B_TO_T -> s.with(x, TABLE, NOTHING);
      case STACK, MOVE_T_TO_B -> s.with(x, act.b(), NOTHING);
      case MOVE_B_TO_B -> s.with(x, act.c(), NOTHING);
    };
  }

  @Override
  public boolean isGoal(BlocksState s) {
    return s.equals(goal);
  }

  @Override
  public List<String> unmetGoals(BlocksState s) {
    List<String> unmet = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      int want = goal.on(b);
      if (s.on(b) != want) {
        String name = blocks.get(b);
        if (obfuscated) {
          unmet.add(want == TABLE ? fact(Predicate.ON_TABLE, name) : fact(Predicate.ON, name, blocks.get(want)));
        } else {
          unmet.add(name + " on " + (want == TABLE ? "the table" : blocks.get(want)));
        }
      }
    }
    if (s.holding() != NOTHING) {
      unmet.add(obfuscated ? fact(Predicate.HAND_EMPTY) : "hand empty");
    }
    return unmet;
  }

  @Override
  public void successors(BlocksState s, SearchSpace.Successors<BlocksState, BlocksAction> out) {
    int n = blocks.size();
    for (Operator op : ops) {
      int[] args = new int[op.arity()];
      enumerate(s, op, args, 0, n, out);
    }
  }

  private void enumerate(BlocksState s, Operator op, int[] args, int i, int n,
      SearchSpace.Successors<BlocksState, BlocksAction> out) {
    if (i == args.length) {
      BlocksAction act = BlocksAction.of(op, args);
      if (failure(s, act) == OK) {
        out.add(act, apply(s, act), 1);
      }
      return;
    }
    for (int b = 0; b < n; b++) {
      args[i] = b;
      enumerate(s, op, args, i + 1, n, out);
    }
  }
}
