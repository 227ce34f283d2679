package io.taskforge.logic.names;

import com.google.common.collect.ImmutableList;
import io.taskforge.core.Rng;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed pool of first names for the people of logic puzzles: ASCII letters only, one word, distinct
 * (also ignoring case), none an everyday English word or a word puzzles use ("Will", "May", "Hope"
 * are left out), and none a prefix of another.
 */
public final class PersonNames {
  public static final ImmutableList<String> POOL = ImmutableList.of(
      "Alice", "Bernard", "Carmen", "Dmitri", "Esther", "Fidel", "Gustav", "Helga", "Ingrid", "Jasper",
      "Kasimir", "Lorena", "Magnus", "Nadia", "Oswald", "Priya", "Quincy", "Rasmus", "Svetlana", "Tobias",
      "Ulrike", "Valentin", "Wilhelmina", "Xenia", "Yusuf", "Zelda", "Anouk", "Bartholomew", "Cosima",
      "Dorothea", "Emeric", "Fenella", "Gideon", "Henrike", "Isidore", "Jolanda", "Konrad", "Leopold",
      "Mirela", "Nikolai", "Octavia", "Philippa", "Reinhold", "Sabine", "Thaddeus", "Ottilie", "Vesna",
      "Winfried", "Yolanda", "Zoltan", "Amadeus", "Benedikt", "Clementine", "Desmond", "Elspeth",
      "Florian", "Griselda", "Horatio", "Imogen", "Jethro", "Katarina", "Lysander", "Margit", "Norbert",
      "Orla", "Perpetua", "Rosalind", "Sigmund", "Tamsin", "Ulysses", "Viktor", "Wolfram", "Ximena",
      "Yannick", "Zuzana", "Agnieszka", "Bogdan", "Crista", "Delphine", "Evander", "Fabienne", "Gretchen",
      "Hamish", "Ignatius", "Jocasta", "Kwame", "Ludmila", "Mordecai", "Ninette", "Orsolya", "Piotr",
      "Radomir", "Seraphina", "Tiberius", "Uriel", "Vivienne");

  private PersonNames() {}

  /** {@code n} distinct names in random order (a partial Fisher-Yates shuffle of the pool). */
  public static List<String> pick(int n, Rng rng) {
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
    return ImmutableList.copyOf(Arrays.asList(pool).subList(0, n));
  }
}
