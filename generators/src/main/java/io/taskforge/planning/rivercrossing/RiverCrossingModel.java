package io.taskforge.planning.rivercrossing;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A river-crossing problem as a {@link PlanningModel}. A state is a {@code long}: bit 0 says the
 * boat (with the farmer) is on the far bank; for missionaries, bits 8-15 and 16-23 count the
 * missionaries and cannibals on the far bank; for farmer, bits 8 and up are the items on the far
 * bank. Trips alternate: {@code cross} when the boat is on the near bank, {@code return} when it is
 * on the far bank.
 */
public final class RiverCrossingModel implements PlanningModel<Long, Trip> {
  public static final int MAX_PEOPLE = 60;
  public static final int MAX_ITEMS = 16;
  public static final int MAX_BOAT = 20;
  /** Words the plan reader gives a meaning; items may not be named so. */
  public static final Set<String> RESERVED = Set.of("cross", "return", "with", "and", "the", "a", "an", "farmer",
      "alone", "nothing", "empty", "m", "c", "missionary", "missionaries", "cannibal", "cannibals", "boat", "back");

  private final boolean missionaries;
  private final int m;
  private final int c;
  private final int boat;
  private final List<String> items;
  private final Map<String, Integer> itemIds = new HashMap<>();
  private final long[] conflictMasks;
  private final List<List<String>> conflictNames;

  private RiverCrossingModel(RiverCrossingProblem p) {
    if (p.kind() == null) {
      throw new IllegalArgumentException("the problem has no kind");
    }
    this.missionaries = p.missionaryKind();
    if (!missionaries && !RiverCrossingParams.FARMER.equals(p.kind())) {
      throw new IllegalArgumentException("the problem's kind must be missionaries or farmer");
    }
    this.boat = p.boat();
    if (boat < 1 || boat > MAX_BOAT) {
      throw new IllegalArgumentException("the boat holds " + boat + "; 1 to " + MAX_BOAT + " are allowed");
    }
    if (missionaries) {
      this.m = p.missionaries();
      this.c = p.cannibals();
      if (m < 0 || c < 0 || m + c < 1 || m > MAX_PEOPLE || c > MAX_PEOPLE) {
        throw new IllegalArgumentException("the problem needs 0 to " + MAX_PEOPLE + " missionaries and cannibals, "
            + "and someone to cross");
      }
      if (m > 0 && c > m) {
        throw new IllegalArgumentException("the cannibals outnumber the missionaries before the first trip");
      }
      this.items = List.of();
      this.conflictMasks = new long[0];
      this.conflictNames = List.of();
    } else {
      this.m = 0;
      this.c = 0;
      if (p.items() == null || p.conflicts() == null || p.items().isEmpty() || p.items().size() > MAX_ITEMS) {
        throw new IllegalArgumentException("the problem needs 1 to " + MAX_ITEMS + " items and a list of conflicts");
      }
      this.items = p.items();
      for (int i = 0; i < items.size(); i++) {
        String name = items.get(i);
        if (name == null || name.isEmpty() || name.length() > 30 || !name.chars().allMatch(Character::isLetter)
            || RESERVED.contains(name.toLowerCase(Locale.ROOT))
            || itemIds.put(name.toLowerCase(Locale.ROOT), i) != null) {
          throw new IllegalArgumentException("the problem's item names must be distinct words of letters");
        }
      }
      this.conflictMasks = new long[p.conflicts().size()];
      this.conflictNames = p.conflicts();
      for (int k = 0; k < conflictMasks.length; k++) {
        List<String> pair = p.conflicts().get(k);
        Integer a = pair.size() == 2 && pair.get(0) != null ? itemIds.get(pair.get(0).toLowerCase(Locale.ROOT)) : null;
        Integer b = pair.size() == 2 && pair.get(1) != null ? itemIds.get(pair.get(1).toLowerCase(Locale.ROOT)) : null;
        if (a == null || b == null || a.equals(b)) {
          throw new IllegalArgumentException("the problem's conflicts must be pairs of two different items");
        }
        conflictMasks[k] = (1L << a) | (1L << b);
      }
    }
  }

  /** The model of a problem; an {@link IllegalArgumentException} says in one sentence what is broken. */
  public static RiverCrossingModel of(RiverCrossingProblem problem) {
    if (problem == null) {
      throw new IllegalArgumentException("there is no problem");
    }
    return new RiverCrossingModel(problem);
  }

  public boolean missionaries() {
    return missionaries;
  }

  public int boat() {
    return boat;
  }

  public List<String> items() {
    return items;
  }

  /** The item named by a lower-cased word, or -1. */
  public int item(String lowerWord) {
    Integer i = itemIds.get(lowerWord);
    return i == null ? -1 : i;
  }

  public static boolean boatFar(long s) {
    return (s & 1) != 0;
  }

  public static int farMissionaries(long s) {
    return (int) (s >>> 8) & 0xFF;
  }

  public static int farCannibals(long s) {
    return (int) (s >>> 16) & 0xFF;
  }

  public static long farItems(long s) {
    return s >>> 8;
  }

  private long allItems() {
    return (1L << items.size()) - 1;
  }

  @Override
  public Long initial() {
    return 0L;
  }

  @Override
  public boolean isGoal(Long state) {
    long s = state;
    if (!boatFar(s)) {
      return false;
    }
    return missionaries ? farMissionaries(s) == m && farCannibals(s) == c : farItems(s) == allItems();
  }

