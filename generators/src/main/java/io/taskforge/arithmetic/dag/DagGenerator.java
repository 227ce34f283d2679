package io.taskforge.arithmetic.dag;

import io.taskforge.core.Rng;
import java.util.Arrays;

/**
 * Builds one computation graph, DyVal-style, for the params it is given.
 *
 * <p>The needed graph is grown from the asked node down, layer by layer: layer {@code j} (a node's
 * longest distance to the asked node) has {@code min(width, 2^j)} operation nodes, each placed in a
 * free operand slot of the layer above. The remaining slots take given values, except {@code links}
 * of them, which reuse an existing node: an operation of a deeper layer (so the layers, and the
 * depth, stay exact) or a given value already placed. Operations are then chosen bottom-up so that
 * every value stays in {@code [0, 10^(2 digits) - 1]}: of two values in that range, either their sum
 * or their difference (larger minus smaller) is too, and a product is offered only when it fits; a
 * needed node of value 0 (possible only as {@code x - x}) makes the needed graph be drawn again.
 * Distractors (given values and operations over any earlier nodes) are added last, so nothing the
 * asked node needs depends on them.
 *
 * <p>Node ids: needed operations {@code 0..ops-1} in layer order (the asked node is 0, deeper layers
 * have larger ids), then given values and distractors as they are made. An operation's operands
 * always have larger ids or are given values, so decreasing ids evaluate the needed graph.
 */
final class DagGenerator {
  static final int VALUE = 0;
  static final int ADD = 1;
  static final int SUB = 2;
  static final int MUL = 3;

  /** Single-letter names (no X, which reads as a multiplication sign). */
  private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWYZ";

  private final DagParams p;
  private final Rng rng;
  private final long leafMax;
  private final long bound;

  final int ops;
  int n;
  final int[] op;
  final int[] a;
  final int[] b;
  final long[] val;
  final int[] layer;
  /** Topological order of all nodes (operands first). */
  int[] topo;
  /** The order the nodes are described in. */
  int[] described;
  String[] names;

  DagGenerator(DagParams p, Rng rng) {
    this.p = p;
    this.rng = rng;
    this.leafMax = pow10(p.digits()) - 1;
    this.bound = pow10(2 * p.digits()) - 1;
    this.ops = p.neededOperations();
    int capacity = 2 * ops + 1 + p.distractors();
    op = new int[capacity];
    a = new int[capacity];
    b = new int[capacity];
    val = new long[capacity];
    layer = new int[capacity];
  }

  static long pow10(int e) {
    long v = 1;
    for (int i = 0; i < e; i++) {
      v *= 10;
    }
    return v;
  }

  void generate() {
    do {
      buildNeededOperations();
      fillSlots();
      chooseOperations();
    } while (hasNeededZero()); // only when x - x was the one operation in range: redraw, rarely
    addDistractors();
    topo = topologicalOrder();
    described = switch (p.order()) {
      case "topological" -> topo.clone();
      case "reversed" -> reversed(topo);
      default -> rng.permutation(n);
    };
    names = names(n);
  }

  /** Needed operation nodes, layer by layer, each in a free slot of the layer above. */
  private void buildNeededOperations() {
    op[0] = ADD; // placeholder until operations are chosen; any non-value marker
    a[0] = -1;
    b[0] = -1;
    layer[0] = 0;
    n = 1;
    int layerStart = 0;
    int layerSize = 1;
    for (int j = 1; j < p.depth(); j++) {
      int w = DagParams.layerWidth(j, p.width());
      int[] slots = rng.permutation(2 * layerSize); // slot s: node layerStart + s / 2, side s % 2
      int start = n;
      for (int k = 0; k < w; k++) {
        int s = slots[k];
        int parent = layerStart + s / 2;
        int id = n++;
        op[id] = ADD;
        a[id] = -1;
        b[id] = -1;
        layer[id] = j;
        if (s % 2 == 0) {
          a[parent] = id;
        } else {
          b[parent] = id;
        }
      }
      layerStart = start;
      layerSize = w;
    }
  }

  /** Given values and links in the free slots, deepest layer first. */
  private void fillSlots() {
    int free = ops + 1; // 2 * ops slots, ops - 1 of them hold tree edges
    // the first free slot always gets a fresh value; links are chosen among the others
    boolean[] link = new boolean[free];
    int[] pick = rng.permutation(free - 1);
    for (int k = 0; k < p.links(); k++) {
      link[pick[k] + 1] = true;
    }
    int slot = 0;
    for (int id = ops - 1; id >= 0; id--) {
      if (a[id] < 0) {
        a[id] = link[slot++] ? linkTarget(id, b[id]) : newValue();
      }
      if (b[id] < 0) {
        b[id] = link[slot++] ? linkTarget(id, a[id]) : newValue();
      }
    }
  }

