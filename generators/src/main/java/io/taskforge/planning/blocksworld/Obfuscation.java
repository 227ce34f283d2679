package io.taskforge.planning.blocksworld;

import io.taskforge.core.Rng;
import io.taskforge.planning.pddl.Literal;
import io.taskforge.planning.pddl.PddlAction;
import io.taskforge.planning.pddl.TypedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The "mystery" variant: actions and predicates renamed to unrelated words, drawn afresh for every
 * instance (so no fixed renaming, such as PlanBench's, can be memorized), and the renamed domain
 * described neutrally: what must hold before each action, and what becomes true and false after.
 */
public final class Obfuscation {
  /**
   * Common words with no bearing on blocks, hands, tables or moving things; none is one letter
   * long, so none is a block name.
   */
  static final List<String> WORDS = List.of(
      "amber", "bramble", "cascade", "cobalt", "dapple", "ember", "falter", "fennel", "gallop", "glimmer",
      "gossip", "hollow", "ignite", "jostle", "juggle", "kindle", "lantern", "marble", "meadow", "mingle",
      "nectar", "orbit", "oyster", "pebble", "pounce", "prism", "quell", "quiver", "ramble", "ravine",
      "ripple", "saffron", "scatter", "sizzle", "sprout", "tangle", "thistle", "tremble", "tundra", "unfurl",
      "velvet", "vortex", "wander", "whisper", "willow", "wobble", "yearn", "zephyr");

  private Obfuscation() {}

  /** {@code count} distinct words, drawn uniformly from {@link #WORDS}. */
  static List<String> draw(int count, Rng rng) {
    List<String> pool = new ArrayList<>(WORDS);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int j = i + rng.nextInt(pool.size() - i);
      String w = pool.get(j);
      pool.set(j, pool.get(i));
      pool.set(i, w);
      out.add(w);
    }
    return out;
  }

  /**
   * One sentence describing a PDDL action neutrally, e.g. {@code "wobble X: possible when ember X
   * and yearn hold; afterwards quiver X holds, and ember X and yearn no longer hold."}
   */
  static String describe(PddlAction a) {
    StringBuilder sb = new StringBuilder(a.name());
    for (TypedName p : a.parameters()) {
      sb.append(' ').append(variable(p.name()));
    }
    List<String> need = new ArrayList<>();
    List<String> differ = new ArrayList<>();
    for (Literal l : a.precondition()) {
      if (l.predicate().equals("=")) {
        differ.add(variable(l.args().get(0)) + " and " + variable(l.args().get(1)) + " are different objects");
      } else {
        need.add(fact(l));
      }
    }
    List<String> added = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    for (Literal l : a.effect()) {
      (l.positive() ? added : deleted).add(fact(l));
    }
    sb.append(": possible only when ").append(join(need)).append(need.size() == 1 ? " holds" : " hold");
    for (String d : differ) {
      sb.append(" and ").append(d);
    }
    sb.append("; afterwards ").append(join(added)).append(added.size() == 1 ? " holds" : " hold");
    sb.append(", and ").append(join(deleted)).append(" no longer ").append(deleted.size() == 1 ? "holds" : "hold");
    return sb.append('.').toString();
  }

  private static String fact(Literal l) {
    StringBuilder sb = new StringBuilder(l.predicate());
    for (String arg : l.args()) {
      sb.append(' ').append(variable(arg));
    }
    return sb.toString();
  }

  private static String variable(String param) {
    return param.substring(1).toUpperCase(Locale.ROOT);
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
