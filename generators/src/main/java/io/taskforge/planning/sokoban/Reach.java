package io.taskforge.planning.sokoban;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where the player can walk without pushing: breadth-first distances over floor cells free of boxes,
 * with the way back, reusing its arrays between calls (one instance per thread).
 */
final class Reach {
  private final SokobanBoard board;
  private final int[] stamp;
  private final int[] dist;
  private final int[] cameBy;
  private final int[] queue;
  private int current;
  private int origin;
  private int size;
  private int min;

  Reach(SokobanBoard board) {
    this.board = board;
    int f = board.floor();
    this.stamp = new int[f];
    this.dist = new int[f];
    this.cameBy = new int[f];
    this.queue = new int[f];
  }

  /** Explores from {@code from} in the box layout of {@code s} (the player's own cell is ignored). */
  void explore(SokobanState s, int from) {
    current++;
    origin = from;
    int head = 0;
    int tail = 0;
    stamp[from] = current;
    dist[from] = 0;
    cameBy[from] = -1;
    queue[tail++] = from;
    min = from;
    while (head < tail) {
      int f = queue[head++];
      for (int m = 0; m < 4; m++) {
        int n = board.next(f, m);
        if (n >= 0 && stamp[n] != current && !s.hasBox(n)) {
          stamp[n] = current;
          dist[n] = dist[f] + 1;
          cameBy[n] = m;
          queue[tail++] = n;
          if (n < min) {
            min = n;
          }
        }
      }
    }
    size = tail;
  }

  boolean reached(int f) {
    return stamp[f] == current;
  }

  /** The walking distance to {@code f}, or -1 when it cannot be reached. */
  int distance(int f) {
    return stamp[f] == current ? dist[f] : -1;
  }

  /** The smallest floor index reached: the name of the player's region. */
  int smallest() {
    return min;
  }

  /** The cells reached, in increasing order. */
  List<Integer> cells() {
    List<Integer> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(queue[i]);
    }
    Collections.sort(out);
    return out;
  }

  /** A shortest walk to a reached cell. */
  void appendPath(int f, List<SokobanMove> out) {
    List<SokobanMove> back = new ArrayList<>(dist[f]);
    int at = f;
    while (at != origin) {
      SokobanMove m = SokobanMove.ALL.get(cameBy[at]);
      back.add(m);
      at = board.next(at, m.opposite());
    }
    for (int i = back.size() - 1; i >= 0; i--) {
      out.add(back.get(i));
    }
  }
}
