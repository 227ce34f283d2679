package io.taskforge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AStarTest {
  /** Reach {@code target} from 1 with "+1" (cost 1), "*2" (cost 1) and "-1" (cost 1), within 0..4*target. */
  private record Numbers(int target) implements SearchSpace<Integer, String> {
    @Override
    public Integer initial() {
      return 1;
    }

    @Override
    public boolean isGoal(Integer s) {
      return s == target;
    }

    @Override
    public void expand(Integer s, Successors<Integer, String> out) {
      if (s * 2 <= 4 * target) {
        out.add("*2", s * 2, 1);
      }
      if (s + 1 <= 4 * target) {
        out.add("+1", s + 1, 1);
      }
      if (s > 0) {
        out.add("-1", s - 1, 1);
      }
    }
  }

  /** Admissible: each action at most doubles, so at least ceil(log2(target/s)) steps remain. */
  private static Heuristic<Integer> doublings(int target) {
    return s -> {
      int h = 0;
      for (long v = Math.max(s, 1); v < target; v *= 2) {
        h++;
      }
      return h;
    };
  }

  private static int apply(List<String> plan) {
    int v = 1;
    for (String a : plan) {
      v = switch (a) {
        case "*2" -> v * 2;
        case "+1" -> v + 1;
        default -> v - 1;
      };
    }
    return v;
  }

  @Test
  void findsOptimalPlansLikeBreadthFirstSearch() {
    for (int target = 1; target <= 300; target++) {
      Numbers space = new Numbers(target);
      SearchResult<String> bfs = BreadthFirst.search(space, SearchLimits.expansions(1_000_000));
      SearchResult<String> blind = AStar.search(space, Heuristic.zero(), SearchLimits.expansions(1_000_000));
      SearchResult<String> informed = AStar.search(space, doublings(target), SearchLimits.expansions(1_000_000));
      assertThat(bfs.solved()).isTrue();
      assertThat(apply(bfs.plan())).isEqualTo(target);
      assertThat(apply(blind.plan())).isEqualTo(target);
      assertThat(apply(informed.plan())).isEqualTo(target);
      assertThat(blind.cost()).isEqualTo(bfs.cost());
      assertThat(informed.cost()).isEqualTo(bfs.cost()).isEqualTo(informed.plan().size());
      assertThat(informed.lowerBound()).isEqualTo(informed.cost());
    }
  }

  @Test
  void anInconsistentAdmissibleHeuristicStillGivesOptimalPlans() {
    for (int target = 2; target <= 200; target++) {
      int t = target;
      Heuristic<Integer> base = doublings(t);
      // Admissible but inconsistent: full estimate on odd states, nothing on even ones.
      Heuristic<Integer> jumpy = s -> s % 2 == 1 ? base.estimate(s) : 0;
      int optimum = BreadthFirst.search(new Numbers(t), SearchLimits.expansions(1_000_000)).cost();
      SearchResult<String> r = AStar.search(new Numbers(t), jumpy, SearchLimits.expansions(1_000_000));
      assertThat(r.cost()).as("target %s", t).isEqualTo(optimum);
    }
  }

  @Test
  void theExpansionLimitGivesAProvenLowerBound() {
    for (int target = 50; target <= 300; target += 7) {
      int optimum = BreadthFirst.search(new Numbers(target), SearchLimits.expansions(1_000_000)).cost();
      SearchResult<String> r = AStar.search(new Numbers(target), doublings(target), SearchLimits.expansions(3));
      assertThat(r.outcome()).isEqualTo(SearchResult.Outcome.LIMIT_REACHED);
      assertThat(r.plan()).isEmpty();
      assertThat(r.expansions()).isEqualTo(3);
      assertThat(r.lowerBound()).isBetween(doublings(target).estimate(1), optimum);
      SearchResult<String> b = BreadthFirst.search(new Numbers(target), SearchLimits.expansions(3));
      assertThat(b.outcome()).isEqualTo(SearchResult.Outcome.LIMIT_REACHED);
      assertThat(b.lowerBound()).isLessThanOrEqualTo(optimum);
    }
  }

  @Test
  void aCostLimitBelowTheOptimumExhaustsTheSearch() {
    Numbers space = new Numbers(255); // 1 -> 255 needs 14 steps (7 doublings, 7 increments) or fewer
    int optimum = AStar.search(space, doublings(255), SearchLimits.expansions(1_000_000)).cost();
    SearchResult<String> r = AStar.search(
        space, doublings(255), SearchLimits.expansions(1_000_000).withMaxCost(optimum - 1));
    assertThat(r.outcome()).isEqualTo(SearchResult.Outcome.EXHAUSTED);
    assertThat(r.lowerBound()).isEqualTo(optimum);
    SearchResult<String> b = BreadthFirst.search(space, SearchLimits.expansions(1_000_000).withMaxCost(optimum - 1));
    assertThat(b.outcome()).isEqualTo(SearchResult.Outcome.EXHAUSTED);
    assertThat(b.lowerBound()).isEqualTo(optimum);
    SearchResult<String> ok = AStar.search(
        space, doublings(255), SearchLimits.expansions(1_000_000).withMaxCost(optimum));
    assertThat(ok.cost()).isEqualTo(optimum);
  }

  @Test
  void plansAreDeterministic() {
    Numbers space = new Numbers(777);
    SearchResult<String> a = AStar.search(space, doublings(777), SearchLimits.expansions(1_000_000));
    SearchResult<String> b = AStar.search(space, doublings(777), SearchLimits.expansions(1_000_000));
    assertThat(b).isEqualTo(a);
  }
}
