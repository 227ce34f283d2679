package io.taskforge.logic.weboflies;

import java.util.List;

/**
 * A web of lies: everyone either always tells the truth or always lies; some people's honesty is
 * stated, others say whether someone tells the truth, and some sentences are irrelevant.
 *
 * @param people names, in order of first mention
 * @param sentences what the prompt says, in order
 * @param question index into {@code people}: the person asked about ("Does X tell the truth?")
 */
public record WebOfLiesProblem(List<String> people, List<Sentence> sentences, int question) {
  public static final String STATUS = "status";
  public static final String SAYS = "says";
  public static final String FACT = "fact";

  public WebOfLiesProblem {
    people = people == null ? List.of() : List.copyOf(people);
    sentences = sentences == null ? List.of() : List.copyOf(sentences);
  }

  /**
   * One sentence.
   *
   * @param kind {@code status}: {@code person} tells the truth exactly when {@code truthful};
   *     {@code says}: {@code person} says that {@code about} tells the truth (when {@code truthful})
   *     or lies (when not); {@code fact}: an irrelevant remark about {@code person}
   * @param person the subject or speaker, index into {@code people}
   * @param about for {@code says}, the person spoken about; -1 otherwise
   * @param truthful see {@code kind}; false for facts
   * @param text the sentence as shown
   */
  public record Sentence(String kind, int person, int about, boolean truthful, String text) {}
}
