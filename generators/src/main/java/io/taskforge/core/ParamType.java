package io.taskforge.core;

/** The value types a task parameter may have. */
public enum ParamType {
  INT,
  BOOL,
  CHOICE;

  public String displayName() {
    return switch (this) {
      case INT -> "int";
      case BOOL -> "bool";
      case CHOICE -> "choice";
    };
  }
}
