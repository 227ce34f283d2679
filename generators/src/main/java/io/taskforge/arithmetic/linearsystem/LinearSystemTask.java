package io.taskforge.arithmetic.linearsystem;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Generated;
import io.taskforge.core.ParamException;
import io.taskforge.core.ParamSchema;
import io.taskforge.core.ParamSpec;
import io.taskforge.core.Params;
import io.taskforge.core.Rng;
import io.taskforge.core.Task;
import io.taskforge.math.Rational;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code arithmetic.linear-system}: solve an n×n system of linear equations with integer
 * coefficients and a unique rational solution; in trace mode, show the elimination as row
 * operations with their resulting rows, then back substitution.
 *
 * <p>Levels grow the number of unknowns (2 to 6) and the size of the coefficients; from level 4 the
 * solution is fractional (constants drawn at random, so denominators divide the determinant).
 */
public final class LinearSystemTask implements Task<LinearSystemProblem> {
  public static final String ID = "arithmetic.linear-system";
  static final int MAX_VARIABLES = 6;
  private static final int MAX_ATTEMPTS = 100_000;

  private static final ParamSchema SCHEMA = ParamSchema.of(
      ParamSpec.integer("variables", 4, 2, MAX_VARIABLES, "number of unknowns and of equations"),
      ParamSpec.integer("max_coefficient", 9, 1, 99,
          "coefficients are integers from -max_coefficient to max_coefficient (at least one of that size)"),
      ParamSpec.bool("fractional", true,
          "true: some solution value is not an integer (constants drawn at random); "
              + "false: the solution is nonzero integers"),
      ParamSpec.integer("max_value", 30, 1, 9999,
          "largest absolute solution value (integer solutions) or constant (fractional solutions)"),
      AnswerMode.spec());

  private static final ImmutableList<Map<String, Object>> LEVELS = ImmutableList.of(
      level(2, 5, false, 5),
      level(2, 9, false, 9),
      level(3, 5, false, 9),
      level(3, 9, true, 20),
      level(4, 9, true, 30),
      level(4, 12, true, 50),
      level(5, 9, true, 50),
      level(5, 15, true, 99),
      level(6, 12, true, 99),
      level(6, 25, true, 999));

