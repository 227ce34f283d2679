package io.taskforge.logic.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrderingTaskTest {
  private final OrderingTask task = new OrderingTask();

  private Generated<OrderingProblem> generate(Params p, long index) {
    return task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, 13, index)));
  }

  /** A clue's truth for a complete order, from its definition (pos = 0-based position per item). */
  private static boolean holds(OrderingProblem.Clue c, int[] pos, int n) {
    int a = pos[c.items().get(0)];
    return switch (c.kind()) {
      case "first" -> a == 0;
      case "last" -> a == n - 1;
      case "position" -> a == c.position() - 1;
      case "before" -> a < pos[c.items().get(1)];
      case "immediately-before" -> pos[c.items().get(1)] == a + 1;
      case "adjacent" -> Math.abs(a - pos[c.items().get(1)]) == 1;
      case "not-adjacent" -> Math.abs(a - pos[c.items().get(1)]) != 1;
      case "between" -> {
        int b = pos[c.items().get(1)];
        int d = pos[c.items().get(2)];
        yield (b < a && a < d) || (d < a && a < b);
      }
      default -> throw new AssertionError(c.kind());
    };
  }

  /**
   * Brute force: every permutation (Heap's algorithm), counting those that satisfy all clues
   * (skipping clue {@code skip}, or -1); stops at 2. Fills {@code found} with the first one (item per
   * position).
   */
  private static int countByPermutations(OrderingProblem pr, int skip, int[] found) {
    int n = pr.items().size();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    int[] c = new int[n];
    int count = check(pr, perm, skip, found, 0);
    int i = 0;
    while (i < n && count < 2) {
      if (c[i] < i) {
        int j = i % 2 == 0 ? 0 : c[i];
        int t = perm[j];
        perm[j] = perm[i];
        perm[i] = t;
        count = check(pr, perm, skip, found, count);
        c[i]++;
        i = 0;
      } else {
        c[i] = 0;
        i++;
      }
    }
    return count;
  }

  private static int check(OrderingProblem pr, int[] order, int skip, int[] found, int count) {
    int n = order.length;
    int[] pos = new int[n];
    for (int p = 0; p < n; p++) {
      pos[order[p]] = p;
    }
    for (int k = 0; k < pr.clues().size(); k++) {
      if (k != skip && !holds(pr.clues().get(k), pos, n)) {
        return count;
      }
    }
    if (count == 0 && found != null) {
      System.arraycopy(order, 0, found, 0, n);
    }
    return count + 1;
  }

  private static int[] goldOrder(Generated<OrderingProblem> g) {
    List<?> names = (List<?>) ((Map<?, ?>) g.solution()).get("order");
    int[] order = new int[names.size()];
    for (int p = 0; p < order.length; p++) {
      order[p] = g.problem().items().indexOf((String) names.get(p));
    }
    return order;
  }

  @Test
  void exactlyOneOrderAndItIsTheGoldUpToEightItems() {
    for (int level = 1; level <= 8; level++) {
      Params p = task.level(level);
      int n = OrderingParams.from(p).items();
      if (n > 8) {
        continue;
      }
      for (int i = 0; i < (n <= 7 ? 60 : 30); i++) {
        Generated<OrderingProblem> g = generate(p, i);
        int[] found = new int[n];
        assertThat(countByPermutations(g.problem(), -1, found)).as("level %d index %d", level, i).isEqualTo(1);
        assertThat(found).isEqualTo(goldOrder(g));
        StringBuilder answer = new StringBuilder();
        for (int q = 0; q < n; q++) {
          answer.append(q > 0 ? ", " : "").append(g.problem().items().get(found[q]));
        }
        assertThat(g.answer()).isEqualTo(answer.toString());
      }
    }
  }

  @Test
  void largerPuzzlesAreUniqueToo() {
    // 9 and 10 items by brute force (a few), 12 by the test's own item-by-item search.
    for (int level : new int[] {8, 9}) {
      Params p = task.level(level);
      for (int i = 0; i < (level == 8 ? 3 : 1); i++) {
        Generated<OrderingProblem> g = generate(p, i);
        int[] found = new int[g.problem().items().size()];
        assertThat(countByPermutations(g.problem(), -1, found)).isEqualTo(1);
        assertThat(found).isEqualTo(goldOrder(g));
      }
    }
    Params p = task.level(10);
    for (int i = 0; i < 6; i++) {
      Generated<OrderingProblem> g = generate(p, i);
      List<int[]> solutions = new ArrayList<>();
      int n = g.problem().items().size();
      int[] pos = new int[n];
      java.util.Arrays.fill(pos, -1);
      byItems(g.problem(), pos, new boolean[n], 0, solutions);
      assertThat(solutions).hasSize(1);
      int[] order = new int[n];
      for (int x = 0; x < n; x++) {
        order[solutions.get(0)[x]] = x;
      }
      assertThat(order).isEqualTo(goldOrder(g));
    }
  }

  /** Items placed one at a time; a clue is checked once all its items have positions. */
  private static void byItems(OrderingProblem pr, int[] pos, boolean[] used, int item, List<int[]> out) {
    int n = pos.length;
    if (out.size() >= 2) {
      return;
    }
    if (item == n) {
      out.add(pos.clone());
      return;
    }
    for (int p = 0; p < n; p++) {
      if (used[p]) {
        continue;
      }
      pos[item] = p;
      used[p] = true;
      boolean ok = true;
      for (OrderingProblem.Clue c : pr.clues()) {
        if (c.items().contains(item) && c.items().stream().allMatch(x -> x <= item)) {
          int[] full = pos.clone();
          ok &= holdsPartial(c, full, n);
        }
      }
      if (ok) {
        byItems(pr, pos, used, item + 1, out);
      }
      used[p] = false;
      pos[item] = -1;
    }
  }

  private static boolean holdsPartial(OrderingProblem.Clue c, int[] pos, int n) {
    return holds(c, pos, n);
  }

  @Test
  void everyClueIsNeeded() {
    for (int level : new int[] {2, 4, 5, 6}) {
      Params p = task.level(level);
      for (int i = 0; i < 20; i++) {
        OrderingProblem pr = generate(p, i).problem();
        for (int k = 0; k < pr.clues().size(); k++) {
          assertThat(countByPermutations(pr, k, null)).as("without clue %d: %s", k + 1, pr.clues().get(k).text())
              .isEqualTo(2);
        }
      }
    }
  }

  @Test
  void clueKindsFollowTheClueSet() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      String set = OrderingParams.from(p).clues();
      for (int i = 0; i < 30; i++) {
        for (OrderingProblem.Clue c : generate(p, i).problem().clues()) {
          switch (set) {
            case "basic" -> assertThat(c.kind()).isIn("before", "immediately-before", "first", "last", "position");
            case "relational" -> assertThat(c.kind()).isNotIn("first", "last", "position");
            default -> { }
          }
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Clue texts read back, per scenario.

  private static final String N = "(\\w+)";

  private static List<Object[]> patterns(String scenario) {
    // {regex, kind, group order for items (1-based), backward?}
    return switch (scenario) {
      case "queue" -> List.of(
          new Object[] {N + " is somewhere ahead of " + N + " in the line\\.", "before", new int[] {1, 2}},
          new Object[] {N + " is somewhere behind " + N + " in the line\\.", "before", new int[] {2, 1}},
          new Object[] {N + " stands directly in front of " + N + "\\.", "immediately-before", new int[] {1, 2}},
          new Object[] {N + " stands directly behind " + N + "\\.", "immediately-before", new int[] {2, 1}},
          new Object[] {N + " is at the front of the line\\.", "first", new int[] {1}},
          new Object[] {N + " is at the back of the line\\.", "last", new int[] {1}},
          new Object[] {N + " is (\\w+) in line\\.", "position", new int[] {1}},
          new Object[] {N + " stands somewhere between " + N + " and " + N + "\\.", "between", new int[] {1, 2, 3}},
          new Object[] {N + " and " + N + " stand next to each other\\.", "adjacent", new int[] {1, 2}},
          new Object[] {N + " and " + N + " do not stand next to each other\\.", "not-adjacent", new int[] {1, 2}});
      case "shelf" -> List.of(
          new Object[] {N + " is somewhere to the left of " + N + "\\.", "before", new int[] {1, 2}},
          new Object[] {N + " is somewhere to the right of " + N + "\\.", "before", new int[] {2, 1}},
          new Object[] {N + " is immediately to the left of " + N + "\\.", "immediately-before", new int[] {1, 2}},
          new Object[] {N + " is immediately to the right of " + N + "\\.", "immediately-before", new int[] {2, 1}},
          new Object[] {N + " is the leftmost book\\.", "first", new int[] {1}},
          new Object[] {N + " is the rightmost book\\.", "last", new int[] {1}},
          new Object[] {N + " is the (\\w+) book from the left\\.", "position", new int[] {1}},
          new Object[] {N + " is somewhere between " + N + " and " + N + "\\.", "between", new int[] {1, 2, 3}},
          new Object[] {N + " and " + N + " are side by side\\.", "adjacent", new int[] {1, 2}},
          new Object[] {N + " and " + N + " are not side by side\\.", "not-adjacent", new int[] {1, 2}});
      case "race" -> List.of(
          new Object[] {N + " finished before " + N + "\\.", "before", new int[] {1, 2}},
          new Object[] {N + " finished after " + N + "\\.", "before", new int[] {2, 1}},
          new Object[] {N + " finished immediately before " + N + "\\.", "immediately-before", new int[] {1, 2}},
          new Object[] {N + " finished immediately after " + N + "\\.", "immediately-before", new int[] {2, 1}},
          new Object[] {N + " won the race\\.", "first", new int[] {1}},
          new Object[] {N + " finished last\\.", "last", new int[] {1}},
          new Object[] {N + " finished (\\w+)\\.", "position", new int[] {1}},
          new Object[] {N + " finished somewhere between " + N + " and " + N + "\\.", "between", new int[] {1, 2, 3}},
          new Object[] {N + " and " + N + " finished one right after the other\\.", "adjacent", new int[] {1, 2}},
          new Object[] {N + " and " + N + " did not finish one right after the other\\.", "not-adjacent", new int[] {1, 2}});
      default -> List.of(
          new Object[] {N + " is older than " + N + ", and nobody's age is between theirs\\.", "immediately-before", new int[] {1, 2}},
          new Object[] {N + " is younger than " + N + ", and nobody's age is between theirs\\.", "immediately-before", new int[] {2, 1}},
          new Object[] {N + " is older than " + N + "\\.", "before", new int[] {1, 2}},
          new Object[] {N + " is younger than " + N + "\\.", "before", new int[] {2, 1}},
          new Object[] {N + " is the oldest\\.", "first", new int[] {1}},
          new Object[] {N + " is the youngest\\.", "last", new int[] {1}},
          new Object[] {N + " is the (\\w+) oldest\\.", "position", new int[] {1}},
          new Object[] {N + "'s age is between " + N + "'s and " + N + "'s\\.", "between", new int[] {1, 2, 3}},
          new Object[] {N + " and " + N + " are next to each other in age order\\.", "adjacent", new int[] {1, 2}},
          new Object[] {N + " and " + N + " are not next to each other in age order\\.", "not-adjacent", new int[] {1, 2}});
    };
  }

  private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

  @Test
  void clueTextsSayWhatTheStructureSays() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 30; i++) {
        OrderingProblem pr = generate(p, i).problem();
        for (OrderingProblem.Clue c : pr.clues()) {
          boolean matched = false;
          for (Object[] pat : patterns(pr.scenario())) {
            Matcher m = Pattern.compile((String) pat[0]).matcher(c.text());
            if (!m.matches()) {
              continue;
            }
            matched = true;
            assertThat(c.kind()).as(c.text()).isEqualTo(pat[1]);
            int[] groups = (int[]) pat[2];
            List<Integer> items = new ArrayList<>();
            for (int gi : groups) {
              items.add(pr.items().indexOf(m.group(gi)));
            }
            if (c.kind().equals("adjacent") || c.kind().equals("not-adjacent")) {
              assertThat(items).containsExactlyInAnyOrderElementsOf(c.items());
            } else if (c.kind().equals("between")) {
              assertThat(items.get(0)).isEqualTo(c.items().get(0));
              assertThat(items.subList(1, 3)).containsExactlyInAnyOrderElementsOf(c.items().subList(1, 3));
            } else {
              assertThat(items).isEqualTo(c.items());
            }
            if (c.kind().equals("position")) {
              assertThat(ORDINALS.indexOf(m.group(2)) + 1).isEqualTo(c.position());
            }
            break;
          }
          assertThat(matched).as("%s clue %s", pr.scenario(), c.text()).isTrue();
        }
      }
    }
  }

  @Test
  void positionQuestionsAskAboutTheGoldOrder() {
    Params p = task.resolve(5, Map.of("question", "position"));
    int itemAt = 0;
    for (int i = 0; i < 60; i++) {
      Generated<OrderingProblem> g = generate(p, i);
      int[] order = goldOrder(g);
      OrderingProblem.Question q = g.problem().question();
      if (q.kind().equals("item-at")) {
        itemAt++;
        assertThat(g.answer()).isEqualTo(g.problem().items().get(order[q.position() - 1]));
      } else {
        assertThat(q.kind()).isEqualTo("position-of");
        int position = 0;
        for (int k = 0; k < order.length; k++) {
          position = order[k] == q.item() ? k + 1 : position;
        }
        assertThat(g.answer()).isEqualTo(Integer.toString(position));
      }
    }
    assertThat(itemAt).isBetween(15, 45);
  }

  @Test
  void itemsAreListedAlphabeticallyAndDelivered() {
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < 10; i++) {
        OrderingProblem pr = generate(p, i).problem();
        assertThat(pr.items()).hasSize(OrderingParams.from(p).items()).isSorted().doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void everyScenarioHasEnoughNames() {
    assertThat(Scenario.BOOKS.size()).isGreaterThanOrEqualTo(OrderingTask.MAX_ITEMS);
    for (String scenario : Scenario.IDS) {
      Params p = task.resolve(10, Map.of("scenario", scenario));
      assertThat(generate(p, 0).problem().scenario()).isEqualTo(scenario);
    }
  }

  @Test
  void problemRoundTripsThroughJson() {
    for (int level : new int[] {1, 5, 10}) {
      Generated<OrderingProblem> g = generate(task.level(level), 6);
      JsonNode tree = Json.MAPPER.valueToTree(g.problem());
      assertThat(Json.MAPPER.convertValue(tree, OrderingProblem.class)).isEqualTo(g.problem());
    }
  }
}
