package io.taskforge.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.taskforge.core.Generated;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Seeds;
import io.taskforge.core.Task;
import io.taskforge.verify.Status;
import io.taskforge.verify.Verdict;
import io.taskforge.verify.Verifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Test helper: a verifier and a task's independent oracle must agree on generated instances (gold
 * and its documented equivalent forms score 1, each mutant scores 1 exactly when the oracle accepts
 * it), and hostile responses score 0 without throwing.
 */
public final class OracleAgreement {
  private OracleAgreement() {}

  /** Returns the number of mutants checked. */
  public static <P> int check(Task<P> task, Verifier<P> verifier, TaskOracle<P> oracle, int perLevel, long seed) {
    int mutants = 0;
    for (int level = 1; level <= 10; level++) {
      Params p = task.level(level);
      for (int i = 0; i < perLevel; i++) {
        Generated<P> g = task.generate(p, new Rng(Seeds.instanceSeed(task.id(), task.version(), p, seed, i)));
        String where = task.id() + " level " + level + " index " + i;
        assertThat(oracle.accepts(g.problem(), g.answer())).as("%s: the oracle accepts the gold", where).isTrue();
        assertThat(verifier.verify(g.problem(), g.answer()).correct()).as("%s: gold", where).isTrue();
        Rng rng = new Rng(seed * 31 + i);
        for (String form : oracle.equivalentForms(g.problem(), g.answer(), rng)) {
          Verdict v = verifier.verify(g.problem(), form);
          assertThat(v.correct()).as("%s: equivalent form %s -> %s", where, form, v.reason()).isTrue();
          assertThat(verifier.verify(g.problem(), "<answer>" + form + "</answer>").correct()).isTrue();
        }
        for (Mutant m : oracle.mutants(g.problem(), g.answer(), rng)) {
          Verdict v = verifier.verify(g.problem(), m.response());
          assertThat(v.correct()).as("%s: mutant %s '%s' (oracle: %s) -> %s", where, m.kind(), m.response(),
              m.valid(), v.reason()).isEqualTo(m.valid());
          assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM);
          assertThat(v.reason()).isNotBlank();
          mutants++;
        }
      }
    }
    return mutants;
  }

  /** Responses every verifier must score 0 (unless one of them is the gold itself) without throwing. */
  public static List<String> hostile(String gold, String prompt) {
    StringBuilder junk = new StringBuilder(10_000_000);
    long x = 7;
    while (junk.length() < 10_000_000) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      junk.append((char) ((x >>> 33) % 0xFFFF));
    }
    String ten = "x".repeat(10_000_000);
    List<String> out = new ArrayList<>(List.of(
        "", " ", "\n\t\n", "yes", "no", "0", "1", "A", "True", "False", "valid", "invalid", "none", "UNSAT",
        "impossible", prompt, "<answer>", "</answer>", "<answer></answer>", "<answer><answer></answer>",
        "<answer>" + "<answer>".repeat(1000), "</answer>".repeat(1000), "\u0000\u0001\u0002\u001b[31m",
        "\uD800\uDC00\uDFFF\uD800", "Answer:", "Answer: ", "<answer>\u0000</answer>", "{\"answer\": null}", "[]",
        "{}", "NaN", "-0", "<answer>" + gold + "</answer>\n<answer>I am not sure. 42 knights.</answer>",
        junk.toString(), ten, "<answer>" + ten + "</answer>", "Answer: " + "\n".repeat(100_000),
        "<answer>yes no True False valid invalid</answer>"));
    out.removeIf(r -> r.strip().equalsIgnoreCase(gold.strip()));
    return out;
  }

  public static <P> void hostileScoreZero(Verifier<P> verifier, P problem, String gold, String prompt) {
    for (String r : hostile(gold, prompt)) {
      Verdict v = verifier.verify(problem, r);
      String shown = r.length() <= 60 ? r : r.substring(0, 60) + "...(" + r.length() + " chars)";
      assertThat(v.score()).as("response %s -> %s", shown, v.reason()).isZero();
      assertThat(v.status()).isNotIn(Status.INTERNAL_ERROR, Status.BAD_PROBLEM, Status.CORRECT);
      assertThat(v.reason()).isNotBlank();
    }
  }
}
