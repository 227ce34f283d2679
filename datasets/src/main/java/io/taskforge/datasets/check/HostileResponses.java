package io.taskforge.datasets.check;

import java.util.List;

/**
 * The generic hostile responses sent to every task (property 3). Tasks add their own through
 * {@link io.taskforge.check.TaskOracle#hostileResponses}; the responses built from an instance (the
 * prompt itself, another instance's gold, the gold followed by a contradicting answer) are made by
 * {@link InstanceChecks}.
 */
final class HostileResponses {
  /** A labelled response. */
  record Hostile(String kind, String response) {}

  /** Cheap ones, sent for every instance. */
  static final List<Hostile> CHEAP = List.of(
      new Hostile("empty", ""),
      new Hostile("whitespace", " \n\t\n "),
      new Hostile("token 'yes'", "yes"),
      new Hostile("token 'no'", "no"),
      new Hostile("token '0'", "0"),
      new Hostile("token '1'", "1"),
      new Hostile("token '-0'", "-0"),
      new Hostile("token 'A'", "A"),
      new Hostile("token 'True'", "True"),
      new Hostile("token 'False'", "False"),
      new Hostile("token 'none'", "none"),
      new Hostile("token 'UNSAT'", "UNSAT"),
      new Hostile("token 'impossible'", "impossible"),
      new Hostile("token 'NaN'", "NaN"),
      new Hostile("token 'Infinity'", "Infinity"),
      new Hostile("token '1/0'", "1/0"),
      new Hostile("token '0/0'", "0/0"),
      new Hostile("a refusal", "I'm sorry, but I cannot solve this puzzle."),
      new Hostile("an open tag", "<answer>"),
      new Hostile("a close tag", "</answer>"),
      new Hostile("empty tags", "<answer></answer>"),
      new Hostile("blank tags", "<answer> \n </answer>"),
      new Hostile("nested empty tags", "<answer><answer></answer>"),
      new Hostile("crossed tags", "</answer>text<answer>"),
      new Hostile("1000 open tags", "<answer>".repeat(1000)),
      new Hostile("1000 close tags", "</answer>".repeat(1000)),
      new Hostile("an empty Answer: line", "Answer:"),
      new Hostile("an Answer: line of spaces", "Answer:   "),
      new Hostile("control characters", "\u0000\u0001\u0002\u001b[31m\u007f"),
      new Hostile("control characters in tags", "<answer>\u0000\u0007</answer>"),
      new Hostile("invalid surrogates", "\uD800\uDC00\uDFFF\uD800"),
      new Hostile("invalid surrogates in tags", "<answer>\uDFFF\uD800</answer>"),
      new Hostile("JSON null", "{\"answer\": null}"),
      new Hostile("JSON empty array", "[]"),
      new Hostile("JSON empty object", "{}"));

  static final String JUNK_KIND = "10 MB of random characters";
  static final String LETTER_KIND = "10 MB of one letter";
  static final String TAGGED_KIND = "10 MB in answer tags";
  static final String NEWLINES_KIND = "Answer: then 100,000 newlines";

  /** Heavy ones, sent once per task. */
  static List<Hostile> heavy() {
    return Heavy.ALL;
  }

  /** Whether a kind is one of the heavy ones (or built on them), which are checked once per task. */
  static boolean isHeavy(String kind) {
    return kind.startsWith("10 MB") || kind.equals(NEWLINES_KIND) || kind.startsWith(InstanceChecks.HEAVY_PREFIX);
  }

  /** Built on first use: 30 MB of strings that most checks never need. */
  private static final class Heavy {
    static final String TEN_MB_LETTER = "x".repeat(10_000_000);
    static final List<Hostile> ALL = List.of(
        new Hostile(JUNK_KIND, junk(10_000_000)),
        new Hostile(LETTER_KIND, TEN_MB_LETTER),
        new Hostile(TAGGED_KIND, "<answer>" + TEN_MB_LETTER + "</answer>"),
        new Hostile(NEWLINES_KIND, "Answer: " + "\n".repeat(100_000)));
  }

  /** Deterministic random UTF-16 units of every kind: controls, letters, lone surrogates. */
  static String junk(int length) {
    StringBuilder sb = new StringBuilder(length);
    long x = 1;
    while (sb.length() < length) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      sb.append((char) ((x >>> 33) % 0xFFFF));
    }
    return sb.toString();
  }

  private HostileResponses() {}
}
