package io.taskforge.planning.core;

import java.util.List;

/**
 * What running a plan on a model did: where it stopped, why, and what was left undone.
 *
 * @param steps the number of actions in the plan
 * @param applied how many actions were applied before the run ended (all of them when legal)
 * @param failedStep the number (from 1) of the first inapplicable action, or 0 when all applied
 * @param violation that action's failed precondition, or null
 * @param unmetGoals the goal facts that do not hold in the final state (empty at a goal; empty too
 *     when the run stopped at an illegal step, which is reported instead)
 * @param cost the summed cost of the applied actions
 * @param finalState the state after the last applied action
 */
public record Simulation<S>(
    int steps, int applied, int failedStep, String violation, List<String> unmetGoals, int cost, S finalState) {

  public Simulation {
    unmetGoals = List.copyOf(unmetGoals);
  }

  /** Runs {@code plan} from the model's initial state. */
  public static <S, A> Simulation<S> run(PlanningModel<S, A> model, List<A> plan) {
    S state = model.initial();
    int cost = 0;
    for (int i = 0; i < plan.size(); i++) {
      A action = plan.get(i);
      String violation = model.violation(state, action);
      if (violation != null) {
        return new Simulation<>(plan.size(), i, i + 1, violation, List.of(), cost, state);
      }
      state = model.apply(state, action);
      cost += model.cost(action);
    }
    List<String> unmet = model.isGoal(state) ? List.of() : model.unmetGoals(state);
    return new Simulation<>(plan.size(), plan.size(), 0, null, unmet, cost, state);
  }

  /** Every action was applicable. */
  public boolean legal() {
    return failedStep == 0;
  }

  /** Every action was applicable and the goal holds at the end. */
  public boolean solved() {
    return failedStep == 0 && unmetGoals.isEmpty();
  }
}
