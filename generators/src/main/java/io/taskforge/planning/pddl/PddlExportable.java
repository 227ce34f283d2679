package io.taskforge.planning.pddl;

/**
 * A planning task whose instances can be exported as PDDL (domain + problem), so users can
 * cross-check them with standard planners and validators ({@code taskforge generate --pddl DIR}).
 *
 * @param <P> the task's problem record
 */
public interface PddlExportable<P> {
  /** The instance as PDDL; plans in the task's answer syntax map one-to-one onto its actions. */
  PddlFiles pddl(P problem);
}
