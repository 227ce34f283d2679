package io.taskforge.logic.knightsknaves;

import static io.taskforge.verify.Text.isSpace;
import static io.taskforge.verify.Text.skipSpaceBack;
import static io.taskforge.verify.Text.skipSpaceForward;
import static io.taskforge.verify.Text.snippet;

import io.taskforge.logic.formula.Formula;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.List;

/**
 * Scores a role list against the puzzle's rules: the answer is correct exactly when every knight's
 * statement is true and every knave's statement is false under it.
 *
 * <p>Answer format (see {@link KnightsKnavesTask#answerFormat()}): entries {@code Name: knight} or
 * {@code Name: knave} separated by commas or newlines; names and roles in any case; surrounding
 * whitespace, a trailing period and a leading {@code -}/{@code *} list marker are ignored; any order;
 * each person exactly once. Anything else is INVALID_FORMAT, naming the first bad entry or person.
 *
 * <p>Partial credit for an inconsistent assignment: the share of people whose role agrees with a
 * consistent assignment (the closest one, should a problem have several), found by this verifier's
 * own backtracking search.
 */
public final class KnightsKnavesVerifier implements Verifier<KnightsKnavesProblem> {
  /** The most people a problem may have here; bounds the partial-credit search to 2^17 nodes. */
  static final int MAX_PEOPLE = 16;

  @Override
  public String taskId() {
    return KnightsKnavesTask.ID;
  }

  @Override
  public Class<KnightsKnavesProblem> problemType() {
    return KnightsKnavesProblem.class;
  }

