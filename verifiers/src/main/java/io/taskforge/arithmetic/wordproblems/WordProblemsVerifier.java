package io.taskforge.arithmetic.wordproblems;

import io.taskforge.math.Rational;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Numbers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Text;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.trace.TraceLine;
import io.taskforge.verify.trace.TraceScore;
import io.taskforge.verify.trace.TraceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores {@code arithmetic.word-problems}. The verifier first computes every quantity itself from
 * the problem's formulas ({@link LineArithmetic}, exact rationals), then reads the answer.
 *
 * <p>Final mode: one number (read by {@link Numbers}, a leading {@code $} allowed) equal to the asked
 * quantity. Trace mode: each step line {@code name = expression [= expression ...] = value} must name
 * a quantity not yet written, come after the lines of the quantities it is computed from, have
 * expressions that evaluate to the written value (names of earlier lines stand for their values),
 * and that value must be the quantity's true value; full credit needs every quantity and the right
 * {@code Result:}. Scores by {@link TraceScore}.
 */
public final class WordProblemsVerifier implements Verifier<WordProblem> {
  /** Longest step line read; a longer one is an error at that step. */
  static final int MAX_LINE_CHARS = 2_000;

  @Override
  public String taskId() {
    return WordProblemsTask.ID;
  }

  @Override
  public Class<WordProblem> problemType() {
    return WordProblem.class;
  }

  @Override
  public Verdict verify(WordProblem problem, String response) {
    Model model = Model.of(problem);
    if (model == null) {
      return Verdict.of(Status.BAD_PROBLEM, "the problem's quantities cannot be computed");
    }
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    return "trace".equals(problem.mode()) ? trace(model, answer) : finalAnswer(model, answer);
  }

  private static Verdict finalAnswer(Model model, String answer) {
    String text = TraceText.finalText(answer);
    Rational given = readNumber(text);
    if (given == null) {
      return Verdict.invalidFormat("the answer " + Text.snippet(text, 0, text.length()) + " is not a single number");
    }
    if (given.equals(model.values[model.asked])) {
      return Verdict.correct("the answer is right");
    }
    return Verdict.wrong("the answer " + Text.snippet(text, 0, text.length()) + " is not the answer to the question");
  }

  private static Verdict trace(Model model, String answer) {
    TraceText.Parsed parsed = TraceText.parse(answer, TraceText.MAX_STEPS);
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    List<TraceLine> steps = parsed.steps();
    int r = model.names.size();
    Rational[] written = new Rational[r];
    int[] writtenAt = new int[r];
    for (TraceLine line : steps) {
      String error = line(model, line.text(), written, writtenAt, line.step());
      if (error != null) {
        return TraceScore.verdict(steps.size(), r, line.step(), error, null);
      }
    }
    return TraceScore.verdict(steps.size(), r, 0, null, resultError(model, written, parsed.result()));
  }

  /** Why the result earns no credit, or null. */
  private static String resultError(Model model, Rational[] written, String result) {
    int missing = 0;
    String first = null;
    for (int i = 0; i < written.length; i++) {
      if (written[i] == null) {
        missing++;
        first = first == null ? model.names.get(i) : first;
      }
    }
    if (missing > 0) {
      return "the trace leaves out '" + first + "'" + (missing > 1 ? " and " + (missing - 1) + " more quantities" : "");
    }
    if (result == null) {
      return "there is no 'Result:' line";
    }
    Rational r = readNumber(result);
    if (r == null) {
      return "the result " + Text.snippet(result, 0, result.length()) + " is not a number";
    }
    if (!r.equals(model.values[model.asked])) {
      return "the result " + Text.snippet(result, 0, result.length()) + " is not the answer to the question";
    }
    return null;
  }

