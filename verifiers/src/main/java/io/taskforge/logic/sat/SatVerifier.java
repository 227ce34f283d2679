package io.taskforge.logic.sat;

import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.List;

/**
 * Scores an answer to a CNF formula by evaluating every clause under the given assignment.
 *
 * <p>Answer format (see {@link SatTask#answerFormat()}): {@code UNSAT} (or {@code UNSATISFIABLE}),
 * any case, optionally in markdown emphasis or backticks and with a final period; or entries
 * separated by commas, semicolons or whitespace, each either {@code x3=T} ({@code x} optional and in
 * any case; {@code =} or {@code :} with spaces around allowed; value {@code T}/{@code F}/
 * {@code true}/{@code false}/{@code 1}/{@code 0} in any case) or a literal {@code 3}, {@code x3},
 * {@code -3}, {@code -x3} (also {@code ~ ! ¬ −} for negation); a lone {@code 0} may end the list
 * (DIMACS); the whole answer may end with a period. A variable given twice, a variable outside
 * {@code x1..xN} or any other text is INVALID_FORMAT, naming the first bad entry.
 *
 * <p>Scoring: an assignment under which every clause has a true literal is CORRECT (whatever the
 * instance's flag says: it proves satisfiability); unassigned variables make no literal true. For a
 * satisfiable formula, a complete assignment scores 0.5 × the chance-corrected share of satisfied
 * clauses (beyond the expectation of a random assignment; PARTIAL),
 * an incomplete one 0; for an unsatisfiable formula every assignment scores 0; {@code UNSAT} scores 1
 * exactly when the instance is unsatisfiable.
 */
public final class SatVerifier implements Verifier<SatProblem> {
  /** Bounds on the problems this verifier reads, so that its work stays bounded. */
  static final int MAX_VARIABLES = 1_000_000;
  static final int MAX_LITERALS = 10_000_000;
  static final double PARTIAL_FACTOR = 0.5;
  private static final int SNIPPET = 40;
  private static final byte UNASSIGNED = 0;
  private static final byte TRUE = 1;
  private static final byte FALSE = 2;

  @Override
  public String taskId() {
    return SatTask.ID;
  }

  @Override
  public Class<SatProblem> problemType() {
    return SatProblem.class;
  }

