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
 * {@link BlocksworldVerifier}: its own strict reader of the canonical plan (one action per line,
 * exactly {@code pick-up X}, {@code put-down X}, {@code stack X Y} or {@code unstack X Y} with the
 * problem's block names) and its own simulator, which keeps only what each block rests on and finds
 * clear blocks by scanning, not the verifier's tower index.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps} (two neighbours exchanged),
 * {@code insert-step} (a random action), {@code duplicate-step}, {@code truncate} (the last move
 * missing), {@code rename-block} (a block that does not exist), {@code swap-blocks} (two blocks'
 * names exchanged throughout), and the valid {@code detour} (a block lifted and put back where it
 * was, at the start, in the middle or at the end: a longer plan that still works).
 */
public final class BlocksworldOracle implements TaskOracle<BlocksworldProblem> {
  private static final int PER_KIND = 2;
  private static final int TABLE = -1;
  private static final int HAND = -2;
  private static final int EMPTY = -3;

  @Override
  public String taskId() {
    return BlocksworldTask.ID;
  }

  @Override
  public Class<BlocksworldProblem> problemType() {
    return BlocksworldProblem.class;
  }

  @Override
  public List<String> equivalentForms(BlocksworldProblem problem, String gold, Rng rng) {
    List<String[]> steps = parse(problem, gold);
    List<String> forms = new ArrayList<>();
    if (steps == null) {
      return forms;
    }
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
        default -> "unstack " + s[1] + " from " + s[2];
      }).append('\n');
      bullets.append(i % 2 == 0 ? "- " : "* ").append(line).append(".\n");
      spaced.append("  ").append(line.replace(" ", "   ")).append("  \r\n\r\n");
    }
    forms.add(numbered.toString());
    forms.add(stepped.toString());
    forms.add(pddl.toString());
    forms.add(calls.toString());
    forms.add(prose.toString());
    forms.add(bullets.toString());
    forms.add(spaced.toString());
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add("```\n" + gold + "\n```");
    forms.add(gold.replace("pick-up", "pickup").replace("put-down", "put_down"));
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
      m.add(rng.nextInt(n + 1), randomAction(names, rng));
      add(out, problem, "insert-step", m);
    }
    if (n > 0) {
      List<String> m = new ArrayList<>(lines);
      int i = rng.nextInt(n);
      m.add(i, lines.get(i));
      add(out, problem, "duplicate-step", m);
    }
    if (n >= 2) {
      add(out, problem, "truncate", lines.subList(0, n - 2));
    }
    for (int at : new int[] {0, 2 * rng.nextInt(n / 2 + 1), n}) {
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
    return out;
  }

  @Override
  public boolean accepts(BlocksworldProblem problem, String canonicalAnswer) {
    List<String[]> steps = parse(problem, canonicalAnswer);
    if (steps == null) {
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
   * Two actions that lift a clear block and put it back where it was, in the state after the first
   * {@code at} steps (the hand is empty there because {@code at} is even); null when none fits.
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
    if (w.on[b] == TABLE) {
      return List.of("pick-up " + x, "put-down " + x);
    }
    String y = w.names.get(w.on[b]);
    return List.of("unstack " + x + " " + y, "stack " + x + " " + y);
  }

  private static String randomAction(List<String> names, Rng rng) {
    String x = rng.pick(names);
    String y = rng.pick(names);
    return switch (rng.nextInt(4)) {
      case 0 -> "pick-up " + x;
      case 1 -> "put-down " + x;
      case 2 -> "stack " + x + " " + y;
      default -> "unstack " + x + " " + y;
    };
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
    for (String line : text.split("\n", -1)) {
      String[] w = line.split(" ", -1);
      int arity = switch (w[0]) {
        case "pick-up", "put-down" -> 1;
        case "stack", "unstack" -> 2;
        default -> -1;
      };
      if (arity < 0 || w.length != arity + 1) {
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
    final int[] on;
    final int[] goal;
    /** The held block, or EMPTY. */
    int hand = EMPTY;

    World(BlocksworldProblem problem) {
      this.names = problem.blocks();
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
      int x = names.indexOf(step[1]);
      switch (step[0]) {
        case "pick-up" -> {
          if (hand != EMPTY || on[x] != TABLE || !isClear(x)) {
            return false;
          }
          on[x] = HAND;
          hand = x;
        }
        case "unstack" -> {
          int y = names.indexOf(step[2]);
          if (hand != EMPTY || x == y || on[x] != y || !isClear(x)) {
            return false;
          }
          on[x] = HAND;
          hand = x;
        }
        case "put-down" -> {
          if (hand != x) {
            return false;
          }
          on[x] = TABLE;
          hand = EMPTY;
        }
        case "stack" -> {
          int y = names.indexOf(step[2]);
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
  }
}
