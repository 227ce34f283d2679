package io.taskforge.logic.syllogism;

/**
 * The generator's validity judge: the Venn-diagram semantics of categorical statements under the
 * modern (Boolean) reading, without existential import.
 *
 * <p>Three terms cut the domain into 8 regions (bit 0 of a region index: in S, bit 1: in M, bit 2:
 * in P). A model says which regions have members, so it is an 8-bit mask and there are 256 models.
 * {@code All X are Y} holds when no region inside X and outside Y has members, {@code No X are Y}
 * when none inside both does; {@code Some X are Y} and {@code Some X are not Y} need a member in
 * such a region. A form is valid when every model of its premises is a model of its conclusion.
 */
public final class VennModels {
  private VennModels() {}

  /** The regions (as an 8-bit mask) inside term {@code x}, 0 S, 1 M, 2 P. */
  static int inside(int term) {
    int mask = 0;
    for (int r = 0; r < 8; r++) {
      if (((r >>> term) & 1) == 1) {
        mask |= 1 << r;
      }
    }
    return mask;
  }

  /** Whether a statement of {@code type} with subject x and predicate y holds in {@code model}. */
  static boolean holds(char type, int x, int y, int model) {
    int xs = inside(x);
    int ys = inside(y);
    return switch (type) {
      case 'A' -> (model & xs & ~ys & 0xFF) == 0;
      case 'E' -> (model & xs & ys) == 0;
      case 'I' -> (model & xs & ys) != 0;
      case 'O' -> (model & xs & ~ys & 0xFF) != 0;
      default -> throw new IllegalArgumentException("no statement type " + type);
    };
  }

  static boolean premisesHold(SyllogisticForm f, int model) {
    int[] major = f.majorTerms();
    int[] minor = f.minorTerms();
    return holds(f.major(), major[0], major[1], model) && holds(f.minor(), minor[0], minor[1], model);
  }

  static boolean conclusionHolds(SyllogisticForm f, int model) {
    return holds(f.conclusion(), SyllogisticForm.S, SyllogisticForm.P, model);
  }

  /** The number of models of the premises in which the conclusion fails; 0 exactly for valid forms. */
  public static int counterModels(SyllogisticForm f) {
    int count = 0;
    for (int model = 0; model < 256; model++) {
      if (premisesHold(f, model) && !conclusionHolds(f, model)) {
        count++;
      }
    }
    return count;
  }

  /** The number of models of the premises. */
  public static int premiseModels(SyllogisticForm f) {
    int count = 0;
    for (int model = 0; model < 256; model++) {
      if (premisesHold(f, model)) {
        count++;
      }
    }
    return count;
  }

  public static boolean valid(SyllogisticForm f) {
    return counterModels(f) == 0;
  }

  /**
   * A smallest counter-model (fewest inhabited regions, then the lowest mask), or -1 for a valid form.
   */
  public static int smallestCounterModel(SyllogisticForm f) {
    int best = -1;
    for (int model = 0; model < 256; model++) {
      if (premisesHold(f, model) && !conclusionHolds(f, model)
          && (best < 0 || Integer.bitCount(model) < Integer.bitCount(best))) {
        best = model;
      }
    }
    return best;
  }

  /**
   * Whether the form would be valid if every term were known to have members (the traditional,
   * Aristotelian reading with existential import): only models where S, M and P each inhabit some
   * region count.
   */
  public static boolean validWithExistentialImport(SyllogisticForm f) {
    int s = inside(SyllogisticForm.S);
    int m = inside(SyllogisticForm.M);
    int p = inside(SyllogisticForm.P);
    for (int model = 0; model < 256; model++) {
      if ((model & s) != 0 && (model & m) != 0 && (model & p) != 0
          && premisesHold(f, model) && !conclusionHolds(f, model)) {
        return false;
      }
    }
    return true;
  }

  /**
   * An invalid form that looks valid: it is valid under existential import, or its mood is valid in
   * another figure (the right statements with the terms in the wrong places).
   */
  public static boolean nearMiss(SyllogisticForm f) {
    if (valid(f)) {
      return false;
    }
    if (validWithExistentialImport(f)) {
      return true;
    }
    for (int figure = 1; figure <= 4; figure++) {
      if (figure != f.figure()
          && valid(new SyllogisticForm(f.major(), f.minor(), f.conclusion(), figure))) {
        return true;
      }
    }
    return false;
  }

  /** A region as text: {@code S, not M, P}. */
  public static String regionName(int region) {
    return ((region & 1) != 0 ? "S" : "not S") + ", "
        + ((region & 2) != 0 ? "M" : "not M") + ", "
        + ((region & 4) != 0 ? "P" : "not P");
  }
}
