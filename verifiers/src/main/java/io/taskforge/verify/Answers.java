package io.taskforge.verify;

import java.util.Optional;

/**
 * Shared answer extraction, the same for every task unless its documentation says otherwise.
 *
 * <ol>
 *   <li>The last complete {@code <answer>…</answer>} block (tags in any case). If an
 *       {@code <answer>} tag opens after the last closing tag, its text to the end is the answer
 *       (a response cut off before it closed).
 *   <li>Else the last line that starts with {@code Answer:} (any case, markdown emphasis allowed):
 *       the rest of that line and every line after it.
 *   <li>Else the whole response.
 * </ol>
 *
 * <p>Runs in time linear in the response. Answers longer than {@link #MAX_ANSWER_CHARS} are refused,
 * which bounds the work of every task's parser.
 */
public final class Answers {
  public static final int MAX_ANSWER_CHARS = 200_000;
  private static final String OPEN = "<answer>";
  private static final String CLOSE = "</answer>";

  private Answers() {}

  /** The extracted answer, or an INVALID_FORMAT verdict saying why there is none. */
  public static Extracted extract(String response) {
    if (response == null) {
      return new Extracted(null, Verdict.invalidFormat("the response is empty"));
    }
    String answer = extractText(response);
    if (answer.length() > MAX_ANSWER_CHARS) {
      return new Extracted(null, Verdict.invalidFormat(
          "the answer is " + answer.length() + " characters long; at most " + MAX_ANSWER_CHARS + " are read"));
    }
    if (answer.isBlank()) {
      return new Extracted(null, Verdict.invalidFormat("the response has no answer"));
    }
    return new Extracted(answer.strip(), null);
  }

  static String extractText(String response) {
    int close = lastIndexOfIgnoreCase(response, CLOSE, response.length());
    int openAfter = lastIndexOfIgnoreCase(response, OPEN, response.length());
    if (openAfter >= 0 && openAfter > close) {
      return response.substring(openAfter + OPEN.length());
    }
    if (close >= 0) {
      int open = lastIndexOfIgnoreCase(response, OPEN, close);
      if (open >= 0) {
        return response.substring(open + OPEN.length(), close);
      }
    }
    Optional<String> line = answerLine(response);
    return line.orElse(response);
  }

  private static Optional<String> answerLine(String s) {
    int end = s.length();
    while (end > 0) {
      int start = s.lastIndexOf('\n', end - 1) + 1;
      int i = start;
      while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '*' || s.charAt(i) == '#')) {
        i++;
      }
      if (s.regionMatches(true, i, "answer", 0, 6)) {
        int j = i + 6;
        while (j < end && s.charAt(j) == '*') {
          j++;
        }
        if (j < end && s.charAt(j) == ':') {
          j++;
          while (j < s.length() && s.charAt(j) == '*') {
            j++;
          }
          return Optional.of(s.substring(j));
        }
      }
      end = start - 1;
    }
    return Optional.empty();
  }

  private static int lastIndexOfIgnoreCase(String s, String needle, int before) {
    for (int i = Math.min(before, s.length()) - needle.length(); i >= 0; i--) {
      if (s.charAt(i) == '<' && s.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  /** An extracted answer, or the verdict to return when there is none. */
  public record Extracted(String answer, Verdict failure) {
    public boolean ok() {
      return failure == null;
    }
  }
}
