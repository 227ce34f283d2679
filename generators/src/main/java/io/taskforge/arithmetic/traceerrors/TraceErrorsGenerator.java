package io.taskforge.arithmetic.traceerrors;

import io.taskforge.core.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes one computation, its correct trace, and a student's trace of it with injected faults.
 *
 * <p>The true computation is drawn first (values never negative, at most {@code 10^(2 digits) - 1}
 * for chains and variables; a recurrence grows like Fibonacci numbers). The student's trace is then
 * simulated step by step from what the student believes the earlier results are: a {@code slip}
 * writes a wrong result but keeps using the right one, a {@code propagated} error writes a wrong
 * result and uses it from then on, a {@code copy} error writes one operand wrongly and computes from
 * it (so its result, also used later, is wrong too). Wrong numbers are plausible slips: off by one,
 * off by a power of ten (a carry), one digit changed, or two adjacent digits swapped. A draw whose
 * trace would show a negative number is redrawn from the same stream.
 */
final class TraceErrorsGenerator {
  static final int ADD = 1;
  static final int SUB = 2;
  static final int MUL = 3;

  static final int NONE = 0;
  static final int SLIP = 1;
  static final int PROPAGATED = 2;
  static final int COPY = 3;
  static final String[] FAULT_NAMES = {"none", "slip", "propagated", "copy"};
  static final String[] KINDS = {"chain", "variables", "recurrence"};

  private static final int FAULT_ATTEMPTS = 200;

  private final TraceErrorsParams p;
  private final Rng rng;
  private final long leafMax;
  private final long bound;

  String kind;
  final int n;
  // the true computation; operand encoding: k >= 1 is step k's result, k <= -1 is input -k-1, 0 is a literal
  final int[] op;
  final int[] leftRef;
  final int[] rightRef;
  final long[] leftLit;
  final long[] rightLit;
  String[] inputNames = new String[0];
  long[] inputValues = new long[0];
  final long[] trueLeft;
  final long[] trueRight;
  final long[] trueResult;
  // the student's trace
  final int[] fault;
  final long[] shownLeft;
  final long[] shownRight;
  final long[] shownResult;
  int faultCount;

  TraceErrorsGenerator(TraceErrorsParams p, Rng rng) {
    this.p = p;
    this.rng = rng;
    this.n = p.steps();
    this.leafMax = pow10(p.digits()) - 1;
    this.bound = pow10(2 * p.digits()) - 1;
    int size = n + 1; // 1-based steps
    op = new int[size];
    leftRef = new int[size];
    rightRef = new int[size];
    leftLit = new long[size];
    rightLit = new long[size];
    trueLeft = new long[size];
    trueRight = new long[size];
    trueResult = new long[size];
    fault = new int[size];
    shownLeft = new long[size];
    shownRight = new long[size];
    shownResult = new long[size];
  }

  static long pow10(int e) {
    long v = 1;
    for (int i = 0; i < e; i++) {
      v *= 10;
    }
    return v;
  }

  void generate() {
    kind = p.kind().equals("mixed") ? KINDS[rng.nextInt(KINDS.length)] : p.kind();
    boolean clean = rng.chance(p.cleanPercent(), 100);
    while (true) {
      switch (kind) {
        case "chain" -> chain();
        case "variables" -> variables();
        default -> recurrence();
      }
      if (clean) {
        faultCount = 0;
        simulate();
        return;
      }
      for (int attempt = 0; attempt < FAULT_ATTEMPTS; attempt++) {
        placeFaults();
        if (simulate()) {
          faultCount = p.faults();
          return;
        }
      }
    }
  }

  private long leaf() {
    return 1 + rng.nextLong(leafMax);
  }

  // ---- the true computations ----

  private void chain() {
    long v = leaf();
    for (int k = 1; k <= n; k++) {
      long c = leaf();
      if (k == 1) {
        leftRef[k] = 0;
        leftLit[k] = v;
      } else {
        leftRef[k] = k - 1;
      }
      rightRef[k] = 0;
      rightLit[k] = c;
      int[] candidates = new int[3];
      int m = 0;
      if (v + c <= bound) {
        candidates[m++] = ADD;
      }
      if (v > c) {
        candidates[m++] = SUB;
      }
      if (v >= 2 && c >= 2 && v <= bound / c) {
        candidates[m++] = MUL;
      }
      op[k] = m == 0 ? (v >= c ? SUB : ADD) : candidates[rng.nextInt(m)];
      trueLeft[k] = v;
      trueRight[k] = c;
      v = apply(op[k], v, c);
      trueResult[k] = v;
    }
  }

