package io.taskforge.arithmetic.wordproblems;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.arithmetic.wordproblems.ScenarioSampler.Quantity;
import io.taskforge.arithmetic.wordproblems.ScenarioSampler.Sample;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code arithmetic.word-problems}: GSM-Symbolic-style grade-school word problems made from symbolic
 * scenario templates (YAML under {@code taskforge/word-problems/}); the answer is an exact number.
 *
 * <p>Each scenario declares its variables, constraints, named intermediate quantities and the
 * question; levels add extension stages (clauses that feed the answer), irrelevant but plausible
 * no-op clauses, and larger numbers. In trace mode the answer lists every named quantity as
 * {@code name = expression = value}.
 */
public final class WordProblemsTask implements Task<WordProblem> {
  public static final String ID = "arithmetic.word-problems";
  static final int MAX_EXTRA_STEPS = 4;
  static final int MAX_NOOPS = 4;
  static final int MAX_MAGNITUDE = 3;
  static final String ANY = "any";

  /** Loaded on first use, so that listing tasks does not read the scenario library. */
  private static final class Lazy {
    static final ScenarioSampler SAMPLER = new ScenarioSampler(Scenarios.library().pools());
    static final ParamSchema SCHEMA = ParamSchema.of(
        ParamSpec.integer("extra_steps", 2, 0, MAX_EXTRA_STEPS,
            "extension stages added to the base problem, each with clauses and quantities that feed the answer"),
        ParamSpec.integer("noops", 2, 0, MAX_NOOPS,
            "irrelevant but plausible clauses (with their own numbers) inserted into the story"),
        ParamSpec.integer("magnitude", 2, 1, MAX_MAGNITUDE,
            "size of the story's large quantities (production counts, sums of money, distances): their ranges grow up to 10^(magnitude-1) times, as far as each story allows"),
        ParamSpec.choice("scenario", ANY, scenarioChoices(),
            "the scenario template to use, or any for a random one per instance"),
        AnswerMode.spec());
  }

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(0, 0, 1),
      level(1, 0, 1),
      level(1, 1, 1),
      level(2, 1, 1),
      level(2, 2, 2),
      level(3, 2, 2),
      level(3, 3, 2),
      level(4, 3, 2),
      level(4, 3, 3),
      level(4, 4, 3));

  private static Map<String, Object> level(int extraSteps, int noops, int magnitude) {
    return ImmutableMap.of("extra_steps", extraSteps, "noops", noops, "magnitude", magnitude);
  }

  private static List<String> scenarioChoices() {
    List<String> c = new ArrayList<>();
    c.add(ANY);
    c.addAll(Scenarios.library().ids());
    return c;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Solve a grade-school word problem made from a symbolic template, with extra steps and irrelevant "
        + "clauses; the answer is an exact number, or the named intermediate quantities in trace mode.";
  }

  @Override
  public ParamSchema schema() {
    return Lazy.SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new ParamException("level must be an integer from 1 to 10, got " + level);
    }
    return LEVELS.get(level - 1);
  }

  @Override
  public Class<WordProblem> problemType() {
    return WordProblem.class;
  }

  @Override
  public Generated<WordProblem> generate(Params params, Rng rng) {
    WordProblemParams p = WordProblemParams.from(params);
    Scenarios library = Scenarios.library();
    Scenario scenario = p.scenario().equals(ANY) ? rng.pick(library.all()) : library.get(p.scenario());
    Sample s = Lazy.SAMPLER.sample(scenario, p.extraSteps(), p.noops(), p.magnitude(), rng);

    StringBuilder story = new StringBuilder(512);
    for (String sentence : s.story()) {
      if (story.length() > 0) {
        story.append(' ');
      }
      story.append(sentence);
    }
    String statement = story + " " + s.question();

    List<WordProblem.Quantity> quantities = new ArrayList<>(s.quantities().size());
    List<String> trace = new ArrayList<>(s.quantities().size());
    Map<String, String> values = new LinkedHashMap<>();
    List<String> listed = new ArrayList<>(s.quantities().size());
    for (Quantity q : s.quantities()) {
      String value = NumberText.canonical(q.value());
      quantities.add(new WordProblem.Quantity(q.name(), q.about(), q.expression()));
      trace.add(q.name() + " = " + q.expression() + " = " + value);
      values.put(q.name(), value);
      listed.add(q.name() + ": " + q.about());
    }
    String result = NumberText.canonical(s.answer());
    WordProblem problem = new WordProblem(scenario.id(), p.mode().wire(), statement, quantities, s.asked());
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(8)
        .put("extra_steps", s.extraSteps())
        .put("noop_clauses", s.noops().size())
        .put("trace_steps", quantities.size())
        .put("operations", s.operations())
        .put("max_operand_digits", s.maxOperandDigits())
        .put("answer_digits", s.answer().digits())
        .put("statement_chars", statement.length())
        .put("draws", s.draws())
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "statement", statement,
        "story", story.toString(),
        "question", s.question(),
        "quantities", ImmutableList.copyOf(listed),
        "asked", s.asked(),
        "topic", scenario.topic());
    return Generated.of(problem, new WordProblemSolution(trace, result, values, s.noops()),
        p.mode().answer(trace, result), metrics, view, s.canonical());
  }

  @Override
  public String answerFormat() {
    return "The answer is read from the last <answer>...</answer> block (else a final 'Answer:' line). "
        + "With mode=final it is one number equal to the exact answer: an integer (41), a decimal (7.5 or 7.50) or a "
        + "fraction (15/2); a leading + or currency sign ($41), thousands commas in groups of three (1,250), "
        + "\\boxed{...} or $...$ around it are accepted, and a shown trace ending in a 'Result:' line is read by "
        + "that line; words or units after the number (41 pencils) make it unreadable. With mode=trace the answer "
        + "is one line per quantity the problem names, 'name = expression = value', in any order that puts every "
        + "quantity after the quantities it is computed from, then a line 'Result: <number>'. An expression uses "
        + "numbers from the story, names of quantities on earlier lines, + - * / and parentheses (also x, ×, ·, "
        + "÷ and the Unicode minus; thousands commas; a $ before a number); several expressions may be chained "
        + "(name = e1 = e2 = value), and values are exact (a fraction such as 22/3 where the value is not a "
        + "terminating decimal). Lines may carry numbering ('1.', 'Step 1:') or bullets; names are "
        + "case-insensitive and may be in backticks. Example of a correct trace:\n"
        + "pencils_bought = 4 * 12 = 48\n"
        + "pencils_owned = pencils_bought + 5 = 53\n"
        + "Result: 53";
  }

  @Override
  public String scoring() {
    return "The verifier computes every quantity itself from the problem's formulas with exact rational "
        + "arithmetic. Final mode: 1 (CORRECT) when the number equals the answer, else 0 (WRONG for another "
        + "number, INVALID_FORMAT when no single number can be read). Trace mode: lines are checked in order; a "
        + "line is wrong when its name is not a quantity of the problem or was already written, when a quantity "
        + "it is computed from has no earlier line, when an expression does not evaluate to the written value, "
        + "or when that value is not the quantity's true value. Full credit needs every quantity written "
        + "correctly and the right result; otherwise the score is k / (max(n, r) + 1), where k is the number of "
        + "lines right before the first wrong one, n the number of lines written and r the number of quantities "
        + "(a trace that leaves quantities out, or has a wrong or missing result, scores below 1). Status PARTIAL "
        + "when k > 0, else ILLEGAL_STEP (first line wrong), WRONG (lines right, result wrong) or INVALID_FORMAT "
        + "(no lines).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("extra_steps", "noop_clauses");
  }
}
