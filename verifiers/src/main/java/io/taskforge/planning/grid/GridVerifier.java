package io.taskforge.planning.grid;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;

/**
 * Scores grid-navigation plans with the shared {@link PlanCheck} over {@link GridModel}: any plan of
 * possible moves that ends on G scores 1 (or optimal length / plan length with {@code optimality});
 * anything else scores 0 with the first problem named. The gold plan plays no part.
 *
 * <p>This class only reads lines into steps: one of {@code up down left right u d l r}, optionally
 * after the word {@code move} or {@code go}.
 */
public final class GridVerifier implements Verifier<GridProblem> {
  private static final String EXPECTED = "expected one of up, down, left, right (or U, D, L, R)";

  @Override
  public String taskId() {
    return GridTask.ID;
  }

  @Override
  public Class<GridProblem> problemType() {
    return GridProblem.class;
  }

  @Override
  public Verdict verify(GridProblem problem, String response) {
    GridModel model;
    try {
      model = GridModel.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int reference = problem.referenceLength() > 0 ? problem.referenceLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(problem.optimality() && reference > 0, reference,
        problem.referenceOptimal(), true, PlanText.MAX_STEPS);
    return PlanCheck.verify(model, response, GridVerifier::read, scoring);
  }

  private static PlanCheck.Read<Step> read(PlanLine line) {
    int first = 0;
    String w = line.word(0);
    if ((w.equals("move") || w.equals("go")) && line.words().size() == 2) {
      first = 1;
    }
    if (line.words().size() != first + 1) {
      return PlanCheck.Read.error(EXPECTED + ", one move per line");
    }
    Step step = switch (line.word(first)) {
      case "up", "u" -> Step.UP;
      case "down", "d" -> Step.DOWN;
      case "left", "l" -> Step.LEFT;
      case "right", "r" -> Step.RIGHT;
      default -> null;
    };
    return step == null ? PlanCheck.Read.error(EXPECTED) : PlanCheck.Read.ok(step);
  }
}
