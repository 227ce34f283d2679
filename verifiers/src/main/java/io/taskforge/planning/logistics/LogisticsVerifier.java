package io.taskforge.planning.logistics;

import io.taskforge.planning.logistics.LogisticsAction.Op;
import io.taskforge.planning.logistics.LogisticsModel.Kind;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores logistics plans by simulating them on the problem's {@link LogisticsModel} through the
 * shared {@link PlanCheck}: any legal plan that leaves every package at its goal scores 1 (or, with
 * the problem's {@code optimality} flag, reference length / plan length when longer). This class
 * only reads action lines, as {@link LogisticsTask#answerFormat()} documents.
 */
public final class LogisticsVerifier implements Verifier<LogisticsProblem> {
  private static final String EXPECTED = "expected load-truck, unload-truck, load-airplane, unload-airplane, "
      + "drive-truck or fly-airplane followed by its arguments";
  private static final Kind[][] ARGUMENTS = {
    {Kind.PACKAGE, Kind.TRUCK, Kind.PLACE},
    {Kind.PACKAGE, Kind.TRUCK, Kind.PLACE},
    {Kind.PACKAGE, Kind.AIRPLANE, Kind.PLACE},
    {Kind.PACKAGE, Kind.AIRPLANE, Kind.PLACE},
    {Kind.TRUCK, Kind.PLACE, Kind.PLACE, Kind.CITY},
    {Kind.AIRPLANE, Kind.PLACE, Kind.PLACE},
  };

  @Override
  public String taskId() {
    return LogisticsTask.ID;
  }

  @Override
  public Class<LogisticsProblem> problemType() {
    return LogisticsProblem.class;
  }

  @Override
  public Verdict verify(LogisticsProblem problem, String response) {
    LogisticsModel model;
    try {
      model = new LogisticsModel(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int reference = problem.referenceLength() > 0 ? problem.referenceLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(
        problem.optimality(), reference, problem.referenceOptimal(), true, PlanText.MAX_STEPS);
    return PlanCheck.verify(model, response, line -> read(model, line), scoring);
  }

  /** Reads one plan line as documented: operator (4 spellings), then its arguments, connector words skipped. */
  static PlanCheck.Read<LogisticsAction> read(LogisticsModel model, PlanLine line) {
    Op op = operator(line.word(0));
    int first = 1;
    if (op == null) {
      op = operator(line.word(0) + "-" + line.word(1));
      first = 2;
      if (op == null) {
        return PlanCheck.Read.error(EXPECTED);
      }
    }
    Kind[] kinds = ARGUMENTS[op.ordinal()];
    int[] args = new int[kinds.length];
    int given = 0;
    List<String> words = line.words();
    for (int i = first; i < words.size(); i++) {
      String word = words.get(i);
      int code = model.lookup(word);
      if (code < 0 && isConnector(word)) {
        continue;
      }
      if (given == kinds.length) {
        return PlanCheck.Read.error(op.word() + " takes " + kinds.length + " arguments but the line gives more");
      }
      if (code < 0) {
        return PlanCheck.Read.error("there is no object " + PlanText.quote(word));
      }
      Kind kind = LogisticsModel.kindOf(code);
      if (kind != kinds[given]) {
        return PlanCheck.Read.error(word + " is " + article(kind) + ", not " + article(kinds[given])
            + " (argument " + (given + 1) + " of " + op.word() + ")");
      }
      args[given++] = LogisticsModel.indexOf(code);
    }
    boolean cityLeftOut = op == Op.DRIVE_TRUCK && given == 3;
    if (given != kinds.length && !cityLeftOut) {
      return PlanCheck.Read.error(op.word() + " takes " + kinds.length + " arguments but the line gives " + given);
    }
    return PlanCheck.Read.ok(switch (op) {
      case LOAD_TRUCK, LOAD_AIRPLANE -> LogisticsAction.load(op == Op.LOAD_TRUCK, args[0], args[1], args[2]);
      case UNLOAD_TRUCK, UNLOAD_AIRPLANE -> LogisticsAction.unload(op == Op.UNLOAD_TRUCK, args[0], args[1], args[2]);
      case DRIVE_TRUCK -> LogisticsAction.drive(args[0], args[1], args[2], cityLeftOut ? -1 : args[3]);
      case FLY_AIRPLANE -> LogisticsAction.fly(args[0], args[1], args[2]);
    });
  }

  /** Every accepted spelling of every operator: {@code load-truck}, {@code load_truck}, {@code loadtruck}. */
  private static final Map<String, Op> SPELLINGS = new HashMap<>();

  static {
    for (Op op : Op.values()) {
      SPELLINGS.put(op.word(), op);
      SPELLINGS.put(op.word().replace('-', '_'), op);
      SPELLINGS.put(op.word().replace("-", ""), op);
    }
  }

  /** The operator a (lower-cased) word names, or null. */
  private static Op operator(String word) {
    return SPELLINGS.get(word);
  }

  private static boolean isConnector(String word) {
    return switch (word) {
      case "from", "to", "in", "into", "at", "on", "onto" -> true;
      default -> false;
    };
  }

  private static String article(Kind kind) {
    return switch (kind) {
      case CITY -> "a city";
      case PLACE -> "a place";
      case TRUCK -> "a truck";
      case AIRPLANE -> "an airplane";
      case PACKAGE -> "a package";
    };
  }
}
