package io.taskforge.planning.pddl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import io.taskforge.planning.core.Simulation;
import io.taskforge.search.BreadthFirst;
import io.taskforge.search.SearchLimits;
import io.taskforge.search.SearchResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class PddlTest {
  // The classic 4-operator blocksworld, written by hand (mixed case, comments) as a user would.
  static final String DOMAIN = """
      ; blocks world, 4 operators
      (define (domain BLOCKS)
        (:requirements :strips :typing)
        (:types block - object)
        (:predicates (on ?x - block ?y - block) (ontable ?x - block) (clear ?x - block)
                     (handempty) (holding ?x - block))
        (:action pick-up :parameters (?x - block)
          :precondition (and (clear ?x) (ontable ?x) (handempty))
          :effect (and (not (ontable ?x)) (not (clear ?x)) (not (handempty)) (holding ?x)))
        (:action put-down :parameters (?x - block)
          :precondition (holding ?x)
          :effect (and (not (holding ?x)) (clear ?x) (handempty) (ontable ?x)))
        (:action stack :parameters (?x - block ?y - block)
          :precondition (and (holding ?x) (clear ?y) (not (= ?x ?y)))
          :effect (and (not (holding ?x)) (not (clear ?y)) (clear ?x) (handempty) (on ?x ?y)))
        (:action unstack :parameters (?x - block ?y - block)
          :precondition (and (on ?x ?y) (clear ?x) (handempty))
          :effect (and (holding ?x) (clear ?y) (not (clear ?x)) (not (handempty)) (not (on ?x ?y)))))
      """;
  // c on a; goal: a on b on c.
  static final String PROBLEM = """
      (define (problem sussman) (:domain blocks)
        (:objects A B C - block)
        (:init (clear c) (clear b) (ontable a) (ontable b) (on c a) (handempty))
        (:goal (and (on a b) (on b c))))
      """;

  @Test
  void writtenPddlReadsBackToEqualRecords() {
    PddlDomain d = Pddl.parseDomain(DOMAIN);
    PddlProblem p = Pddl.parseProblem(PROBLEM);
    assertThat(d.name()).isEqualTo("blocks");
    assertThat(d.actions()).extracting(PddlAction::name).containsExactly("pick-up", "put-down", "stack", "unstack");
    assertThat(d.action("stack").precondition()).contains(Literal.neg("=", "?x", "?y"));
    assertThat(p.objects()).containsExactly(new TypedName("a", "block"), new TypedName("b", "block"), new TypedName("c", "block"));
    assertThat(p.goal()).containsExactly(Literal.pos("on", "a", "b"), Literal.pos("on", "b", "c"));
    assertThat(Pddl.parseDomain(Pddl.write(d))).isEqualTo(d);
    assertThat(Pddl.parseProblem(Pddl.write(p))).isEqualTo(p);
    assertThat(Pddl.write(Pddl.parseDomain(Pddl.write(d)))).isEqualTo(Pddl.write(d));
  }

  @Test
  void theStripsModelSimulatesAndSearchesTheSussmanAnomaly() {
    StripsModel m = new StripsModel(Pddl.parseDomain(DOMAIN), Pddl.parseProblem(PROBLEM));
    List<Fact> plan = List.of("(unstack c a)", "(put-down c)", "(pick-up b)", "(stack b c)", "(pick-up a)", "(stack a b)")
        .stream().map(Pddl::parseAction).toList();
    assertThat(Simulation.run(m, plan).solved()).isTrue();

    SearchResult<Fact> bfs = BreadthFirst.search(m.searchSpace(), SearchLimits.expansions(10_000));
    assertThat(bfs.cost()).isEqualTo(6);

    Simulation<ImmutableSet<Fact>> bad = Simulation.run(m, List.of(Pddl.parseAction("(pick-up a)")));
    assertThat(bad.failedStep()).isEqualTo(1);
    assertThat(bad.violation()).isEqualTo("precondition (clear a) does not hold");

    Simulation<ImmutableSet<Fact>> self = Simulation.run(m, List.of(Pddl.parseAction("(unstack c a)"), Pddl.parseAction("(stack c c)")));
    assertThat(self.violation()).isEqualTo("precondition (clear c) does not hold");

    Simulation<ImmutableSet<Fact>> shortPlan = Simulation.run(m, plan.subList(0, 2));
    assertThat(shortPlan.unmetGoals()).containsExactly("(on a b)", "(on b c)");

    assertThat(m.violation(m.initial(), Pddl.parseAction("(fly c)"))).isEqualTo("the domain has no action fly");
    assertThat(m.violation(m.initial(), Pddl.parseAction("(unstack c)"))).isEqualTo("unstack takes 2 arguments, got 1");
    assertThat(m.violation(m.initial(), Pddl.parseAction("(unstack c d)"))).isEqualTo("there is no object d");
  }

  @Test
  void textOutsideTheFragmentFailsWithOneSentence() {
    assertThatThrownBy(() -> Pddl.parseDomain("(define (domain x)")).isInstanceOf(PddlException.class)
        .hasMessage("the text ends with 1 unclosed list(s)");
    assertThatThrownBy(() -> Pddl.parseDomain(")")).hasMessageContaining("closes no list");
    assertThatThrownBy(() -> Pddl.parseProblem("(define (problem p) (:domain d) (:goal (or (a) (b))))"))
        .hasMessageContaining("outside the STRIPS fragment");
    assertThatThrownBy(() -> Pddl.parseProblem("(define (problem p) (:domain d))")).hasMessageContaining(":goal");
    assertThatThrownBy(() -> Pddl.parseDomain("(".repeat(100) + ")".repeat(100))).hasMessageContaining("nest deeper");
    assertThatThrownBy(() -> Pddl.parseAction("unstack a b")).hasMessageContaining("one list");
  }
}
