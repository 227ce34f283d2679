package io.taskforge.planning.waterjugs;

import io.taskforge.check.Mutant;
import io.taskforge.core.Rng;
import io.taskforge.check.TaskOracle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code planning.water-jugs}, written apart from {@link
 * WaterJugsVerifier} and {@link WaterJugsModel}: a strict reader of the canonical lines {@code fill
 * X}, {@code empty X}, {@code pour X Y} (or the single word {@code impossible}) and a simulator over
 * an array of contents. With {@code optimality} it accepts only plans no longer than the optimum.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps}, {@code insert-step} (a random action),
 * {@code duplicate-step}, {@code truncate}, {@code wrong-jug} (another jug in one step), {@code
 * flip-action} (fill for empty and back, or a pour reversed), {@code say-impossible} (for a
 * solvable instance), {@code random-plan} (for an impossible one) and {@code detour} (an empty jug
 * filled and emptied again, or a full one emptied and filled: valid unless {@code optimality}).
 */
public final class WaterJugsOracle implements TaskOracle<WaterJugsProblem> {
  private static final int PER_KIND = 2;

  @Override
  public String taskId() {
    return WaterJugsTask.ID;
  }

  @Override
  public Class<WaterJugsProblem> problemType() {
    return WaterJugsProblem.class;
  }

  @Override
  public List<String> equivalentForms(WaterJugsProblem problem, String gold, Rng rng) {
    List<String> forms = new ArrayList<>();
    if (gold.equals("impossible")) {
      forms.add("Impossible.");
      forms.add("IMPOSSIBLE");
      forms.add("**impossible**");
      forms.add("`impossible`");
      return forms;
    }
    List<int[]> steps = parse(problem, gold);
    if (steps == null) {
      return forms;
    }
    StringBuilder words = new StringBuilder();
    StringBuilder numbered = new StringBuilder();
    StringBuilder arrows = new StringBuilder();
    StringBuilder parens = new StringBuilder();
    for (int s = 0; s < steps.size(); s++) {
      int[] a = steps.get(s);
      String x = problem.jugs().get(a[1]);
      String y = a[2] >= 0 ? problem.jugs().get(a[2]) : null;
      String kind = a[0] == 0 ? "fill" : a[0] == 1 ? "empty" : "pour";
      words.append(switch (a[0]) {
        case 0 -> "Fill jug " + x + ".";
        case 1 -> "Empty the " + x + ".";
        default -> "Pour jug " + x + " into jug " + y + ".";
      }).append('\n');
      numbered.append(s + 1).append(". ").append(kind).append(' ').append(x).append(y == null ? "" : " " + y).append('\n');
      arrows.append("- ").append(a[0] == 2 ? "pour from " + x + " -> " + y : kind + " " + x).append('\n');
      parens.append('(').append(kind).append(' ').append(x.toLowerCase(Locale.ROOT))
          .append(y == null ? "" : " " + y.toLowerCase(Locale.ROOT)).append(")\n");
    }
    forms.add(words.toString());
    forms.add(numbered.toString());
    forms.add(arrows.toString());
    forms.add(parens.toString());
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add("```\n" + gold + "\n```");
    return forms;
  }

  @Override
  public List<Mutant> mutants(WaterJugsProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    int k = problem.jugs().size();
    if (gold.equals("impossible")) {
      for (int r = 0; r < 3; r++) {
        List<int[]> plan = new ArrayList<>();
        for (int s = 0; s < 1 + rng.nextInt(8); s++) {
          plan.add(randomAction(problem, rng));
        }
        add(out, problem, "random-plan", plan);
      }
      return out;
    }
    List<int[]> steps = parse(problem, gold);
    if (steps == null || steps.isEmpty()) {
      return out;
    }
    int n = steps.size();
    out.add(new Mutant("say-impossible", "impossible", accepts(problem, "impossible")));
    for (int r = 0; r < PER_KIND; r++) {
      List<int[]> m = new ArrayList<>(steps);
      m.remove(rng.nextInt(n));
      add(out, problem, "drop-step", m);
    }
    for (int r = 0; r < PER_KIND && n > 1; r++) {
      List<int[]> m = new ArrayList<>(steps);
      int i = rng.nextInt(n - 1);
      m.set(i, steps.get(i + 1));
      m.set(i + 1, steps.get(i));
      add(out, problem, "swap-steps", m);
    }
    for (int r = 0; r < PER_KIND; r++) {
      List<int[]> m = new ArrayList<>(steps);
      m.add(rng.nextInt(n + 1), randomAction(problem, rng));
      add(out, problem, "insert-step", m);
    }
    List<int[]> dup = new ArrayList<>(steps);
    int d = rng.nextInt(n);
    dup.add(d, steps.get(d));
    add(out, problem, "duplicate-step", dup);
    add(out, problem, "truncate", steps.subList(0, n - 1));
    for (int r = 0; r < PER_KIND; r++) {
      List<int[]> m = new ArrayList<>(steps);
      int i = rng.nextInt(n);
      int[] a = m.get(i);
      int other = (a[1] + 1 + rng.nextInt(k - 1)) % k;
      m.set(i, a[0] == 2 && other == a[2] ? new int[] {2, a[2], a[1]} : new int[] {a[0], other, a[2]});
      add(out, problem, "wrong-jug", m);
    }
    List<int[]> flip = new ArrayList<>(steps);
    int f = rng.nextInt(n);
    int[] a = flip.get(f);
    flip.set(f, a[0] == 2 ? new int[] {2, a[2], a[1]} : new int[] {1 - a[0], a[1], -1});
    add(out, problem, "flip-action", flip);
    if (problem.tap()) {
      for (int at : new int[] {0, rng.nextInt(n + 1), n}) {
        int[] jugs = contentsAfter(problem, steps, at);
        int start = rng.nextInt(k);
        for (int j = 0; j < k; j++) {
          int x = (start + j) % k;
          if (jugs[x] == 0 || jugs[x] == problem.capacities().get(x)) {
            List<int[]> m = new ArrayList<>(steps);
            m.addAll(at, jugs[x] == 0 ? List.of(new int[] {0, x, -1}, new int[] {1, x, -1})
                : List.of(new int[] {1, x, -1}, new int[] {0, x, -1}));
            add(out, problem, "detour", m);
            break;
          }
        }
      }
    }
    return out;
  }

