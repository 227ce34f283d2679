package io.taskforge.arithmetic.dag;

import io.taskforge.arithmetic.trace.AnswerMode;
import io.taskforge.core.Params;

/**
 * The typed params of {@code arithmetic.dag}.
 *
 * @param depth operations on the longest chain from a given value to the asked node (exact)
 * @param width operation nodes per layer of the needed graph, where a node's layer is its longest
 *     distance to the asked node; layer {@code j} has {@code min(width, 2^j)} nodes, so the widest
 *     layer has exactly {@code width} nodes (validated: {@code width <= 2^(depth-1)})
 * @param links operand slots of needed operations that reuse an existing node (an operation of a
 *     deeper layer or an earlier given value) instead of a fresh value; exact
 * @param distractors nodes that the asked node does not need (given values and operations over any
 *     earlier nodes); exact
 * @param order the order the nodes are described in: {@code topological} (every node after its
 *     operands), {@code reversed} (every node before its operands) or {@code random}
 * @param digits given values are drawn from 1 to 10^digits - 1; every node's value stays within 0
 *     to 10^(2 digits) - 1
 * @param multiply whether operations include {@code *} besides {@code +} and {@code -}
 * @param mode the answer mode
 */
public record DagParams(
    int depth, int width, int links, int distractors, String order, int digits, boolean multiply, AnswerMode mode) {

  static DagParams from(Params p) {
    return new DagParams(
        p.getInt("depth"), p.getInt("width"), p.getInt("links"), p.getInt("distractors"), p.getString("order"),
        p.getInt("digits"), p.getBool("multiply"), AnswerMode.from(p));
  }

  /** Operation nodes in layer {@code j} of the needed graph. */
  static int layerWidth(int j, int width) {
    return j >= 30 ? width : (int) Math.min(width, 1L << j);
  }

  /** Operation nodes the asked node needs (itself included): the sum of the layer widths. */
  static int neededOperations(int depth, int width) {
    int n = 0;
    for (int j = 0; j < depth; j++) {
      n += layerWidth(j, width);
    }
    return n;
  }

  int neededOperations() {
    return neededOperations(depth, width);
  }
}
