package io.taskforge.planning.blocksworld;

import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import io.taskforge.verify.plan.PlanCheck;
import io.taskforge.verify.plan.PlanLine;
import io.taskforge.verify.plan.PlanText;
import java.util.List;

/**
 * Scores blocksworld plans with the shared {@link PlanCheck} over {@link BlocksworldModel}: any
 * legal plan that reaches the goal configuration scores 1 (or gold length / plan length with
 * {@code optimality}); anything else scores 0 with the first problem named. The gold plan plays no
 * part.
 *
 * <p>This class only reads lines into actions. The action name is matched against the problem's
 * names (case-insensitively); for the usual, non-obfuscated names {@code pickup}, {@code pick_up},
 * {@code pick up} (and likewise for put-down), underscores for hyphens in the 3-operator names, and
 * the connectors {@code stack X on/onto Y}, {@code unstack X from/off Y} are read too.
 */
public final class BlocksworldVerifier implements Verifier<BlocksworldProblem> {
  @Override
  public String taskId() {
    return BlocksworldTask.ID;
  }

  @Override
  public Class<BlocksworldProblem> problemType() {
    return BlocksworldProblem.class;
  }

  @Override
  public Verdict verify(BlocksworldProblem problem, String response) {
    BlocksworldModel model;
    try {
      model = BlocksworldModel.of(problem);
    } catch (IllegalArgumentException e) {
      return Verdict.of(Status.BAD_PROBLEM, e.getMessage());
    }
    int reference = problem.referenceLength() > 0 ? problem.referenceLength() : -1;
    PlanCheck.Scoring scoring = new PlanCheck.Scoring(problem.optimality() && reference > 0, reference,
        problem.referenceOptimal(), true, PlanText.MAX_STEPS);
    return PlanCheck.verify(model, response, new Reader(model), scoring);
  }

  /** Reads one line into a {@link BlocksAction} of the model. */
  private static final class Reader implements PlanCheck.ActionReader<BlocksAction> {
    private final BlocksworldModel model;

    Reader(BlocksworldModel model) {
      this.model = model;
    }

    /** "expected pick-up X, put-down X, stack X Y or unstack X Y", in the problem's names. */
    private String expected() {
      StringBuilder sb = new StringBuilder("expected ");
      List<Operator> ops = model.operatorSet();
      for (int i = 0; i < ops.size(); i++) {
        sb.append(i == 0 ? "" : i == ops.size() - 1 ? " or " : ", ").append(model.name(ops.get(i)));
        for (int k = 0; k < ops.get(i).arity(); k++) {
          sb.append(' ').append((char) ('X' + k));
        }
      }
      return sb.toString();
    }

    @Override
    public PlanCheck.Read<BlocksAction> read(PlanLine line) {
      String verb = line.word(0);
      int first = 1;
      Operator op = model.operator(verb);
      if (op == null && !model.obfuscated()) {
        if (model.operators() == 4) {
          if (verb.equals("pick") && line.word(1).equals("up")) {
            op = Operator.PICK_UP;
            first = 2;
          } else if (verb.equals("put") && line.word(1).equals("down")) {
            op = Operator.PUT_DOWN;
            first = 2;
          } else if (verb.equals("pickup") || verb.equals("pick_up")) {
            op = Operator.PICK_UP;
          } else if (verb.equals("putdown") || verb.equals("put_down")) {
            op = Operator.PUT_DOWN;
          }
        } else if (verb.indexOf('_') >= 0) {
          op = model.operator(verb.replace('_', '-'));
        }
      }
      if (op == null) {
        return PlanCheck.Read.error(expected());
      }
      List<String> words = line.words();
      int arity = op.arity();
      int given = words.size() - first;
      int second = first + 1;
      // "stack A on B", "unstack A from B": a connector word that is not a block name.
      if (!model.obfuscated() && arity == 2 && given == 3 && (op == Operator.STACK || op == Operator.UNSTACK)) {
        String middle = words.get(first + 1);
        boolean connector = op == Operator.STACK
            ? middle.equals("on") || middle.equals("onto")
            : middle.equals("from") || middle.equals("off");
        if (connector && model.block(middle) < 0) {
          given = 2;
          second = first + 2;
        }
      }
      if (given != arity) {
        return PlanCheck.Read.error(model.name(op) + " takes " + arity + (arity == 1 ? " block" : " blocks")
            + " but the line gives " + given + " (" + expected() + ")");
      }
      int[] args = new int[arity];
      for (int k = 0; k < arity; k++) {
        String word = words.get(k == 0 ? first : k == 1 ? second : second + 1);
        int b = model.block(word);
        if (b < 0) {
          return PlanCheck.Read.error("there is no block " + PlanText.quote(word));
        }
        args[k] = b;
      }
      return PlanCheck.Read.ok(BlocksAction.of(op, args));
    }
  }
}
