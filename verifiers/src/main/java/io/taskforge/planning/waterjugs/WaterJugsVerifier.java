package io.taskforge.planning.waterjugs;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;
import java.util.List;

/**
 * Scores water-jug plans with the shared {@link PlanCheck} over {@link WaterJugsModel}; the answer
 * {@code impossible} is judged by the problem's solvable flag (proven by exhaustive search when it
 * was generated). This class only reads a line into an action: {@code fill [jug|the] X},
 * {@code empty [jug|the] X}, {@code pour [from] [jug|the] X [into|to|onto|in|->|→] [jug|the] Y}.
 */
public final class WaterJugsVerifier implements Verifier<WaterJugsProblem> {
  @Override
  public String taskId() {
    return WaterJugsTask.ID;
  }

  @Override
  public Class<WaterJugsProblem> problemType() {
    return WaterJugsProblem.class;
  }

  @Override
  public Verdict verify(WaterJugsProblem problem, String response) {
    WaterJugsModel model;
    try {
      model = WaterJugsModel.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int optimum = problem.solvable() && problem.optimalLength() > 0 ? problem.optimalLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(problem.optimality() && optimum > 0, optimum, true,
        problem.solvable(), PlanText.MAX_STEPS);
    return PlanCheck.verify(model, response, line -> read(model, line), scoring);
  }

  private static String expected(WaterJugsModel model) {
    return model.tap() ? "expected fill X, empty X or pour X Y" : "expected pour X Y";
  }

  static PlanCheck.Read<JugAction> read(WaterJugsModel model, PlanLine line) {
    List<String> w = line.words();
    String verb = line.word(0);
    int i = 1;
    JugAction.Kind kind = switch (verb) {
      case "fill" -> JugAction.Kind.FILL;
      case "empty" -> JugAction.Kind.EMPTY;
      case "pour" -> JugAction.Kind.POUR;
      default -> null;
    };
    if (kind == null) {
      return PlanCheck.Read.error(expected(model));
    }
    if (kind == JugAction.Kind.POUR && line.word(i).equals("from")) {
      i++;
    }
    i = skipFiller(w, i);
    if (i >= w.size()) {
      return PlanCheck.Read.error("it names no jug (" + expected(model) + ")");
    }
    int x = model.jug(w.get(i));
    if (x < 0) {
      return PlanCheck.Read.error("there is no jug " + PlanText.quote(w.get(i)));
    }
    i++;
    int y = -1;
    if (kind == JugAction.Kind.POUR) {
      if (i < w.size() && isInto(w.get(i))) {
        i++;
      }
      i = skipFiller(w, i);
      if (i >= w.size()) {
        return PlanCheck.Read.error("it names no jug to pour into (" + expected(model) + ")");
      }
      y = model.jug(w.get(i));
      if (y < 0) {
        return PlanCheck.Read.error("there is no jug " + PlanText.quote(w.get(i)));
      }
      i++;
    }
    if (i != w.size()) {
      return PlanCheck.Read.error("it has extra words after the jug (" + expected(model) + ")");
    }
    return PlanCheck.Read.ok(new JugAction(kind, x, y));
  }

  private static int skipFiller(List<String> w, int i) {
    while (i < w.size() && (w.get(i).equals("jug") || w.get(i).equals("the")) && i + 1 < w.size()) {
      i++;
    }
    return i;
  }

  private static boolean isInto(String w) {
    return w.equals("into") || w.equals("to") || w.equals("onto") || w.equals("in") || w.equals("->")
        || w.equals("\u2192");
  }
}