  /** Checks one step line; returns why it is wrong, or null after recording its value. */
  private static String line(Model model, String text, Rational[] written, int[] writtenAt, int step) {
    if (text.length() > MAX_LINE_CHARS) {
      return "the line is longer than " + MAX_LINE_CHARS + " characters";
    }
    List<Integer> eqs = new ArrayList<>(3);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '=') {
        eqs.add(i);
      }
    }
    if (eqs.isEmpty()) {
      return Text.snippet(text, 0, text.length()) + " is not of the form name = expression = value";
    }
    if (eqs.size() == 1) {
      return Text.snippet(text, 0, text.length()) + " shows no expression; write name = expression = value";
    }
    String name = name(text, 0, eqs.get(0));
    if (name == null) {
      return Text.snippet(text, 0, eqs.get(0)) + " is not a quantity name";
    }
    Integer index = model.index.get(name);
    if (index == null) {
      return "'" + name + "' is not one of the problem's quantities";
    }
    int q = index;
    if (written[q] != null) {
      return "'" + model.names.get(q) + "' was already computed at step " + writtenAt[q];
    }
    for (int d : model.dependsOn.get(q)) {
      if (written[d] == null) {
        return "'" + model.names.get(q) + "' is computed from '" + model.names.get(d) + "', which has no earlier line";
      }
    }
    int last = eqs.get(eqs.size() - 1);
    String valueText = text.substring(last + 1).strip();
    Rational value = readNumber(valueText);
    if (value == null) {
      return "the value " + Text.snippet(valueText, 0, valueText.length()) + " is not a number";
    }
    for (int k = 0; k + 1 < eqs.size(); k++) {
      int from = eqs.get(k) + 1;
      int to = eqs.get(k + 1);
      LineArithmetic.Value v = LineArithmetic.evaluate(text, from, to, n -> {
        Integer j = model.index.get(n);
        if (j == null) {
          return "'" + n + "' is not one of the problem's quantities";
        }
        if (j == q) {
          return "it uses '" + n + "' to compute itself";
        }
        if (written[j] == null) {
          return "it uses '" + n + "' before its line";
        }
        return written[j];
      });
      if (!v.ok()) {
        return "the expression " + shown(text, from, to) + " cannot be evaluated: " + v.error();
      }
      if (!v.value().equals(value)) {
        return shown(text, from, to) + " is " + v.value() + ", not " + value;
      }
    }
    if (!value.equals(model.values[q])) {
      return "the value " + value + " of '" + model.names.get(q) + "' is wrong";
    }
    written[q] = value;
    writtenAt[q] = step;
    return null;
  }

  private static String shown(String text, int from, int to) {
    return Text.snippet(text, Text.skipSpaceForward(text, from, to), Text.skipSpaceBack(text, from, to));
  }

  /** The quantity name in {@code s[from, to)}: spaces, backticks and emphasis stars dropped, lower case; or null. */
  private static String name(String s, int from, int to) {
    int a = from;
    int b = to;
    while (a < b && (Text.isSpace(s.charAt(a)) || s.charAt(a) == '`' || s.charAt(a) == '*')) {
      a++;
    }
    while (b > a && (Text.isSpace(s.charAt(b - 1)) || s.charAt(b - 1) == '`' || s.charAt(b - 1) == '*')) {
      b--;
    }
    if (a == b || b - a > 100 || !LineArithmetic.isNameStart(s.charAt(a))) {
      return null;
    }
    for (int i = a; i < b; i++) {
      if (!LineArithmetic.isNameChar(s.charAt(i))) {
        return null;
      }
    }
    return LineArithmetic.lower(s, a, b);
  }

  /** One number as {@link Numbers} reads it, also with a {@code $} in front; null when unreadable. */
  static Rational readNumber(String text) {
    Optional<Rational> n = Numbers.parse(text);
    if (n.isPresent()) {
      return n.get();
    }
    String t = text.strip();
    if (t.length() > 1 && t.charAt(0) == '$' && t.indexOf('$', 1) < 0) {
      return Numbers.parse(t.substring(1)).orElse(null);
    }
    return null;
  }

  /** The problem's quantities with their true values and what each is computed from. */
  private static final class Model {
    final List<String> names;
    final Map<String, Integer> index;
    final List<int[]> dependsOn;
    final Rational[] values;
    final int asked;

    private Model(List<String> names, Map<String, Integer> index, List<int[]> dependsOn, Rational[] values, int asked) {
      this.names = names;
      this.index = index;
      this.dependsOn = dependsOn;
      this.values = values;
      this.asked = asked;
    }

    /** Null when the problem is malformed. */
    static Model of(WordProblem p) {
      if (p.quantities() == null || p.quantities().isEmpty() || p.asked() == null) {
        return null;
      }
      int n = p.quantities().size();
      List<String> names = new ArrayList<>(n);
      Map<String, Integer> index = new HashMap<>(n * 2);
      List<int[]> deps = new ArrayList<>(n);
      Rational[] values = new Rational[n];
      for (int i = 0; i < n; i++) {
        WordProblem.Quantity q = p.quantities().get(i);
        if (q == null || q.name() == null || q.expression() == null) {
          return null;
        }
        String name = q.name();
        if (name(name, 0, name.length()) == null || !name.equals(LineArithmetic.lower(name, 0, name.length()))
            || index.containsKey(name)) {
          return null;
        }
        List<Integer> used = new ArrayList<>(4);
        LineArithmetic.Value v = LineArithmetic.evaluate(q.expression(), 0, q.expression().length(), x -> {
          Integer j = index.get(x);
          if (j == null) {
            return null;
          }
          if (!used.contains(j)) {
            used.add(j);
          }
          return values[j];
        });
        if (!v.ok()) {
          return null;
        }
        values[i] = v.value();
        names.add(name);
        index.put(name, i);
        deps.add(used.stream().mapToInt(Integer::intValue).toArray());
      }
      Integer asked = index.get(p.asked());
      return asked == null ? null : new Model(names, index, deps, values, asked);
    }
  }
}