  /** An existing node for a slot of {@code id}: a deeper operation or a placed given value. */
  private int linkTarget(int id, int sibling) {
    int deeperFrom = id + 1;
    while (deeperFrom < ops && layer[deeperFrom] <= layer[id]) {
      deeperFrom++;
    }
    int deeper = ops - deeperFrom;
    int values = n - ops;
    int choice = -1;
    for (int attempt = 0; attempt < 4 && (choice < 0 || choice == sibling); attempt++) {
      boolean useOperation = deeper > 0 && (values == 0 || rng.chance(2, 3));
      choice = useOperation ? deeperFrom + rng.nextInt(deeper) : ops + rng.nextInt(values);
    }
    return choice;
  }

  private int newValue() {
    int id = n++;
    op[id] = VALUE;
    val[id] = 1 + rng.nextLong(leafMax);
    layer[id] = -1;
    return id;
  }

  /** Operations bottom-up (decreasing ids), each keeping its value in range. */
  private void chooseOperations() {
    for (int id = ops - 1; id >= 0; id--) {
      setOperation(id);
    }
  }

  private void setOperation(int id) {
    long x = val[a[id]];
    long y = val[b[id]];
    int[] candidates = new int[3];
    int c = 0;
    if (x + y <= bound) {
      candidates[c++] = ADD;
    }
    if (x != y) {
      candidates[c++] = SUB;
    }
    if (p.multiply() && x >= 2 && y >= 2 && x <= bound / y) {
      candidates[c++] = MUL;
    }
    int chosen = c == 0 ? SUB : candidates[rng.nextInt(c)];
    op[id] = chosen;
    if (chosen == SUB && x < y) {
      int t = a[id];
      a[id] = b[id];
      b[id] = t;
    }
    val[id] = switch (chosen) {
      case ADD -> x + y;
      case SUB -> Math.abs(x - y);
      default -> x * y;
    };
  }

  private boolean hasNeededZero() {
    for (int id = 0; id < ops; id++) {
      if (val[id] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Given values and operations over any earlier nodes, which nothing needed refers to. */
  private void addDistractors() {
    for (int k = 0; k < p.distractors(); k++) {
      if (rng.chance(1, 3)) {
        int id = newValue();
        layer[id] = -2;
        continue;
      }
      int id = n++;
      a[id] = rng.nextInt(id);
      int other = rng.nextInt(id - 1);
      b[id] = other >= a[id] ? other + 1 : other;
      layer[id] = -2;
      setOperation(id);
    }
  }

  boolean isOperation(int id) {
    return op[id] != VALUE;
  }

  /** A uniformly random topological order (operands before users) of all nodes. */
  private int[] topologicalOrder() {
    int[] pending = new int[n];
    int[] userCount = new int[n + 1];
    for (int id = 0; id < n; id++) {
      if (isOperation(id)) {
        pending[id] = a[id] == b[id] ? 1 : 2;
        userCount[a[id] + 1]++;
        if (b[id] != a[id]) {
          userCount[b[id] + 1]++;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      userCount[i + 1] += userCount[i];
    }
    int[] users = new int[userCount[n]];
    int[] fill = Arrays.copyOf(userCount, n);
    for (int id = 0; id < n; id++) {
      if (isOperation(id)) {
        users[fill[a[id]]++] = id;
        if (b[id] != a[id]) {
          users[fill[b[id]]++] = id;
        }
      }
    }
    int[] ready = new int[n];
    int readyCount = 0;
    for (int id = 0; id < n; id++) {
      if (pending[id] == 0) {
        ready[readyCount++] = id;
      }
    }
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      int r = rng.nextInt(readyCount);
      int id = ready[r];
      ready[r] = ready[--readyCount];
      order[k] = id;
      for (int u = userCount[id]; u < userCount[id + 1]; u++) {
        if (--pending[users[u]] == 0) {
          ready[readyCount++] = users[u];
        }
      }
    }
    return order;
  }

  private static int[] reversed(int[] order) {
    int[] r = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      r[i] = order[order.length - 1 - i];
    }
    return r;
  }

  /** Distinct random names: single letters when they suffice, else two letters. */
  private String[] names(int count) {
    String[] out = new String[count];
    int pool = count <= LETTERS.length() ? LETTERS.length() : LETTERS.length() * LETTERS.length();
    int[] ids = new int[pool];
    for (int i = 0; i < pool; i++) {
      ids[i] = i;
    }
    for (int i = 0; i < count; i++) { // partial Fisher-Yates
      int j = i + rng.nextInt(pool - i);
      int t = ids[i];
      ids[i] = ids[j];
      ids[j] = t;
      int v = ids[i];
      out[i] = pool == LETTERS.length()
          ? String.valueOf(LETTERS.charAt(v))
          : new String(new char[] {LETTERS.charAt(v / LETTERS.length()), LETTERS.charAt(v % LETTERS.length())});
    }
    return out;
  }

  static char symbol(int op) {
    return switch (op) {
      case ADD -> '+';
      case SUB -> '-';
      case MUL -> '*';
      default -> throw new IllegalArgumentException("not an operation: " + op);
    };
  }
}
