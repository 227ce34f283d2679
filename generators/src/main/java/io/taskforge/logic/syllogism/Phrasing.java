package io.taskforge.logic.syllogism;

import java.util.Locale;

/**
 * English sentences for categorical statements. Variant 0 is the standard form ({@code All X are
 * Y.}); the others say the same thing with other words, a negation, or the terms the other way round
 * (only where that is equivalent: the converse of E and I, {@code Only Y are X} for A).
 */
final class Phrasing {
  private Phrasing() {}

  /** Number of variants per type A, E, I, O. */
  static int variants(char type) {
    return switch (type) {
      case 'A' -> 7;
      case 'E' -> 7;
      case 'I' -> 6;
      case 'O' -> 6;
      default -> throw new IllegalArgumentException("no statement type " + type);
    };
  }

  /** The standard form without a period: {@code Some artists are not poets}. */
  static String standard(char type, Term x, Term y) {
    return switch (type) {
      case 'A' -> "All " + x.plural() + " are " + y.plural();
      case 'E' -> "No " + x.plural() + " are " + y.plural();
      case 'I' -> "Some " + x.plural() + " are " + y.plural();
      case 'O' -> "Some " + x.plural() + " are not " + y.plural();
      default -> throw new IllegalArgumentException("no statement type " + type);
    };
  }

  /** A sentence (capitalized, with a period) saying the statement in variant {@code v}. */
  static String sentence(char type, Term x, Term y, int v) {
    String xp = x.plural();
    String yp = y.plural();
    String xs = x.singular();
    String xa = x.withArticle();
    String ya = y.withArticle();
    String s = switch (type) {
      case 'A' -> switch (v) {
        case 0 -> "all " + xp + " are " + yp;
        case 1 -> "every " + xs + " is " + ya;
        case 2 -> "only " + yp + " are " + xp;
        case 3 -> "there is no " + xs + " that is not " + ya;
        case 4 -> "anything that is " + xa + " is " + ya;
        case 5 -> "if something is " + xa + ", then it is " + ya;
        default -> "it is not true that some " + xp + " are not " + yp;
      };
      case 'E' -> switch (v) {
        case 0 -> "no " + xp + " are " + yp;
        case 1 -> "no " + yp + " are " + xp;
        case 2 -> "no " + xs + " is " + ya;
        case 3 -> "there is no " + xs + " that is " + ya;
        case 4 -> "nothing that is " + xa + " is " + ya;
        case 5 -> "if something is " + xa + ", then it is not " + ya;
        default -> "it is not true that some " + xp + " are " + yp;
      };
      case 'I' -> switch (v) {
        case 0 -> "some " + xp + " are " + yp;
        case 1 -> "some " + yp + " are " + xp;
        case 2 -> "at least one " + xs + " is " + ya;
        case 3 -> "there is " + xa + " that is " + ya;
        case 4 -> "it is not true that no " + xp + " are " + yp;
        default -> "not every " + xs + " fails to be " + ya;
      };
      case 'O' -> switch (v) {
        case 0 -> "some " + xp + " are not " + yp;
        case 1 -> "not all " + xp + " are " + yp;
        case 2 -> "not every " + xs + " is " + ya;
        case 3 -> "at least one " + xs + " is not " + ya;
        case 4 -> "there is " + xa + " that is not " + ya;
        default -> "it is not true that all " + xp + " are " + yp;
      };
      default -> throw new IllegalArgumentException("no statement type " + type);
    };
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + ".";
  }

  static int words(String sentence) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < sentence.length(); i++) {
      boolean letter = sentence.charAt(i) != ' ';
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
