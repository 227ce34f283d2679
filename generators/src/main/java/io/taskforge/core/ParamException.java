package io.taskforge.core;

/** Bad params: the message is one sentence naming the parameter and what is allowed. */
public final class ParamException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ParamException(String message) {
    super(message);
  }
}
