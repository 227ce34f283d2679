package io.taskforge.planning.rivercrossing;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;
import java.util.List;

/**
 * Scores river-crossing plans with the shared {@link PlanCheck} over {@link RiverCrossingModel}.
 * This class only reads a line into a trip: {@code cross} or {@code return}, then who is aboard,
 * ignoring {@code with}, {@code and}, {@code the}, {@code a}, {@code an}. Missionaries: {@code m},
 * {@code missionary}, {@code missionaries}, {@code c}, {@code cannibal}, {@code cannibals}, each
 * one person or, after a number, that many. Farmer: item names, an optional {@code farmer}, and
 * {@code alone} (or {@code nothing}, {@code empty}) for a trip without items.
 */
public final class RiverCrossingVerifier implements Verifier<RiverCrossingProblem> {
  @Override
  public String taskId() {
    return RiverCrossingTask.ID;
  }

  @Override
  public Class<RiverCrossingProblem> problemType() {
    return RiverCrossingProblem.class;
  }

  @Override
  public Verdict verify(RiverCrossingProblem problem, String response) {
    RiverCrossingModel model;
    try {
      model = RiverCrossingModel.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int optimum = problem.optimalLength() > 0 ? problem.optimalLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(problem.optimality() && optimum > 0, optimum, true, true,
        PlanText.MAX_STEPS);
    return PlanCheck.verify(model, response, line -> read(model, line), scoring);
  }

  private static String expected(RiverCrossingModel model) {
    return model.missionaries() ? "expected \"cross\" or \"return\" and who is aboard, e.g. \"cross m c\""
        : "expected \"cross\" or \"return\" and the items aboard, e.g. \"cross " + model.items().get(0) + "\"";
  }

  static PlanCheck.Read<Trip> read(RiverCrossingModel model, PlanLine line) {
    String verb = line.word(0);
    boolean forward;
    if (verb.equals("cross")) {
      forward = true;
    } else if (verb.equals("return")) {
      forward = false;
    } else {
      return PlanCheck.Read.error(expected(model));
    }
    List<String> w = line.words();
    int ms = 0;
    int cs = 0;
    long items = 0;
    boolean alone = false;
    boolean farmer = false;
    int pending = -1;
    for (int i = 1; i < w.size(); i++) {
      String word = w.get(i);
      if (word.equals("with") || word.equals("and") || word.equals("the") || word.equals("a") || word.equals("an")) {
        continue;
      }
      if (model.missionaries()) {
        if (isNumber(word)) {
          if (pending >= 0) {
            return PlanCheck.Read.error("two numbers in a row (" + expected(model) + ")");
          }
          pending = Integer.parseInt(word);
          continue;
        }
        int count = pending >= 0 ? pending : 1;
        pending = -1;
        switch (word) {
          case "m", "missionary", "missionaries" -> ms += count;
          case "c", "cannibal", "cannibals" -> cs += count;
          default -> {
            return PlanCheck.Read.error("there is no one called " + PlanText.quote(word) + " (" + expected(model) + ")");
          }
        }
        if (ms > RiverCrossingModel.MAX_PEOPLE || cs > RiverCrossingModel.MAX_PEOPLE) {
          return PlanCheck.Read.error("more people than there are");
        }
        continue;
      }
      if (word.equals("farmer") && !farmer) {
        farmer = true;
      } else if (word.equals("alone") || word.equals("nothing") || word.equals("empty")) {
        alone = true;
      } else {
        int item = model.item(word);
        if (item < 0) {
          return PlanCheck.Read.error("there is no item " + PlanText.quote(word) + " (" + expected(model) + ")");
        }
        if ((items >>> item & 1) != 0) {
          return PlanCheck.Read.error("the " + word + " is named twice");
        }
        items |= 1L << item;
      }
    }
    if (pending >= 0) {
      return PlanCheck.Read.error("a number without \"m\" or \"c\" after it (" + expected(model) + ")");
    }
    if (alone && items != 0) {
      return PlanCheck.Read.error("the trip is both alone and with items");
    }
    return PlanCheck.Read.ok(new Trip(forward, ms, cs, items));
  }

  private static boolean isNumber(String w) {
    if (w.isEmpty() || w.length() > 2) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) < '0' || w.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }
}
