package io.taskforge.logic.syllogism;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The property-testing oracle of {@code logic.syllogism}. It judges by its own route, apart from the
 * verifier's rules: the structured mood and figure are looked up in the textbook list of the 15
 * forms valid under the Boolean reading (Barbara, Celarent, Darii, Ferio; Cesare, Camestres,
 * Festino, Baroco; Disamis, Datisi, Bocardo, Ferison; Camenes, Dimaris, Fresison), and only the
 * canonical words {@code valid} and {@code invalid} are read.
 */
public final class SyllogismOracle implements TaskOracle<SyllogismProblem> {
  private static final Set<String> UNCONDITIONALLY_VALID = Set.of(
      "AAA-1", "EAE-1", "AII-1", "EIO-1",
      "EAE-2", "AEE-2", "EIO-2", "AOO-2",
      "IAI-3", "AII-3", "OAO-3", "EIO-3",
      "AEE-4", "IAI-4", "EIO-4");

  @Override
  public String taskId() {
    return SyllogismTask.ID;
  }

  @Override
  public Class<SyllogismProblem> problemType() {
    return SyllogismProblem.class;
  }

  @Override
  public List<String> equivalentForms(SyllogismProblem problem, String gold, Rng rng) {
    String cap = gold.substring(0, 1).toUpperCase(Locale.ROOT) + gold.substring(1);
    return List.of(gold.toUpperCase(Locale.ROOT), cap, " " + gold + " \n", gold + ".", "**" + gold + "**",
        "`" + cap + "`.");
  }

  @Override
  public List<Mutant> mutants(SyllogismProblem problem, String gold, Rng rng) {
    String other = gold.equalsIgnoreCase("valid") ? "invalid" : "valid";
    List<Mutant> out = new ArrayList<>();
    for (String r : List.of(other, other.toUpperCase(Locale.ROOT), "**" + other + "**")) {
      out.add(new Mutant("flip-validity", r, accepts(problem, r.replace("*", "").strip())));
    }
    for (String r : List.of("valid or invalid", gold + " " + other, "yes", "no", "true", "it is " + gold,
        "not " + gold, gold + "ly")) {
      out.add(new Mutant("not-a-verdict", r, false));
    }
    return out;
  }

  @Override
  public boolean accepts(SyllogismProblem problem, String canonicalAnswer) {
    String a = canonicalAnswer.strip().toLowerCase(Locale.ROOT);
    if (!a.equals("valid") && !a.equals("invalid")) {
      return false;
    }
    boolean valid = UNCONDITIONALLY_VALID.contains(problem.mood() + "-" + problem.figure());
    return a.equals("valid") == valid;
  }
}
