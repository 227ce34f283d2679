package io.taskforge.planning.slidingtile;

import io.taskforge.search.AStar;
import io.taskforge.search.IdaStar;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Optimal plans by IDA* over {@link SlidingTileModel} with the Manhattan plus linear-conflict
 * heuristic; when the expansion budget runs out first, the best plan known (the shorter of a
 * fallback plan with its detours cut and a weighted-A* plan) with the lower bound IDA* proved.
 */
final class SlidingTileSolver {
  /** The weight of the weighted-A* search for a best-known plan (larger ones give longer plans). */
  private static final int WEIGHT = 2;

  private SlidingTileSolver() {}

  /** IDA*'s verdict on a model: optimal, or out of budget with a lower bound, or longer than maxCost. */
  static SearchResult<TileMove> optimal(SlidingTileModel model, int maxCost, long limit) {
    return IdaStar.search(model.searchSpace(), TileBoard::heuristic, new SearchLimits(limit, maxCost));
  }

  /**
   * The best plan known when IDA* ran out of budget: {@code fallback} (a plan known to work) with
   * its shortcuts taken, or a weighted-A* plan (weight 2, within {@code limit} expansions), whichever
   * is shorter (the fallback on a tie).
   */
  static List<TileMove> bestKnown(SlidingTileModel model, List<TileMove> fallback, long limit) {
    List<TileMove> best = shortcut(model.initial(), fallback);
    SearchResult<TileMove> r = AStar.search(
        model.searchSpace(), b -> WEIGHT * b.heuristic(), SearchLimits.expansions(limit));
    if (r.solved() && r.plan().size() < best.size()) {
      best = r.plan();
    }
    return best;
  }

  /**
   * The plan with its detours cut: from each position reached, it jumps to the latest later position
   * of the plan that one move reaches (or that equals it).
   */
  static List<TileMove> shortcut(TileBoard start, List<TileMove> plan) {
    List<TileBoard> states = new ArrayList<>(plan.size() + 1);
    Map<TileBoard, Integer> last = new HashMap<>(); // lookups only; never iterated
    states.add(start);
    last.put(start, 0);
    TileBoard b = start;
    for (TileMove m : plan) {
      b = b.move(m);
      states.add(b);
      last.put(b, states.size() - 1);
    }
    List<TileMove> out = new ArrayList<>(plan.size());
    int i = 0;
    while (i < plan.size()) {
      TileBoard here = states.get(i);
      int same = last.get(here);
      if (same > i) {
        i = same;
        continue;
      }
      int bestJ = i + 1;
      TileMove bestMove = plan.get(i);
      for (TileMove m : TileMove.ALL) {
        if (here.canMove(m)) {
          Integer j = last.get(here.move(m));
          if (j != null && j > bestJ) {
            bestJ = j;
            bestMove = m;
          }
        }
      }
      out.add(bestMove);
      i = bestJ;
    }
    return out;
  }
}
