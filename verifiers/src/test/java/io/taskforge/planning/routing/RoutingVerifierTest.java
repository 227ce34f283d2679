package io.taskforge.planning.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.taskforge.core.Generated;
import io.taskforge.core.Json;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.planning.routing.RoutingProblem.Site;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingVerifierTest {
  private final RoutingVerifier verifier = new RoutingVerifier();
  private final RoutingTask task = new RoutingTask();

  /**
   * Depot D at (0, 0); A (2, 0), B (2, 2) and C (0, 2), each with demand 5; two vehicles of capacity
   * 10. One loop through all (8) would carry 15, so the optimum takes two routes: D-A-B-D (2 + 2 + 4)
   * with D-C-D (4), or D-A-D (4) with D-B-C-D (4 + 2 + 2): 12 either way.
   */
  private static final RoutingProblem P = new RoutingProblem(new Site("D", 0, 0, 0),
      List.of(new Site("A", 2, 0, 5), new Site("B", 2, 2, 5), new Site("C", 0, 2, 5)), 2, 10, 12);

  @Test
  void anyOptimalPlanScoresOneInEveryDocumentedSpelling() {
    for (String form : List.of(
        "Vehicle 1: D -> A -> B -> D\nVehicle 2: D -> C -> D",
        "Vehicle 2: D -> A -> B -> D\nVehicle 1: D -> C -> D",
        "Vehicle 1: D -> B -> A -> D\nVehicle 2: D -> C -> D",
        "Vehicle 1: D -> A -> D\nVehicle 2: D -> B -> C -> D",
        "D -> A -> B -> D\nD -> C -> D",
        "A -> B\nC",
        "<answer>\nVehicle 1: D \u2192 A \u2192 B \u2192 D\nVehicle 2: D \u2192 C \u2192 D\n</answer>",
        "vehicle 1: d, a, b, d.\nvehicle 2: d, c, d.",
        "- **Route 1**: D-A-B-D\n- **Route 2**: D-C-D",
        "Vehicle 1: D A B D\n\nVehicle 2: D C D\n",
        "```\nVehicle 1: D -> A -> B -> D\nVehicle 2: D -> C -> D\n```",
        "Vehicle 1: D -> A -> B -> D.\nVehicle 2: D -> C -> D;",
        "Vehicle 1: D \u2013 A \u2013 B \u2013 D\nVehicle 2: D\u2014C\u2014D")) {
      Verdict v = verifier.verify(P, form);
      assertThat(v.correct()).as(form + " -> " + v.reason()).isTrue();
      assertThat(v.details()).containsEntry("tier", "optimal").containsEntry("efficiency", 1.0);
    }
  }

  @Test
  void feasibleButLongerPlansScoreTheirEfficiency() {
    Verdict v = verifier.verify(P, "Vehicle 1: D -> A -> C -> D\nVehicle 2: D -> B -> D");
    // D-A 2, A-C 4, C-D 2 = 8; D-B-D 8: 16
    assertThat(v.status()).isEqualTo(Status.PARTIAL);
    assertThat(v.score()).isCloseTo(12.0 / 16.0, within(1e-9));
    assertThat(v.details()).containsEntry("tier", "feasible").containsEntry("cost", 16).containsEntry("optimal_cost", 12)
        .containsEntry("feasible", true).containsEntry("optimal", false);
    assertThat(v.reason()).isEqualTo("the plan is feasible but costs 16; the optimum is 12");
  }

  @Test
  void infeasiblePlansScoreZeroNamingTheFirstProblem() {
    Verdict v = verifier.verify(P, "Vehicle 1: D -> A -> B -> C -> D");
    assertThat(v.status()).isEqualTo(Status.CONSTRAINT_VIOLATED);
    assertThat(v.reason()).isEqualTo("the route on line 1 serves 15 units, more than a vehicle's capacity of 10");
    assertThat(v.details()).containsEntry("tier", "infeasible");
    v = verifier.verify(P, "Vehicle 1: D -> A -> D\nVehicle 2: D -> B -> D");
    assertThat(v.status()).isEqualTo(Status.WRONG);
    assertThat(v.reason()).isEqualTo("customer C is not visited");
    v = verifier.verify(P, "Vehicle 1: D -> A -> B -> D\nVehicle 2: D -> C -> A -> D");
    assertThat(v.reason()).isEqualTo("customer A is visited twice (lines 1 and 2)");
    v = verifier.verify(P, "D -> A -> D\nD -> B -> D\nD -> C -> D");
    assertThat(v.reason()).isEqualTo("the plan has 3 routes, but there are only 2 vehicles");
    v = verifier.verify(P, "Vehicle 3: D -> A -> B -> D\nVehicle 1: D -> C -> D");
    assertThat(v.reason()).isEqualTo("line 1 is a route for Vehicle 3, but there are only 2 vehicles");
    v = verifier.verify(P, "Vehicle 1: D -> A -> B -> D\nVehicle 1: D -> C -> D");
    assertThat(v.status()).isEqualTo(Status.INVALID_FORMAT);
    assertThat(v.reason()).isEqualTo("Vehicle 1 has two routes (lines 1 and 2)");
    for (String bad : List.of("Vehicle 1: D -> A -> D -> B -> D\nVehicle 2: D -> C -> D",
        "Vehicle 1: D -> A -> X -> D\nVehicle 2: D -> C -> D", "Vehicle 1 D -> A -> B -> D\nVehicle 2: D -> C -> D",
        "Vehicle 1: D -> A + B -> D\nVehicle 2: D -> C -> D", "Routes:\nD -> A -> B -> D\nD -> C -> D",
        "Vehicle 1: D -> A -> B -> D (cost 8)\nVehicle 2: D -> C -> D")) {
      Verdict b = verifier.verify(P, bad);
      assertThat(b.status()).as(bad).isEqualTo(Status.INVALID_FORMAT);
      assertThat(b.score()).isZero();
    }
  }

  @Test
  void hostileResponsesScoreZero() {
    for (String r : List.of("", "yes", "0", "A", "impossible", "none", "D", "D -> D", "<answer></answer>",
        "x".repeat(10_000_000), "A -> ".repeat(100_000), "Vehicle 1: " + "A -> ".repeat(50_000),
        "<answer>Vehicle 1: D -> A -> B -> D\nVehicle 2: D -> C -> D</answer>\n<answer>D -> A -> D</answer>",
        "\u0000\uD800", "Vehicle 99999999999: D -> A -> D")) {
      Verdict v = verifier.verify(P, r);
      assertThat(v.score()).as(r.length() > 40 ? r.substring(0, 40) : r).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
    }
    assertThat(verifier.verify(new RoutingProblem(null, null, 0, 0, 0), "A").status()).isEqualTo(Status.BAD_PROBLEM);
  }

  @Test
  void generatedGoldScoresOneAfterAJsonRoundTripAtEveryLevel() {
    for (int level = 1; level <= 10; level++) {
      Params params = task.level(level);
      for (int i = 0; i < 5; i++) {
        Generated<RoutingProblem> g = task.generate(params, new Rng(100L * level + i));
        RoutingProblem back = Json.MAPPER.convertValue(Json.MAPPER.valueToTree(g.problem()), RoutingProblem.class);
        Verdict v = verifier.verify(back, g.answer());
        assertThat(v.correct()).as(v.reason()).isTrue();
      }
    }
  }
}