  @Override
  public Verdict verify(KnightsKnavesProblem problem, String response) {
    String bad = problemError(problem);
    if (bad != null) {
      return Verdict.of(Status.BAD_PROBLEM, bad);
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    List<String> people = problem.people();
    int n = people.size();
    int[] roles = new int[n];
    Verdict formatError = parse(extracted.answer(), people, roles);
    if (formatError != null) {
      return formatError;
    }
    long assignment = 0;
    for (int i = 0; i < n; i++) {
      if (roles[i] == KNIGHT) {
        assignment |= 1L << i;
      }
    }

    List<KnightsKnavesProblem.Statement> statements = problem.statements();
    for (int s = 0; s < statements.size(); s++) {
      KnightsKnavesProblem.Statement st = statements.get(s);
      boolean knight = ((assignment >>> st.speaker()) & 1L) == 1L;
      if (st.claim().eval(assignment) != knight) {
        return inconsistent(problem, assignment, s, knight);
      }
    }
    return Verdict.correct("all " + n + " roles are consistent with every statement");
  }

  private static Verdict inconsistent(KnightsKnavesProblem problem, long assignment, int s, boolean knight) {
    int n = problem.people().size();
    String speaker = problem.people().get(problem.statements().get(s).speaker());
    int best = new ClosestSolution(problem, assignment).best();
    if (best < 0) {
      return Verdict.of(Status.BAD_PROBLEM, "the puzzle has no consistent assignment of roles");
    }
    String reason = "statement " + (s + 1) + " (by " + speaker + ") is " + (knight ? "false" : "true")
        + " under these roles, so " + speaker + " cannot be a " + (knight ? "knight" : "knave")
        + "; " + best + " of " + n + " roles match the consistent assignment";
    return Verdict.partial((double) best / n, Status.WRONG, reason);
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  private static final int UNSET = 0;
  private static final int KNIGHT = 1;
  private static final int KNAVE = 2;

  /** Fills {@code roles}; returns the INVALID_FORMAT verdict of the first problem, or null. */
  private static Verdict parse(String answer, List<String> people, int[] roles) {
    int len = answer.length();
    int start = 0;
    int entry = 0;
    while (start <= len) {
      int end = start;
      while (end < len && !isSeparator(answer.charAt(end))) {
        end++;
      }
      int from = skipSpaceForward(answer, start, end);
      int to = skipSpaceBack(answer, from, end);
      if (to > from && answer.charAt(to - 1) == '.') {
        to = skipSpaceBack(answer, from, to - 1);
      }
      if (to - from >= 2 && (answer.charAt(from) == '-' || answer.charAt(from) == '*')
          && isSpace(answer.charAt(from + 1))) {
        from = skipSpaceForward(answer, from + 1, to);
      }
      if (to > from) {
        entry++;
        Verdict v = parseEntry(answer, from, to, entry, people, roles);
        if (v != null) {
          return v;
        }
      }
      start = end + 1;
    }
    if (entry == 0) {
      return Verdict.invalidFormat("the answer lists no roles; expected entries like 'Name: knight'");
    }
    for (int i = 0; i < roles.length; i++) {
      if (roles[i] == UNSET) {
        return Verdict.invalidFormat(people.get(i) + " is missing: every person needs a role");
      }
    }
    return null;
  }

  private static Verdict parseEntry(String s, int from, int to, int entry, List<String> people, int[] roles) {
    int colon = -1;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == ':') {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return Verdict.invalidFormat("entry " + entry + " (" + snippet(s, from, to)
          + ") is not of the form 'Name: knight' or 'Name: knave'");
    }
    int nameEnd = skipSpaceBack(s, from, colon);
    int roleFrom = skipSpaceForward(s, colon + 1, to);
    int person = -1;
    for (int p = 0; p < people.size(); p++) {
      String name = people.get(p);
      if (name.length() == nameEnd - from && s.regionMatches(true, from, name, 0, name.length())) {
        person = p;
        break;
      }
    }
    if (person < 0) {
      return Verdict.invalidFormat("entry " + entry + " names " + snippet(s, from, nameEnd)
          + ", who is not one of the people (" + String.join(", ", people) + ")");
    }
    int role;
    if (matches(s, roleFrom, to, "knight")) {
      role = KNIGHT;
    } else if (matches(s, roleFrom, to, "knave")) {
      role = KNAVE;
    } else {
      return Verdict.invalidFormat("the role of " + people.get(person) + " must be 'knight' or 'knave', got "
          + snippet(s, roleFrom, to));
    }
    if (roles[person] != UNSET) {
      return Verdict.invalidFormat(people.get(person) + " is listed more than once");
    }
    roles[person] = role;
    return null;
  }

  private static boolean matches(String s, int from, int to, String word) {
    return to - from == word.length() && s.regionMatches(true, from, word, 0, word.length());
  }

  private static boolean isSeparator(char c) {
    return c == ',' || c == '\n' || c == '\r';
  }





  // ---------------------------------------------------------------------------------------------
  // The problem's own sanity

  /** Why the problem cannot be scored, or null. */
  static String problemError(KnightsKnavesProblem problem) {
    if (problem == null) {
      return "the instance has no problem to verify against";
    }
    List<String> people = problem.people();
    int n = people.size();
    if (n < 1 || n > MAX_PEOPLE) {
      return "the puzzle has " + n + " people; this verifier reads 1 to " + MAX_PEOPLE;
    }
    for (int i = 0; i < n; i++) {
      String name = people.get(i);
      if (name.isEmpty() || isSpace(name.charAt(0)) || isSpace(name.charAt(name.length() - 1))) {
        return "person " + (i + 1) + " has an empty or padded name";
      }
      for (int k = 0; k < name.length(); k++) {
        char c = name.charAt(k);
        if (c == ':' || isSeparator(c)) {
          return "person " + (i + 1) + "'s name contains a separator character";
        }
      }
      for (int j = 0; j < i; j++) {
        if (people.get(j).equalsIgnoreCase(name)) {
          return "two people are called " + name;
        }
      }
    }
    long everyone = (1L << n) - 1;
    for (int s = 0; s < problem.statements().size(); s++) {
      KnightsKnavesProblem.Statement st = problem.statements().get(s);
      if (st == null || st.claim() == null || st.speaker() < 0 || st.speaker() >= n
          || (st.claim().vars() & ~everyone) != 0) {
        return "statement " + (s + 1) + " is missing or refers to someone who is not in the puzzle";
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Partial credit

  /**
   * The largest number of roles an assignment shares with some consistent assignment, by
   * backtracking over people in order and checking each statement once everyone it involves has a
   * role. -1 when no assignment is consistent.
   */
  private static final class ClosestSolution {
    private final int n;
    private final long answer;
    private final Formula[] claims;
    private final int[] speakers;
    /** statementsAt[k]: statements whose last involved person is k - 1. */
    private final int[][] statementsAt;
    private int best = -1;

    ClosestSolution(KnightsKnavesProblem problem, long answer) {
      this.n = problem.people().size();
      this.answer = answer;
      int m = problem.statements().size();
      this.claims = new Formula[m];
      this.speakers = new int[m];
      int[] last = new int[m];
      int[] counts = new int[n + 1];
      for (int s = 0; s < m; s++) {
        claims[s] = problem.statements().get(s).claim();
        speakers[s] = problem.statements().get(s).speaker();
        long involved = claims[s].vars() | (1L << speakers[s]);
        last[s] = 64 - Long.numberOfLeadingZeros(involved);
        counts[last[s]]++;
      }
      this.statementsAt = new int[n + 1][];
      for (int k = 0; k <= n; k++) {
        statementsAt[k] = new int[counts[k]];
        counts[k] = 0;
      }
      for (int s = 0; s < m; s++) {
        statementsAt[last[s]][counts[last[s]]++] = s;
      }
    }

    int best() {
      search(0, 0L, 0);
      return best;
    }

    private void search(int k, long assignment, int agree) {
      for (int s : statementsAt[k]) {
        boolean knight = ((assignment >>> speakers[s]) & 1L) == 1L;
        if (claims[s].eval(assignment) != knight) {
          return;
        }
      }
      if (k == n) {
        best = Math.max(best, agree);
        return;
      }
      long bit = 1L << k;
      int sameIfKnight = (answer & bit) != 0 ? 1 : 0;
      search(k + 1, assignment | bit, agree + sameIfKnight);
      search(k + 1, assignment, agree + 1 - sameIfKnight);
    }
  }
}