  private static Map<String, Object> level(int variables, int maxCoefficient, boolean fractional, int maxValue) {
    return ImmutableMap.of("variables", variables, "max_coefficient", maxCoefficient, "fractional", fractional,
        "max_value", maxValue);
  }

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
    return "Solve an n×n system of linear equations (n up to 6) exactly, optionally showing the elimination "
        + "as row operations and back substitution.";
  }

  @Override
  public ParamSchema schema() {
    return SCHEMA;
  }

  @Override
  public Map<String, Object> levelOverrides(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new ParamException("level must be an integer from 1 to 10, got " + level);
    }
    return LEVELS.get(level - 1);
  }

  @Override
  public void validate(Params params) {
    LinearSystemParams p = LinearSystemParams.from(params);
    if (p.fractional() && p.maxValue() < 2) {
      throw new ParamException(
          "param 'max_value' must be at least 2 when fractional is true "
              + "(constants of -1, 0 and 1 alone rarely give a fraction), got "
              + p.maxValue());
    }
  }

  @Override
  public Class<LinearSystemProblem> problemType() {
    return LinearSystemProblem.class;
  }

  /** The unknowns' names: {@code x, y, z} for up to three, else {@code x1 ... xn}. */
  static List<String> names(int n) {
    if (n <= 3) {
      return List.of("x", "y", "z").subList(0, n);
    }
    List<String> names = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      names.add("x" + i);
    }
    return List.copyOf(names);
  }

  @Override
  public Generated<LinearSystemProblem> generate(Params params, Rng rng) {
    validate(params);
    LinearSystemParams p = LinearSystemParams.from(params);
    int n = p.variables();
    List<String> names = names(n);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      int[][] a = matrix(p, rng);
      if (a == null) {
        continue;
      }
      int[] b = new int[n];
      if (p.fractional()) {
        for (int i = 0; i < n; i++) {
          b[i] = rng.between(-p.maxValue(), p.maxValue());
        }
      } else {
        int[] x = new int[n];
        for (int j = 0; j < n; j++) {
          x[j] = rng.between(1, p.maxValue()) * (rng.nextBoolean() ? 1 : -1);
        }
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            b[i] += a[i][j] * x[j];
          }
        }
      }
      Elimination e = Elimination.run(a, b, names, true);
      if (e.solution == null) {
        continue; // singular: draw again
      }
      boolean integral = true;
      for (Rational v : e.solution) {
        integral &= v.isInteger();
      }
      if (p.fractional() && integral) {
        continue;
      }
      return generated(p, names, a, b, e);
    }
    throw new IllegalStateException("no regular system found for " + params);
  }

  /**
   * Coefficients in range with one of full size, every equation with at least two unknowns; null
   * when a row came out with fewer.
   */
  private static int[][] matrix(LinearSystemParams p, Rng rng) {
    int n = p.variables();
    int c = p.maxCoefficient();
    int[][] a = new int[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        a[i][j] = rng.between(-c, c);
      }
    }
    a[rng.nextInt(n)][rng.nextInt(n)] = rng.nextBoolean() ? c : -c;
    for (int[] row : a) {
      int nonzero = 0;
      for (int v : row) {
        nonzero += v != 0 ? 1 : 0;
      }
      if (nonzero < 2) {
        return null;
      }
    }
    return a;
  }

  private Generated<LinearSystemProblem> generated(
      LinearSystemParams p, List<String> names, int[][] a, int[] b, Elimination e) {
    int n = names.size();
    List<List<Integer>> coefficients = new ArrayList<>(n);
    List<Integer> constants = new ArrayList<>(n);
    List<String> equations = new ArrayList<>(n);
    List<String> rows = new ArrayList<>(n);
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      List<Integer> row = new ArrayList<>(n);
      for (int j = 0; j < n; j++) {
        row.add(a[i][j]);
        zeros += a[i][j] == 0 ? 1 : 0;
      }
      coefficients.add(List.copyOf(row));
      constants.add(b[i]);
      equations.add(equation(a[i], b[i], names));
      rows.add(Arrays.toString(a[i]) + "|" + b[i]);
    }
    List<String> values = new ArrayList<>(n);
    StringBuilder result = new StringBuilder(16 * n);
    int solutionDigits = 0;
    for (int j = 0; j < n; j++) {
      values.add(e.solution[j].toString());
      solutionDigits += e.solution[j].digits();
      if (j > 0) {
        result.append(", ");
      }
      result.append(names.get(j)).append(" = ").append(e.solution[j]);
    }
    List<String> trace = List.copyOf(e.lines);
    String answer = result.toString();
    ImmutableMap<String, Object> metrics = ImmutableMap.<String, Object>builderWithExpectedSize(8)
        .put("variables", n)
        .put("steps", trace.size())
        .put("row_operations", e.rowOperations)
        .put("swaps", e.swaps)
        .put("zero_coefficients", zeros)
        .put("determinant_digits", e.determinant.digits())
        .put("solution_digits", solutionDigits)
        .put("max_value_digits", e.maxDigits)
        .buildOrThrow();
    rows.sort(null);
    return Generated.of(
        new LinearSystemProblem(names, coefficients, constants, trace.size(), p.mode().wire()),
        new LinearSystemSolution(trace, answer, values, e.determinant.toString()),
        p.mode().answer(trace, answer),
        metrics,
        ImmutableMap.of("equations", List.copyOf(equations), "variables", String.join(", ", names),
            "reference_steps", trace.size(), "example", example(names), "example_row", exampleRow(n)),
        String.join(";", rows));
  }

  /** An equation as written to a person: {@code 2x - 3y + z = 5}, zero terms left out. */
  static String equation(int[] row, int constant, List<String> names) {
    StringBuilder sb = new StringBuilder(8 * row.length);
    for (int j = 0; j < row.length; j++) {
      int c = row[j];
      if (c == 0) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(c < 0 ? "-" : "");
      } else {
        sb.append(c < 0 ? " - " : " + ");
      }
      if (Math.abs(c) != 1) {
        sb.append(Math.abs(c));
      }
      sb.append(names.get(j));
    }
    return sb.append(" = ").append(constant).toString();
  }

  /** The answer format's example with this system's names. */
  private static String example(List<String> names) {
    StringBuilder sb = new StringBuilder();
    String[] sample = {"1", "-2/3", "5", "0", "7/4", "-3"};
    for (int j = 0; j < names.size(); j++) {
      sb.append(j == 0 ? "" : ", ").append(names.get(j)).append(" = ").append(sample[j]);
    }
    return sb.toString();
  }

  /** A row of this system's width for the templates' example of a row operation. */
  private static String exampleRow(int n) {
    String[] sample = {"0", "5/2", "-1", "3", "1/4", "-2"};
    StringBuilder sb = new StringBuilder("[");
    for (int j = 0; j < n; j++) {
      sb.append(j == 0 ? "" : ", ").append(sample[j]);
    }
    return sb.append(" | 7]").toString();
  }

  @Override
  public String answerFormat() {
    return "Final mode: the answer is read from the last <answer>...</answer> block (else a final 'Answer:' line; "
        + "when the work is shown, from its last 'Result:' line) and must give every unknown its value as "
        + "assignments 'name = value' separated by commas, semicolons, 'and' or white space (newlines), in any "
        + "order, e.g. "
        + "'x = 1, y = -2/3, z = 5'. Unknowns are named x, y, z for up to three unknowns and x1, x2, ..., x6 "
        + "otherwise (case, an underscore and braces as in x_{1} are ignored). Each value is one exact number: "
        + "an integer, a fraction p/q (need not be reduced) or a terminating decimal, read leniently (a leading "
        + "+ or Unicode minus, \\frac{p}{q}, $...$). Trace mode: one step per line, then 'Result: <assignments>'. "
        + "A row operation names the rows R1..Rn (the equations in the order given, updated by earlier steps) "
        + "and gives the resulting row in brackets, coefficients in column order then '|' and the constant: "
        + "'R2 = R2 - 3/2 R1: [0, 5/2, -1 | 7]'. The new row may combine any rows as long as its own row has a "
        + "nonzero factor ('R3 = 2R3 + R1', 'R1 = 1/4 R1'; '=' may also be ':=', '<-' or '->'); a swap is "
        + "'R1 <-> R2' with no row. Factors may be "
        + "written 3/2, (3/2), 3/2*R1 or 3/2·R1; entries are separated by commas (or spaces when there are no "
        + "commas). A value line 'z = 7/3' gives one unknown once some row holds it with only unknowns already "
        + "given; work may use any pivot order, and values may be read off after Gauss-Jordan reduction too. "
        + "Example for x - 5y = 3, 3x + 3y = -9: 'R2 = R2 - 3 R1: [0, 18 | -18]', 'y = -1', 'x = -2', then "
        + "'Result: x = -2, y = -1'.";
  }

  @Override
  public String scoring() {
    return "Final mode: the verifier solves the system itself; 1 (CORRECT) when every unknown has its value (so "
        + "every equation holds); otherwise the share of unknowns given their right value (PARTIAL, or WRONG when "
        + "none is right); INVALID_FORMAT when the answer is not assignments to unknowns of the system or gives an "
        + "unknown two different values. Trace mode: each row operation is re-computed from the current rows "
        + "and must match the stated row entry by entry (equal values); it must be invertible, change the rows, "
        + "not return them to an earlier state and stay within n² + 2n row operations; each value line must "
        + "follow from a row whose other unknowns are known. Score 1 when every step checks, every unknown was "
        + "derived and the Result gives those values; otherwise min(k, r) / (max(n, r) + 1), where k counts the steps "
        + "right before the first wrong one, n the steps written and r the reference trace's steps (PARTIAL; "
        + "ILLEGAL_STEP when step 1 is wrong, WRONG when only the result fails); the verdict details give "
        + "first_error_step.";
  }

  @Override
  public List<String> difficultyMetrics() {
    return List.of("variables", "steps", "max_value_digits");
  }
}
