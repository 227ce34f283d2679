package io.taskforge.logic.knightsknaves;

import io.taskforge.check.Mutant;
import io.taskforge.check.TaskOracle;
import io.taskforge.core.Rng;
import io.taskforge.logic.formula.Formula;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Property-testing oracle for {@code logic.knights-knaves}, written apart from
 * {@link KnightsKnavesVerifier}: its own strict reader of the canonical list ({@code Name: knight}
 * or {@code Name: knave} entries joined by {@code ", "}, exact names and lower-case roles, any order,
 * each person once) and its own truth evaluation of the statements by structural recursion over the
 * formula records (not {@link Formula#eval}). It also brute-forces all assignments, so that a
 * puzzle with a second consistent assignment (which the generator promises never to make) would
 * yield an {@code other-solution} mutant the verifier must accept.
 *
 * <p>Mutant kinds: {@code flip-one} (one person's role flipped), {@code swap-two} (a knight's and a
 * knave's roles exchanged), {@code all-knights} and {@code all-knaves}, {@code reorder} (entries
 * shuffled: valid, any order is accepted), {@code drop-one} (a person left out), {@code duplicate}
 * (a person listed twice) and {@code rename} (a name that is not in the puzzle).
 */
public final class KnightsKnavesOracle implements TaskOracle<KnightsKnavesProblem> {
  private static final int PER_KIND = 2;
  private static final String KNIGHT = "knight";
  private static final String KNAVE = "knave";
  /** Brute force only up to here (2^16 assignments). */
  private static final int BRUTE_FORCE_PEOPLE = 16;

  @Override
  public String taskId() {
    return KnightsKnavesTask.ID;
  }

  @Override
  public Class<KnightsKnavesProblem> problemType() {
    return KnightsKnavesProblem.class;
  }

  @Override
  public List<String> equivalentForms(KnightsKnavesProblem problem, String gold, Rng rng) {
    Boolean[] roles = read(problem, gold);
    List<String> forms = new ArrayList<>();
    if (roles == null) {
      return forms;
    }
    List<String> entries = entries(problem, roles);
    forms.add(gold.toUpperCase(Locale.ROOT));
    forms.add(gold.toLowerCase(Locale.ROOT));
    forms.add(String.join("\n", entries));
    forms.add(String.join("\r\n", entries) + "\r\n");
    List<String> decorated = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String e = entries.get(i);
      decorated.add((i % 2 == 0 ? "- " : "* ") + e.replace(": ", "  :\t") + ".");
    }
    forms.add(String.join("\n", decorated));
    forms.add(String.join(",", entries).replace(": ", ":"));
    List<String> reversed = new ArrayList<>(entries);
    Collections.reverse(reversed);
    forms.add(String.join(", ", reversed));
    List<String> shuffled = new ArrayList<>(entries);
    rng.shuffle(shuffled);
    forms.add(String.join("\n", shuffled));
    return forms;
  }

  @Override
  public List<Mutant> mutants(KnightsKnavesProblem problem, String gold, Rng rng) {
    Boolean[] roles = read(problem, gold);
    List<Mutant> out = new ArrayList<>();
    if (roles == null) {
      return out;
    }
    int n = roles.length;
    for (int r = 0; r < PER_KIND; r++) {
      Boolean[] flipped = roles.clone();
      int p = rng.nextInt(n);
      flipped[p] = !flipped[p];
      add(out, problem, "flip-one", String.join(", ", entries(problem, flipped)));
    }
    List<Integer> knights = new ArrayList<>();
    List<Integer> knaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      (roles[i] ? knights : knaves).add(i);
    }
    if (!knights.isEmpty() && !knaves.isEmpty()) {
      Boolean[] swapped = roles.clone();
      int a = rng.pick(knights);
      int b = rng.pick(knaves);
      swapped[a] = false;
      swapped[b] = true;
      add(out, problem, "swap-two", String.join(", ", entries(problem, swapped)));
    }
    Boolean[] all = new Boolean[n];
    java.util.Arrays.fill(all, true);
    add(out, problem, "all-knights", String.join(", ", entries(problem, all)));
    java.util.Arrays.fill(all, false);
    add(out, problem, "all-knaves", String.join(", ", entries(problem, all)));
    for (int r = 0; r < PER_KIND; r++) {
      List<String> shuffled = new ArrayList<>(entries(problem, roles));
      rng.shuffle(shuffled);
      add(out, problem, "reorder", String.join(", ", shuffled));
    }
    List<String> dropped = new ArrayList<>(entries(problem, roles));
    dropped.remove(rng.nextInt(n));
    add(out, problem, "drop-one", String.join(", ", dropped));
    List<String> doubled = new ArrayList<>(entries(problem, roles));
    doubled.add(doubled.get(rng.nextInt(n)));
    add(out, problem, "duplicate", String.join(", ", doubled));
    List<String> renamed = new ArrayList<>(entries(problem, roles));
    int who = rng.nextInt(n);
    renamed.set(who, stranger(problem) + ": " + role(roles[who]));
    add(out, problem, "rename", String.join(", ", renamed));
    if (n <= BRUTE_FORCE_PEOPLE) {
      // Puzzles are made to have one solution; should one have another, it must be accepted too.
      for (boolean[] other : consistentAssignments(problem)) {
        Boolean[] boxed = new Boolean[n];
        boolean same = true;
        for (int i = 0; i < n; i++) {
          boxed[i] = other[i];
          same &= other[i] == roles[i];
        }
        if (!same) {
          add(out, problem, "other-solution", String.join(", ", entries(problem, boxed)));
          break;
        }
      }
    }
    return out;
  }

  @Override
  public List<String> hostileResponses(KnightsKnavesProblem problem, String gold) {
    List<String> both = new ArrayList<>();
    List<String> hedged = new ArrayList<>();
    for (String name : problem.people()) {
      both.add(name + ": " + KNIGHT);
      both.add(name + ": " + KNAVE);
      hedged.add(name + ": knight or knave");
    }
    return List.of(String.join(", ", both), String.join("\n", hedged));
  }

  @Override
  public boolean accepts(KnightsKnavesProblem problem, String canonicalAnswer) {
    Boolean[] roles = read(problem, canonicalAnswer);
    if (roles == null) {
      return false;
    }
    boolean[] knight = new boolean[roles.length];
    for (int i = 0; i < roles.length; i++) {
      knight[i] = roles[i];
    }
    return consistent(problem, knight);
  }

  /** Every consistent assignment, by brute force over all 2^n of them. */
  static List<boolean[]> consistentAssignments(KnightsKnavesProblem problem) {
    int n = problem.people().size();
    List<boolean[]> found = new ArrayList<>();
    for (long bits = 0; bits < (1L << n); bits++) {
      boolean[] knight = new boolean[n];
      for (int i = 0; i < n; i++) {
        knight[i] = ((bits >>> i) & 1L) != 0;
      }
      if (consistent(problem, knight)) {
        found.add(knight);
      }
    }
    return found;
  }

  static boolean consistent(KnightsKnavesProblem problem, boolean[] knight) {
    for (KnightsKnavesProblem.Statement s : problem.statements()) {
      if (truth(s.claim(), knight) != knight[s.speaker()]) {
        return false;
      }
    }
    return true;
  }

  /** The formula's truth when person {@code i} is a knight exactly when {@code knight[i]}. */
  static boolean truth(Formula f, boolean[] knight) {
    if (f instanceof Formula.Is is) {
      return knight[is.var()] == is.value();
    }
    if (f instanceof Formula.Not not) {
      return !truth(not.operand(), knight);
    }
    if (f instanceof Formula.And and) {
      int trueCount = count(and.operands(), knight);
      return trueCount == and.operands().size();
    }
    if (f instanceof Formula.Or or) {
      return count(or.operands(), knight) > 0;
    }
    if (f instanceof Formula.Xor xor) {
      return count(xor.operands(), knight) % 2 == 1;
    }
    if (f instanceof Formula.Iff iff) {
      return truth(iff.left(), knight) == truth(iff.right(), knight);
    }
    if (f instanceof Formula.Implies imp) {
      return !truth(imp.antecedent(), knight) || truth(imp.consequent(), knight);
    }
    if (f instanceof Formula.Const c) {
      return c.value();
    }
    throw new IllegalArgumentException("unknown connective " + f.getClass().getSimpleName());
  }

  private static int count(List<Formula> operands, boolean[] knight) {
    int t = 0;
    for (Formula g : operands) {
      t += truth(g, knight) ? 1 : 0;
    }
    return t;
  }

  private void add(List<Mutant> out, KnightsKnavesProblem problem, String kind, String response) {
    out.add(new Mutant(kind, response, accepts(problem, response)));
  }

  /** Strictly reads {@code Name: role} entries joined by ", "; null unless each person is there once. */
  static Boolean[] read(KnightsKnavesProblem problem, String text) {
    List<String> people = problem.people();
    Boolean[] roles = new Boolean[people.size()];
    if (text.isEmpty()) {
      return null;
    }
    for (String entry : text.split(", ", -1)) {
      int colon = entry.indexOf(": ");
      if (colon < 0) {
        return null;
      }
      int person = people.indexOf(entry.substring(0, colon));
      String role = entry.substring(colon + 2);
      if (person < 0 || roles[person] != null || !(role.equals(KNIGHT) || role.equals(KNAVE))) {
        return null;
      }
      roles[person] = role.equals(KNIGHT);
    }
    for (Boolean r : roles) {
      if (r == null) {
        return null;
      }
    }
    return roles;
  }

  private static List<String> entries(KnightsKnavesProblem problem, Boolean[] roles) {
    List<String> out = new ArrayList<>(roles.length);
    for (int i = 0; i < roles.length; i++) {
      out.add(problem.people().get(i) + ": " + role(roles[i]));
    }
    return out;
  }

  private static String role(boolean knight) {
    return knight ? KNIGHT : KNAVE;
  }

  /** A name no one in the puzzle has. */
  private static String stranger(KnightsKnavesProblem problem) {
    String name = "Zed";
    while (problem.people().stream().anyMatch(name::equalsIgnoreCase)) {
      name = name + "o";
    }
    return name;
  }
}
