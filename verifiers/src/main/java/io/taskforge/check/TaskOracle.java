package io.taskforge.check;

import io.taskforge.core.Rng;
import java.util.List;

/**
 * What property-testing needs from a task beyond its verifier: the documented equivalent forms of a
 * gold answer, and answer mutators judged by an <b>oracle written separately from the verifier</b>
 * (its own parser-free model of the rules: a separate simulator, evaluator or constraint checker
 * working on the structured mutant), so that a bug in the verifier cannot hide in both.
 *
 * <p>Discovered with {@link java.util.ServiceLoader} ({@code META-INF/services/io.taskforge.check.TaskOracle})
 * and paired with the task by id. Used by {@code taskforge check} and the contract suite, from
 * several threads at once: implementations keep no state between calls.
 *
 * @param <P> the task's problem record
 */
public interface TaskOracle<P> {
  String taskId();

  Class<P> problemType();

  /**
   * Forms of the gold answer that the task documents as equivalent (other whitespace or case,
   * equal numbers, reordered items where order does not matter); each must score 1.
   */
  List<String> equivalentForms(P problem, String gold, Rng rng);

  /**
   * Mutants of the gold answer, several of each kind the task declares, each judged by the oracle.
   * Deterministic in the given random stream.
   */
  List<Mutant> mutants(P problem, String gold, Rng rng);

  /** The oracle's judgement of a structured answer given as text in the canonical answer format. */
  boolean accepts(P problem, String canonicalAnswer);

  /**
   * Task-specific responses that must score 0 besides the generic hostile ones the harness sends to
   * every task: every answer option at once ({@code Zoe: knight, Zoe: knave, ...}), hedges
   * ({@code yes or no}), and the like. None by default.
   */
  default List<String> hostileResponses(P problem, String gold) {
    return List.of();
  }
}
