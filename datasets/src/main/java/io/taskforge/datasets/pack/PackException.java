package io.taskforge.datasets.pack;

/**
 * Bad input to a pack command (a spec, a pack directory, a responses file): the message is one
 * sentence that names the file and the field. The CLI maps it to exit code 2.
 */
public final class PackException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public PackException(String message) {
    super(message);
  }

  public PackException(String message, Throwable cause) {
    super(message, cause);
  }
}