  private void variables() {
    int inputs = n <= 4 ? 3 : 4;
    inputNames = new String[inputs];
    inputValues = new long[inputs];
    for (int i = 0; i < inputs; i++) {
      inputNames[i] = String.valueOf((char) ('a' + i));
      inputValues[i] = leaf();
    }
    List<Integer> unused = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      int remaining = n - k + 1;
      int min = Math.max(0, unused.size() + 1 - Math.max(remaining - 1, 1));
      int max = Math.min(2, unused.size());
      int take;
      if (min >= max) {
        take = max;
      } else {
        int r = rng.nextInt(4); // 0 with 1/4, 1 with 1/2, 2 with 1/4 where allowed
        take = Math.max(min, Math.min(max, r == 0 ? 0 : r == 3 ? 2 : 1));
      }
      int[] picked = new int[2];
      for (int t = 0; t < take; t++) {
        picked[t] = unused.remove(rng.nextInt(unused.size()));
        others.add(picked[t]);
      }
      for (int t = take; t < 2; t++) {
        int pool = inputs + others.size();
        int choice;
        int attempts = 0;
        do {
          int r = rng.nextInt(pool);
          choice = r < inputs ? -(r + 1) : others.get(r - inputs);
        } while (t == 1 && choice == picked[0] && ++attempts < 8);
        picked[t] = choice;
      }
      if (rng.nextBoolean()) {
        int s = picked[0];
        picked[0] = picked[1];
        picked[1] = s;
      }
      leftRef[k] = picked[0];
      rightRef[k] = picked[1];
      long x = trueValue(picked[0]);
      long y = trueValue(picked[1]);
      int[] candidates = new int[3];
      int m = 0;
      if (x + y <= bound) {
        candidates[m++] = ADD;
      }
      if (x != y) {
        candidates[m++] = SUB;
      }
      if (x >= 2 && y >= 2 && x <= bound / y) {
        candidates[m++] = MUL;
      }
      op[k] = m == 0 ? SUB : candidates[rng.nextInt(m)];
      if (op[k] == SUB && x < y) {
        leftRef[k] = picked[1];
        rightRef[k] = picked[0];
        long s = x;
        x = y;
        y = s;
      }
      trueLeft[k] = x;
      trueRight[k] = y;
      trueResult[k] = apply(op[k], x, y);
      unused.add(k);
    }
  }

  private long trueValue(int ref) {
    return ref >= 1 ? trueResult[ref] : inputValues[-ref - 1];
  }

  private void recurrence() {
    inputNames = new String[] {"x1", "x2"};
    inputValues = new long[] {leaf(), leaf()};
    for (int k = 1; k <= n; k++) {
      op[k] = ADD;
      leftRef[k] = k == 1 ? -2 : k - 1;
      rightRef[k] = k == 1 ? -1 : k == 2 ? -2 : k - 2;
      trueLeft[k] = trueValue(leftRef[k]);
      trueRight[k] = trueValue(rightRef[k]);
      trueResult[k] = trueLeft[k] + trueRight[k];
    }
  }

  static long apply(int op, long x, long y) {
    return switch (op) {
      case ADD -> Math.addExact(x, y);
      case SUB -> Math.subtractExact(x, y);
      default -> Math.multiplyExact(x, y);
    };
  }

  // ---- faults ----

  private void placeFaults() {
    for (int k = 1; k <= n; k++) {
      fault[k] = NONE;
    }
    int[] steps = rng.permutation(n);
    for (int f = 0; f < p.faults(); f++) {
      fault[steps[f] + 1] = switch (p.faultKinds()) {
        case "slip" -> SLIP;
        case "propagated" -> PROPAGATED;
        case "copy" -> COPY;
        default -> 1 + rng.nextInt(3);
      };
    }
  }

  /** Writes the student's trace; false when it would show a negative number or overflow. */
  private boolean simulate() {
    long[] believed = new long[n + 1];
    try {
      for (int k = 1; k <= n; k++) {
        long bl = leftRef[k] == 0 ? leftLit[k] : leftRef[k] >= 1 ? believed[leftRef[k]] : inputValues[-leftRef[k] - 1];
        long br = rightRef[k] == 0 ? rightLit[k] : rightRef[k] >= 1 ? believed[rightRef[k]] : inputValues[-rightRef[k] - 1];
        if (fault[k] == COPY) {
          if (rng.nextBoolean()) {
            bl = wrong(bl);
          } else {
            br = wrong(br);
          }
        }
        long r = apply(op[k], bl, br);
        long shown = fault[k] == SLIP || fault[k] == PROPAGATED ? wrong(r) : r;
        believed[k] = fault[k] == PROPAGATED ? shown : r;
        if (bl < 0 || br < 0 || shown < 0 || r < 0) {
          return false;
        }
        shownLeft[k] = bl;
        shownRight[k] = br;
        shownResult[k] = shown;
      }
    } catch (ArithmeticException overflow) {
      return false;
    }
    return true;
  }

  /** A plausible wrong value for {@code v}: never {@code v}, never negative. */
  long wrong(long v) {
    if (v < 0) {
      return v - 1; // a trace already gone negative is redrawn anyway
    }
    String digits = Long.toString(v);
    int len = digits.length();
    for (int attempt = 0; attempt < 20; attempt++) {
      long w;
      switch (rng.nextInt(4)) {
        case 0 -> w = rng.nextBoolean() ? v + 1 : v - 1;
        case 1 -> {
          if (len < 2) {
            continue;
          }
          long step = pow10(1 + rng.nextInt(len - 1));
          w = rng.nextBoolean() ? v + step : v - step;
        }
        case 2 -> {
          int at = rng.nextInt(len);
          char old = digits.charAt(at);
          char d = (char) ('0' + (old - '0' + 1 + rng.nextInt(9)) % 10);
          if (at == 0 && d == '0' && len > 1) {
            continue;
          }
          w = Long.parseLong(digits.substring(0, at) + d + digits.substring(at + 1));
        }
        default -> {
          if (len < 2) {
            continue;
          }
          int at = rng.nextInt(len - 1);
          char a = digits.charAt(at);
          char b = digits.charAt(at + 1);
          if (a == b || (at == 0 && b == '0')) {
            continue;
          }
          w = Long.parseLong(digits.substring(0, at) + b + a + digits.substring(at + 2));
        }
      }
      if (w >= 0 && w != v) {
        return w;
      }
    }
    return v + 1;
  }

  /** The first step whose written numbers differ from the true ones, or 0. */
  int firstWrongStep() {
    for (int k = 1; k <= n; k++) {
      if (!isRight(k)) {
        return k;
      }
    }
    return 0;
  }

  boolean isRight(int k) {
    return shownLeft[k] == trueLeft[k] && shownRight[k] == trueRight[k] && shownResult[k] == trueResult[k];
  }

  static char symbol(int op) {
    return op == ADD ? '+' : op == SUB ? '-' : '*';
  }
}
