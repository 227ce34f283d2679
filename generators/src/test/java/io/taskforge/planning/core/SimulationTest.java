package io.taskforge.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.search.AStar;
import io.taskforge.search.BreadthFirst;
import io.taskforge.search.Heuristic;
import io.taskforge.search.IdaStar;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private final CounterModel model = new CounterModel(11, 20);

  @Test
  void aPlanThatReachesTheGoalIsSolved() {
    Simulation<Integer> run = Simulation.run(model, List.of("inc", "double", "inc", "double", "inc"));
    assertThat(run.solved()).isTrue();
    assertThat(run.cost()).isEqualTo(5);
    assertThat(run.finalState()).isEqualTo(11);
  }

  @Test
  void theFirstIllegalStepIsNamedWithItsPrecondition() {
    Simulation<Integer> run = Simulation.run(model, List.of("double", "double", "double", "double", "double", "inc"));
    assertThat(run.legal()).isFalse();
    assertThat(run.failedStep()).isEqualTo(5);
    assertThat(run.applied()).isEqualTo(4);
    assertThat(run.violation()).isEqualTo("the counter would pass 20");
    assertThat(run.finalState()).isEqualTo(16);
  }

  @Test
  void aLegalPlanShortOfTheGoalListsTheUnmetGoal() {
    Simulation<Integer> run = Simulation.run(model, List.of("inc", "inc"));
    assertThat(run.legal()).isTrue();
    assertThat(run.solved()).isFalse();
    assertThat(run.unmetGoals()).containsExactly("counter = 11");
  }

  @Test
  void breadthFirstAStarAndIdaStarAgreeOnOptimalLengths() {
    for (int target = 1; target <= 60; target++) {
      CounterModel m = new CounterModel(target, 64);
      SearchResult<String> bfs = BreadthFirst.search(m.searchSpace(), SearchLimits.expansions(100_000));
      SearchResult<String> astar = AStar.search(m.searchSpace(), Heuristic.zero(), SearchLimits.expansions(100_000));
      SearchResult<String> ida = IdaStar.search(m.searchSpace(), Heuristic.zero(), SearchLimits.expansions(1_000_000));
      assertThat(bfs.solved()).isTrue();
      assertThat(astar.cost()).as("target %d", target).isEqualTo(bfs.cost());
      assertThat(ida.cost()).as("target %d", target).isEqualTo(bfs.cost());
      assertThat(ida.plan()).hasSize(ida.cost());
      assertThat(Simulation.run(m, ida.plan()).solved()).isTrue();
      assertThat(ida.lowerBound()).isEqualTo(ida.cost());
    }
  }

  @Test
  void idaStarWithAnAdmissibleHeuristicStaysOptimal() {
    // Each action at most doubles the counter, so ceil(log2(target / state)) steps remain at least.
    for (int target = 2; target <= 60; target++) {
      CounterModel m = new CounterModel(target, 64);
      int t = target;
      Heuristic<Integer> h = s -> {
        int steps = 0;
        for (long v = s; v < t; v *= 2) {
          steps++;
        }
        return s > t ? 0 : steps;
      };
      int bfs = BreadthFirst.search(m.searchSpace(), SearchLimits.expansions(100_000)).cost();
      assertThat(IdaStar.search(m.searchSpace(), h, SearchLimits.expansions(1_000_000)).cost()).isEqualTo(bfs);
    }
  }

  @Test
  void idaStarReportsABudgetAndAnUnreachableGoal() {
    CounterModel far = new CounterModel(60, 64);
    SearchResult<String> limited = IdaStar.search(far.searchSpace(), Heuristic.zero(), SearchLimits.expansions(3));
    assertThat(limited.outcome()).isEqualTo(SearchResult.Outcome.LIMIT_REACHED);
    assertThat(limited.lowerBound()).isLessThanOrEqualTo(7);

    CounterModel unreachable = new CounterModel(30, 20);
    SearchResult<String> none = IdaStar.search(unreachable.searchSpace(), Heuristic.zero(), SearchLimits.expansions(1_000_000));
    assertThat(none.outcome()).isEqualTo(SearchResult.Outcome.EXHAUSTED);
    assertThat(none.lowerBound()).isEqualTo(SearchResult.UNREACHABLE);

    SearchResult<String> capped = IdaStar.search(far.searchSpace(), Heuristic.zero(), SearchLimits.expansions(1_000_000).withMaxCost(3));
    assertThat(capped.outcome()).isEqualTo(SearchResult.Outcome.EXHAUSTED);
    assertThat(capped.lowerBound()).isEqualTo(4);
  }
}
