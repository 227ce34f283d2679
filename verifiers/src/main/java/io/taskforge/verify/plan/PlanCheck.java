package io.taskforge.verify.plan;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.planning.core.Simulation;
import io.taskforge.verify.Answers;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one verification and scoring procedure of every planning task: extract the answer, split it
 * into action lines ({@link PlanText}), read each line with the domain's {@link ActionReader},
 * simulate the plan on the domain's {@link PlanningModel}, and score.
 *
 * <p>Verdicts: {@code INVALID_FORMAT} for an unreadable line (the first one is named),
 * {@code ILLEGAL_STEP} for the first action whose precondition fails (named with the failed
 * precondition), {@code GOAL_NOT_REACHED} with the goal facts still unmet, else {@code CORRECT}.
 * Any plan that reaches the goal is correct; with {@link Scoring#optimality} a longer plan scores
 * {@code optimal cost / plan cost} instead (status {@code PARTIAL}). The answer {@code impossible}
 * (any case, trailing period allowed) is correct exactly when the instance has no plan. Details:
 * {@code plan_length}, {@code plan_cost}, {@code optimal_cost} or {@code best_known_cost},
 * {@code first_error_step}, {@code unmet_goals}.
 */
public final class PlanCheck {
  private static final int QUOTED_GOALS = 5;

  private PlanCheck() {}

  /** Reads one plan line into a domain action, or says why it cannot. */
  @FunctionalInterface
  public interface ActionReader<A> {
    Read<A> read(PlanLine line);
  }

  /** An action read from a line, or the reason (a clause) it is not one. */
  public record Read<A>(A action, String error) {
    public static <A> Read<A> ok(A action) {
      return new Read<>(action, null);
    }

    public static <A> Read<A> error(String error) {
      return new Read<>(null, error);
    }
  }

  /**
   * How plans of an instance are scored.
   *
   * @param optimality score {@code reference cost / plan cost} instead of 1 for valid plans
   * @param referenceCost the cost of the gold plan, or -1 when the instance has none
   * @param referenceOptimal whether that cost is proven optimal (else it is the best known)
   * @param solvable false when the instance has no plan and {@code impossible} is the answer
   * @param maxSteps the most action lines read
   */
  public record Scoring(boolean optimality, int referenceCost, boolean referenceOptimal, boolean solvable, int maxSteps) {
    /** A solvable instance whose gold plan has proven optimal cost {@code cost}. */
    public static Scoring optimal(int cost, boolean optimality) {
      return new Scoring(optimality, cost, true, true, PlanText.MAX_STEPS);
    }
  }

  public static <S, A> Verdict verify(PlanningModel<S, A> model, String response, ActionReader<A> reader, Scoring scoring) {
    Answers.Extracted extracted = Answers.extract(response);
    if (!extracted.ok()) {
      return extracted.failure();
    }
    String answer = extracted.answer();
    if (isImpossible(answer)) {
      return scoring.solvable()
          ? Verdict.wrong("the answer says impossible, but the problem has a plan"
              + (scoring.referenceCost() >= 0 ? " of cost " + scoring.referenceCost() : ""))
          : Verdict.correct("the problem has no plan, as the answer says");
    }
    PlanText.Parsed parsed = PlanText.parse(answer, scoring.maxSteps());
    if (!parsed.ok()) {
      return Verdict.invalidFormat(parsed.error());
    }
    if (parsed.lines().isEmpty()) {
      return Verdict.invalidFormat("the answer has no plan steps");
    }
    List<A> plan = new ArrayList<>(parsed.lines().size());
    for (PlanLine line : parsed.lines()) {
      Read<A> read;
      try {
        read = reader.read(line);
      } catch (RuntimeException e) {
        read = Read.error("it cannot be read as an action");
      }
      if (read == null || read.action() == null) {
        String why = read == null || read.error() == null ? "it is not an action of this domain" : read.error();
        return Verdict.invalidFormat("step " + line.step() + " " + PlanText.quote(line.text()) + " is not an action: " + why)
            .withDetail("first_error_step", line.step());
      }
      plan.add(read.action());
    }
    Simulation<S> run = Simulation.run(model, plan);
    if (!run.legal()) {
      PlanLine line = parsed.lines().get(run.failedStep() - 1);
      return Verdict.of(Status.ILLEGAL_STEP,
              "step " + run.failedStep() + " " + PlanText.quote(line.text()) + " is illegal: " + run.violation())
          .withDetail("first_error_step", run.failedStep())
          .withDetail("plan_length", plan.size());
    }
    if (!run.unmetGoals().isEmpty()) {
      return Verdict.of(Status.GOAL_NOT_REACHED,
              "the plan is legal but does not reach the goal: " + goals(run.unmetGoals()) + " still unmet")
          .withDetail("plan_length", plan.size())
          .withDetail("unmet_goals", run.unmetGoals().size());
    }
    Verdict v;
    int ref = scoring.referenceCost();
    if (!scoring.solvable()) {
      v = Verdict.correct("the plan reaches the goal");
    } else if (scoring.optimality() && ref >= 0 && run.cost() > ref) {
      v = Verdict.partial((double) ref / run.cost(), Status.WRONG, "the plan reaches the goal at cost " + run.cost()
          + ", but " + (scoring.referenceOptimal() ? "the optimum is " : "the best known plan costs ") + ref);
    } else {
      v = Verdict.correct("the plan reaches the goal in " + plan.size() + " steps"
          + (ref >= 0 && run.cost() == ref && scoring.referenceOptimal() ? ", which is optimal" : ""));
    }
    v = v.withDetail("plan_length", plan.size()).withDetail("plan_cost", run.cost());
    if (ref >= 0) {
      v = v.withDetail(scoring.referenceOptimal() ? "optimal_cost" : "best_known_cost", ref);
    }
    return v;
  }

  /** Whether the whole answer is the word {@code impossible} (any case, trailing period allowed). */
  public static boolean isImpossible(String answer) {
    String a = answer.strip();
    while (a.endsWith(".") || a.endsWith("*") || a.endsWith("`")) {
      a = a.substring(0, a.length() - 1);
    }
    while (a.startsWith("*") || a.startsWith("`")) {
      a = a.substring(1);
    }
    return a.strip().toLowerCase(Locale.ROOT).equals("impossible");
  }

  private static String goals(List<String> unmet) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(unmet.size(), QUOTED_GOALS); i++) {
      sb.append(i == 0 ? "" : ", ").append(unmet.get(i));
    }
    if (unmet.size() > QUOTED_GOALS) {
      sb.append(" and ").append(unmet.size() - QUOTED_GOALS).append(" more");
    }
    return sb.toString();
  }
}
