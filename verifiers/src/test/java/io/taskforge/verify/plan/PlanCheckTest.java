package io.taskforge.verify.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCheckTest {
  /** Reach 11 from 1 by "inc" and "double", never above 20. */
  private static final PlanningModel<Integer, String> COUNTER = new PlanningModel<>() {
    @Override
    public Integer initial() {
      return 1;
    }

    @Override
    public String violation(Integer state, String action) {
      return apply(state, action) > 20 ? "the counter would pass 20" : null;
    }

    @Override
    public Integer apply(Integer state, String action) {
      return action.equals("inc") ? state + 1 : state * 2;
    }

    @Override
    public List<String> unmetGoals(Integer state) {
      return state == 11 ? List.of() : List.of("counter = 11");
    }

    @Override
    public void successors(Integer state, SearchSpace.Successors<Integer, String> out) {
      throw new UnsupportedOperationException("not searched here");
    }
  };

  private static final PlanCheck.ActionReader<String> READER = line -> {
    if (line.words().size() == 1 && (line.word(0).equals("inc") || line.word(0).equals("double"))) {
      return PlanCheck.Read.ok(line.word(0));
    }
    return PlanCheck.Read.error("the actions are inc and double");
  };

  private static Verdict verify(String response, boolean optimality) {
    return PlanCheck.verify(COUNTER, response, READER, PlanCheck.Scoring.optimal(5, optimality));
  }

  @Test
  void anyPlanThatReachesTheGoalIsCorrect() {
    Verdict optimal = verify("<answer>1. inc\n2. double\n3. inc\n4. double\n5. inc</answer>", false);
    assertThat(optimal.correct()).isTrue();
    assertThat(optimal.reason()).endsWith("which is optimal");
    assertThat(optimal.details()).containsEntry("plan_length", 5).containsEntry("optimal_cost", 5);

    String longer = "<answer>inc\ninc\ninc\ninc\ninc\ninc\ninc\ninc\ninc\ninc</answer>";
    assertThat(verify(longer, false).correct()).isTrue();
    Verdict scored = verify(longer, true);
    assertThat(scored.status()).isEqualTo(Status.PARTIAL);
    assertThat(scored.score()).isEqualTo(0.5);
  }

  @Test
  void theFirstErrorIsReportedWithItsStep() {
    Verdict unreadable = verify("Answer:\ninc\njump\ndouble", false);
    assertThat(unreadable.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(unreadable.reason()).isEqualTo("step 2 \"jump\" is not an action: the actions are inc and double");
    assertThat(unreadable.details()).containsEntry("first_error_step", 2);

    Verdict illegal = verify("<answer>double\ndouble\ndouble\ndouble\ndouble</answer>", false);
    assertThat(illegal.status()).isEqualTo(Status.ILLEGAL_STEP);
    assertThat(illegal.reason()).isEqualTo("step 5 \"double\" is illegal: the counter would pass 20");
    assertThat(illegal.details()).containsEntry("first_error_step", 5);

    Verdict shortOfGoal = verify("<answer>inc\ninc</answer>", false);
    assertThat(shortOfGoal.status()).isEqualTo(Status.GOAL_NOT_REACHED);
    assertThat(shortOfGoal.reason()).isEqualTo("the plan is legal but does not reach the goal: counter = 11 still unmet");
  }

  @Test
  void impossibleIsRightExactlyForUnsolvableInstances() {
    assertThat(verify("<answer>Impossible.</answer>", false).status()).isEqualTo(Status.WRONG);
    PlanCheck.Scoring none = new PlanCheck.Scoring(false, -1, false, false, PlanText.MAX_STEPS);
    assertThat(PlanCheck.verify(COUNTER, "<answer>**impossible**</answer>", READER, none).correct()).isTrue();
    assertThat(PlanCheck.verify(COUNTER, "<answer>inc</answer>", READER, none).status()).isEqualTo(Status.GOAL_NOT_REACHED);
  }

  @Test
  void emptyAndThrowingReadersGiveVerdicts() {
    assertThat(verify("<answer>---</answer>", false).status()).isEqualTo(Status.INVALID_FORMAT);
    Verdict v = PlanCheck.verify(COUNTER, "<answer>inc</answer>", line -> {
      throw new IllegalStateException("boom");
    }, PlanCheck.Scoring.optimal(5, false));
    assertThat(v.status()).isEqualTo(Status.INVALID_FORMAT);
  }
}
