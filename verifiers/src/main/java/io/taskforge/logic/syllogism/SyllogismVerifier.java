package io.taskforge.logic.syllogism;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Keywords;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;

/**
 * Scores {@code valid}/{@code invalid} against the syllogism's validity under the Boolean reading.
 *
 * <p>The verifier reads the three standard-form statements of the problem (checking that their
 * types and term positions are the problem's mood and figure) and judges validity with the classical
 * rules of the syllogism, in the form that matches the reading without existential import: the
 * middle term is distributed at least once; a term distributed in the conclusion is distributed in
 * its premise; not both premises are negative; the conclusion is negative exactly when a premise is;
 * and two universal premises never give a particular conclusion. A form is valid when it breaks none
 * of them. Distractors are checked to be about other terms (so they cannot change validity) and
 * otherwise ignored. (The generator decides validity with Venn-region models instead, and the tests check both
 * against a third, separate model checker for all 256 forms.)
 */
public final class SyllogismVerifier implements Verifier<SyllogismProblem> {
  private static final int S = 0;
  private static final int M = 1;
  private static final int P = 2;

  @Override
  public String taskId() {
    return SyllogismTask.ID;
  }

  @Override
  public Class<SyllogismProblem> problemType() {
    return SyllogismProblem.class;
  }

  @Override
  public Verdict verify(SyllogismProblem problem, String response) {
    Judgement j = judge(problem);
    if (j.error() != null) {
      return Verdict.of(Status.BAD_PROBLEM, j.error());
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    int word = Keywords.match(extracted.answer(), "valid", "invalid");
    if (word < 0) {
      return Verdict.invalidFormat("the answer must be the single word valid or invalid, got "
          + Keywords.quote(extracted.answer()));
    }
    boolean answeredValid = word == 0;
    String why = j.valid()
        ? "the argument (form " + j.form() + ") is valid: it breaks none of the rules of the syllogism"
        : "the argument (form " + j.form() + ") is invalid: " + j.brokenRule();
    return answeredValid == j.valid() ? Verdict.correct(why) : Verdict.wrong(why);
  }

  /** The validity of a problem's syllogism, or why it cannot be read. */
  record Judgement(boolean valid, String form, String brokenRule, String error) {
    static Judgement bad(String error) {
      return new Judgement(false, null, null, error);
    }
  }

  static Judgement judge(SyllogismProblem problem) {
    if (problem == null || problem.premises().size() != 2 || problem.conclusion() == null
        || problem.subject() == null || problem.middle() == null || problem.predicate() == null
        || problem.mood() == null) {
      return Judgement.bad("the instance has no complete syllogism (two premises, a conclusion, three terms)");
    }
    String[] terms = {problem.subject(), problem.middle(), problem.predicate()};
    if (terms[0].equals(terms[1]) || terms[0].equals(terms[2]) || terms[1].equals(terms[2])) {
      return Judgement.bad("the syllogism's three terms are not distinct");
    }
    int[] major = read(problem.premises().get(0), terms);
    int[] minor = read(problem.premises().get(1), terms);
    int[] conclusion = read(problem.conclusion(), terms);
    if (major == null || minor == null || conclusion == null) {
      return Judgement.bad("a statement of the syllogism is not in standard form over its three terms");
    }
    if (conclusion[1] != S || conclusion[2] != P) {
      return Judgement.bad("the conclusion is not about the subject and the predicate, in that order");
    }
    int figure = figure(major, minor);
    if (figure < 0) {
      return Judgement.bad("the premises do not relate the middle term to the predicate and to the subject");
    }
    String mood = "" + "AEIO".charAt(major[0]) + "AEIO".charAt(minor[0]) + "AEIO".charAt(conclusion[0]);
    if (!mood.equals(problem.mood()) || figure != problem.figure()) {
      return Judgement.bad("the statements have form " + mood + "-" + figure + ", not the stated "
          + problem.mood() + "-" + problem.figure());
    }
    for (String d : problem.distractors()) {
      if (d == null || mentionsAny(d, terms)) {
        return Judgement.bad("a distractor is about the syllogism's own terms, so it could change validity");
      }
    }
    String broken = brokenRule(major, minor, conclusion, terms);
    return new Judgement(broken == null, mood + "-" + figure, broken, null);
  }

  /**
   * {type (0 A, 1 E, 2 I, 3 O), subject role, predicate role} of a standard-form statement, or null.
   */
  private static int[] read(String text, String[] terms) {
    if (text == null) {
      return null;
    }
    int type;
    int pos;
    if (text.startsWith("All ")) {
      type = 0;
      pos = 4;
    } else if (text.startsWith("No ")) {
      type = 1;
      pos = 3;
    } else if (text.startsWith("Some ")) {
      type = 2;
      pos = 5;
    } else {
      return null;
    }
    for (int x = 0; x < 3; x++) {
      if (!text.startsWith(terms[x], pos) || !text.startsWith(" are ", pos + terms[x].length())) {
        continue;
      }
      int rest = pos + terms[x].length() + 5;
      if (type == 2 && text.startsWith("not ", rest)) {
        // "Some X are not Y", unless Y itself starts with "not " and this is "Some X are Y".
        int y = exactTerm(text, rest + 4, terms);
        if (y >= 0 && y != x) {
          return new int[] {3, x, y};
        }
      }
      int y = exactTerm(text, rest, terms);
      if (y >= 0 && y != x) {
        return new int[] {type, x, y};
      }
    }
    return null;
  }

  /** Whether a standard-form statement has one of {@code terms} as its subject or predicate. */
  private static boolean mentionsAny(String text, String[] terms) {
    for (String t : terms) {
      for (String q : new String[] {"All ", "No ", "Some "}) {
        if (text.startsWith(q) && text.startsWith(t, q.length()) && text.startsWith(" are ", q.length() + t.length())) {
          return true;
        }
      }
      if (text.endsWith(" are " + t) || text.endsWith(" are not " + t)) {
        return true;
      }
    }
    return false;
  }

  private static int exactTerm(String text, int from, String[] terms) {
    for (int y = 0; y < 3; y++) {
      if (text.length() - from == terms[y].length() && text.startsWith(terms[y], from)) {
        return y;
      }
    }
    return -1;
  }

  /** The figure from where the middle term stands, or -1 when the premises are not M–P and S–M. */
  private static int figure(int[] major, int[] minor) {
    boolean majorMfirst = major[1] == M && major[2] == P;
    boolean majorMsecond = major[1] == P && major[2] == M;
    boolean minorMsecond = minor[1] == S && minor[2] == M;
    boolean minorMfirst = minor[1] == M && minor[2] == S;
    if (!(majorMfirst || majorMsecond) || !(minorMfirst || minorMsecond)) {
      return -1;
    }
    if (majorMfirst) {
      return minorMsecond ? 1 : 3;
    }
    return minorMsecond ? 2 : 4;
  }

  /** A: subject distributed; E: both; I: neither; O: predicate. */
  private static boolean distributes(int[] st, int role) {
    int type = st[0];
    if (st[1] == role) {
      return type == 0 || type == 1;
    }
    if (st[2] == role) {
      return type == 1 || type == 3;
    }
    return false;
  }

  private static boolean negative(int[] st) {
    return st[0] == 1 || st[0] == 3;
  }

  private static boolean universal(int[] st) {
    return st[0] == 0 || st[0] == 1;
  }

  /** The first rule the form breaks, as a clause, or null when it breaks none. */
  private static String brokenRule(int[] major, int[] minor, int[] conclusion, String[] terms) {
    if (!distributes(major, M) && !distributes(minor, M)) {
      return "the middle term (" + terms[M] + ") is not distributed in either premise";
    }
    if (distributes(conclusion, P) && !distributes(major, P)) {
      return "illicit major: the predicate term (" + terms[P]
          + ") is distributed in the conclusion but not in the major premise";
    }
    if (distributes(conclusion, S) && !distributes(minor, S)) {
      return "illicit minor: the subject term (" + terms[S]
          + ") is distributed in the conclusion but not in the minor premise";
    }
    if (negative(major) && negative(minor)) {
      return "both premises are negative";
    }
    if ((negative(major) || negative(minor)) && !negative(conclusion)) {
      return "a premise is negative but the conclusion is affirmative";
    }
    if (negative(conclusion) && !negative(major) && !negative(minor)) {
      return "the conclusion is negative but both premises are affirmative";
    }
    if (universal(major) && universal(minor) && !universal(conclusion)) {
      return "two universal premises cannot give a particular conclusion without existential import"
          + " (nothing says there are any " + terms[S] + ")";
    }
    return null;
  }
}
