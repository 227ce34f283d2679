package io.taskforge.planning.waterjugs;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A water-jug problem as a {@link PlanningModel}; a state is a {@link JugState}. Every action must change something: fill needs a
 * jug that is not full, empty one that is not empty, pour a non-empty source and a target that is
 * not full; pouring stops when the source is empty or the target full.
 */
public final class WaterJugsModel implements PlanningModel<JugState, JugAction> {
  public static final int MAX_JUGS = 6;
  public static final int MAX_CAPACITY = 255;
  /** Words the plan reader gives a meaning; jugs may not be named so. */
  public static final Set<String> RESERVED =
      Set.of("fill", "empty", "pour", "into", "to", "from", "jug", "the", "onto", "in", "impossible");

  private final List<String> jugs;
  private final int[] capacity;
  private final int[] target;
  private final boolean tap;
  private final Map<String, Integer> ids = new HashMap<>();
  private final int[] byLetter = new int[26];
  private final JugState initial;

  private WaterJugsModel(WaterJugsProblem p) {
    if (p.jugs() == null || p.capacities() == null || p.initial() == null || p.goal() == null) {
      throw new IllegalArgumentException("the problem lacks its jugs, capacities, contents or goal");
    }
    this.jugs = p.jugs();
    int k = jugs.size();
    if (k < 1 || k > MAX_JUGS || p.capacities().size() != k || p.initial().size() != k || p.goal().size() != k) {
      throw new IllegalArgumentException("the problem must give 1 to " + MAX_JUGS
          + " jugs, each with a capacity, contents and a goal");
    }
    this.tap = p.tap();
    this.capacity = new int[k];
    this.target = new int[k];
    java.util.Arrays.fill(byLetter, -1);
    long start = 0;
    boolean anyTarget = false;
    for (int i = 0; i < k; i++) {
      String name = jugs.get(i);
      if (name == null || name.isEmpty() || name.length() > 20 || !name.chars().allMatch(Character::isLetter)
          || RESERVED.contains(name.toLowerCase(Locale.ROOT)) || ids.put(name.toLowerCase(Locale.ROOT), i) != null) {
        throw new IllegalArgumentException("the problem's jug names must be distinct words of letters");
      }
      char c = Character.toLowerCase(name.charAt(0));
      if (name.length() == 1 && c >= 'a' && c <= 'z') {
        byLetter[c - 'a'] = i;
      }
      Integer cap = p.capacities().get(i);
      Integer in = p.initial().get(i);
      Integer want = p.goal().get(i);
      if (cap == null || cap < 1 || cap > MAX_CAPACITY || in == null || in < 0 || in > cap
          || want == null || want < -1 || want > cap) {
        throw new IllegalArgumentException("jug " + name + " has an impossible capacity, content or goal");
      }
      capacity[i] = cap;
      target[i] = want;
      anyTarget |= want >= 0;
      start |= (long) in << (8 * i);
    }
    if (!anyTarget) {
      throw new IllegalArgumentException("the problem's goal prescribes no jug's contents");
    }
    this.initial = new JugState(start);
  }

  /** The model of a problem; an {@link IllegalArgumentException} says in one sentence what is broken. */
  public static WaterJugsModel of(WaterJugsProblem problem) {
    if (problem == null) {
      throw new IllegalArgumentException("there is no problem");
    }
    return new WaterJugsModel(problem);
  }


  public List<String> jugs() {
    return jugs;
  }

  public int capacity(int i) {
    return capacity[i];
  }

  public boolean tap() {
    return tap;
  }

  /** The jug named by a lower-cased word, or -1. */
  public int jug(String lowerWord) {
    if (lowerWord.length() == 1 && lowerWord.charAt(0) >= 'a' && lowerWord.charAt(0) <= 'z') {
      return byLetter[lowerWord.charAt(0) - 'a'];
    }
    Integer i = ids.get(lowerWord);
    return i == null ? -1 : i;
  }

  @Override
  public JugState initial() {
    return initial;
  }

  @Override
  public String violation(JugState s, JugAction a) {
    int k = jugs.size();
    if (a == null || a.kind() == null || a.from() < 0 || a.from() >= k
        || (a.kind() == JugAction.Kind.POUR && (a.to() < 0 || a.to() >= k))) {
      return "it is not an action of this problem";
    }
    String x = jugs.get(a.from());
    int in = s.amount(a.from());
    switch (a.kind()) {
      case FILL -> {
        if (!tap) {
          return "there is no tap: water can only be poured between jugs";
        }
        return in == capacity[a.from()] ? "jug " + x + " is already full (" + litres(in) + ")" : null;
      }
      case EMPTY -> {
        if (!tap) {
          return "there is no drain: water can only be poured between jugs";
        }
        return in == 0 ? "jug " + x + " is already empty" : null;
      }
      default -> {
        if (a.from() == a.to()) {
          return "a jug cannot be poured into itself";
        }
        if (in == 0) {
          return "jug " + x + " is empty";
        }
        int there = s.amount(a.to());
        return there == capacity[a.to()]
            ? "jug " + jugs.get(a.to()) + " is already full (" + litres(there) + ")" : null;
      }
    }
  }

  private static String litres(int n) {
    return n == 1 ? "1 litre" : n + " litres";
  }

  @Override
  public JugState apply(JugState s, JugAction a) {
    return switch (a.kind()) {
      case FILL -> s.with(a.from(), capacity[a.from()]);
      case EMPTY -> s.with(a.from(), 0);
      case POUR -> {
        int in = s.amount(a.from());
        int there = s.amount(a.to());
        int moved = Math.min(in, capacity[a.to()] - there);
        yield s.with(a.from(), in - moved).with(a.to(), there + moved);
      }
    };
  }

  @Override
  public boolean isGoal(JugState s) {
    for (int i = 0; i < target.length; i++) {
      if (target[i] >= 0 && s.amount(i) != target[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<String> unmetGoals(JugState s) {
    List<String> unmet = new ArrayList<>();
    for (int i = 0; i < target.length; i++) {
      int have = s.amount(i);
      if (target[i] >= 0 && have != target[i]) {
        unmet.add("jug " + jugs.get(i) + " holding " + litres(target[i]) + " (it holds " + have + ")");
      }
    }
    return unmet;
  }

  @Override
  public void successors(JugState s, SearchSpace.Successors<JugState, JugAction> out) {
    int k = jugs.size();
    if (tap) {
      for (int i = 0; i < k; i++) {
        if (s.amount(i) < capacity[i]) {
          out.add(JugAction.fill(i), s.with(i, capacity[i]), 1);
        }
      }
      for (int i = 0; i < k; i++) {
        if (s.amount(i) > 0) {
          out.add(JugAction.empty(i), s.with(i, 0), 1);
        }
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        if (i != j && s.amount(i) > 0 && s.amount(j) < capacity[j]) {
          JugAction a = JugAction.pour(i, j);
          out.add(a, apply(s, a), 1);
        }
      }
    }
  }
}
