package io.taskforge.planning.blocksworld;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code planning.blocksworld}, written apart from
 * {@link BlocksworldVerifier} and {@link BlocksworldModel}: its own strict reader of the canonical
 * plan (one action per line, exactly one of the problem's action names, a single space, then the
 * problem's block names) and its own simulator of both encodings, which keeps only what each block
 * rests on and finds clear blocks by scanning. With {@code optimality} it accepts only plans no
 * longer than the gold.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps} (two neighbours exchanged),
 * {@code insert-step} (a random action), {@code duplicate-step}, {@code truncate} (the last move
 * missing), {@code rename-block} (a block that does not exist), {@code swap-blocks} (two blocks'
 * names exchanged throughout), {@code swap-action-names} (the names of two actions of the same
 * arity exchanged throughout), {@code usual-names} (an obfuscated plan written with the usual
 * names), and {@code detour} (a block moved away and back where it was, at the start, in the middle
 * or at the end: a longer plan that still works, valid unless {@code optimality}).
 */
public final class BlocksworldOracle implements TaskOracle<BlocksworldProblem> {
  private static final int PER_KIND = 2;
  private static final int TABLE = -1;
  private static final int HAND = -2;
  private static final int EMPTY = -3;
  private static final int[] ARITY_4 = {1, 1, 2, 2};
  private static final int[] ARITY_3 = {3, 2, 2};

  @Override
  public String taskId() {
    return BlocksworldTask.ID;
  }

  @Override
  public Class<BlocksworldProblem> problemType() {
    return BlocksworldProblem.class;
  }

  private static int ops(BlocksworldProblem p) {
    return p.operators() == 3 ? 3 : 4;
  }

