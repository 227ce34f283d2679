package io.taskforge.planning.blocksworld;

import java.util.List;

/**
 * One ground blocksworld action: an operator and its blocks (indices into the problem's blocks;
 * {@link #NONE} for arguments the operator does not take).
 */
public record BlocksAction(Operator op, int a, int b, int c) {
  public static final int NONE = -1;

  public static BlocksAction of(Operator op, int... args) {
    return new BlocksAction(op, args.length > 0 ? args[0] : NONE, args.length > 1 ? args[1] : NONE,
        args.length > 2 ? args[2] : NONE);
  }

  /** Argument {@code i} (0-based). */
  public int arg(int i) {
    return i == 0 ? a : i == 1 ? b : c;
  }

  /**
   * The canonical text: the operator's name in {@code actionNames} (indexed by its position in its
   * set), then the block names, separated by single spaces.
   */
  public String text(List<String> actionNames, List<String> blockNames) {
    StringBuilder sb = new StringBuilder(actionNames.get(op.indexInSet()));
    for (int i = 0; i < op.arity(); i++) {
      sb.append(' ').append(blockNames.get(arg(i)));
    }
    return sb.toString();
  }
}
