package io.taskforge.logic.sat;

import java.util.ArrayList;
import java.util.List;

/**
 * SAT deciders written for the tests, sharing nothing with the production solver: exhaustive
 * enumeration for small formulas, and a textbook recursive DPLL (simplify by copying, unit clauses
 * first, then branch on the first literal of the shortest clause) for larger ones.
 */
final class IndependentSat {
  private IndependentSat() {}

  /** Whether every clause has a literal true under {@code model} (index = variable; 0 unused). */
  static boolean satisfies(List<List<Integer>> clauses, boolean[] model) {
    for (List<Integer> clause : clauses) {
      boolean any = false;
      for (int lit : clause) {
        if (model[Math.abs(lit)] == (lit > 0)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /** Exhaustive: tries all 2^n assignments. Use for n up to about 20. */
  static boolean bruteForce(int n, List<List<Integer>> clauses) {
    boolean[] model = new boolean[n + 1];
    for (long bits = 0; bits < (1L << n); bits++) {
      for (int v = 1; v <= n; v++) {
        model[v] = ((bits >>> (v - 1)) & 1) == 1;
      }
      if (satisfies(clauses, model)) {
        return true;
      }
    }
    return false;
  }

  /** Textbook recursive DPLL over lists of int arrays. */
  static boolean dpll(List<List<Integer>> clauses) {
    List<int[]> cs = new ArrayList<>();
    for (List<Integer> c : clauses) {
      cs.add(c.stream().mapToInt(Integer::intValue).toArray());
    }
    return solve(cs);
  }

  private static boolean solve(List<int[]> clauses) {
    while (true) {
      if (clauses.isEmpty()) {
        return true;
      }
      int unit = 0;
      for (int[] c : clauses) {
        if (c.length == 0) {
          return false;
        }
        if (c.length == 1) {
          unit = c[0];
          break;
        }
      }
      if (unit == 0) {
        break;
      }
      clauses = assign(clauses, unit);
    }
    int[] shortest = clauses.get(0);
    for (int[] c : clauses) {
      if (c.length < shortest.length) {
        shortest = c;
      }
    }
    int lit = shortest[0];
    return solve(assign(clauses, lit)) || solve(assign(clauses, -lit));
  }

  /** The clauses with {@code lit} made true: satisfied clauses removed, {@code -lit} deleted. */
  private static List<int[]> assign(List<int[]> clauses, int lit) {
    List<int[]> out = new ArrayList<>(clauses.size());
    for (int[] c : clauses) {
      boolean sat = false;
      int keep = 0;
      for (int l : c) {
        if (l == lit) {
          sat = true;
          break;
        }
        if (l != -lit) {
          keep++;
        }
      }
      if (sat) {
        continue;
      }
      int[] reduced = new int[keep];
      int i = 0;
      for (int l : c) {
        if (l != -lit) {
          reduced[i++] = l;
        }
      }
      out.add(reduced);
    }
    return out;
  }

  /** Reads the canonical gold text {@code x1=T, x2=F, ...} (every variable, in order) strictly. */
  static boolean[] readGold(int n, String answer) {
    String[] parts = answer.split(", ");
    if (parts.length != n) {
      throw new AssertionError("expected " + n + " entries, got " + parts.length + ": " + answer);
    }
    boolean[] model = new boolean[n + 1];
    for (int v = 1; v <= n; v++) {
      String want = "x" + v + "=";
      if (!parts[v - 1].startsWith(want) || parts[v - 1].length() != want.length() + 1) {
        throw new AssertionError("entry " + v + " is " + parts[v - 1]);
      }
      char c = parts[v - 1].charAt(want.length());
      if (c != 'T' && c != 'F') {
        throw new AssertionError("entry " + v + " is " + parts[v - 1]);
      }
      model[v] = c == 'T';
    }
    return model;
  }
}
