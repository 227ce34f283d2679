package io.taskforge.logic.zebra;

import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes a puzzle with exactly one solution: draw a random solution; while the clues allow a second
 * solution, add a random clue that is true of the drawn solution and false of that other one; then
 * try to remove every clue (the most direct kinds first) and keep each removal that leaves the
 * solution unique. The result is minimal: no clue can be dropped.
 */
final class PuzzleGenerator {
  /** Search nodes one uniqueness check may use before the draw is abandoned and redone. */
  static final long NODE_LIMIT = 2_000_000;
  private static final int ATTEMPTS = 200;

  /**
   * One clue, true of the solution.
   *
   * @param a first item's variable ({@code attribute * houses + value})
   * @param b second item's variable, or -1
   * @param c third item's variable, or -1
   * @param p first house (0-based), or -1
   * @param q second house (0-based), or -1
   */
  record Fact(ClueKind kind, int a, int b, int c, int p, int q) {
    int houseMask() {
      return (p >= 0 ? 1 << p : 0) | (q >= 0 ? 1 << q : 0);
    }
  }

  /**
   * A finished puzzle.
   *
   * @param valueAt {@code valueAt[attribute][house]}: the value index in each house
   * @param facts the clues, in presentation order
   * @param nodes search nodes the solver needs to prove the solution unique
   * @param backtracks dead ends of that search
   */
  record Puzzle(int[][] valueAt, List<Fact> facts, long nodes, long backtracks) {}

  private final int n;
  private final int m;
  private final boolean disjunctive;
  private final Rng rng;
  private final ClueKind[] kinds;
  private final int[] weights;
  private final int totalWeight;
  private int[][] valueAt;
  /** houseOf[var]: the house of each variable in the drawn solution. */
  private int[] houseOf;

  PuzzleGenerator(int houses, int attributes, boolean disjunctive, Rng rng) {
    this.n = houses;
    this.m = attributes;
    this.disjunctive = disjunctive;
    this.rng = rng;
    List<ClueKind> ks = new ArrayList<>();
    List<Integer> ws = new ArrayList<>();
    for (ClueKind k : ClueKind.values()) {
      int w = weight(k);
      if (w > 0) {
        ks.add(k);
        ws.add(w);
      }
    }
    this.kinds = ks.toArray(new ClueKind[0]);
    this.weights = ws.stream().mapToInt(Integer::intValue).toArray();
    int t = 0;
    for (int w : weights) {
      t += w;
    }
    this.totalWeight = t;
  }

  /** How often each kind is drawn; 0 for kinds that cannot occur at this size. */
  private int weight(ClueKind k) {
    return switch (k) {
      case SAME_HOUSE -> 4;
      case NOT_SAME_HOUSE -> 2;
      case LEFT_OF, RIGHT_OF -> 2;
      case IMMEDIATELY_LEFT, NEXT_TO -> 3;
      case NOT_NEXT_TO, ONE_BETWEEN -> n >= 3 ? 2 : 0;
      case POSITION -> 2;
      case EITHER_SAME_HOUSE -> disjunctive ? 2 : 0;
      case EITHER_POSITION -> disjunctive && n >= 3 ? 2 : 0;
    };
  }

  /** Order of removal attempts: the most direct clues go first, so fewer of them survive. */
  private static int removalRank(ClueKind k) {
    return switch (k) {
      case POSITION -> 0;
      case SAME_HOUSE -> 1;
      default -> 2;
    };
  }

  Puzzle generate() {
    while (true) {
      Puzzle p = attempt();
      if (p != null) {
        return p;
      }
    }
  }