  @Override
  public Verdict verify(SatProblem problem, String response) {
    String bad = problemError(problem);
    if (bad != null) {
      return Verdict.of(Status.BAD_PROBLEM, bad);
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    if (isUnsatWord(answer)) {
      return problem.satisfiable()
          ? Verdict.wrong("the answer is UNSAT, but the formula is satisfiable")
          : Verdict.correct("the formula is unsatisfiable and the answer says UNSAT");
    }
    int n = problem.variables();
    byte[] values = new byte[n + 1];
    Parser parser = new Parser(answer, values);
    Verdict formatError = parser.parse();
    if (formatError != null) {
      return formatError;
    }
    return judge(problem, values, parser.assigned == n);
  }

  private static Verdict judge(SatProblem problem, byte[] values, boolean complete) {
    List<List<Integer>> clauses = problem.clauses();
    int m = clauses.size();
    int satisfied = 0;
    int firstFalse = -1;
    for (int c = 0; c < m; c++) {
      if (holds(clauses.get(c), values)) {
        satisfied++;
      } else if (firstFalse < 0) {
        firstFalse = c;
      }
    }
    if (firstFalse < 0) {
      return Verdict.correct("every one of the " + m + " clauses has a true literal");
    }
    String where = "clause " + (firstFalse + 1) + " " + clauseText(clauses.get(firstFalse))
        + " has no true literal under this assignment";
    if (!problem.satisfiable()) {
      return Verdict.wrong("the formula is unsatisfiable (the answer is UNSAT); " + where);
    }
    if (!complete) {
      return Verdict.wrong(where + ", and the assignment leaves variables out, so it earns no partial credit");
    }
    // Chance-corrected: a random complete assignment satisfies a clause of k distinct literals with
    // probability 1 - 2^-k, so only satisfied clauses beyond that expectation earn credit.
    double expected = 0;
    for (List<Integer> clause : clauses) {
      expected += 1.0 - Math.pow(0.5, clause.size());
    }
    double score = satisfied <= expected ? 0.0 : PARTIAL_FACTOR * (satisfied - expected) / (m - expected);
    return Verdict.partial(score, Status.WRONG,
        where + "; " + satisfied + " of " + m + " clauses are satisfied, against " + Math.round(expected)
            + " expected of a random assignment");
  }

  private static boolean holds(List<Integer> clause, byte[] values) {
    for (int i = 0, size = clause.size(); i < size; i++) {
      int lit = clause.get(i);
      byte v = values[lit < 0 ? -lit : lit];
      if (v == (lit < 0 ? FALSE : TRUE)) {
        return true;
      }
    }
    return false;
  }

  private static String clauseText(List<Integer> clause) {
    StringBuilder sb = new StringBuilder(8 * clause.size()).append('(');
    for (int i = 0; i < clause.size(); i++) {
      if (i > 0) {
        sb.append(" or ");
      }
      int lit = clause.get(i);
      sb.append(lit < 0 ? "not x" : "x").append(Math.abs(lit));
    }
    return sb.append(')').toString();
  }

  /** {@code UNSAT} or {@code UNSATISFIABLE}, any case, in optional emphasis/backticks, optional final period. */
  static boolean isUnsatWord(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == '*' || s.charAt(from) == '`' || s.charAt(from) == '_')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == '*' || s.charAt(to - 1) == '`' || s.charAt(to - 1) == '_'
        || s.charAt(to - 1) == '.' || isSpace(s.charAt(to - 1)))) {
      to--;
    }
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    return word(s, from, to, "unsat") || word(s, from, to, "unsatisfiable");
  }

  private static boolean word(String s, int from, int to, String w) {
    return to - from == w.length() && s.regionMatches(true, from, w, 0, w.length());
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || Character.isWhitespace(c);
  }

  /** Reads entries into {@code values}; one pass, no backtracking. */
  private static final class Parser {
    private final String s;
    private final int end;
    private final byte[] values;
    private int pos;
    private int entry;
    int assigned;

    Parser(String s, byte[] values) {
      this.s = s;
      int e = s.length();
      while (e > 0 && isSpace(s.charAt(e - 1))) {
        e--;
      }
      if (e > 0 && s.charAt(e - 1) == '.') {
        e--;
      }
      this.end = e;
      this.values = values;
    }

    Verdict parse() {
      while (true) {
        skipSeparators();
        if (pos >= end) {
          break;
        }
        entry++;
        int start = pos;
        Verdict v = entry(start);
        if (v != null) {
          return v;
        }
        if (pos < end && !isSeparator(s.charAt(pos))) {
          return Verdict.invalidFormat("entry " + entry + " (" + snippet(start) + ") is not of the form"
              + " 'x3=T', '3' or '-3'");
        }
      }
      if (assigned == 0) {
        return Verdict.invalidFormat("the answer gives no variable a value; expected entries like 'x1=T, x2=F'"
            + " or the word UNSAT");
      }
      return null;
    }

    private Verdict entry(int start) {
      boolean negated = false;
      char c = s.charAt(pos);
      if (c == '-' || c == '~' || c == '!' || c == '\u00AC' || c == '\u2212') {
        negated = true;
        pos++;
      }
      boolean named = false;
      if (pos < end && (s.charAt(pos) == 'x' || s.charAt(pos) == 'X')) {
        named = true;
        pos++;
      }
      int digitsFrom = pos;
      long var = 0;
      while (pos < end && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
        var = Math.min(var * 10 + (s.charAt(pos) - '0'), Integer.MAX_VALUE);
        pos++;
      }
      if (pos == digitsFrom) {
        return Verdict.invalidFormat("entry " + entry + " (" + snippet(start) + ") is not of the form"
            + " 'x3=T', '3' or '-3'");
      }
      int afterNumber = pos;
      int look = pos;
      while (look < end && (s.charAt(look) == ' ' || s.charAt(look) == '\t')) {
        look++;
      }
      byte value;
      if (look < end && (s.charAt(look) == '=' || s.charAt(look) == ':')) {
        if (negated) {
          return Verdict.invalidFormat("entry " + entry + " (" + snippet(start) + ") both negates the variable"
              + " and gives it a value");
        }
        pos = look + 1;
        while (pos < end && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
          pos++;
        }
        int wordFrom = pos;
        while (pos < end && Character.isLetterOrDigit(s.charAt(pos))) {
          pos++;
        }
        value = truthValue(wordFrom, pos);
        if (value == UNASSIGNED) {
          return Verdict.invalidFormat("the value in entry " + entry + " (" + snippet(start) + ") must be T, F,"
              + " true, false, 1 or 0");
        }
      } else {
        pos = afterNumber;
        if (var == 0 && !named && !negated) {
          // A DIMACS terminator: only as the last entry.
          skipSeparators();
          if (pos < end) {
            return Verdict.invalidFormat("entry " + entry + " is 0, which may only end the list");
          }
          return null;
        }
        value = negated ? FALSE : TRUE;
      }
      if (var < 1 || var >= values.length) {
        return Verdict.invalidFormat("entry " + entry + " (" + snippet(start) + ") names x" + var
            + ", but the variables are x1 to x" + (values.length - 1));
      }
      if (values[(int) var] != UNASSIGNED) {
        return Verdict.invalidFormat("x" + var + " is given a value more than once (entry " + entry + ")");
      }
      values[(int) var] = value;
      assigned++;
      return null;
    }

    private byte truthValue(int from, int to) {
      if (word(s, from, to, "t") || word(s, from, to, "true") || word(s, from, to, "1")) {
        return TRUE;
      }
      if (word(s, from, to, "f") || word(s, from, to, "false") || word(s, from, to, "0")) {
        return FALSE;
      }
      return UNASSIGNED;
    }

    private void skipSeparators() {
      while (pos < end && isSeparator(s.charAt(pos))) {
        pos++;
      }
    }

    private static boolean isSeparator(char c) {
      return c == ',' || c == ';' || isSpace(c);
    }

    private String snippet(int from) {
      int stop = from;
      while (stop < end && !isSeparator(s.charAt(stop)) && stop - from < SNIPPET) {
        stop++;
      }
      StringBuilder sb = new StringBuilder(SNIPPET + 8).append('\'');
      for (int i = from; i < stop; i++) {
        char c = s.charAt(i);
        sb.append(c < ' ' || c == 0x7F || Character.isSurrogate(c) ? '?' : c);
      }
      if (stop < end && !isSeparator(s.charAt(stop))) {
        sb.append("...");
      }
      return sb.append('\'').toString();
    }
  }

  /** Why the problem cannot be scored, or null. */
  static String problemError(SatProblem problem) {
    if (problem == null) {
      return "the instance has no problem to verify against";
    }
    int n = problem.variables();
    if (n < 1 || n > MAX_VARIABLES) {
      return "the formula has " + n + " variables; this verifier reads 1 to " + MAX_VARIABLES;
    }
    List<List<Integer>> clauses = problem.clauses();
    if (clauses.isEmpty()) {
      return "the formula has no clauses";
    }
    long literals = 0;
    for (int c = 0; c < clauses.size(); c++) {
      List<Integer> clause = clauses.get(c);
      if (clause == null || clause.isEmpty()) {
        return "clause " + (c + 1) + " is missing or empty";
      }
      literals += clause.size();
      if (literals > MAX_LITERALS) {
        return "the formula has more than " + MAX_LITERALS + " literals";
      }
      for (Integer lit : clause) {
        if (lit == null || lit == 0 || lit > n || lit < -n) {
          return "clause " + (c + 1) + " has a literal outside x1..x" + n;
        }
      }
    }
    return null;
  }
}
