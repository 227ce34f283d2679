package io.taskforge.logic.knightsknaves;

import io.taskforge.logic.formula.Formula;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only: an evaluator, a solution counter and an English reader written apart from the
 * generator (no truth tables, no {@link Formula#eval}), to check its gold answers and renderings.
 */
final class IndependentChecker {
  private IndependentChecker() {}

  static boolean truth(Formula f, boolean[] knight) {
    if (f instanceof Formula.Is is) {
      return knight[is.var()] == is.value();
    }
    if (f instanceof Formula.Not not) {
      return !truth(not.operand(), knight);
    }
    if (f instanceof Formula.And and) {
      boolean all = true;
      for (Formula g : and.operands()) {
        all &= truth(g, knight);
      }
      return all;
    }
    if (f instanceof Formula.Or or) {
      boolean any = false;
      for (Formula g : or.operands()) {
        any |= truth(g, knight);
      }
      return any;
    }
    if (f instanceof Formula.Iff iff) {
      return truth(iff.left(), knight) == truth(iff.right(), knight);
    }
    Formula.Implies imp = (Formula.Implies) f;
    return !truth(imp.antecedent(), knight) || truth(imp.consequent(), knight);
  }

  static boolean consistent(KnightsKnavesProblem p, boolean[] knight) {
    for (KnightsKnavesProblem.Statement s : p.statements()) {
      if (truth(s.claim(), knight) != knight[s.speaker()]) {
        return false;
      }
    }
    return true;
  }

  /** The consistent assignments, enumerated by plain recursion; stops after {@code limit}. */
  static List<boolean[]> solutions(KnightsKnavesProblem p, int limit) {
    List<boolean[]> found = new ArrayList<>();
    enumerate(p, new boolean[p.people().size()], 0, limit, found);
    return found;
  }

  private static void enumerate(KnightsKnavesProblem p, boolean[] knight, int i, int limit, List<boolean[]> found) {
    if (found.size() >= limit) {
      return;
    }
    if (i == knight.length) {
      if (consistent(p, knight)) {
        found.add(knight.clone());
      }
      return;
    }
    knight[i] = false;
    enumerate(p, knight, i + 1, limit, found);
    knight[i] = true;
    enumerate(p, knight, i + 1, limit, found);
  }

  /** Reads a gold answer "A: knight, B: knave" by plain splitting. */
  static boolean[] readAnswer(String answer, List<String> people) {
    String[] entries = answer.split(", ");
    if (entries.length != people.size()) {
      throw new AssertionError("expected " + people.size() + " entries in " + answer);
    }
    boolean[] knight = new boolean[people.size()];
    for (int i = 0; i < entries.length; i++) {
      String[] kv = entries[i].split(": ");
      if (!kv[0].equals(people.get(i))) {
        throw new AssertionError("entry " + i + " of " + answer + " is not " + people.get(i));
      }
      if (!kv[1].equals("knight") && !kv[1].equals("knave")) {
        throw new AssertionError("bad role in " + answer);
      }
      knight[i] = kv[1].equals("knight");
    }
    return knight;
  }

  /** Reads a rendered line {@code Name says: "…."} back into its speaker and claim. */
  static KnightsKnavesProblem.Statement readLine(String line, List<String> people) {
    int says = line.indexOf(" says: \"");
    int speaker = people.indexOf(line.substring(0, says));
    if (speaker < 0 || !line.endsWith(".\"")) {
      throw new AssertionError("not a statement line: " + line);
    }
    String sentence = line.substring(says + 8, line.length() - 2);
    int first = 0;
    while (sentence.charAt(first) == '(') {
      first++;
    }
    if (!Character.isUpperCase(sentence.charAt(first))) {
      throw new AssertionError("sentence does not start with a capital: " + line);
    }
    Reader r = new Reader(sentence, first, speaker, people);
    Formula f = r.expr();
    if (r.pos != sentence.length()) {
      throw new AssertionError("unread text at " + r.pos + " in: " + sentence);
    }
    return new KnightsKnavesProblem.Statement(speaker, f);
  }

  /** Recursive descent over the English grammar; case-insensitive only at the sentence start. */
  private static final class Reader {
    final String s;
    final int speaker;
    final List<String> people;
    /** The position of the sentence's capitalized first word, matched case-insensitively. */
    final int first;
    int pos;

    Reader(String s, int first, int speaker, List<String> people) {
      this.s = s;
      this.first = first;
      this.speaker = speaker;
      this.people = people;
    }

    boolean eat(String word) {
      if (s.regionMatches(pos == first, pos, word, 0, word.length())) {
        pos += word.length();
        return true;
      }
      return false;
    }

    void expect(String word) {
      if (!eat(word)) {
        throw new AssertionError("expected '" + word + "' at " + pos + " in: " + s);
      }
    }

    Formula expr() {
      if (eat("it is not the case that ")) {
        return Formula.not(part());
      }
      if (eat("if ")) {
        Formula a = part();
        expect(" then ");
        return Formula.implies(a, part());
      }
      Formula first = part();
      if (eat(" if and only if ")) {
        return Formula.iff(first, part());
      }
      for (String word : new String[] {" and ", " or "}) {
        if (s.startsWith(word, pos)) {
          List<Formula> parts = new ArrayList<>(List.of(first));
          while (eat(word)) {
            parts.add(part());
          }
          return word.equals(" and ") ? new Formula.And(parts) : new Formula.Or(parts);
        }
      }
      return first;
    }

    Formula part() {
      if (eat("(")) {
        Formula f = expr();
        expect(")");
        if (f instanceof Formula.Is) {
          throw new AssertionError("a single claim in parentheses in: " + s);
        }
        return f;
      }
      int person;
      if (eat("I am a ")) {
        person = speaker;
      } else {
        int end = s.indexOf(" is a ", pos);
        person = people.indexOf(s.substring(pos, end));
        if (person < 0 || person == speaker) {
          throw new AssertionError("bad subject at " + pos + " in: " + s);
        }
        pos = end + 6;
      }
      if (eat("knight")) {
        return Formula.is(person, true);
      }
      expect("knave");
      return Formula.is(person, false);
    }
  }
}