  @Override
  public boolean accepts(WaterJugsProblem problem, String canonicalAnswer) {
    if (canonicalAnswer.equals("impossible")) {
      return !problem.solvable();
    }
    List<int[]> steps = parse(problem, canonicalAnswer);
    if (steps == null || steps.isEmpty()) {
      return false;
    }
    if (problem.optimality() && problem.optimalLength() > 0 && steps.size() > problem.optimalLength()) {
      return false;
    }
    int[] jugs = new int[problem.jugs().size()];
    for (int i = 0; i < jugs.length; i++) {
      jugs[i] = problem.initial().get(i);
    }
    for (int[] s : steps) {
      if (!step(problem, jugs, s)) {
        return false;
      }
    }
    for (int i = 0; i < jugs.length; i++) {
      if (problem.goal().get(i) >= 0 && jugs[i] != problem.goal().get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Applies one action when it is allowed and changes something; false otherwise. */
  private static boolean step(WaterJugsProblem p, int[] jugs, int[] s) {
    int x = s[1];
    int cap = p.capacities().get(x);
    switch (s[0]) {
      case 0 -> {
        if (!p.tap() || jugs[x] == cap) {
          return false;
        }
        jugs[x] = cap;
      }
      case 1 -> {
        if (!p.tap() || jugs[x] == 0) {
          return false;
        }
        jugs[x] = 0;
      }
      default -> {
        int y = s[2];
        int room = p.capacities().get(y) - jugs[y];
        if (x == y || jugs[x] == 0 || room == 0) {
          return false;
        }
        int moved = Math.min(jugs[x], room);
        jugs[x] -= moved;
        jugs[y] += moved;
      }
    }
    return true;
  }

  private static int[] contentsAfter(WaterJugsProblem p, List<int[]> steps, int at) {
    int[] jugs = new int[p.jugs().size()];
    for (int i = 0; i < jugs.length; i++) {
      jugs[i] = p.initial().get(i);
    }
    for (int s = 0; s < at; s++) {
      step(p, jugs, steps.get(s));
    }
    return jugs;
  }

  private static int[] randomAction(WaterJugsProblem p, Rng rng) {
    int k = p.jugs().size();
    int kind = p.tap() ? rng.nextInt(3) : 2;
    int x = rng.nextInt(k);
    int y = kind == 2 ? (x + 1 + rng.nextInt(k - 1)) % k : -1;
    return new int[] {kind, x, y};
  }

  private void add(List<Mutant> out, WaterJugsProblem problem, String kind, List<int[]> steps) {
    String text = text(problem, steps);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  private static String text(WaterJugsProblem p, List<int[]> steps) {
    StringBuilder sb = new StringBuilder();
    for (int[] s : steps) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(s[0] == 0 ? "fill " : s[0] == 1 ? "empty " : "pour ").append(p.jugs().get(s[1]));
      if (s[0] == 2) {
        sb.append(' ').append(p.jugs().get(s[2]));
      }
    }
    return sb.toString();
  }

  /** Strictly reads canonical lines into {kind, x, y}; null when any line is not one. */
  static List<int[]> parse(WaterJugsProblem p, String text) {
    List<int[]> steps = new ArrayList<>();
    if (text.isEmpty()) {
      return steps;
    }
    for (String line : text.split("\n", -1)) {
      String[] w = line.split(" ", -1);
      int kind = switch (w[0]) {
        case "fill" -> 0;
        case "empty" -> 1;
        case "pour" -> 2;
        default -> -1;
      };
      if (kind < 0 || w.length != (kind == 2 ? 3 : 2)) {
        return null;
      }
      int x = p.jugs().indexOf(w[1]);
      int y = kind == 2 ? p.jugs().indexOf(w[2]) : -1;
      if (x < 0 || (kind == 2 && y < 0)) {
        return null;
      }
      steps.add(new int[] {kind, x, y});
    }
    return steps;
  }
}
