package io.taskforge.planning.grid;

import io.taskforge.core.Rng;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Draws a board: a maze carved by a randomized depth-first search on a lattice of rows × cols
 * rooms (rooms at odd coordinates, the walls between them at even ones), some inner walls knocked
 * through to make cycles, a start and a far goal, then the keys and doors.
 *
 * <p>Doors sit on cut cells of the route from start to goal (cells every path from start to goal
 * must cross), so each door must be opened. The key of the i-th door along the route lies in the
 * part of the maze that door i-1 opens (the first key in the start's part), off the route where
 * possible and then in the half of that part's cells farther from the route: a chain of detours
 * that must be walked in order.
 */
final class GridMaze {
  private final int height;
  private final int width;
  private final char[] cells;

  private GridMaze(int height, int width) {
    this.height = height;
    this.width = width;
    this.cells = new char[height * width];
    Arrays.fill(cells, GridModel.WALL);
  }

  /** A board drawn from {@code rng}, or null when this draw cannot hold the keys asked for. */
  static List<String> draw(GridParams p, Rng rng) {
    GridMaze m = new GridMaze(2 * p.rows() + 1, 2 * p.cols() + 1);
    m.carve(p.rows(), p.cols(), rng);
    m.knockThrough(p.loops(), rng);
    return m.place(p.rows(), p.cols(), p.keys(), rng) ? m.rows() : null;
  }

  private int at(int r, int c) {
    return r * width + c;
  }

  private void carve(int rows, int cols, Rng rng) {
    boolean[] visited = new boolean[rows * cols];
    int[] stack = new int[rows * cols];
    int top = 0;
    int first = rng.nextInt(rows * cols);
    visited[first] = true;
    stack[top++] = first;
    cells[at(2 * (first / cols) + 1, 2 * (first % cols) + 1)] = GridModel.FLOOR;
    int[] options = new int[4];
    while (top > 0) {
      int room = stack[top - 1];
      int r = room / cols;
      int c = room % cols;
      int n = 0;
      if (r > 0 && !visited[room - cols]) {
        options[n++] = room - cols;
      }
      if (r + 1 < rows && !visited[room + cols]) {
        options[n++] = room + cols;
      }
      if (c > 0 && !visited[room - 1]) {
        options[n++] = room - 1;
      }
      if (c + 1 < cols && !visited[room + 1]) {
        options[n++] = room + 1;
      }
      if (n == 0) {
        top--;
        continue;
      }
      int next = options[rng.nextInt(n)];
      visited[next] = true;
      int nr = next / cols;
      int nc = next % cols;
      cells[at(r + nr + 1, c + nc + 1)] = GridModel.FLOOR; // the wall between the two rooms
      cells[at(2 * nr + 1, 2 * nc + 1)] = GridModel.FLOOR;
      stack[top++] = next;
    }
  }

  /** Opens each remaining wall between two rooms with probability percent/100, in reading order. */
  private void knockThrough(int percent, Rng rng) {
    if (percent == 0) {
      return;
    }
    for (int r = 1; r < height - 1; r++) {
      for (int c = 1; c < width - 1; c++) {
        boolean between = (r % 2 == 1) != (c % 2 == 1);
        if (between && cells[at(r, c)] == GridModel.WALL && rng.chance(percent, 100)) {
          cells[at(r, c)] = GridModel.FLOOR;
        }
      }
    }
  }

  /** Breadth-first distances from {@code from} over floor, treating {@code blocked} cells as walls. */
  private int[] distances(int from, boolean[] blocked) {
    int[] dist = new int[cells.length];
    Arrays.fill(dist, -1);
    int[] queue = new int[cells.length];
    int head = 0;
    int tail = 0;
    dist[from] = 0;
    queue[tail++] = from;
    while (head < tail) {
      int cell = queue[head++];
      for (int next : new int[] {cell - width, cell + width, cell - 1, cell + 1}) {
        if (cells[next] != GridModel.WALL && dist[next] < 0 && (blocked == null || !blocked[next])) {
          dist[next] = dist[cell] + 1;
          queue[tail++] = next;
        }
      }
    }
    return dist;
  }

  /** Places start, goal, doors and keys; false when the maze has too few cut cells for the keys. */
  private boolean place(int rows, int cols, int keys, Rng rng) {
    int start = room(rng.nextInt(rows * cols), cols);
    int[] fromStart = distances(start, null);
    int far = 0;
    for (int d : fromStart) {
      far = Math.max(far, d);
    }
    List<Integer> goals = new ArrayList<>();
    for (int room = 0; room < rows * cols; room++) {
      int cell = room(room, cols);
      if (cell != start && 4 * fromStart[cell] >= 3 * far) {
        goals.add(cell);
      }
    }
    int goal = rng.pick(goals);
    List<Integer> route = route(start, goal, fromStart);
    boolean[] onRoute = new boolean[cells.length];
    for (int cell : route) {
      onRoute[cell] = true;
    }
    List<Integer> cuts = new ArrayList<>();
    boolean[] blocked = new boolean[cells.length];
    for (int i = 1; i < route.size() - 1; i++) {
      int cell = route.get(i);
      blocked[cell] = true;
      if (distances(start, blocked)[goal] < 0) {
        cuts.add(cell);
      }
      blocked[cell] = false;
    }
    if (cuts.size() < keys) {
      return false;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      List<Integer> doors = chooseDoors(cuts, keys, rng);
      int[] keyCells = keyCells(start, goal, doors, onRoute, rng);
      if (keyCells != null) {
        int[] colours = rng.permutation(keys);
        for (int i = 0; i < keys; i++) {
          cells[doors.get(i)] = (char) ('A' + colours[i]);
          cells[keyCells[i]] = (char) ('a' + colours[i]);
        }
        cells[start] = GridModel.START;
        cells[goal] = GridModel.GOAL;
        return true;
      }
    }
    return false;
  }

  private int room(int room, int cols) {
    return at(2 * (room / cols) + 1, 2 * (room % cols) + 1);
  }

  /** A shortest path from start to goal, both included, following decreasing distance. */
  private List<Integer> route(int start, int goal, int[] fromStart) {
    List<Integer> back = new ArrayList<>();
    int cell = goal;
    back.add(cell);
    while (cell != start) {
      for (int next : new int[] {cell - width, cell + width, cell - 1, cell + 1}) {
        if (cells[next] != GridModel.WALL && fromStart[next] == fromStart[cell] - 1) {
          cell = next;
          break;
        }
      }
      back.add(cell);
    }
    List<Integer> route = new ArrayList<>(back.size());
    for (int i = back.size() - 1; i >= 0; i--) {
      route.add(back.get(i));
    }
    return route;
  }

  /** {@code keys} distinct cut cells, in route order (cuts are listed in route order). */
  private static List<Integer> chooseDoors(List<Integer> cuts, int keys, Rng rng) {
    int[] order = rng.permutation(cuts.size());
    int[] chosen = Arrays.copyOf(order, keys);
    Arrays.sort(chosen);
    List<Integer> doors = new ArrayList<>(keys);
    for (int i : chosen) {
      doors.add(cuts.get(i));
    }
    return doors;
  }

  /**
   * A cell for each door's key in the part of the maze opened by the previous door (off the route
   * where possible), or null when some part has no free cell.
   */
  private int[] keyCells(int start, int goal, List<Integer> doors, boolean[] onRoute, Rng rng) {
    int keys = doors.size();
    int[] fromRoute = distancesFrom(onRoute);
    int[] out = new int[keys];
    boolean[] earlier = new boolean[cells.length];
    boolean[] isDoor = new boolean[cells.length];
    for (int d : doors) {
      isDoor[d] = true;
    }
    for (int i = 0; i < keys; i++) {
      boolean[] blocked = new boolean[cells.length];
      for (int j = i; j < keys; j++) {
        blocked[doors.get(j)] = true;
      }
      int[] reach = distances(start, blocked);
      List<Integer> anywhere = new ArrayList<>();
      List<Integer> offRoute = new ArrayList<>();
      for (int cell = 0; cell < cells.length; cell++) {
        if (reach[cell] >= 0 && !earlier[cell] && cell != start && cell != goal && !isDoor[cell]) {
          anywhere.add(cell);
          if (!onRoute[cell]) {
            offRoute.add(cell);
          }
        }
      }
      if (anywhere.isEmpty()) {
        return null;
      }
      out[i] = offRoute.isEmpty() ? rng.pick(anywhere) : farHalf(offRoute, fromRoute, rng);
      for (int cell = 0; cell < cells.length; cell++) {
        earlier[cell] |= reach[cell] >= 0;
      }
    }
    return out;
  }

  /** One of the cells in the farther half from the route (ties by cell order), uniformly. */
  private static int farHalf(List<Integer> candidates, int[] fromRoute, Rng rng) {
    List<Integer> sorted = new ArrayList<>(candidates);
    sorted.sort((a, b) -> fromRoute[a] != fromRoute[b] ? Integer.compare(fromRoute[b], fromRoute[a])
        : Integer.compare(a, b));
    return sorted.get(rng.nextInt((sorted.size() + 1) / 2));
  }

  /** Breadth-first distances over floor from the nearest of the given cells. */
  private int[] distancesFrom(boolean[] sources) {
    int[] dist = new int[cells.length];
    Arrays.fill(dist, -1);
    int[] queue = new int[cells.length];
    int head = 0;
    int tail = 0;
    for (int cell = 0; cell < cells.length; cell++) {
      if (sources[cell]) {
        dist[cell] = 0;
        queue[tail++] = cell;
      }
    }
    while (head < tail) {
      int cell = queue[head++];
      for (int next : new int[] {cell - width, cell + width, cell - 1, cell + 1}) {
        if (cells[next] != GridModel.WALL && dist[next] < 0) {
          dist[next] = dist[cell] + 1;
          queue[tail++] = next;
        }
      }
    }
    return dist;
  }

  private List<String> rows() {
    List<String> rows = new ArrayList<>(height);
    for (int r = 0; r < height; r++) {
      rows.add(new String(cells, r * width, width));
    }
    return rows;
  }
}
