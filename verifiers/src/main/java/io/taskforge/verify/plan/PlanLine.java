package io.taskforge.verify.plan;

import java.util.List;

/**
 * One action line of a plan, after its decoration was stripped.
 *
 * @param lineNumber the line's number in the answer text, from 1
 * @param step the action's number in the plan, from 1 (blank and skipped lines do not count)
 * @param text the line without decoration (numbering, bullets, trailing punctuation), for messages
 * @param words the line's words, lower-cased (Locale.ROOT), split at whitespace, parentheses,
 *     commas and backticks
 */
public record PlanLine(int lineNumber, int step, String text, List<String> words) {
  public PlanLine {
    words = List.copyOf(words);
  }

  /** The word at {@code i}, or the empty string past the end. */
  public String word(int i) {
    return i < words.size() ? words.get(i) : "";
  }
}
