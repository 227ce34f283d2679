package io.taskforge.logic.knightsknaves;

import com.google.common.collect.ImmutableList;
import io.taskforge.core.Rng;
import java.util.List;

/** The fixed pool of first names for islanders: ASCII, distinct, none an English word. */
final class Names {
  static final ImmutableList<String> POOL = ImmutableList.of(
      "Alice", "Bob", "Carol", "Dave", "Erin", "Frank", "Grace", "Heidi",
      "Ivan", "Judy", "Kevin", "Laura", "Mallory", "Nina", "Oscar", "Peggy",
      "Quentin", "Rupert", "Sybil", "Trent", "Ursula", "Victor", "Wendy", "Xavier",
      "Yvonne", "Zach", "Amber", "Boris", "Clara", "Derek", "Elena", "Felix",
      "Gina", "Hugo", "Iris", "Jonas", "Karen", "Liam", "Maya", "Nora",
      "Owen", "Paula", "Rosa", "Simon", "Tara", "Uma", "Vera", "Walter");

  private Names() {}

  /** {@code n} distinct names in a random order (a partial Fisher-Yates shuffle of the pool). */
  static List<String> pick(int n, Rng rng) {
    if (n > POOL.size()) {
      throw new IllegalArgumentException("at most " + POOL.size() + " names, asked for " + n);
    }
    String[] pool = POOL.toArray(new String[0]);
    for (int i = 0; i < n; i++) {
      int j = i + rng.nextInt(pool.length - i);
      String t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    return ImmutableList.copyOf(java.util.Arrays.asList(pool).subList(0, n));
  }
}