  @Override
  public List<String> equivalentForms(BlocksworldProblem problem, String gold, Rng rng) {
    List<String[]> steps = parse(problem, gold);
    List<String> forms = new ArrayList<>();
    if (steps == null) {
      return forms;
    }
    boolean usual = !problem.obfuscated();
    StringBuilder numbered = new StringBuilder();
    StringBuilder stepped = new StringBuilder();
    StringBuilder pddl = new StringBuilder();
    StringBuilder calls = new StringBuilder();
    StringBuilder prose = new StringBuilder();
    StringBuilder bullets = new StringBuilder();
    StringBuilder spaced = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      String[] s = steps.get(i);
      String line = String.join(" ", s);
      numbered.append(i + 1).append(i % 2 == 0 ? ". " : ") ").append(line).append('\n');
      stepped.append("Step ").append(i + 1).append(": ").append(line).append(";\n");
      pddl.append('(').append(line.toLowerCase(Locale.ROOT)).append(")\n");
      calls.append(s[0]).append('(').append(String.join(", ", Arrays.asList(s).subList(1, s.length))).append(")\n");
      prose.append(switch (s[0]) {
        case "pick-up" -> "pick up " + s[1];
        case "put-down" -> "put down " + s[1];
        case "stack" -> "stack " + s[1] + " on " + s[2];
        case "unstack" -> "unstack " + s[1] + " from " + s[2];
        default -> line.replace('-', '_');
      }).append('\n');
      bullets.append(i % 2 == 0 ? "- " : "* ").append(line).append(".\n");
      spaced.append("  ").append(line.replace(" ", "   ")).append("  \r\n\r\n");
    }
    forms.add(numbered.toString());
    forms.add(stepped.toString());
    forms.add(pddl.toString());
    forms.add(calls.toString());
    if (usual) {
      forms.add(prose.toString());
      forms.add(gold.replace("pick-up", "pickup").replace("put-down", "put_down"));
    }
    forms.add(bullets.toString());
    forms.add(spaced.toString());
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add("```\n" + gold + "\n```");
    return forms;
  }

  @Override
  public List<Mutant> mutants(BlocksworldProblem problem, String gold, Rng rng) {
    List<String[]> steps = parse(problem, gold);
    List<Mutant> out = new ArrayList<>();
    if (steps == null) {
      return out;
    }
    List<String> lines = new ArrayList<>();
    for (String[] s : steps) {
      lines.add(String.join(" ", s));
    }
    int n = lines.size();
    List<String> names = problem.blocks();
    for (int r = 0; r < PER_KIND && n > 0; r++) {
      List<String> m = new ArrayList<>(lines);
      m.remove(rng.nextInt(n));
      add(out, problem, "drop-step", m);
    }
    for (int r = 0; r < PER_KIND && n > 1; r++) {
      List<String> m = new ArrayList<>(lines);
      int i = rng.nextInt(n - 1);
      m.set(i, lines.get(i + 1));
      m.set(i + 1, lines.get(i));
      add(out, problem, "swap-steps", m);
    }
    for (int r = 0; r < PER_KIND; r++) {
      List<String> m = new ArrayList<>(lines);
      m.add(rng.nextInt(n + 1), randomAction(problem, rng));
      add(out, problem, "insert-step", m);
    }
    if (n > 0) {
      List<String> m = new ArrayList<>(lines);
      int i = rng.nextInt(n);
      m.add(i, lines.get(i));
      add(out, problem, "duplicate-step", m);
    }
    int perMove = ops(problem) == 4 ? 2 : 1;
    if (n >= perMove) {
      add(out, problem, "truncate", lines.subList(0, n - perMove));
    }
    for (int at : new int[] {0, perMove * rng.nextInt(n / perMove + 1), n}) {
      List<String> detour = detourAt(problem, steps, at, rng);
      if (detour != null) {
        List<String> m = new ArrayList<>(lines);
        m.addAll(at, detour);
        add(out, problem, "detour", m);
      }
    }
    if (n > 0) {
      // a block the plan moves, so that renaming it changes the plan
      String[] step = steps.get(rng.nextInt(n));
      String victim = step[1 + rng.nextInt(step.length - 1)];
      String stranger = stranger(names);
      List<String> renamed = new ArrayList<>();
      for (String[] s : steps) {
        renamed.add(String.join(" ", replaceBlocks(s, victim, stranger, null)));
      }
      add(out, problem, "rename-block", renamed);
    }
    if (names.size() >= 2) {
      int a = rng.nextInt(names.size());
      int b = (a + 1 + rng.nextInt(names.size() - 1)) % names.size();
      List<String> swapped = new ArrayList<>();
      for (String[] s : steps) {
        swapped.add(String.join(" ", replaceBlocks(s, names.get(a), names.get(b), names.get(a))));
      }
      add(out, problem, "swap-blocks", swapped);
    }
    // Two actions of the same arity: pick-up/put-down and stack/unstack, or the two 2-block moves.
    List<String> actions = problem.actions();
    int first = ops(problem) == 4 ? 2 * rng.nextInt(2) : 1;
    String x = actions.get(first);
    String y = actions.get(first + 1);
    List<String> exchanged = new ArrayList<>();
    for (String[] s : steps) {
      String[] t = s.clone();
      t[0] = s[0].equals(x) ? y : s[0].equals(y) ? x : s[0];
      exchanged.add(String.join(" ", t));
    }
    add(out, problem, "swap-action-names", exchanged);
    if (problem.obfuscated()) {
      List<String> usual = BlocksworldProblem.naturalActions(ops(problem));
      List<String> plain = new ArrayList<>();
      for (String[] s : steps) {
        String[] t = s.clone();
        t[0] = usual.get(actions.indexOf(s[0]));
        plain.add(String.join(" ", t));
      }
      add(out, problem, "usual-names", plain);
    }
    return out;
  }

  @Override
  public boolean accepts(BlocksworldProblem problem, String canonicalAnswer) {
    List<String[]> steps = parse(problem, canonicalAnswer);
    if (steps == null || steps.isEmpty()) {
      return false;
    }
    if (problem.optimality() && problem.referenceLength() > 0 && steps.size() > problem.referenceLength()) {
      return false;
    }
    World w = new World(problem);
    for (String[] s : steps) {
      if (!w.apply(s)) {
        return false;
      }
    }
    return w.hand == EMPTY && Arrays.equals(w.on, w.goal);
  }

  private void add(List<Mutant> out, BlocksworldProblem problem, String kind, List<String> lines) {
    String text = String.join("\n", lines);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  /**
   * Actions that move a clear block away and back where it was, in the state after the first
   * {@code at} steps (where the hand is empty); null when none fits.
   */
  private static List<String> detourAt(BlocksworldProblem problem, List<String[]> steps, int at, Rng rng) {
    World w = new World(problem);
    for (int i = 0; i < at; i++) {
      if (!w.apply(steps.get(i))) {
        return null;
      }
    }
    if (w.hand != EMPTY) {
      return null;
    }
    List<Integer> clear = new ArrayList<>();
    for (int b = 0; b < w.on.length; b++) {
      if (w.isClear(b)) {
        clear.add(b);
      }
    }
    int b = rng.pick(clear);
    String x = w.names.get(b);
    List<String> a = problem.actions();
    if (ops(problem) == 4) {
      if (w.on[b] == TABLE) {
        return List.of(a.get(0) + " " + x, a.get(1) + " " + x);
      }
      String y = w.names.get(w.on[b]);
      return List.of(a.get(3) + " " + x + " " + y, a.get(2) + " " + x + " " + y);
    }
    if (w.on[b] != TABLE) {
      String y = w.names.get(w.on[b]);
      return List.of(a.get(1) + " " + x + " " + y, a.get(2) + " " + x + " " + y);
    }
    for (int z : clear) {
      if (z != b) {
        String zn = w.names.get(z);
        return List.of(a.get(2) + " " + x + " " + zn, a.get(1) + " " + x + " " + zn);
      }
    }
    return null;
  }

  private static String randomAction(BlocksworldProblem problem, Rng rng) {
    int[] arity = ops(problem) == 4 ? ARITY_4 : ARITY_3;
    int op = rng.nextInt(arity.length);
    StringBuilder sb = new StringBuilder(problem.actions().get(op));
    for (int i = 0; i < arity[op]; i++) {
      sb.append(' ').append(rng.pick(problem.blocks()));
    }
    return sb.toString();
  }

  /** The action with block {@code from} renamed {@code to} (and, if {@code back} is set, {@code to} renamed {@code back}). */
  private static String[] replaceBlocks(String[] step, String from, String to, String back) {
    String[] s = step.clone();
    for (int i = 1; i < s.length; i++) {
      if (s[i].equals(from)) {
        s[i] = to;
      } else if (back != null && s[i].equals(to)) {
        s[i] = back;
      }
    }
    return s;
  }

  private static String stranger(List<String> names) {
    for (char c = 'Z'; c >= 'A'; c--) {
      String s = String.valueOf(c);
      if (names.stream().noneMatch(s::equalsIgnoreCase)) {
        return s;
      }
    }
    return "Block" + names.size();
  }

  /** Strictly reads canonical action lines; null when any line is not one. */
  static List<String[]> parse(BlocksworldProblem problem, String text) {
    List<String[]> steps = new ArrayList<>();
    if (text.isEmpty()) {
      return steps;
    }
    int[] arity = ops(problem) == 4 ? ARITY_4 : ARITY_3;
    for (String line : text.split("\n", -1)) {
      String[] w = line.split(" ", -1);
      int op = problem.actions().indexOf(w[0]);
      if (op < 0 || w.length != arity[op] + 1) {
        return null;
      }
      for (int i = 1; i < w.length; i++) {
        if (!problem.blocks().contains(w[i])) {
          return null;
        }
      }
      steps.add(w);
    }
    return steps;
  }

  /** What every block rests on (a block's index, TABLE or HAND), and the hand. */
  private static final class World {
    final List<String> names;
    final List<String> actions;
    final boolean three;
    final int[] on;
    final int[] goal;
    /** The held block, or EMPTY. */
    int hand = EMPTY;

    World(BlocksworldProblem problem) {
      this.names = problem.blocks();
      this.actions = problem.actions();
      this.three = ops(problem) == 3;
      this.on = supports(problem.initial(), names);
      this.goal = supports(problem.goal(), names);
    }

    private static int[] supports(List<List<String>> towers, List<String> names) {
      int[] below = new int[names.size()];
      for (List<String> tower : towers) {
        int under = TABLE;
        for (String block : tower) {
          int b = names.indexOf(block);
          below[b] = under;
          under = b;
        }
      }
      return below;
    }

    boolean isClear(int b) {
      if (on[b] == HAND) {
        return false;
      }
      for (int other = 0; other < on.length; other++) {
        if (on[other] == b) {
          return false;
        }
      }
      return true;
    }

    /** Applies one action when its preconditions hold; false (and no change) otherwise. */
    boolean apply(String[] step) {
      int op = actions.indexOf(step[0]);
      int x = names.indexOf(step[1]);
      int y = step.length > 2 ? names.indexOf(step[2]) : -1;
      return three ? applyThree(op, x, y, step.length > 3 ? names.indexOf(step[3]) : -1) : applyFour(op, x, y);
    }

    private boolean applyFour(int op, int x, int y) {
      switch (op) {
        case 0 -> { // pick-up
          if (hand != EMPTY || on[x] != TABLE || !isClear(x)) {
            return false;
          }
          on[x] = HAND;
          hand = x;
        }
        case 3 -> { // unstack
          if (hand != EMPTY || x == y || on[x] != y || !isClear(x)) {
            return false;
          }
          on[x] = HAND;
          hand = x;
        }
        case 1 -> { // put-down
          if (hand != x) {
            return false;
          }
          on[x] = TABLE;
          hand = EMPTY;
        }
        case 2 -> { // stack
          if (hand != x || x == y || !isClear(y)) {
            return false;
          }
          on[x] = y;
          hand = EMPTY;
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    private boolean applyThree(int op, int x, int y, int z) {
      switch (op) {
        case 0 -> { // move-b-to-b x from y onto z
          if (on[x] != y || !isClear(x) || x == z || y == z || !isClear(z)) {
            return false;
          }
          on[x] = z;
        }
        case 1 -> { // move-b-to-t x from y
          if (on[x] != y || !isClear(x)) {
            return false;
          }
          on[x] = TABLE;
        }
        case 2 -> { // move-t-to-b x onto y
          if (on[x] != TABLE || !isClear(x) || x == y || !isClear(y)) {
            return false;
          }
          on[x] = y;
        }
        default -> {
          return false;
        }
      }
      return true;
    }
  }
}
