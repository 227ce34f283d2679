package io.taskforge.logic.syllogism;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the 256 forms of a categorical syllogism: the mood (the types A, E, I, O of the major
 * premise, the minor premise and the conclusion) and the figure (where the middle term stands).
 *
 * <p>The conclusion is always {@code S–P} (subject S, predicate P). The major premise relates the
 * middle term M and P, the minor premise M and S:
 *
 * <pre>
 *   figure 1: M–P, S–M     figure 2: P–M, S–M
 *   figure 3: M–P, M–S     figure 4: P–M, M–S
 * </pre>
 *
 * <p>Types: A {@code All X are Y}, E {@code No X are Y}, I {@code Some X are Y}, O {@code Some X are
 * not Y}.
 */
public record SyllogisticForm(char major, char minor, char conclusion, int figure) {
  public static final String TYPES = "AEIO";
  /** Term indices used in {@link #majorTerms()} etc.: subject, middle, predicate. */
  public static final int S = 0;
  public static final int M = 1;
  public static final int P = 2;

  /** All 256 forms, in the order AAA-1, AAA-2, ..., OOO-4. */
  public static final ImmutableList<SyllogisticForm> ALL = all();

  public SyllogisticForm {
    if (TYPES.indexOf(major) < 0 || TYPES.indexOf(minor) < 0 || TYPES.indexOf(conclusion) < 0) {
      throw new IllegalArgumentException("statement types are A, E, I or O");
    }
    if (figure < 1 || figure > 4) {
      throw new IllegalArgumentException("the figure is 1 to 4, got " + figure);
    }
  }

  /** Parses {@code AII-3}. */
  public static SyllogisticForm parse(String code) {
    if (code.length() != 5 || code.charAt(3) != '-') {
      throw new IllegalArgumentException("a form is written like AII-3, got " + code);
    }
    return new SyllogisticForm(code.charAt(0), code.charAt(1), code.charAt(2), code.charAt(4) - '0');
  }

  public String mood() {
    return new String(new char[] {major, minor, conclusion});
  }

  /** {@code AII-3}. */
  public String code() {
    return mood() + "-" + figure;
  }

  /** Subject and predicate term of the major premise. */
  public int[] majorTerms() {
    return figure == 1 || figure == 3 ? new int[] {M, P} : new int[] {P, M};
  }

  /** Subject and predicate term of the minor premise. */
  public int[] minorTerms() {
    return figure == 1 || figure == 2 ? new int[] {S, M} : new int[] {M, S};
  }

  private static ImmutableList<SyllogisticForm> all() {
    List<SyllogisticForm> forms = new ArrayList<>(256);
    for (char a : TYPES.toCharArray()) {
      for (char b : TYPES.toCharArray()) {
        for (char c : TYPES.toCharArray()) {
          for (int f = 1; f <= 4; f++) {
            forms.add(new SyllogisticForm(a, b, c, f));
          }
        }
      }
    }
    return ImmutableList.copyOf(forms);
  }
}
