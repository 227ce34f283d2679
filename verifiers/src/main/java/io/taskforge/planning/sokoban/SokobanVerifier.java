package io.taskforge.planning.sokoban;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;

/**
 * Scores Sokoban plans with the shared {@link PlanCheck} over {@link SokobanModel}: any plan of
 * possible moves after which every goal holds a box scores 1 (or reference length / plan length
 * with {@code optimality}); anything else scores 0 with the first problem named. The gold plan
 * plays no part.
 *
 * <p>This class only reads lines into moves: one of {@code u d l r up down left right}, optionally
 * after the word {@code move} or {@code push}.
 */
public final class SokobanVerifier implements Verifier<SokobanProblem> {
  private static final String EXPECTED = "expected one of U, D, L, R (or up, down, left, right)";

  @Override
  public String taskId() {
    return SokobanTask.ID;
  }

  @Override
  public Class<SokobanProblem> problemType() {
    return SokobanProblem.class;
  }

  @Override
  public Verdict verify(SokobanProblem problem, String response) {
    SokobanModel model;
    try {
      model = SokobanModel.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int reference = problem.referenceLength() > 0 ? problem.referenceLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(problem.optimality() && reference > 0, reference,
        problem.referenceOptimal(), true, PlanText.MAX_STEPS);
    return PlanCheck.verify(model, response, SokobanVerifier::read, scoring);
  }

  private static PlanCheck.Read<SokobanMove> read(PlanLine line) {
    int first = 0;
    String w = line.word(0);
    if ((w.equals("move") || w.equals("push")) && line.words().size() == 2) {
      first = 1;
    }
    if (line.words().size() != first + 1) {
      return PlanCheck.Read.error(EXPECTED + ", one move per line");
    }
    SokobanMove move = switch (line.word(first)) {
      case "u", "up" -> SokobanMove.UP;
      case "d", "down" -> SokobanMove.DOWN;
      case "l", "left" -> SokobanMove.LEFT;
      case "r", "right" -> SokobanMove.RIGHT;
      default -> null;
    };
    return move == null ? PlanCheck.Read.error(EXPECTED) : PlanCheck.Read.ok(move);
  }
}
