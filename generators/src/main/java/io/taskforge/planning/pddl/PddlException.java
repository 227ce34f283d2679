package io.taskforge.planning.pddl;

/** PDDL text that cannot be read, or a plan that does not fit its domain; the message is one sentence. */
public final class PddlException extends RuntimeException {
  public PddlException(String message) {
    super(message);
  }
}
