package io.taskforge.logic.weboflies;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The property-testing oracle of {@code logic.web-of-lies}. It judges by its own route, apart from
 * the verifier's graph search: repeated passes over the sentences, each fixing whoever a given
 * honesty or an already-fixed speaker or subject determines, until nothing changes; and it reads only
 * the canonical words {@code yes} and {@code no}.
 */
public final class WebOfLiesOracle implements TaskOracle<WebOfLiesProblem> {

  @Override
  public String taskId() {
    return WebOfLiesTask.ID;
  }

  @Override
  public Class<WebOfLiesProblem> problemType() {
    return WebOfLiesProblem.class;
  }

  @Override
  public List<String> equivalentForms(WebOfLiesProblem problem, String gold, Rng rng) {
    String cap = gold.substring(0, 1).toUpperCase(Locale.ROOT) + gold.substring(1);
    return List.of(cap, gold.toUpperCase(Locale.ROOT), "\t" + gold + " \n", cap + ".", "**" + cap + "**",
        "`" + gold + "`");
  }

  @Override
  public List<Mutant> mutants(WebOfLiesProblem problem, String gold, Rng rng) {
    String other = gold.equalsIgnoreCase("yes") ? "no" : "yes";
    List<Mutant> out = new ArrayList<>();
    for (String r : List.of(other, other.toUpperCase(Locale.ROOT), "**" + other + "**")) {
      out.add(new Mutant("flip-answer", r, accepts(problem, r.replace("*", "").strip())));
    }
    String name = problem.people().get(problem.question());
    for (String r : List.of("yes or no", gold + " " + other, gold + ", " + name + " tells the truth", "true",
        "false", "maybe", name)) {
      out.add(new Mutant("not-yes-or-no", r, false));
    }
    return out;
  }

  @Override
  public boolean accepts(WebOfLiesProblem problem, String canonicalAnswer) {
    String a = canonicalAnswer.strip().toLowerCase(Locale.ROOT);
    if (!a.equals("yes") && !a.equals("no")) {
      return false;
    }
    Boolean truthful = honesty(problem)[problem.question()];
    return truthful != null && truthful == a.equals("yes");
  }

  /** Everyone's honesty that the sentences fix (null where they do not), by passes to a fixpoint. */
  static Boolean[] honesty(WebOfLiesProblem problem) {
    Boolean[] known = new Boolean[problem.people().size()];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (WebOfLiesProblem.Sentence s : problem.sentences()) {
        if (s.kind().equals(WebOfLiesProblem.STATUS) && known[s.person()] == null) {
          known[s.person()] = s.truthful();
          changed = true;
        } else if (s.kind().equals(WebOfLiesProblem.SAYS)) {
          Boolean speaker = known[s.person()];
          Boolean subject = known[s.about()];
          if (speaker != null && subject == null) {
            // A truthful speaker's claim holds; a liar's claim is false.
            known[s.about()] = speaker ? s.truthful() : !s.truthful();
            changed = true;
          } else if (speaker == null && subject != null) {
            known[s.person()] = subject == s.truthful();
            changed = true;
          }
        }
      }
    }
    return known;
  }
}
