package io.taskforge.datasets.check;

/** The five properties {@code taskforge check} tests, numbered as users see them. */
public enum Property {
  /** The gold answer, and every documented equivalent form of it, scores 1. */
  GOLD(1, "gold passes"),
  /** The verifier agrees with the task's independent oracle on every mutant of the gold answer. */
  MUTANTS(2, "mutants judged right"),
  /** Hostile responses score 0, never throw, and get a verdict within the time bound. */
  HOSTILE(3, "hostile responses"),
  /** Regeneration gives the same bytes; an instance survives a JSON round trip with the same verdicts. */
  DETERMINISM(4, "determinism and round trip"),
  /** The declared metrics rise with the level (monotone medians) and stay within the schema bounds. */
  DIFFICULTY(5, "difficulty delivers");

  private final int number;
  private final String title;

  Property(int number, String title) {
    this.number = number;
    this.title = title;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  /** {@code property 2 (mutants judged right)}. */
  public String label() {
    return "property " + number + " (" + title + ")";
  }
}