  @Override
  public List<String> unmetGoals(Long state) {
    long s = state;
    List<String> unmet = new ArrayList<>();
    if (missionaries) {
      if (farMissionaries(s) != m) {
        unmet.add(m + " missionaries on the far bank (" + farMissionaries(s) + " there)");
      }
      if (farCannibals(s) != c) {
        unmet.add(c + " cannibals on the far bank (" + farCannibals(s) + " there)");
      }
      if (!boatFar(s)) {
        unmet.add("the boat on the far bank");
      }
      return unmet;
    }
    if (!boatFar(s)) {
      unmet.add("the farmer on the far bank");
    }
    for (int i = 0; i < items.size(); i++) {
      if ((farItems(s) >>> i & 1) == 0) {
        unmet.add("the " + items.get(i) + " on the far bank");
      }
    }
    return unmet;
  }

  @Override
  public String violation(Long state, Trip t) {
    long s = state;
    if (t == null) {
      return "it is not a trip";
    }
    boolean far = boatFar(s);
    if (t.forward() == far) {
      return far ? "the boat is on the far bank, so the next trip must be a return"
          : "the boat is on the near bank, so the next trip must cross";
    }
    String from = far ? "far" : "near";
    if (missionaries) {
      if (t.items() != 0 || t.missionaries() < 0 || t.cannibals() < 0) {
        return "only missionaries and cannibals can travel";
      }
      int aboard = t.missionaries() + t.cannibals();
      if (aboard == 0) {
        return "the boat cannot cross empty: someone has to row";
      }
      if (aboard > boat) {
        return "the boat holds at most " + people(boat) + ", not " + aboard;
      }
      int hereM = far ? farMissionaries(s) : m - farMissionaries(s);
      int hereC = far ? farCannibals(s) : c - farCannibals(s);
      if (t.missionaries() > hereM) {
        return "there " + (hereM == 1 ? "is only 1 missionary" : "are only " + hereM + " missionaries") + " on the "
            + from + " bank";
      }
      if (t.cannibals() > hereC) {
        return "there " + (hereC == 1 ? "is only 1 cannibal" : "are only " + hereC + " cannibals") + " on the "
            + from + " bank";
      }
      int nearM = m - farMissionaries(s) + (far ? t.missionaries() : -t.missionaries());
      int nearC = c - farCannibals(s) + (far ? t.cannibals() : -t.cannibals());
      String near = unsafe(nearM, nearC, "near");
      return near != null ? near : unsafe(m - nearM, c - nearC, "far");
    }
    if (t.missionaries() != 0 || t.cannibals() != 0 || t.items() < 0 || (t.items() & ~allItems()) != 0) {
      return "only the farmer and his items can travel";
    }
    int count = Long.bitCount(t.items());
    if (count > boat - 1) {
      return "the boat holds the farmer and at most " + (boat - 1 == 1 ? "1 item" : (boat - 1) + " items")
          + ", not " + count;
    }
    long here = far ? farItems(s) : allItems() & ~farItems(s);
    long missing = t.items() & ~here;
    if (missing != 0) {
      return "the " + items.get(Long.numberOfTrailingZeros(missing)) + " is not on the " + from + " bank";
    }
    long left = here & ~t.items();
    for (int k = 0; k < conflictMasks.length; k++) {
      if ((left & conflictMasks[k]) == conflictMasks[k]) {
        return "the " + conflictNames.get(k).get(0) + " and the " + conflictNames.get(k).get(1)
            + " would be left together on the " + from + " bank without the farmer";
      }
    }
    return null;
  }

  /** No conflicting pair among {@code left}. */
  private boolean safe(long left) {
    for (long mask : conflictMasks) {
      if ((left & mask) == mask) {
        return false;
      }
    }
    return true;
  }

  private static String people(int n) {
    return n == 1 ? "1 person" : n + " people";
  }

  private static String unsafe(int ms, int cs, String bank) {
    return ms > 0 && cs > ms ? "on the " + bank + " bank the cannibals would outnumber the missionaries ("
        + cs + " to " + ms + ")" : null;
  }

  @Override
  public Long apply(Long state, Trip t) {
    long s = state;
    if (missionaries) {
      int sign = t.forward() ? 1 : -1;
      int fm = farMissionaries(s) + sign * t.missionaries();
      int fc = farCannibals(s) + sign * t.cannibals();
      return (t.forward() ? 1L : 0L) | ((long) fm << 8) | ((long) fc << 16);
    }
    long far = t.forward() ? farItems(s) | t.items() : farItems(s) & ~t.items();
    return (t.forward() ? 1L : 0L) | (far << 8);
  }

  @Override
  public void successors(Long state, SearchSpace.Successors<Long, Trip> out) {
    long s = state;
    boolean forward = !boatFar(s);
    if (missionaries) {
      for (int total = boat; total >= 1; total--) {
        for (int dm = total; dm >= 0; dm--) {
          Trip t = new Trip(forward, dm, total - dm, 0);
          if (violation(s, t) == null) {
            out.add(t, apply(s, t), 1);
          }
        }
      }
      return;
    }
    long here = forward ? allItems() & ~farItems(s) : farItems(s);
    enumerate(s, forward, here, 0, 0L, boat - 1, out);
  }

  /** Cargo sets of up to {@code room} items from {@code here}, in item order, each tried once. */
  private void enumerate(long s, boolean forward, long here, int from, long cargo, int room,
      SearchSpace.Successors<Long, Trip> out) {
    if (safe(here & ~cargo)) {
      Trip t = new Trip(forward, 0, 0, cargo);
      out.add(t, apply(s, t), 1);
    }
    if (room == 0) {
      return;
    }
    for (int i = from; i < items.size(); i++) {
      if ((here >>> i & 1) != 0) {
        enumerate(s, forward, here, i + 1, cargo | (1L << i), room - 1, out);
      }
    }
  }
}
