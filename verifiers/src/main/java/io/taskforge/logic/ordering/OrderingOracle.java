package io.taskforge.logic.ordering;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The property-testing oracle of {@code logic.ordering}, written apart from the verifier: its own
 * strict reader of the canonical answer ({@code A, B, C} split on {@code ", "}, exact names; a name;
 * digits), its own clue semantics on the structured clues, and, for single-position questions, its
 * own search for the consistent order (items placed one at a time, each clue checked once all its
 * items are placed).
 */
public final class OrderingOracle implements TaskOracle<OrderingProblem> {

  @Override
  public String taskId() {
    return OrderingTask.ID;
  }

  @Override
  public Class<OrderingProblem> problemType() {
    return OrderingProblem.class;
  }

  @Override
  public List<String> equivalentForms(OrderingProblem problem, String gold, Rng rng) {
    List<String> out = new ArrayList<>();
    out.add(gold.toLowerCase(Locale.ROOT));
    out.add(gold.toUpperCase(Locale.ROOT));
    out.add(gold + ".");
    if (problem.question().kind().equals(OrderingProblem.ORDER)) {
      String[] names = gold.split(", ");
      out.add(String.join("\n", names));
      out.add(String.join(",", names));
      StringBuilder numbered = new StringBuilder();
      StringBuilder dashes = new StringBuilder();
      for (int i = 0; i < names.length; i++) {
        numbered.append(i + 1).append(". ").append(names[i]).append('\n');
        dashes.append("- ").append(names[i]).append(",\n");
      }
      out.add(numbered.toString());
      out.add(dashes.toString());
      if (names.length >= 2) {
        out.add(String.join(", ", java.util.Arrays.copyOf(names, names.length - 1)) + ", and " + names[names.length - 1]);
      }
      out.add("  " + String.join(" ,  ", names) + " ,");
    } else {
      out.add("**" + gold + "**");
      out.add(" " + gold + " \n");
      if (problem.question().kind().equals(OrderingProblem.POSITION_OF)) {
        int k = Integer.parseInt(gold);
        String suffix = k % 100 >= 11 && k % 100 <= 13 ? "th" : k % 10 == 1 ? "st" : k % 10 == 2 ? "nd" : k % 10 == 3 ? "rd" : "th";
        out.add(gold + suffix);
      }
    }
    return out;
  }

  @Override
  public List<Mutant> mutants(OrderingProblem problem, String gold, Rng rng) {
    List<Mutant> out = new ArrayList<>();
    List<String> items = problem.items();
    int n = items.size();
    if (problem.question().kind().equals(OrderingProblem.ORDER)) {
      String[] names = gold.split(", ");
      for (int t = 0; t < 3; t++) {
        int i = rng.nextInt(n - 1);
        add(out, problem, "swap-neighbours", swap(names, i, i + 1));
        int a = rng.nextInt(n);
        int b = rng.nextInt(n);
        if (a != b) {
          add(out, problem, "swap-two", swap(names, a, b));
        }
      }
      String[] reversed = new String[n];
      String[] rotated = new String[n];
      for (int i = 0; i < n; i++) {
        reversed[i] = names[n - 1 - i];
        rotated[i] = names[(i + 1) % n];
      }
      add(out, problem, "reverse", String.join(", ", reversed));
      add(out, problem, "rotate", String.join(", ", rotated));
      // Not permutations: the oracle's reader refuses them.
      add(out, problem, "drop-item", String.join(", ", java.util.Arrays.copyOf(names, n - 1)));
      String[] dup = names.clone();
      dup[n - 1] = names[0];
      add(out, problem, "duplicate-item", String.join(", ", dup));
      String[] unknown = names.clone();
      unknown[rng.nextInt(n)] = "Nobody";
      add(out, problem, "unknown-item", String.join(", ", unknown));
      add(out, problem, "extra-item", gold + ", " + names[0]);
    } else if (problem.question().kind().equals(OrderingProblem.ITEM_AT)) {
      for (String other : items) {
        if (!other.equals(gold)) {
          add(out, problem, "other-item", other);
        }
      }
      add(out, problem, "not-an-item", "Nobody");
      add(out, problem, "two-items", gold + ", " + items.get(0));
    } else {
      int k = Integer.parseInt(gold);
      for (int p = 1; p <= n; p++) {
        if (p != k) {
          add(out, problem, "other-position", Integer.toString(p));
        }
      }
      add(out, problem, "out-of-range", Integer.toString(n + 1));
      add(out, problem, "zero", "0");
      add(out, problem, "word", "position");
    }
    return out;
  }

