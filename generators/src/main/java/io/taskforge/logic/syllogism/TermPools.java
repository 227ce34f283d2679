package io.taskforge.logic.syllogism;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * The term pools of {@code logic.syllogism}.
 *
 * <ul>
 *   <li>{@code everyday}: kinds of people (occupations, pastimes) with no known inclusions among them,
 *       so any statement about them is believable and none is known to be true;
 *   <li>{@code nonsense}: invented words, so nothing is known about them at all;
 *   <li>{@code belief}: familiar categories in a small taxonomy (dogs are mammals, mammals are
 *       animals, roses are flowers, ...), used so that the conclusion's real-world truth contradicts
 *       the argument's validity: valid arguments conclude something false, invalid ones something
 *       true. This defeats answering by belief rather than by form.
 * </ul>
 */
final class TermPools {
  private TermPools() {}

  static final ImmutableList<Term> EVERYDAY = regular(
      "accountant", "architect", "artist", "astronomer", "baker", "beekeeper", "botanist", "carpenter",
      "chess player", "chemist", "cyclist", "dancer", "dentist", "diver", "electrician", "engineer",
      "farmer", "gardener", "hiker", "historian", "jogger", "juggler", "knitter", "lawyer", "librarian",
      "magician", "mechanic", "musician", "nurse", "painter", "photographer", "pilot", "plumber", "poet",
      "potter", "sailor", "singer", "skier", "surfer", "tailor", "teacher", "translator", "violinist",
      "writer");

  static final ImmutableList<Term> NONSENSE = regular(
      "blicket", "blorb", "crint", "dorp", "drell", "ekk", "fep", "flib", "frell", "frop", "glim", "gler",
      "grib", "hask", "ipple", "jorn", "jurp", "klep", "krant", "mib", "morple", "nurk", "ozzle", "plonk",
      "prab", "quazzle", "slint", "snorp", "spleek", "tiv", "toma", "trib", "varn", "vunt", "wug", "yorp",
      "zind", "zorb");

  /** The taxonomy: each entry is {singular, plural, parent singular or ""}. */
  private static final String[][] TAXONOMY = {
    {"animal", "animals", ""},
    {"mammal", "mammals", "animal"},
    {"dog", "dogs", "mammal"},
    {"cat", "cats", "mammal"},
    {"horse", "horses", "mammal"},
    {"whale", "whales", "mammal"},
    {"cow", "cows", "mammal"},
    {"bird", "birds", "animal"},
    {"eagle", "eagles", "bird"},
    {"penguin", "penguins", "bird"},
    {"sparrow", "sparrows", "bird"},
    {"owl", "owls", "bird"},
    {"reptile", "reptiles", "animal"},
    {"snake", "snakes", "reptile"},
    {"lizard", "lizards", "reptile"},
    {"turtle", "turtles", "reptile"},
    {"fish", "fish", "animal"},
    {"shark", "sharks", "fish"},
    {"eel", "eels", "fish"},
    {"insect", "insects", "animal"},
    {"ant", "ants", "insect"},
    {"bee", "bees", "insect"},
    {"beetle", "beetles", "insect"},
    {"butterfly", "butterflies", "insect"},
    {"plant", "plants", ""},
    {"tree", "trees", "plant"},
    {"oak", "oaks", "tree"},
    {"pine", "pines", "tree"},
    {"maple", "maples", "tree"},
    {"flower", "flowers", "plant"},
    {"rose", "roses", "flower"},
    {"tulip", "tulips", "flower"},
    {"daisy", "daisies", "flower"},
    {"vehicle", "vehicles", ""},
    {"car", "cars", "vehicle"},
    {"bicycle", "bicycles", "vehicle"},
    {"boat", "boats", "vehicle"},
    {"train", "trains", "vehicle"},
    {"truck", "trucks", "vehicle"},
  };

  static final ImmutableList<Term> BELIEF = taxonomy();

  static List<Term> pool(String name) {
    return switch (name) {
      case "everyday" -> EVERYDAY;
      case "nonsense" -> NONSENSE;
      case "belief" -> BELIEF;
      default -> throw new IllegalArgumentException("no term pool " + name);
    };
  }

  /** In the belief taxonomy: every member of {@code x} is a member of {@code y}. */
  static boolean includedIn(int x, int y) {
    for (int t = x; t >= 0; t = BELIEF.get(t).parent()) {
      if (t == y) {
        return true;
      }
    }
    return false;
  }

  /**
   * The real-world truth of a statement about two belief-pool terms: categories overlap exactly
   * when one includes the other (siblings are disjoint).
   */
  static boolean believed(char type, int x, int y) {
    boolean all = includedIn(x, y);
    boolean overlap = all || includedIn(y, x);
    return switch (type) {
      case 'A' -> all;
      case 'E' -> !overlap;
      case 'I' -> overlap;
      case 'O' -> !all;
      default -> throw new IllegalArgumentException("no statement type " + type);
    };
  }

  private static ImmutableList<Term> regular(String... singulars) {
    List<Term> terms = new ArrayList<>(singulars.length);
    for (String s : singulars) {
      terms.add(new Term(s, s + "s", -1));
    }
    return ImmutableList.copyOf(terms);
  }

  private static ImmutableList<Term> taxonomy() {
    List<Term> terms = new ArrayList<>(TAXONOMY.length);
    for (String[] row : TAXONOMY) {
      int parent = -1;
      for (int i = 0; i < terms.size(); i++) {
        if (terms.get(i).singular().equals(row[2])) {
          parent = i;
        }
      }
      terms.add(new Term(row[0], row[1], parent));
    }
    return ImmutableList.copyOf(terms);
  }
}
