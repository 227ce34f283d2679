package io.taskforge.logic.knightsknaves;

import io.taskforge.logic.formula.Formula;
import java.util.List;

/**
 * Renders a speaker's claim as plain English with explicit grouping: every compound part of a
 * larger claim is put in parentheses, so nesting never depends on precedence, e.g.
 * {@code Bob is a knave and (Carol is a knight or I am a knave)}.
 */
public final class StatementText {
  private StatementText() {}

  /** The line {@code Alice says: "…."}. */
  public static String line(int speaker, Formula claim, List<String> people) {
    StringBuilder sb = new StringBuilder(64);
    sb.append(people.get(speaker)).append(" says: \"");
    int start = sb.length();
    append(sb, claim, speaker, people);
    while (sb.charAt(start) == '(') {
      start++;
    }
    sb.setCharAt(start, Character.toUpperCase(sb.charAt(start)));
    return sb.append(".\"").toString();
  }

  /** The claim as a sentence fragment (lower-case start, no period). */
  public static String claim(int speaker, Formula claim, List<String> people) {
    StringBuilder sb = new StringBuilder(64);
    append(sb, claim, speaker, people);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Formula f, int speaker, List<String> people) {
    if (f instanceof Formula.Is is) {
      if (is.var() == speaker) {
        sb.append("I am a ");
      } else {
        sb.append(people.get(is.var())).append(" is a ");
      }
      sb.append(is.value() ? "knight" : "knave");
    } else if (f instanceof Formula.Not not) {
      sb.append("it is not the case that ");
      part(sb, not.operand(), speaker, people);
    } else if (f instanceof Formula.And and) {
      join(sb, and.operands(), " and ", speaker, people);
    } else if (f instanceof Formula.Or or) {
      join(sb, or.operands(), " or ", speaker, people);
    } else if (f instanceof Formula.Iff iff) {
      part(sb, iff.left(), speaker, people);
      sb.append(" if and only if ");
      part(sb, iff.right(), speaker, people);
    } else {
      Formula.Implies imp = (Formula.Implies) f;
      sb.append("if ");
      part(sb, imp.antecedent(), speaker, people);
      sb.append(" then ");
      part(sb, imp.consequent(), speaker, people);
    }
  }

  private static void join(StringBuilder sb, List<Formula> parts, String word, int speaker, List<String> people) {
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        sb.append(word);
      }
      part(sb, parts.get(i), speaker, people);
    }
  }

  /** An operand: a single claim as is, anything compound in parentheses. */
  private static void part(StringBuilder sb, Formula f, int speaker, List<String> people) {
    if (f instanceof Formula.Is) {
      append(sb, f, speaker, people);
    } else {
      sb.append('(');
      append(sb, f, speaker, people);
      sb.append(')');
    }
  }
}
