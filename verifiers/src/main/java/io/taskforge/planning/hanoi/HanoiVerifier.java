package io.taskforge.planning.hanoi;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores Hanoi plans with the shared {@link PlanCheck} over {@link HanoiModel}. This class only
 * reads a line into a move: {@code [move] [disk] [D] [from] [peg] X [to|->|onto|→|=>] [peg] Y},
 * in that order, optional parts as bracketed; a word {@code X->Y} is read as {@code X -> Y}. With
 * the disk left out the move takes the top disk of X; with a disk, the simulation checks that it
 * is X's top disk.
 */
public final class HanoiVerifier implements Verifier<HanoiProblem> {
  private static final String EXPECTED = "expected \"move D X Y\" (disk D from peg X to peg Y)";

  @Override
  public String taskId() {
    return HanoiTask.ID;
  }

  @Override
  public Class<HanoiProblem> problemType() {
    return HanoiProblem.class;
  }

  @Override
  public Verdict verify(HanoiProblem problem, String response) {
    HanoiModel model;
    try {
      model = HanoiModel.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int optimum = problem.optimalLength() > 0 ? problem.optimalLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(problem.optimality() && optimum > 0, optimum, true, true,
        PlanText.MAX_STEPS);
    return PlanCheck.verify(model, response, line -> read(model, line), scoring);
  }

  static PlanCheck.Read<HanoiMove> read(HanoiModel model, PlanLine line) {
    List<String> w = line.words();
    if (w.size() == 4 && w.get(0).equals("move")) {
      // the canonical "move D X Y", read without the general walk below
      int disk = smallNumber(w.get(1));
      int from = model.peg(w.get(2));
      int to = model.peg(w.get(3));
      if (disk >= 1 && disk <= model.disks() && from >= 0 && to >= 0) {
        return PlanCheck.Read.ok(new HanoiMove(disk, from, to));
      }
    }
    if (hasArrowInside(w)) {
      w = splitArrows(w);
    }
    int i = 0;
    int n = w.size();
    if (i < n && w.get(i).equals("move")) {
      i++;
    }
    int disk = HanoiMove.TOP;
    boolean diskWord = i < n && w.get(i).equals("disk");
    if (diskWord) {
      i++;
    }
    if (i < n && isNumber(w.get(i))) {
      disk = number(w.get(i));
      if (disk < 1 || disk > model.disks()) {
        return PlanCheck.Read.error("there is no disk " + PlanText.quote(w.get(i)));
      }
      i++;
    } else if (diskWord) {
      return PlanCheck.Read.error("\"disk\" is not followed by a disk number (" + EXPECTED + ")");
    }
    if (i < n && w.get(i).equals("from")) {
      i++;
    }
    if (i < n && w.get(i).equals("peg")) {
      i++;
    }
    if (i >= n) {
      return PlanCheck.Read.error(EXPECTED);
    }
    int from = model.peg(w.get(i));
    if (from < 0) {
      return PlanCheck.Read.error(unknownPeg(w.get(i)));
    }
    i++;
    if (i < n && isTo(w.get(i))) {
      i++;
    }
    if (i < n && w.get(i).equals("peg")) {
      i++;
    }
    if (i >= n) {
      return PlanCheck.Read.error("it names no target peg (" + EXPECTED + ")");
    }
    int to = model.peg(w.get(i));
    if (to < 0) {
      return PlanCheck.Read.error(unknownPeg(w.get(i)));
    }
    if (i + 1 != n) {
      return PlanCheck.Read.error("it has extra words after the target peg (" + EXPECTED + ")");
    }
    return PlanCheck.Read.ok(new HanoiMove(disk, from, to));
  }

  private static String unknownPeg(String word) {
    return "there is no peg " + PlanText.quote(word) + " (" + EXPECTED + ")";
  }

  private static boolean isTo(String w) {
    return w.equals("to") || w.equals("->") || w.equals("onto") || w.equals("\u2192") || w.equals("=>");
  }

  private static boolean isNumber(String w) {
    if (w.isEmpty() || w.length() > 9) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) < '0' || w.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A one- or two-digit number, or -1. */
  private static int smallNumber(String w) {
    int a = w.length() > 0 ? w.charAt(0) - '0' : -1;
    if (w.length() == 1 && a >= 0 && a <= 9) {
      return a;
    }
    int b = w.length() == 2 ? w.charAt(1) - '0' : -1;
    return a >= 1 && a <= 9 && b >= 0 && b <= 9 ? 10 * a + b : -1;
  }

  private static int number(String w) {
    return Integer.parseInt(w);
  }

  private static boolean hasArrowInside(List<String> words) {
    for (String w : words) {
      if (w.length() > 2 && (w.contains("->") || w.indexOf('\u2192') >= 0)) {
        return true;
      }
    }
    return false;
  }

  /** "a->c" read as "a", "->", "c". */
  private static List<String> splitArrows(List<String> words) {
    List<String> out = new ArrayList<>(words.size() + 2);
    for (String w : words) {
      String rest = w.replace("\u2192", "->");
      int at = rest.indexOf("->");
      while (at >= 0 && rest.length() > 2) {
        if (at > 0) {
          out.add(rest.substring(0, at));
        }
        out.add("->");
        rest = rest.substring(at + 2);
        at = rest.indexOf("->");
      }
      if (!rest.isEmpty()) {
        out.add(rest);
      }
    }
    return out;
  }
}
