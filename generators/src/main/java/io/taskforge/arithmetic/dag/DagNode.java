package io.taskforge.arithmetic.dag;

import java.util.List;

/**
 * One node of a computation graph: a given value or an operation over two other nodes.
 *
 * @param name the node's name: upper-case letters, unique in the graph (matched ignoring case)
 * @param op {@code value} for a given value, else {@code +}, {@code -} or {@code *}
 * @param value the given value, a decimal integer, for {@code op = value}; empty for operations
 * @param args the two operand names for an operation ({@code -} is {@code args[0] - args[1]});
 *     empty for a given value
 */
public record DagNode(String name, String op, String value, List<String> args) {
  public static final String VALUE = "value";

  public DagNode {
    args = List.copyOf(args);
  }

  /** Whether this node is a given value (not a bean getter, so it stays out of JSON). */
  public boolean given() {
    return VALUE.equals(op);
  }
}
