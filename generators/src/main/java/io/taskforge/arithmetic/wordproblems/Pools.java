package io.taskforge.arithmetic.wordproblems;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The shared pools scenarios draw from: people (a first name and pronouns) and named pools of
 * countable things (singular and plural).
 */
record Pools(ImmutableList<Person> persons, ImmutableMap<String, ImmutableList<Thing>> objects) {

  record Person(String name, boolean female) {}

  /** A countable thing: {@code one} apple, two {@code many} apples. */
  record Thing(String one, String many) {
    /** The singular with its indefinite article, by its first letter ({@code an apple}, {@code a pear}). */
    String withArticle() {
      char c = Character.toLowerCase(one.charAt(0));
      boolean vowel = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
      return (vowel ? "an " : "a ") + one;
    }
  }
}
