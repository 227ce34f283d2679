package io.taskforge.arithmetic.traceerrors;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.Given;
import io.taskforge.arithmetic.traceerrors.TraceErrorsProblem.TraceStep;
import io.taskforge.arithmetic.traceerrors.TraceErrorsSolution.Fault;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code arithmetic.trace-errors}: a step-by-step arithmetic trace (a running chain, named
 * variables, or a Fibonacci-like recurrence) with injected faults; the answer is the number of the
 * first wrong step, or {@code none}.
 *
 * <p>Faults are local slips (a wrong result that later steps ignore), propagated errors (a wrong
 * result that later steps consistently use) and copy errors (an operand written wrongly and
 * computed with); see {@link TraceErrorsGenerator}. The trace-task param {@code mode} does not
 * apply: the answer is always one step number or {@code none}.
 */
public final class TraceErrorsTask implements Task<TraceErrorsProblem> {
  public static final String ID = "arithmetic.trace-errors";
  public static final List<String> KINDS = List.of("chain", "variables", "recurrence", "mixed");
  public static final List<String> FAULT_KINDS = List.of("slip", "propagated", "copy", "all");

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.choice("kind", "mixed", KINDS,
          "the computation traced: chain (a running value), variables (named values), recurrence "
              + "(each term the sum of the two before), or mixed (one of them per instance)"),
      ParamSpec.integer("steps", 10, 2, 40, "trace length in steps (exact)"),
      ParamSpec.integer("faults", 1, 1, 4, "faults injected into a faulty trace, at distinct steps (exact; at most steps)"),
      ParamSpec.choice("fault_kinds", "all", FAULT_KINDS,
          "slip (wrong result, later steps use the right one), propagated (wrong result used later), "
              + "copy (an operand copied wrongly and computed with), or all"),
      ParamSpec.integer("digits", 2, 1, 5,
          "given numbers have 1 to this many digits; chain and variable values stay below 10^(2 digits)"),
      ParamSpec.integer("clean_percent", 20, 0, 100, "chance in percent that a trace has no fault (answer none)"));

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level("chain", 3, 1, "slip", 1),
      level("chain", 5, 1, "propagated", 1),
      level("mixed", 6, 1, "all", 1),
      level("mixed", 8, 1, "all", 2),
      level("mixed", 10, 1, "all", 2),
      level("mixed", 12, 2, "all", 2),
      level("mixed", 16, 2, "all", 3),
      level("mixed", 20, 2, "all", 3),
      level("mixed", 28, 2, "all", 4),
      level("mixed", 40, 3, "all", 5));

  private static Map<String, Object> level(String kind, int steps, int faults, String faultKinds, int digits) {
    return ImmutableMap.of(
        "kind", kind, "steps", steps, "faults", faults, "fault_kinds", faultKinds, "digits", digits);
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
    return "Find the first wrong step in an arithmetic trace with injected slips, propagated errors and "
        + "copy errors, or answer none.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new ParamException("level must be an integer from 1 to 10, got " + level);
    }
    return LEVELS.get(level - 1);
  }

  @Override
  public void validate(Params params) {
    TraceErrorsParams p = TraceErrorsParams.from(params);
    if (p.faults() > p.steps()) {
      throw new ParamException("param 'faults' must be from 1 to " + p.steps() + " when steps is " + p.steps()
          + " (one fault per step at most), got " + p.faults());
    }
  }

  @Override
  public Class<TraceErrorsProblem> problemType() {
    return TraceErrorsProblem.class;
  }

  @Override
  public Generated<TraceErrorsProblem> generate(Params params, Rng rng) {
    validate(params);
    TraceErrorsParams p = TraceErrorsParams.from(params);
    TraceErrorsGenerator g = new TraceErrorsGenerator(p, rng);
    g.generate();
    int n = g.n;

    List<Given> inputs = new ArrayList<>(g.inputNames.length);
    List<String> taskLines = new ArrayList<>(n + 4);
    for (int i = 0; i < g.inputNames.length; i++) {
      inputs.add(new Given(g.inputNames[i], Long.toString(g.inputValues[i])));
      if (!g.kind.equals("recurrence")) {
        taskLines.add(g.inputNames[i] + " = " + g.inputValues[i]);
      }
    }
    if (g.kind.equals("chain")) {
      taskLines.add("Start with " + g.leftLit[1] + ".");
    } else if (g.kind.equals("recurrence")) {
      taskLines.add("x1 = " + g.inputValues[0]);
      taskLines.add("x2 = " + g.inputValues[1]);
      taskLines.add("x(n) = x(n-1) + x(n-2) for n = 3, 4, ..., " + (n + 2));
    }
    List<TraceStep> steps = new ArrayList<>(n);
    List<String> shown = new ArrayList<>(n);
    List<String> correct = new ArrayList<>(n);
    List<Fault> faults = new ArrayList<>();
    int maxDigits = 0;
    int wrongSteps = 0;
    for (int k = 1; k <= n; k++) {
      String name = switch (g.kind) {
        case "chain" -> "";
        case "variables" -> "t" + k;
        default -> "x" + (k + 2);
      };
      String left = source(g, g.leftRef[k], g.leftLit[k]);
      String right = source(g, g.rightRef[k], g.rightLit[k]);
      char sym = TraceErrorsGenerator.symbol(g.op[k]);
      steps.add(new TraceStep(name, String.valueOf(sym), left, right,
          Long.toString(g.shownLeft[k]), Long.toString(g.shownRight[k]), Long.toString(g.shownResult[k])));
      String head = name.isEmpty() ? "" : name + " = " + label(g, g.leftRef[k]) + " " + sym + " " + label(g, g.rightRef[k]) + " = ";
      shown.add("Step " + k + ": " + head + g.shownLeft[k] + " " + sym + " " + g.shownRight[k] + " = " + g.shownResult[k]);
      correct.add("Step " + k + ": " + head + g.trueLeft[k] + " " + sym + " " + g.trueRight[k] + " = " + g.trueResult[k]);
      if (g.kind.equals("chain")) {
        taskLines.add("Instruction " + k + ": " + instruction(g.op[k], g.rightLit[k]) + ".");
      } else if (g.kind.equals("variables")) {
        taskLines.add(name + " = " + label(g, g.leftRef[k]) + " " + sym + " " + label(g, g.rightRef[k]));
      }
      if (g.fault[k] != TraceErrorsGenerator.NONE) {
        faults.add(new Fault(k, TraceErrorsGenerator.FAULT_NAMES[g.fault[k]]));
      }
      maxDigits = Math.max(maxDigits, Long.toString(Math.max(g.trueResult[k], Math.max(g.trueLeft[k], g.trueRight[k]))).length());
      wrongSteps += g.isRight(k) ? 0 : 1;
    }
    int first = g.firstWrongStep();
    String answer = first == 0 ? "none" : Integer.toString(first);
    String lastName = g.kind.equals("chain") ? "the final value" : (g.kind.equals("variables") ? "t" + n : "x" + (n + 2));
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(7)
        .put("steps", n)
        .put("faults", g.faultCount)
        .put("first_wrong_step", first)
        .put("wrong_steps", wrongSteps)
        .put("digits", p.digits())
        .put("max_value_digits", maxDigits)
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "kind", g.kind,
        "task_lines", List.copyOf(taskLines),
        "trace", List.copyOf(shown),
        "steps", n,
        "last", lastName);
    TraceErrorsProblem problem = new TraceErrorsProblem(g.kind, inputs, steps);
    return Generated.of(
        problem,
        new TraceErrorsSolution(answer, faults, correct),
        answer,
        metrics,
        view,
        canonical(problem));
  }

  /** The source of an operand: {@code #k}, an input's name, or a literal. */
  private static String source(TraceErrorsGenerator g, int ref, long literal) {
    if (ref >= 1) {
      return "#" + ref;
    }
    return ref == 0 ? Long.toString(literal) : g.inputNames[-ref - 1];
  }

  /** How a step's definition names an operand (variables and recurrence). */
  private static String label(TraceErrorsGenerator g, int ref) {
    if (ref <= -1) {
      return g.inputNames[-ref - 1];
    }
    return g.kind.equals("variables") ? "t" + ref : "x" + (ref + 2);
  }

  private static String instruction(int op, long c) {
    return switch (op) {
      case TraceErrorsGenerator.ADD -> "add " + c;
      case TraceErrorsGenerator.SUB -> "subtract " + c;
      default -> "multiply by " + c;
    };
  }

  /** The problem in a compact form: its names are fixed by position, so equal means isomorphic. */
  private static String canonical(TraceErrorsProblem p) {
    StringBuilder sb = new StringBuilder(32 + p.steps().size() * 40).append(p.kind()).append('|');
    for (Given in : p.inputs()) {
      sb.append(in.name()).append('=').append(in.value()).append(',');
    }
    for (TraceStep s : p.steps()) {
      sb.append('|').append(s.left()).append(s.op()).append(s.right()).append(':')
          .append(s.shownLeft()).append(',').append(s.shownRight()).append(',').append(s.shownResult());
    }
    return sb.toString();
  }

  @Override
  public String answerFormat() {
    return "The answer is the number of the first wrong step, or none when every step is right. A step is wrong "
        + "when any number it writes differs from the correct one: an operand that is not the true value of what "
        + "it stands for (the given number, the instruction's number, or the true result of the earlier step it "
        + "uses, even if that step wrote something else), or a result that is not the true result of the step. "
        + "It is read from the last <answer>...</answer> block (else a final 'Answer:' line): a step number alone "
        + "(3), also written 'Step 3' or 'step #3', or the word none (any case); surrounding whitespace and one "
        + "final period are allowed, anything else (two numbers, words, ranges) is unreadable. The mode param of "
        + "the other arithmetic trace tasks does not apply here: the answer is always one step number or none.";
  }

  @Override
  public String scoring() {
    return "Score 1 (CORRECT) when the answer names the first wrong step (or none for a trace without a wrong step), "
        + "which the verifier finds itself by re-computing every step of the computation exactly and comparing "
        + "each written operand and result; otherwise 0: WRONG for another step number or none, INVALID_FORMAT for "
        + "an answer that is not one step number or none. No partial credit (a later wrong step is not the first).";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("steps", "max_value_digits");
  }
}