  private void add(List<Mutant> out, OrderingProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  private static String swap(String[] names, int i, int j) {
    String[] s = names.clone();
    String t = s[i];
    s[i] = s[j];
    s[j] = t;
    return String.join(", ", s);
  }

  @Override
  public boolean accepts(OrderingProblem problem, String canonicalAnswer) {
    List<String> items = problem.items();
    int n = items.size();
    String a = canonicalAnswer.strip();
    switch (problem.question().kind()) {
      case OrderingProblem.ORDER -> {
        String[] parts = a.split(", ", -1);
        if (parts.length != n) {
          return false;
        }
        int[] where = new int[n];
        java.util.Arrays.fill(where, -1);
        for (int p = 0; p < n; p++) {
          int item = indexOfIgnoreCase(items, parts[p]);
          if (item < 0 || where[item] >= 0) {
            return false;
          }
          where[item] = p;
        }
        return allHold(problem, where, n);
      }
      case OrderingProblem.ITEM_AT -> {
        int item = indexOfIgnoreCase(items, a);
        int[] where = solve(problem);
        return item >= 0 && where != null && where[item] == problem.question().position() - 1;
      }
      default -> {
        if (a.isEmpty() || a.length() > 3 || !a.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return false;
        }
        int[] where = solve(problem);
        return where != null && where[problem.question().item()] + 1 == Integer.parseInt(a);
      }
    }
  }

  private static int indexOfIgnoreCase(List<String> items, String name) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a placement (0-based position of each item) satisfies one clue, by the clue's definition. */
  static boolean holds(OrderingProblem.Clue clue, int[] where, int n) {
    List<Integer> it = clue.items();
    int x = where[it.get(0)];
    switch (clue.kind()) {
      case OrderingProblem.FIRST:
        return x == 0;
      case OrderingProblem.LAST:
        return x == n - 1;
      case OrderingProblem.POSITION:
        return x + 1 == clue.position();
      default:
        break;
    }
    int y = where[it.get(1)];
    switch (clue.kind()) {
      case OrderingProblem.BEFORE:
        return x < y;
      case OrderingProblem.IMMEDIATELY_BEFORE:
        return x + 1 == y;
      case OrderingProblem.ADJACENT:
        return Math.abs(x - y) == 1;
      case OrderingProblem.NOT_ADJACENT:
        return Math.abs(x - y) > 1;
      case OrderingProblem.BETWEEN:
        int z = where[it.get(2)];
        return Math.min(y, z) < x && x < Math.max(y, z);
      default:
        throw new IllegalArgumentException("unknown clue kind " + clue.kind());
    }
  }

  private static boolean allHold(OrderingProblem problem, int[] where, int n) {
    for (OrderingProblem.Clue c : problem.clues()) {
      if (!holds(c, where, n)) {
        return false;
      }
    }
    return true;
  }

  /** The unique consistent placement, or null. Items get positions one at a time. */
  static int[] solve(OrderingProblem problem) {
    int n = problem.items().size();
    int[] where = new int[n];
    java.util.Arrays.fill(where, -1);
    List<int[]> found = new ArrayList<>();
    place(problem, where, new boolean[n], 0, found);
    return found.size() == 1 ? found.get(0) : null;
  }

  private static void place(OrderingProblem problem, int[] where, boolean[] taken, int item, List<int[]> found) {
    int n = where.length;
    if (found.size() > 1) {
      return;
    }
    if (item == n) {
      found.add(where.clone());
      return;
    }
    for (int p = 0; p < n; p++) {
      if (taken[p]) {
        continue;
      }
      where[item] = p;
      taken[p] = true;
      if (decidedCluesHold(problem, where, n, item)) {
        place(problem, where, taken, item + 1, found);
      }
      taken[p] = false;
      where[item] = -1;
    }
  }

  /** Clues all of whose items are among 0..last hold. */
  private static boolean decidedCluesHold(OrderingProblem problem, int[] where, int n, int last) {
    for (OrderingProblem.Clue c : problem.clues()) {
      boolean decided = true;
      boolean involvesLast = false;
      for (int x : c.items()) {
        decided &= x <= last;
        involvesLast |= x == last;
      }
      if (decided && involvesLast && !holds(c, where, n)) {
        return false;
      }
    }
    return true;
  }
}
