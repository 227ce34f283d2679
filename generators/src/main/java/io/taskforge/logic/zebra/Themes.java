package io.taskforge.logic.zebra;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The attribute categories puzzles draw from: a display name, how a clue names a person by a value
 * ("the person who drinks tea"), and a pool of values. Values are distinct across all categories
 * (ignoring case) and contain no commas or colons, so an answer line can always be read back.
 */
final class Themes {

  /**
   * One category.
   *
   * @param name as the prompt lists it
   * @param before text before the value in a clue ("the person who drinks ")
   * @param after text after the value (" owner")
   * @param values at least {@link #MAX_HOUSES} values, in the order they are listed
   */
  record Category(String name, String before, String after, List<String> values) {
    String phrase(String value) {
      return before + value + after;
    }
  }

  static final int MAX_HOUSES = 12;

  static final ImmutableList<Category> ALL = ImmutableList.of(
      new Category("Name", "", "", List.of(
          "Alice", "Bob", "Carol", "David", "Emma", "Frank", "Grace", "Henry", "Isabel", "Jack", "Karen", "Leo")),
      new Category("Nationality", "the ", "", List.of(
          "Brit", "Swede", "Dane", "German", "Norwegian", "Spaniard", "Italian", "Canadian", "Mexican",
          "Brazilian", "Kenyan", "Peruvian")),
      new Category("House color", "the person in the ", " house", List.of(
          "red", "green", "blue", "yellow", "white", "purple", "orange", "pink", "gray", "brown", "black", "teal")),
      new Category("Pet", "the ", " owner", List.of(
          "dog", "cat", "bird", "fish", "horse", "rabbit", "hamster", "turtle", "snake", "parrot", "lizard", "ferret")),
      new Category("Drink", "the person who drinks ", "", List.of(
          "tea", "coffee", "milk", "water", "juice", "lemonade", "cocoa", "soda", "cider", "kefir", "kombucha",
          "espresso")),
      new Category("Food", "the person who loves ", "", List.of(
          "pizza", "sushi", "tacos", "pasta", "curry", "salad", "ramen", "stew", "burgers", "dumplings", "paella",
          "falafel")),
      new Category("Sport", "the person who plays ", "", List.of(
          "tennis", "golf", "hockey", "rugby", "cricket", "baseball", "volleyball", "badminton", "squash", "polo",
          "basketball", "handball")),
      new Category("Hobby", "the person who enjoys ", "", List.of(
          "painting", "gardening", "knitting", "fishing", "hiking", "cooking", "reading", "photography", "pottery",
          "birdwatching", "chess", "dancing")),
      new Category("Job", "the ", "", List.of(
          "doctor", "teacher", "pilot", "chef", "lawyer", "nurse", "artist", "engineer", "farmer", "baker",
          "plumber", "architect")),
      new Category("Music", "the person who listens to ", "", List.of(
          "jazz", "rock", "blues", "reggae", "classical", "pop", "folk", "soul", "metal", "techno", "country",
          "opera")),
      new Category("Car", "the ", " driver", List.of(
          "Ford", "Toyota", "BMW", "Tesla", "Honda", "Volvo", "Audi", "Fiat", "Kia", "Mazda", "Skoda", "Subaru")),
      new Category("Flower", "the person who grows ", "", List.of(
          "roses", "tulips", "lilies", "daisies", "orchids", "peonies", "irises", "violets", "asters", "poppies",
          "lilacs", "dahlias")),
      new Category("Instrument", "the person who plays the ", "", List.of(
          "piano", "violin", "guitar", "drums", "flute", "cello", "harp", "trumpet", "banjo", "oboe", "clarinet",
          "saxophone")),
      new Category("Birth month", "the person born in ", "", List.of(
          "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")));

  private Themes() {}
}
