package io.taskforge.verify;

/** Why a response got its score. */
public enum Status {
  /** Fully correct. */
  CORRECT,
  /** Well-formed but wrong. */
  WRONG,
  /** Some credit, by the task's documented partial-credit rule. */
  PARTIAL,
  /** No answer could be read in the documented format. */
  INVALID_FORMAT,
  /** A plan or trace step that is not allowed where it stands. */
  ILLEGAL_STEP,
  /** The answer breaks a rule of the problem. */
  CONSTRAINT_VIOLATED,
  /** A legal plan that does not reach the goal. */
  GOAL_NOT_REACHED,
  /** The problem itself could not be read (a corrupted instance); never a response's fault. */
  BAD_PROBLEM,
  /** The verifier failed; a bug. The contract suite asserts this never happens. */
  INTERNAL_ERROR
}
