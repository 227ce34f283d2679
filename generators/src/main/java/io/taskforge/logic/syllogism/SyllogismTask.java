package io.taskforge.logic.syllogism;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code logic.syllogism}: decide whether a categorical syllogism is valid under the modern (Boolean)
 * reading, in which "All X are Y" does not imply that there are any X. Every one of the 256 forms
 * can occur; valid and invalid arguments are equally likely.
 */
public final class SyllogismTask implements Task<SyllogismProblem> {
  public static final String ID = "logic.syllogism";

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.choice("terms", "nonsense", List.of("everyday", "nonsense", "belief"),
          "everyday: kinds of people; nonsense: invented words; belief: familiar categories chosen so the"
              + " conclusion's real-world truth contradicts the answer"),
      ParamSpec.choice("phrasing", "varied", List.of("standard", "varied"),
          "standard: 'All X are Y' forms; varied: equivalent rewordings, negations and converses"),
      ParamSpec.bool("shuffle", true,
          "whether the statements are shown in random order (else major premise, minor premise, then the rest)"),
      ParamSpec.integer("distractors", 4, 0, 12,
          "irrelevant (but consistent) statements about other terms, mixed in with the premises"),
      ParamSpec.bool("near-misses", true,
          "whether invalid arguments are drawn only from the 26 forms that look valid (valid with"
              + " existential import, or a valid mood in the wrong figure)"));

  /** terms, varied (0/1), shuffle (0/1), distractors, near-misses (0/1) per level 1..10. */
  private static final Object[][] LADDER = {
    {"everyday", 0, 0, 0, 0},
    {"everyday", 0, 0, 1, 0},
    {"everyday", 0, 1, 2, 1},
    {"nonsense", 0, 1, 3, 1},
    {"nonsense", 1, 1, 4, 1},
    {"belief", 1, 1, 5, 1},
    {"belief", 1, 1, 6, 1},
    {"belief", 1, 1, 7, 1},
    {"belief", 1, 1, 8, 1},
    {"belief", 1, 1, 10, 1},
  };

  static final ImmutableList<SyllogisticForm> VALID;
  static final ImmutableList<SyllogisticForm> INVALID;
  static final ImmutableList<SyllogisticForm> NEAR_MISSES;

  static {
    ImmutableList.Builder<SyllogisticForm> valid = ImmutableList.builder();
    ImmutableList.Builder<SyllogisticForm> invalid = ImmutableList.builder();
    ImmutableList.Builder<SyllogisticForm> near = ImmutableList.builder();
    for (SyllogisticForm f : SyllogisticForm.ALL) {
      if (VennModels.valid(f)) {
        valid.add(f);
      } else {
        invalid.add(f);
        if (VennModels.nearMiss(f)) {
          near.add(f);
        }
      }
    }
    VALID = valid.build();
    INVALID = invalid.build();
    NEAR_MISSES = near.build();
  }

  private static final int MAX_DRAWS = 10_000;
  /** Individuals in the random model that makes the distractors of neutral terms consistent. */
  private static final int MODEL_SIZE = 4;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String summary() {
    return "Decide whether a categorical syllogism is valid under the modern reading (no existential import).";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    Object[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("terms", row[0]);
    all.put("phrasing", (int) row[1] == 1 ? "varied" : "standard");
    all.put("shuffle", (int) row[2] == 1);
    all.put("distractors", row[3]);
    all.put("near-misses", (int) row[4] == 1);
    return all;
  }

  @Override
  public Class<SyllogismProblem> problemType() {
    return SyllogismProblem.class;
  }

  /** A statement as drawn: type, subject and predicate (indices into the pool), wording variant. */
  private record Stmt(char type, int x, int y, int variant, String role) {}

  @Override
  public Generated<SyllogismProblem> generate(Params params, Rng rng) {
    SyllogismParams p = SyllogismParams.from(params);
    List<Term> pool = TermPools.pool(p.terms());
    boolean belief = p.terms().equals("belief");

    boolean valid = rng.nextBoolean();
    SyllogisticForm form = rng.pick(valid ? VALID : p.nearMisses() ? NEAR_MISSES : INVALID);

    // Terms: S, M, P; with belief terms the conclusion's real-world truth is the opposite of validity.
    int[] spm = drawTerms(form, pool, belief, valid, rng);
    int s = spm[0];
    int m = spm[1];
    int pr = spm[2];
    int[] byRole = {s, m, pr};
    int[] majorRoles = form.majorTerms();
    int[] minorRoles = form.minorTerms();

    List<Stmt> shown = new ArrayList<>(2 + p.distractors());
    shown.add(new Stmt(form.major(), byRole[majorRoles[0]], byRole[majorRoles[1]], variant(form.major(), p, rng), "major"));
    shown.add(new Stmt(form.minor(), byRole[minorRoles[0]], byRole[minorRoles[1]], variant(form.minor(), p, rng), "minor"));
    List<Stmt> distractors = drawDistractors(p, pool, belief, spm, rng);
    shown.addAll(distractors);
    if (p.shuffle()) {
      rng.shuffle(shown);
    }
    Stmt conclusion = new Stmt(form.conclusion(), s, pr, variant(form.conclusion(), p, rng), "conclusion");

    ImmutableList.Builder<String> lines = ImmutableList.builder();
    int words = 0;
    for (Stmt st : shown) {
      String line = Phrasing.sentence(st.type(), pool.get(st.x()), pool.get(st.y()), st.variant());
      lines.add(line);
      words += Phrasing.words(line);
    }
    String conclusionLine = Phrasing.sentence(conclusion.type(), pool.get(s), pool.get(pr), conclusion.variant());
    words += Phrasing.words(conclusionLine);

    ImmutableList.Builder<String> distractorText = ImmutableList.builder();
    for (Stmt d : distractors) {
      distractorText.add(Phrasing.standard(d.type(), pool.get(d.x()), pool.get(d.y())));
    }
    SyllogismProblem problem = new SyllogismProblem(
        List.of(standard(shown, "major", pool), standard(shown, "minor", pool)),
        Phrasing.standard(form.conclusion(), pool.get(s), pool.get(pr)),
        form.mood(),
        form.figure(),
        pool.get(s).plural(),
        pool.get(m).plural(),
        pool.get(pr).plural(),
        distractorText.build());

    boolean nearMiss = VennModels.nearMiss(form);
    ImmutableList.Builder<String> counterModel = ImmutableList.builder();
    int model = VennModels.smallestCounterModel(form);
    for (int r = 0; r < 8 && model >= 0; r++) {
      if (((model >>> r) & 1) == 1) {
        counterModel.add(VennModels.regionName(r));
      }
    }
    Map<String, Object> solution = new LinkedHashMap<>();
    solution.put("form", form.code());
    solution.put("valid", valid);
    solution.put("near-miss", nearMiss);
    solution.put("terms", ImmutableMap.of("S", pool.get(s).plural(), "M", pool.get(m).plural(), "P", pool.get(pr).plural()));
    solution.put("counter-model", counterModel.build());

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("statements", shown.size())
        .put("distractors", distractors.size())
        .put("words", words)
        .put("valid", valid)
        .put("near-miss", nearMiss)
        .put("belief-conflict", belief)
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.of(
        "statements", lines.build(),
        "conclusion", conclusionLine,
        "count", shown.size(),
        "distractors", distractors.size());
    return Generated.of(problem, solution, valid ? "valid" : "invalid", metrics, view,
        canonical(form, shown, conclusion, byRole, pool, belief));
  }

  private static String standard(List<Stmt> shown, String role, List<Term> pool) {
    for (Stmt st : shown) {
      if (st.role().equals(role)) {
        return Phrasing.standard(st.type(), pool.get(st.x()), pool.get(st.y()));
      }
    }
    throw new AssertionError(role);
  }

  private static int variant(char type, SyllogismParams p, Rng rng) {
    return p.varied() ? rng.nextInt(Phrasing.variants(type)) : 0;
  }

  /** Distinct pool indices for S, M, P. */
  private static int[] drawTerms(SyllogisticForm form, List<Term> pool, boolean belief, boolean valid, Rng rng) {
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      int s = rng.nextInt(pool.size());
      int p = rng.nextInt(pool.size());
      int m = rng.nextInt(pool.size());
      if (s == p || m == s || m == p) {
        continue;
      }
      if (belief && TermPools.believed(form.conclusion(), s, p) == valid) {
        continue;
      }
      return new int[] {s, m, p};
    }
    throw new IllegalStateException("no terms found for " + form.code());
  }

  /**
   * {@code n} distinct statements about fresh terms (none of S, M, P), all true in one model: a
   * random model of {@value #MODEL_SIZE} individuals for neutral terms, the real world (the taxonomy)
   * for belief terms. Being satisfiable and about other terms, they cannot change validity.
   */
  private static List<Stmt> drawDistractors(SyllogismParams p, List<Term> pool, boolean belief, int[] used, Rng rng) {
    int n = p.distractors();
    if (n == 0) {
      return List.of();
    }
    int freshCount = 2 + n / 2;
    for (int draw = 0; draw < MAX_DRAWS; draw++) {
      int[] fresh = pickFresh(pool.size(), freshCount, used, rng);
      int[] members = new int[freshCount];
      for (int i = 0; i < freshCount; i++) {
        members[i] = rng.between(1, (1 << MODEL_SIZE) - 1);
      }
      List<Stmt> candidates = new ArrayList<>();
      for (int i = 0; i < freshCount; i++) {
        for (int j = 0; j < freshCount; j++) {
          if (i == j) {
            continue;
          }
          for (char type : SyllogisticForm.TYPES.toCharArray()) {
            // E and I are symmetric: one order only.
            if ((type == 'E' || type == 'I') && i > j) {
              continue;
            }
            boolean truth = belief
                ? TermPools.believed(type, fresh[i], fresh[j])
                : holds(type, members[i], members[j]);
            if (truth) {
              candidates.add(new Stmt(type, fresh[i], fresh[j], 0, "distractor"));
            }
          }
        }
      }
      if (candidates.size() < n) {
        continue;
      }
      rng.shuffle(candidates);
      List<Stmt> chosen = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Stmt c = candidates.get(i);
        chosen.add(new Stmt(c.type(), c.x(), c.y(), variant(c.type(), p, rng), c.role()));
      }
      return chosen;
    }
    throw new IllegalStateException("no distractors found for " + p);
  }

  private static boolean holds(char type, int x, int y) {
    return switch (type) {
      case 'A' -> (x & ~y) == 0;
      case 'E' -> (x & y) == 0;
      case 'I' -> (x & y) != 0;
      default -> (x & ~y) != 0;
    };
  }

  private static int[] pickFresh(int size, int k, int[] used, Rng rng) {
    int[] all = new int[size - used.length];
    int c = 0;
    for (int i = 0; i < size; i++) {
      if (i != used[0] && i != used[1] && i != used[2]) {
        all[c++] = i;
      }
    }
    for (int i = 0; i < k; i++) {
      int j = i + rng.nextInt(all.length - i);
      int t = all[i];
      all[i] = all[j];
      all[j] = t;
    }
    return java.util.Arrays.copyOf(all, k);
  }

  /**
   * The form, the order and wording of what is shown, with terms as roles (S, M, P, fresh ones
   * numbered by first mention). Neutral terms are interchangeable; belief terms are part of the
   * problem (their real-world truth is the trap), so they are kept.
   */
  private static String canonical(SyllogisticForm form, List<Stmt> shown, Stmt conclusion, int[] byRole,
      List<Term> pool, boolean belief) {
    StringBuilder sb = new StringBuilder(64).append(form.code());
    List<Integer> fresh = new ArrayList<>();
    for (Stmt st : shown) {
      sb.append(';').append(st.type()).append(st.variant()).append('(')
          .append(role(st.x(), byRole, fresh)).append(',').append(role(st.y(), byRole, fresh)).append(')');
    }
    sb.append("=>").append(conclusion.variant());
    if (belief) {
      sb.append("|S=").append(pool.get(byRole[0]).plural()).append(",M=").append(pool.get(byRole[1]).plural())
          .append(",P=").append(pool.get(byRole[2]).plural());
      for (int t : fresh) {
        sb.append(',').append(pool.get(t).plural());
      }
    }
    return sb.toString();
  }

  private static String role(int term, int[] byRole, List<Integer> fresh) {
    for (int r = 0; r < 3; r++) {
      if (byRole[r] == term) {
        return "SMP".substring(r, r + 1);
      }
    }
    int k = fresh.indexOf(term);
    if (k < 0) {
      fresh.add(term);
      k = fresh.size() - 1;
    }
    return "T" + k;
  }

  @Override
  public String answerFormat() {
    return "Answer with one word: `valid` if the conclusion follows necessarily from the statements,"
        + " `invalid` if it does not. Case does not matter (`Valid`, `INVALID`), and surrounding spaces,"
        + " a final period and markdown emphasis (`**valid**`) are ignored; anything else (a sentence,"
        + " `yes`, both words) is not read. The answer is read from the last <answer>...</answer> block"
        + " (or else a final `Answer:` line).";
  }

  @Override
  public String scoring() {
    return "Score 1 (CORRECT) when the word matches the argument's validity under the modern (Boolean)"
        + " reading without existential import, decided by the verifier from the syllogism's mood and"
        + " figure with the rules of the syllogism (middle term distributed, no illicit major or minor,"
        + " not two negative premises, a negative conclusion exactly when a premise is negative, no"
        + " particular conclusion from two universal premises); otherwise 0 (WRONG) with the reason."
        + " No partial credit. An answer that is not `valid` or `invalid` scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("statements", "words");
  }
}
