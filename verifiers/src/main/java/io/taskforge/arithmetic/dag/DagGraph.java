package io.taskforge.arithmetic.dag;

import io.taskforge.math.Rational;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verifier's reading of a {@link DagProblem}: nodes indexed by upper-cased name, every node's
 * exact value, and how many operations the asked node needs. Lookups only (no iteration order
 * reaches a verdict).
 */
final class DagGraph {
  static final int VALUE = 0;
  static final int ADD = 1;
  static final int SUB = 2;
  static final int MUL = 3;

  final String[] names;
  final int[] op;
  final int[] left;
  final int[] right;
  final Rational[] value;
  final int target;
  /** Operations among the asked node and everything it depends on: the reference trace length. */
  final int neededOperations;
  private final Map<String, Integer> index;

  private DagGraph(String[] names, int[] op, int[] left, int[] right, Rational[] value, int target,
      int neededOperations, Map<String, Integer> index) {
    this.names = names;
    this.op = op;
    this.left = left;
    this.right = right;
    this.value = value;
    this.target = target;
    this.neededOperations = neededOperations;
    this.index = index;
  }

  /** The node named {@code name} (any case), or -1. */
  int find(String name) {
    Integer i = index.get(name.toUpperCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  boolean isOperation(int node) {
    return op[node] != VALUE;
  }

  static int opOf(String symbol) {
    return switch (symbol) {
      case "+" -> ADD;
      case "-" -> SUB;
      case "*" -> MUL;
      default -> -1;
    };
  }

  static char symbol(int op) {
    return op == ADD ? '+' : op == SUB ? '-' : '*';
  }

  /** The definition of an operation node as written in the problem, e.g. {@code C = A + B}. */
  String definition(int node) {
    return names[node] + " = " + names[left[node]] + " " + symbol(op[node]) + " " + names[right[node]];
  }

  /** The graph, or null when the problem is malformed (unknown names, a cycle, a bad value). */
  static DagGraph of(DagProblem p) {
    if (p == null || p.nodes() == null || p.target() == null || p.nodes().isEmpty()) {
      return null;
    }
    List<DagNode> nodes = p.nodes();
    int n = nodes.size();
    Map<String, Integer> index = new HashMap<>(n * 2);
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      DagNode node = nodes.get(i);
      if (node == null || node.name() == null || node.name().isEmpty()
          || index.put(node.name().toUpperCase(Locale.ROOT), i) != null) {
        return null;
      }
      names[i] = node.name();
    }
    int[] op = new int[n];
    int[] left = new int[n];
    int[] right = new int[n];
    Rational[] value = new Rational[n];
    int[] pending = new int[n];
    for (int i = 0; i < n; i++) {
      DagNode node = nodes.get(i);
      if (DagNode.VALUE.equals(node.op())) {
        value[i] = integer(node.value());
        if (value[i] == null) {
          return null;
        }
        op[i] = VALUE;
        continue;
      }
      op[i] = node.op() == null ? -1 : opOf(node.op());
      if (op[i] < 0 || node.args() == null || node.args().size() != 2) {
        return null;
      }
      Integer x = index.get(node.args().get(0).toUpperCase(Locale.ROOT));
      Integer y = index.get(node.args().get(1).toUpperCase(Locale.ROOT));
      if (x == null || y == null) {
        return null;
      }
      left[i] = x;
      right[i] = y;
      pending[i] = 2;
    }
    Integer t = index.get(p.target().toUpperCase(Locale.ROOT));
    if (t == null) {
      return null;
    }
    // Evaluate in dependency order (Kahn): users lists in compressed form.
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (op[i] != VALUE) {
        start[left[i] + 1]++;
        start[right[i] + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      start[i + 1] += start[i];
    }
    int[] users = new int[start[n]];
    int[] fill = new int[n];
    System.arraycopy(start, 0, fill, 0, n);
    for (int i = 0; i < n; i++) {
      if (op[i] != VALUE) {
        users[fill[left[i]]++] = i;
        users[fill[right[i]]++] = i;
      }
    }
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (op[i] == VALUE) {
        queue[tail++] = i;
      }
    }
    while (head < tail) {
      int i = queue[head++];
      if (op[i] != VALUE) {
        Rational x = value[left[i]];
        Rational y = value[right[i]];
        value[i] = op[i] == ADD ? x.add(y) : op[i] == SUB ? x.subtract(y) : x.multiply(y);
      }
      for (int u = start[i]; u < start[i + 1]; u++) {
        if (--pending[users[u]] == 0) {
          queue[tail++] = users[u];
        }
      }
    }
    if (tail < n) {
      return null; // a cycle
    }
    // Operations the asked node needs.
    boolean[] needed = new boolean[n];
    int[] stack = new int[n];
    int top = 0;
    stack[top++] = t;
    needed[t] = true;
    int count = 0;
    while (top > 0) {
      int i = stack[--top];
      if (op[i] == VALUE) {
        continue;
      }
      count++;
      for (int c : new int[] {left[i], right[i]}) {
        if (!needed[c]) {
          needed[c] = true;
          stack[top++] = c;
        }
      }
    }
    return new DagGraph(names, op, left, right, value, t, count, index);
  }

  /** A decimal integer (optional minus), or null. */
  private static Rational integer(String s) {
    if (s == null || s.isEmpty() || s.length() > 1000) {
      return null;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    if (i == s.length()) {
      return null;
    }
    for (int k = i; k < s.length(); k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return null;
      }
    }
    return s.length() <= 18 ? Rational.of(Long.parseLong(s)) : Rational.parse(s);
  }
}