  private Puzzle attempt() {
    drawSolution();
    ZebraSolver solver = new ZebraSolver(n, m);
    List<Fact> facts = new ArrayList<>();
    while (true) {
      ZebraSolver.Result r = solver.solve(2, NODE_LIMIT);
      if (!r.complete()) {
        return null;
      }
      if (r.count() == 1) {
        break;
      }
      int[] other = sameAsGold(r.solutions().get(0)) ? r.solutions().get(1) : r.solutions().get(0);
      Fact f = distinguishing(other);
      facts.add(f);
      solver.add(f.kind(), f.a(), Math.max(f.b(), 0), Math.max(f.c(), 0), f.houseMask());
    }

    int k = facts.size();
    List<Integer> order = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      order.add(i);
    }
    rng.shuffle(order);
    order.sort((x, y) -> Integer.compare(removalRank(facts.get(x).kind()), removalRank(facts.get(y).kind())));
    for (int i : order) {
      solver.setActive(i, false);
      ZebraSolver.Result r = solver.solve(2, NODE_LIMIT);
      if (!r.complete()) {
        return null;
      }
      if (r.count() != 1) {
        solver.setActive(i, true);
      }
    }
    List<Fact> kept = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (solver.isActive(i)) {
        kept.add(facts.get(i));
      }
    }
    rng.shuffle(kept);
    ZebraSolver.Result r = solver.solve(2, NODE_LIMIT);
    return new Puzzle(valueAt, kept, r.nodes(), r.backtracks());
  }

  private void drawSolution() {
    valueAt = new int[m][];
    houseOf = new int[n * m];
    for (int t = 0; t < m; t++) {
      valueAt[t] = rng.permutation(n);
      for (int h = 0; h < n; h++) {
        houseOf[t * n + valueAt[t][h]] = h;
      }
    }
  }

  private boolean sameAsGold(int[] solution) {
    return Arrays.equals(solution, houseOf);
  }

  /** A random clue, true of the solution, that the other solution breaks. */
  private Fact distinguishing(int[] other) {
    for (int i = 0; i < ATTEMPTS; i++) {
      Fact f = randomFact();
      if (!holds(f, other)) {
        return f;
      }
    }
    // A variable placed differently, pinned to its house: always breaks the other solution.
    int start = rng.nextInt(n * m);
    for (int i = 0; i < n * m; i++) {
      int v = (start + i) % (n * m);
      if (other[v] != houseOf[v]) {
        return new Fact(ClueKind.POSITION, v, -1, -1, houseOf[v], -1);
      }
    }
    throw new AssertionError("the other solution equals the drawn one");
  }

  private int var(int attribute, int house) {
    return attribute * n + valueAt[attribute][house];
  }

  private int otherAttribute(int t) {
    int u = rng.nextInt(m - 1);
    return u >= t ? u + 1 : u;
  }

  private int otherHouse(int h) {
    int g = rng.nextInt(n - 1);
    return g >= h ? g + 1 : g;
  }

  private ClueKind drawKind() {
    int r = rng.nextInt(totalWeight);
    for (int i = 0; i < kinds.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return kinds[i];
      }
    }
    throw new AssertionError();
  }

  /** A random clue that is true of the drawn solution. */
  Fact randomFact() {
    ClueKind k = drawKind();
    int t1 = rng.nextInt(m);
    int t2 = rng.nextInt(m);
    switch (k) {
      case SAME_HOUSE -> {
        int h = rng.nextInt(n);
        return new Fact(k, var(t1, h), var(otherAttribute(t1), h), -1, -1, -1);
      }
      case NOT_SAME_HOUSE -> {
        int h = rng.nextInt(n);
        return new Fact(k, var(t1, h), var(otherAttribute(t1), otherHouse(h)), -1, -1, -1);
      }
      case LEFT_OF, RIGHT_OF -> {
        int h = rng.nextInt(n);
        int g = otherHouse(h);
        boolean hLeft = h < g;
        boolean wantLeft = k == ClueKind.LEFT_OF;
        return new Fact(k, var(t1, hLeft == wantLeft ? h : g), var(t2, hLeft == wantLeft ? g : h), -1, -1, -1);
      }
      case IMMEDIATELY_LEFT -> {
        int h = rng.nextInt(n - 1);
        return new Fact(k, var(t1, h), var(t2, h + 1), -1, -1, -1);
      }
      case NEXT_TO -> {
        int h = rng.nextInt(n - 1);
        boolean flip = rng.nextBoolean();
        return new Fact(k, var(t1, flip ? h + 1 : h), var(t2, flip ? h : h + 1), -1, -1, -1);
      }
      case NOT_NEXT_TO -> {
        // Ordered pairs (h, g) with |h - g| >= 2: draw until one fits (n >= 3 leaves some).
        while (true) {
          int h = rng.nextInt(n);
          int g = rng.nextInt(n);
          if (Math.abs(h - g) >= 2) {
            return new Fact(k, var(t1, h), var(t2, g), -1, -1, -1);
          }
        }
      }
      case ONE_BETWEEN -> {
        int h = rng.nextInt(n - 2);
        boolean flip = rng.nextBoolean();
        return new Fact(k, var(t1, flip ? h + 2 : h), var(t2, flip ? h : h + 2), -1, -1, -1);
      }
      case POSITION -> {
        int h = rng.nextInt(n);
        return new Fact(k, var(t1, h), -1, -1, h, -1);
      }
      case EITHER_SAME_HOUSE -> {
        int h = rng.nextInt(n);
        int yes = var(otherAttribute(t1), h);
        int no = var(otherAttribute(t1), otherHouse(h));
        boolean flip = rng.nextBoolean();
        return new Fact(k, var(t1, h), flip ? no : yes, flip ? yes : no, -1, -1);
      }
      case EITHER_POSITION -> {
        int h = rng.nextInt(n);
        int g = otherHouse(h);
        return new Fact(k, var(t1, h), -1, -1, Math.min(h, g), Math.max(h, g));
      }
      default -> throw new AssertionError(k);
    }
  }

  /** Whether a clue is true when variable {@code v} is in house {@code house[v]}. */
  static boolean holds(Fact f, int[] house) {
    int x = house[f.a()];
    return switch (f.kind()) {
      case SAME_HOUSE -> x == house[f.b()];
      case NOT_SAME_HOUSE -> x != house[f.b()];
      case LEFT_OF -> x < house[f.b()];
      case RIGHT_OF -> x > house[f.b()];
      case IMMEDIATELY_LEFT -> x + 1 == house[f.b()];
      case NEXT_TO -> Math.abs(x - house[f.b()]) == 1;
      case NOT_NEXT_TO -> Math.abs(x - house[f.b()]) >= 2;
      case ONE_BETWEEN -> Math.abs(x - house[f.b()]) == 2;
      case POSITION -> x == f.p();
      case EITHER_SAME_HOUSE -> x == house[f.b()] || x == house[f.c()];
      case EITHER_POSITION -> x == f.p() || x == f.q();
    };
  }
}
