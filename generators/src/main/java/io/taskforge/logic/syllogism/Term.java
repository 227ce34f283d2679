package io.taskforge.logic.syllogism;

/**
 * A category term with its singular and plural noun phrases ({@code chess player}, {@code chess
 * players}), and for the {@code belief} pool its place in a small real-world taxonomy.
 *
 * @param parent index of the broader category in the pool, or -1 (belief pool only)
 */
record Term(String singular, String plural, int parent) {

  /** {@code a chess player}, {@code an ozzle}. */
  String withArticle() {
    char c = singular.charAt(0);
    return ("aeiou".indexOf(c) >= 0 ? "an " : "a ") + singular;
  }
}
