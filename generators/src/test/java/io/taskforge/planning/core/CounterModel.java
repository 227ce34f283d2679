package io.taskforge.planning.core;

import io.taskforge.search.SearchSpace;
import java.util.List;

/** A toy domain for the core's tests: reach {@code target} from 1 by "inc" (+1) and "double" (×2), never above {@code limit}. */
record CounterModel(int target, int limit) implements PlanningModel<Integer, String> {
  @Override
  public Integer initial() {
    return 1;
  }

  @Override
  public String violation(Integer state, String action) {
    int next = next(state, action);
    if (next < 0) {
      return "there is no action " + action;
    }
    return next > limit ? "the counter would pass " + limit : null;
  }

  @Override
  public Integer apply(Integer state, String action) {
    return next(state, action);
  }

  @Override
  public List<String> unmetGoals(Integer state) {
    return state == target ? List.of() : List.of("counter = " + target);
  }

  @Override
  public void successors(Integer state, SearchSpace.Successors<Integer, String> out) {
    for (String a : List.of("inc", "double")) {
      if (violation(state, a) == null) {
        out.add(a, apply(state, a), 1);
      }
    }
  }

  private static int next(int state, String action) {
    return switch (action) {
      case "inc" -> state + 1;
      case "double" -> state * 2;
      default -> -1;
    };
  }
}
