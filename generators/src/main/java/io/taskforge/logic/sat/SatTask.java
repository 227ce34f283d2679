package io.taskforge.logic.sat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.solver.sat.Dpll;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code logic.sat}: a random k-CNF formula near the satisfiability threshold; give a satisfying
 * assignment, or say {@code UNSAT}.
 *
 * <p>Each instance first draws whether it should be unsatisfiable (probability {@code unsat-share}
 * percent), then draws uniform random formulas (distinct clauses of k distinct variables, random
 * signs) until the complete solver {@link Dpll} agrees, so both kinds are honest threshold draws.
 */
public final class SatTask implements Task<SatProblem> {
  public static final String ID = "logic.sat";
  public static final String UNSAT = "UNSAT";
  /** Formula draws before giving up on the requested kind (only reached far from the threshold). */
  static final int MAX_DRAWS = 2000;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("variables", 16, 2, 200,
          "number of variables x1..xN (at most 200, 80, 50, 35, 25 for clause sizes 3, 4, 5, 6, 7)"),
      ParamSpec.integer("clause-size", 3, 2, 7, "literals per clause (k of k-CNF), each on a different variable"),
      ParamSpec.integer("ratio", 0, 0, 10000,
          "clauses per variable in hundredths (427 = 4.27); 0 = the satisfiability threshold of the clause size"),
      ParamSpec.integer("unsat-share", 50, 0, 100, "percent of instances that are unsatisfiable (answer UNSAT)"));

  /** variables, clause-size, ratio per level 1..10 (unsat-share stays 50). */
  private static final int[][] LADDER = {
    {3, 2, 200},
    {5, 2, 200},
    {7, 3, 500},
    {10, 3, 0},
    {16, 3, 0},
    {24, 3, 0},
    {32, 3, 0},
    {40, 3, 0},
    {40, 4, 0},
    {50, 4, 0},
  };

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
    return "Find a satisfying assignment of a random k-CNF formula near the satisfiability threshold, or answer UNSAT.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    int[] row = LADDER[level - 1];
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("variables", row[0]);
    all.put("clause-size", row[1]);
    all.put("ratio", row[2]);
    return all;
  }

  @Override
  public void validate(Params params) {
    SatParams p = SatParams.from(params);
    if (p.clauseSize() > p.variables()) {
      throw new ParamException("param 'clause-size' must be at most 'variables' (" + p.variables()
          + "), got " + p.clauseSize());
    }
    int most = SatParams.maxVariables(p.clauseSize());
    if (p.variables() > most) {
      throw new ParamException("params 'variables' and 'clause-size': with clause-size " + p.clauseSize()
          + " at most " + most + " variables are supported (deciding satisfiability takes exponential time), got "
          + p.variables());
    }
    if (p.clauses() > p.distinctClauses()) {
      throw new ParamException("params 'ratio', 'variables' and 'clause-size' ask for " + p.clauses()
          + " clauses but only " + p.distinctClauses() + " distinct clauses exist; lower 'ratio' or raise 'variables'");
    }
    int needed = 1 << p.clauseSize();
    if (p.unsatShare() > 0 && p.clauses() < needed) {
      throw new ParamException("params 'unsat-share' and 'ratio': an unsatisfiable " + p.clauseSize()
          + "-CNF needs at least " + needed + " clauses but ratio and variables give " + p.clauses()
          + "; raise 'ratio' or set 'unsat-share' to 0");
    }
  }

  @Override
  public Class<SatProblem> problemType() {
    return SatProblem.class;
  }

  @Override
  public Generated<SatProblem> generate(Params params, Rng rng) {
    validate(params);
    SatParams p = SatParams.from(params);
    int n = p.variables();
    int k = p.clauseSize();
    int m = p.clauses();
    boolean wantSat = !rng.chance(p.unsatShare(), 100);
    int[][] clauses = new int[m][];
    long[] keys = new long[m];
    Dpll.Result result = null;
    int draws = 0;
    while (draws < MAX_DRAWS) {
      draws++;
      draw(rng, n, k, clauses, keys);
      result = Dpll.solve(n, clauses);
      if (result.satisfiable() == wantSat) {
        break;
      }
      result = null;
    }
    if (result == null) {
      throw new ParamException("params 'ratio' and 'unsat-share': no " + (wantSat ? "satisfiable" : "unsatisfiable")
          + " formula in " + MAX_DRAWS + " draws at ratio " + p.effectiveRatio() + "/100; move 'ratio' towards "
          + SatParams.threshold(k) + " or set 'unsat-share' to " + (wantSat ? "100" : "0"));
    }
    return assemble(p, clauses, keys, result);
  }

  /** Fills {@code clauses} with distinct random clauses, literals sorted by variable. */
  private static void draw(Rng rng, int n, int k, int[][] clauses, long[] keys) {
    Set<Long> seen = new HashSet<>(clauses.length * 2);
    int[] vars = new int[k];
    for (int c = 0; c < clauses.length; c++) {
      while (true) {
        for (int j = 0; j < k; j++) {
          int v;
          boolean fresh;
          do {
            v = 1 + rng.nextInt(n);
            fresh = true;
            for (int i = 0; i < j; i++) {
              if (vars[i] == v) {
                fresh = false;
                break;
              }
            }
          } while (!fresh);
          vars[j] = v;
        }
        Arrays.sort(vars);
        int[] clause = new int[k];
        long key = 0;
        for (int j = 0; j < k; j++) {
          boolean negative = rng.nextBoolean();
          clause[j] = negative ? -vars[j] : vars[j];
          key = (key << 9) | (2L * vars[j] + (negative ? 1 : 0));
        }
        if (seen.add(key)) {
          clauses[c] = clause;
          keys[c] = key;
          break;
        }
      }
    }
  }

  private static Generated<SatProblem> assemble(SatParams p, int[][] clauses, long[] keys, Dpll.Result result) {
    int n = p.variables();
    int k = p.clauseSize();
    int m = clauses.length;
    ImmutableList.Builder<List<Integer>> problemClauses = ImmutableList.builderWithExpectedSize(m);
    ImmutableList.Builder<String> math = ImmutableList.builderWithExpectedSize(m);
    ImmutableList.Builder<String> words = ImmutableList.builderWithExpectedSize(m);
    ImmutableList.Builder<String> dimacs = ImmutableList.builderWithExpectedSize(m);
    StringBuilder sb = new StringBuilder(16 * k);
    for (int[] clause : clauses) {
      Integer[] boxed = new Integer[k];
      for (int j = 0; j < k; j++) {
        boxed[j] = clause[j];
      }
      problemClauses.add(ImmutableList.copyOf(boxed));
      math.add(clauseText(sb, clause, "(", " \u2228 ", "\u00AC", ")"));
      words.add(clauseText(sb, clause, "", " or ", "not ", ""));
      sb.setLength(0);
      for (int lit : clause) {
        sb.append(lit).append(' ');
      }
      dimacs.add(sb.append('0').toString());
    }

    boolean sat = result.satisfiable();
    String answer;
    Map<String, Object> solution = new LinkedHashMap<>();
    solution.put("satisfiable", sat);
    if (sat) {
      boolean[] model = result.model();
      StringBuilder a = new StringBuilder(8 * n);
      Map<String, Object> assignment = new LinkedHashMap<>();
      for (int v = 1; v <= n; v++) {
        if (v > 1) {
          a.append(", ");
        }
        a.append('x').append(v).append('=').append(model[v] ? 'T' : 'F');
        assignment.put("x" + v, model[v]);
      }
      answer = a.toString();
      solution.put("assignment", assignment);
    } else {
      answer = UNSAT;
    }

    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    StringBuilder canonical = new StringBuilder(8 * m).append("n=").append(n).append(";k=").append(k).append(';');
    for (long key : sorted) {
      canonical.append(Long.toString(key, 36)).append(',');
    }

    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builder()
        .put("variables", n)
        .put("clause-size", k)
        .put("clauses", m)
        .put("literals", m * k)
        .put("satisfiable", sat)
        .put("decisions", result.decisions())
        .put("conflicts", result.conflicts())
        .put("propagations", result.propagations())
        .buildOrThrow();
    ImmutableMap<String, Object> view = ImmutableMap.<String, Object>builder()
        .put("variables", n)
        .put("clause_size", k)
        .put("clause_count", m)
        .put("last_variable", "x" + n)
        .put("clauses_math", math.build())
        .put("clauses_words", words.build())
        .put("clauses_dimacs", dimacs.build())
        .buildOrThrow();
    return Generated.of(new SatProblem(n, problemClauses.build(), sat), solution, answer, metrics, view,
        canonical.toString());
  }

  private static String clauseText(StringBuilder sb, int[] clause, String open, String or, String not, String close) {
    sb.setLength(0);
    sb.append(open);
    for (int j = 0; j < clause.length; j++) {
      if (j > 0) {
        sb.append(or);
      }
      if (clause[j] < 0) {
        sb.append(not);
      }
      sb.append('x').append(Math.abs(clause[j]));
    }
    return sb.append(close).toString();
  }

  @Override
  public String answerFormat() {
    return "If the formula is satisfiable, give every variable a truth value, as in `x1=T, x2=F, x3=T, ...`:"
        + " each entry is a variable name `x<number>`, then `=` or `:`, then `T`, `F`, `true`, `false`, `1`"
        + " or `0` (names and values in any case, spaces around `=` allowed). Entries are separated by"
        + " commas, semicolons, spaces or newlines and may come in any order. DIMACS-style literals are"
        + " accepted as entries too: `3` or `x3` sets x3 true, `-3`, `-x3`, `~x3`, `!x3` or `\u00ACx3` sets"
        + " it false, and a final `0` is ignored (e.g. `1 -2 3 0`). Each variable may appear at most once;"
        + " a variable left out is unassigned and makes no literal true. If no assignment satisfies every"
        + " clause, answer exactly `UNSAT` (any case; `UNSATISFIABLE` is accepted too). The answer is read"
        + " from the last <answer>...</answer> block (or else a final `Answer:` line).";
  }

  @Override
  public String scoring() {
    return "Satisfiable formula: an assignment under which every clause has a true literal scores 1 (any"
        + " satisfying assignment, also one that leaves variables out). A complete assignment (every"
        + " variable given) that leaves some clauses false scores PARTIAL 0.5 \u00D7 (satisfied - e) /"
        + " (clauses - e), where e is the number of clauses a random assignment satisfies on average (the"
        + " sum of 1 - 2^-k over clauses of k literals), naming the first false clause; an incomplete one that leaves a clause false scores"
        + " 0 (WRONG), and so does `UNSAT`. Unsatisfiable formula (decided by a complete solver): only"
        + " `UNSAT` scores 1; any assignment scores 0 (WRONG). An answer that cannot be read (an unknown"
        + " entry, a variable outside x1..xN, a variable given twice) scores 0 as INVALID_FORMAT.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("variables", "clauses", "literals");
  }
}
