package io.taskforge.templates;

/** A template that cannot be used: missing, malformed, unsafe, or referring to undefined values. */
public final class TemplateRefusedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public TemplateRefusedException(String message) {
    super(message);
  }
}
