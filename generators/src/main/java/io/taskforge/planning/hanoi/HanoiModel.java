package io.taskforge.planning.hanoi;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Tower of Hanoi problem as a {@link PlanningModel}. A state is a {@code long}: three bits per
 * disk, the index of its peg (disk d at bits {@code 3(d-1)}); every assignment of disks to pegs is
 * a state, each peg holding its disks in decreasing size from the bottom up. A move takes the top
 * disk of one peg to another peg whose top disk (if any) is larger.
 */
public final class HanoiModel implements PlanningModel<Long, HanoiMove> {
  public static final int MAX_DISKS = 20;
  public static final int MAX_PEGS = 8;
  /** Words the plan reader gives a meaning; pegs may not be named so. */
  public static final Set<String> RESERVED = Set.of("move", "disk", "from", "to", "peg", "onto", "on", "top");
  private static final int BITS = 3;

  private final int disks;
  private final List<String> pegs;
  private final Map<String, Integer> pegIds = new HashMap<>();
  /** Pegs with one-letter names by lower-cased letter (-1 for none): the fast path of lookups. */
  private final int[] byLetter = new int[26];
  private final long initial;
  private final long goal;

  private HanoiModel(HanoiProblem p) {
    if (p.pegs() == null || p.initial() == null || p.goal() == null) {
      throw new IllegalArgumentException("the problem lacks its pegs, start or goal");
    }
    this.disks = p.disks();
    this.pegs = p.pegs();
    if (disks < 1 || disks > MAX_DISKS) {
      throw new IllegalArgumentException("the problem has " + disks + " disks; 1 to " + MAX_DISKS + " are allowed");
    }
    if (pegs.size() < 3 || pegs.size() > MAX_PEGS) {
      throw new IllegalArgumentException("the problem has " + pegs.size() + " pegs; 3 to " + MAX_PEGS + " are allowed");
    }
    java.util.Arrays.fill(byLetter, -1);
    for (int i = 0; i < pegs.size(); i++) {
      String name = pegs.get(i);
      if (name == null || name.isEmpty() || name.length() > 20 || !name.chars().allMatch(Character::isLetter)
          || RESERVED.contains(name.toLowerCase(Locale.ROOT))
          || pegIds.put(name.toLowerCase(Locale.ROOT), i) != null) {
        throw new IllegalArgumentException("the problem's peg names must be distinct words of letters");
      }
      char c = Character.toLowerCase(name.charAt(0));
      if (name.length() == 1 && c >= 'a' && c <= 'z') {
        byLetter[c - 'a'] = i;
      }
    }
    this.initial = encode(p.initial(), "start");
    this.goal = encode(p.goal(), "goal");
  }

  /** The model of a problem; an {@link IllegalArgumentException} says in one sentence what is broken. */
  public static HanoiModel of(HanoiProblem problem) {
    if (problem == null) {
      throw new IllegalArgumentException("there is no problem");
    }
    return new HanoiModel(problem);
  }

  private long encode(List<List<Integer>> towers, String which) {
    if (towers.size() != pegs.size()) {
      throw new IllegalArgumentException("the problem's " + which + " does not list every peg");
    }
    boolean[] seen = new boolean[disks + 1];
    long state = 0;
    for (int p = 0; p < towers.size(); p++) {
      int below = Integer.MAX_VALUE;
      for (Integer d : towers.get(p)) {
        if (d == null || d < 1 || d > disks || seen[d] || d >= below) {
          throw new IllegalArgumentException("the problem's " + which + " is not a valid placement of the disks");
        }
        seen[d] = true;
        below = d;
        state |= (long) p << (BITS * (d - 1));
      }
    }
    for (int d = 1; d <= disks; d++) {
      if (!seen[d]) {
        throw new IllegalArgumentException("the problem's " + which + " leaves out disk " + d);
      }
    }
    return state;
  }

  /** The peg of disk {@code d} (1-based) in {@code state}. */
  public static int peg(long state, int d) {
    return (int) (state >>> (BITS * (d - 1))) & 7;
  }

  /** {@code state} with disk {@code d} on peg {@code p}. */
  public static long with(long state, int d, int p) {
    int shift = BITS * (d - 1);
    return (state & ~(7L << shift)) | ((long) p << shift);
  }

  public int disks() {
    return disks;
  }

  public List<String> pegs() {
    return pegs;
  }

  public long goal() {
    return goal;
  }

  /** The peg named by a lower-cased word, or -1. */
  public int peg(String lowerWord) {
    if (lowerWord.length() == 1 && lowerWord.charAt(0) >= 'a' && lowerWord.charAt(0) <= 'z') {
      return byLetter[lowerWord.charAt(0) - 'a'];
    }
    Integer p = pegIds.get(lowerWord);
    return p == null ? -1 : p;
  }

  /** The smallest disk on peg {@code p}, or 0 when it is empty. */
  public int top(long state, int p) {
    for (int d = 1; d <= disks; d++) {
      if (peg(state, d) == p) {
        return d;
      }
    }
    return 0;
  }

  @Override
  public Long initial() {
    return initial;
  }

  @Override
  public String violation(Long state, HanoiMove m) {
    long s = state;
    if (m == null || m.from() < 0 || m.from() >= pegs.size() || m.to() < 0 || m.to() >= pegs.size()
        || m.disk() < 0 || m.disk() > disks) {
      return "it is not a move of this problem";
    }
    String from = pegs.get(m.from());
    if (m.from() == m.to()) {
      return "a disk must move to another peg, not from " + from + " to " + from;
    }
    // the tops of the source and target pegs, in one pass from the smallest disk
    int top = 0;
    int target = 0;
    for (int d = 1; d <= disks && (top == 0 || target == 0); d++) {
      int p = peg(s, d);
      if (p == m.from() && top == 0) {
        top = d;
      } else if (p == m.to() && target == 0) {
        target = d;
      }
    }
    if (top == 0) {
      return "peg " + from + " is empty";
    }
    if (m.disk() != HanoiMove.TOP && m.disk() != top) {
      return "disk " + m.disk() + " is not on top of peg " + from + " (disk " + top + " is"
          + (peg(s, m.disk()) == m.from() ? "" : "; disk " + m.disk() + " is on peg " + pegs.get(peg(s, m.disk())))
          + ")";
    }
    if (target != 0 && target < top) {
      return "disk " + top + " cannot go on peg " + pegs.get(m.to()) + ", whose top disk " + target + " is smaller";
    }
    return null;
  }

  @Override
  public Long apply(Long state, HanoiMove m) {
    return with(state, top(state, m.from()), m.to());
  }

  @Override
  public boolean isGoal(Long state) {
    return state == goal;
  }

  @Override
  public List<String> unmetGoals(Long state) {
    List<String> unmet = new ArrayList<>();
    for (int d = disks; d >= 1; d--) {
      if (peg(state, d) != peg(goal, d)) {
        unmet.add("disk " + d + " on " + pegs.get(peg(goal, d)));
      }
    }
    return unmet;
  }

  @Override
  public void successors(Long state, SearchSpace.Successors<Long, HanoiMove> out) {
    long s = state;
    int k = pegs.size();
    int[] tops = new int[k];
    for (int d = disks; d >= 1; d--) {
      tops[peg(s, d)] = d;
    }
    for (int from = 0; from < k; from++) {
      int d = tops[from];
      if (d == 0) {
        continue;
      }
      for (int to = 0; to < k; to++) {
        if (to != from && (tops[to] == 0 || tops[to] > d)) {
          out.add(new HanoiMove(d, from, to), with(s, d, to), 1);
        }
      }
    }
  }
}
