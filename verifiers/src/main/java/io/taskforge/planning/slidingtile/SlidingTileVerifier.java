package io.taskforge.planning.slidingtile;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;

/**
 * Scores sliding-tile plans with the shared {@link PlanCheck} over {@link SlidingTileModel}: any
 * plan of possible moves that puts every tile in its goal place scores 1 (or reference length /
 * plan length with {@code optimality}); anything else scores 0 with the first problem named. The
 * gold plan plays no part.
 *
 * <p>This class only reads lines into moves: one of {@code up down left right u d l r}, optionally
 * after the word {@code move} or {@code slide}, interpreted in the problem's convention.
 */
public final class SlidingTileVerifier implements Verifier<SlidingTileProblem> {
  private static final String EXPECTED = "expected one of up, down, left, right (or U, D, L, R)";

  @Override
  public String taskId() {
    return SlidingTileTask.ID;
  }

  @Override
  public Class<SlidingTileProblem> problemType() {
    return SlidingTileProblem.class;
  }

  @Override
  public Verdict verify(SlidingTileProblem problem, String response) {
    SlidingTileModel model;
    try {
      model = SlidingTileModel.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int reference = problem.referenceLength() > 0 ? problem.referenceLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(problem.optimality() && reference > 0, reference,
        problem.referenceOptimal(), true, PlanText.MAX_STEPS);
    MoveNames names = model.names();
    return PlanCheck.verify(model, response, line -> read(line, names), scoring);
  }

  private static PlanCheck.Read<TileMove> read(PlanLine line, MoveNames names) {
    int first = 0;
    String w = line.word(0);
    if ((w.equals("move") || w.equals("slide")) && line.words().size() == 2) {
      first = 1;
    }
    if (line.words().size() != first + 1) {
      return PlanCheck.Read.error(EXPECTED + ", one move per line");
    }
    TileMove direction = switch (line.word(first)) {
      case "up", "u" -> TileMove.UP;
      case "down", "d" -> TileMove.DOWN;
      case "left", "l" -> TileMove.LEFT;
      case "right", "r" -> TileMove.RIGHT;
      default -> null;
    };
    if (direction == null) {
      return PlanCheck.Read.error(EXPECTED);
    }
    return PlanCheck.Read.ok(TileMove.named(direction, names));
  }
}
