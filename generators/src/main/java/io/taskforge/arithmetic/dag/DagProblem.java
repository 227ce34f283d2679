package io.taskforge.arithmetic.dag;

import java.util.List;

/**
 * A computation graph and the node whose value is asked.
 *
 * @param nodes every node, in the order the problem describes them (see the param {@code order});
 *     operations refer to other nodes by name, and the graph has no cycle
 * @param target the name of the asked node
 * @param mode {@code final} (only the value is scored) or {@code trace} (the computation is scored
 *     line by line)
 */
public record DagProblem(List<DagNode> nodes, String target, String mode) {
  public DagProblem {
    nodes = List.copyOf(nodes);
  }
}
