package io.taskforge.planning.hanoi;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code planning.hanoi}, written apart from {@link HanoiVerifier} and
 * {@link HanoiModel}: a strict reader of the canonical line {@code move D X Y} (exactly those four
 * words, the problem's peg names) and a simulator over stacks of disks per peg. With
 * {@code optimality} it accepts only plans no longer than the optimum.
 *
 * <p>Mutant kinds: {@code drop-step}, {@code swap-steps}, {@code insert-step} (a random move),
 * {@code duplicate-step}, {@code truncate}, {@code wrong-disk} (another disk number in one step),
 * {@code wrong-target} (another target peg in one step), {@code reverse-step} (source and target
 * exchanged in one step), and {@code detour} (a top disk moved to a legal peg and straight back,
 * valid unless {@code optimality}).
 */
public final class HanoiOracle implements TaskOracle<HanoiProblem> {
  private static final int PER_KIND = 2;

  @Override
  public String taskId() {
    return HanoiTask.ID;
  }

  @Override
  public Class<HanoiProblem> problemType() {
    return HanoiProblem.class;
  }

  @Override
  public List<String> equivalentForms(HanoiProblem problem, String gold, Rng rng) {
    List<int[]> moves = parse(problem, gold);
    List<String> forms = new ArrayList<>();
    if (moves == null) {
      return forms;
    }
    List<String> pegs = problem.pegs();
    StringBuilder words = new StringBuilder();
    StringBuilder pegsOnly = new StringBuilder();
    StringBuilder arrows = new StringBuilder();
    StringBuilder numbered = new StringBuilder();
    StringBuilder stepped = new StringBuilder();
    StringBuilder pddlish = new StringBuilder();
    StringBuilder fromTo = new StringBuilder();
    for (int i = 0; i < moves.size(); i++) {
      int[] m = moves.get(i);
      String x = pegs.get(m[1]);
      String y = pegs.get(m[2]);
      words.append("Move disk ").append(m[0]).append(" from peg ").append(x).append(" to peg ").append(y).append(".\n");
      pegsOnly.append(x).append(' ').append(y).append('\n');
      arrows.append("- ").append(x).append(" -> ").append(y).append('\n');
      numbered.append(i + 1).append(". move ").append(m[0]).append(' ').append(x).append(' ').append(y).append('\n');
      stepped.append("Step ").append(i + 1).append(": move disk ").append(m[0]).append(" from ").append(x)
          .append(" to ").append(y).append('\n');
      pddlish.append("(move ").append(m[0]).append(' ').append(x.toLowerCase(Locale.ROOT)).append(' ')
          .append(y.toLowerCase(Locale.ROOT)).append(")\n");
      fromTo.append("move from ").append(x).append(" onto ").append(y).append(";\n");
    }
    forms.add(words.toString());
    forms.add(pegsOnly.toString());
    forms.add(arrows.toString());
    forms.add(numbered.toString());
    forms.add(stepped.toString());
    forms.add(pddlish.toString());
    forms.add(fromTo.toString());
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add("```\n" + gold + "\n```");
    return forms;
  }

  @Override
  public List<Mutant> mutants(HanoiProblem problem, String gold, Rng rng) {
    List<int[]> moves = parse(problem, gold);
    List<Mutant> out = new ArrayList<>();
    if (moves == null || moves.isEmpty()) {
      return out;
    }
    int n = moves.size();
    int k = problem.pegs().size();
    for (int r = 0; r < PER_KIND; r++) {
      List<int[]> m = new ArrayList<>(moves);
      m.remove(rng.nextInt(n));
      add(out, problem, "drop-step", m);
    }
    for (int r = 0; r < PER_KIND && n > 1; r++) {
      List<int[]> m = new ArrayList<>(moves);
      int i = rng.nextInt(n - 1);
      m.set(i, moves.get(i + 1));
      m.set(i + 1, moves.get(i));
      add(out, problem, "swap-steps", m);
    }
    for (int r = 0; r < PER_KIND; r++) {
      List<int[]> m = new ArrayList<>(moves);
      int x = rng.nextInt(k);
      int y = (x + 1 + rng.nextInt(k - 1)) % k;
      m.add(rng.nextInt(n + 1), new int[] {1 + rng.nextInt(problem.disks()), x, y});
      add(out, problem, "insert-step", m);
    }
    List<int[]> dup = new ArrayList<>(moves);
    int di = rng.nextInt(n);
    dup.add(di, moves.get(di));
    add(out, problem, "duplicate-step", dup);
    add(out, problem, "truncate", moves.subList(0, n - 1));
    if (problem.disks() > 1) {
      for (int r = 0; r < PER_KIND; r++) {
        List<int[]> m = new ArrayList<>(moves);
        int i = rng.nextInt(n);
        int[] s = m.get(i);
        int other = 1 + (s[0] + rng.nextInt(problem.disks() - 1)) % problem.disks();
        m.set(i, new int[] {other, s[1], s[2]});
        add(out, problem, "wrong-disk", m);
      }
    }
    for (int r = 0; r < PER_KIND; r++) {
      List<int[]> m = new ArrayList<>(moves);
      int i = rng.nextInt(n);
      int[] s = m.get(i);
      int y = s[2];
      while (y == s[2] || y == s[1]) {
        y = rng.nextInt(k);
      }
      m.set(i, new int[] {s[0], s[1], y});
      add(out, problem, "wrong-target", m);
    }
    List<int[]> rev = new ArrayList<>(moves);
    int ri = rng.nextInt(n);
    rev.set(ri, new int[] {moves.get(ri)[0], moves.get(ri)[2], moves.get(ri)[1]});
    add(out, problem, "reverse-step", rev);
    for (int at : new int[] {0, rng.nextInt(n + 1), n}) {
      List<int[]> detour = detourAt(problem, moves, at, rng);
      if (detour != null) {
        List<int[]> m = new ArrayList<>(moves);
        m.addAll(at, detour);
        add(out, problem, "detour", m);
      }
    }
    return out;
  }

  @Override
  public boolean accepts(HanoiProblem problem, String canonicalAnswer) {
    List<int[]> moves = parse(problem, canonicalAnswer);
    if (moves == null || moves.isEmpty()) {
      return false;
    }
    if (problem.optimality() && problem.optimalLength() > 0 && moves.size() > problem.optimalLength()) {
      return false;
    }
    Pegs pegs = new Pegs(problem.initial());
    for (int[] m : moves) {
      if (!pegs.move(m[0], m[1], m[2])) {
        return false;
      }
    }
    return pegs.matches(problem.goal());
  }

  private void add(List<Mutant> out, HanoiProblem problem, String kind, List<int[]> moves) {
    String text = text(problem, moves);
    out.add(new Mutant(kind, text, accepts(problem, text)));
  }

  private static String text(HanoiProblem problem, List<int[]> moves) {
    StringBuilder sb = new StringBuilder();
    for (int[] m : moves) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append("move ").append(m[0]).append(' ').append(problem.pegs().get(m[1])).append(' ')
          .append(problem.pegs().get(m[2]));
    }
    return sb.toString();
  }

  /** A top disk moved to a peg where it may go, and back, after the first {@code at} moves. */
  private static List<int[]> detourAt(HanoiProblem problem, List<int[]> moves, int at, Rng rng) {
    Pegs pegs = new Pegs(problem.initial());
    for (int i = 0; i < at; i++) {
      if (!pegs.move(moves.get(i)[0], moves.get(i)[1], moves.get(i)[2])) {
        return null;
      }
    }
    int k = problem.pegs().size();
    int start = rng.nextInt(k);
    for (int a = 0; a < k; a++) {
      int x = (start + a) % k;
      if (pegs.stacks.get(x).isEmpty()) {
        continue;
      }
      int d = pegs.stacks.get(x).peek();
      for (int y = 0; y < k; y++) {
        if (y != x && (pegs.stacks.get(y).isEmpty() || pegs.stacks.get(y).peek() > d)) {
          return List.of(new int[] {d, x, y}, new int[] {d, y, x});
        }
      }
    }
    return null;
  }

  /** Strictly reads canonical lines {@code move D X Y}; null when any line is not one. */
  static List<int[]> parse(HanoiProblem problem, String text) {
    List<int[]> moves = new ArrayList<>();
    if (text.isEmpty()) {
      return moves;
    }
    for (String line : text.split("\n", -1)) {
      String[] w = line.split(" ", -1);
      if (w.length != 4 || !w[0].equals("move") || !w[1].matches("[1-9][0-9]{0,2}")) {
        return null;
      }
      int d = Integer.parseInt(w[1]);
      int x = problem.pegs().indexOf(w[2]);
      int y = problem.pegs().indexOf(w[3]);
      if (d > problem.disks() || x < 0 || y < 0) {
        return null;
      }
      moves.add(new int[] {d, x, y});
    }
    return moves;
  }

  /** One stack of disks per peg, top first. */
  private static final class Pegs {
    final List<Deque<Integer>> stacks = new ArrayList<>();

    Pegs(List<List<Integer>> towers) {
      for (List<Integer> t : towers) {
        Deque<Integer> s = new ArrayDeque<>();
        for (int d : t) {
          s.push(d);
        }
        stacks.add(s);
      }
    }

    boolean move(int d, int x, int y) {
      Deque<Integer> from = stacks.get(x);
      Deque<Integer> to = stacks.get(y);
      if (x == y || from.isEmpty() || from.peek() != d || (!to.isEmpty() && to.peek() < d)) {
        return false;
      }
      to.push(from.pop());
      return true;
    }

    boolean matches(List<List<Integer>> goal) {
      for (int p = 0; p < goal.size(); p++) {
        List<Integer> want = new ArrayList<>(goal.get(p));
        List<Integer> have = new ArrayList<>(stacks.get(p));
        java.util.Collections.reverse(have);
        if (!want.equals(have)) {
          return false;
        }
      }
      return true;
    }
  }
}
