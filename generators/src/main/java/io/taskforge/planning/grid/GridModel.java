package io.taskforge.planning.grid;

import io.taskforge.planning.core.PlanningModel;
import io.taskforge.search.SearchSpace;
import java.util.List;

/**
 * A grid-navigation problem as a planning model: the walker steps up, down, left or right onto
 * floor; stepping onto a key picks it up for good; a door can be entered only while holding a key
 * of its colour. The goal is to stand on {@code G}. Shared by the generator's breadth-first search
 * and the verifier.
 */
public final class GridModel implements PlanningModel<GridState, Step> {
  public static final char WALL = '#';
  public static final char FLOOR = '.';
  public static final char START = 'S';
  public static final char GOAL = 'G';
  /** Key colours are the letters a..f (doors A..F). */
  public static final int COLOURS = 6;
  private static final int MAX_SIDE = 100;

  private final int height;
  private final int width;
  private final char[] cells;
  private final int start;
  private final int goal;

  private GridModel(int height, int width, char[] cells, int start, int goal) {
    this.height = height;
    this.width = width;
    this.cells = cells;
    this.start = start;
    this.goal = goal;
  }

  /** The model of a problem record; throws IllegalArgumentException, saying why, for a malformed one. */
  public static GridModel of(GridProblem p) {
    if (p == null || p.board() == null || p.board().isEmpty()) {
      throw new IllegalArgumentException("the problem has no board");
    }
    List<String> rows = p.board();
    int height = rows.size();
    int width = 0;
    for (String row : rows) {
      if (row == null) {
        throw new IllegalArgumentException("the problem's board has a missing row");
      }
      width = Math.max(width, row.length());
    }
    if (height > MAX_SIDE || width > MAX_SIDE || width == 0) {
      throw new IllegalArgumentException("the problem's board must be 1 to " + MAX_SIDE + " cells on each side");
    }
    char[] cells = new char[height * width];
    int start = -1;
    int goal = -1;
    for (int r = 0; r < height; r++) {
      String row = rows.get(r);
      for (int c = 0; c < width; c++) {
        char ch = c < row.length() ? row.charAt(c) : WALL;
        boolean known = ch == WALL || ch == FLOOR || ch == START || ch == GOAL || isKey(ch) || isDoor(ch);
        if (!known) {
          throw new IllegalArgumentException("the problem's board has an unknown cell '" + ch + "'");
        }
        if (ch == START) {
          if (start >= 0) {
            throw new IllegalArgumentException("the problem's board has two starts");
          }
          start = r * width + c;
        } else if (ch == GOAL) {
          if (goal >= 0) {
            throw new IllegalArgumentException("the problem's board has two goals");
          }
          goal = r * width + c;
        }
        cells[r * width + c] = ch;
      }
    }
    if (start < 0 || goal < 0) {
      throw new IllegalArgumentException("the problem's board needs one start S and one goal G");
    }
    return new GridModel(height, width, cells, start, goal);
  }

  public static boolean isKey(char ch) {
    return ch >= 'a' && ch < 'a' + COLOURS;
  }

  public static boolean isDoor(char ch) {
    return ch >= 'A' && ch < 'A' + COLOURS;
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  /** The character of a cell, row-major. */
  public char cell(int index) {
    return cells[index];
  }

  public int goal() {
    return goal;
  }

  @Override
  public GridState initial() {
    return new GridState(start, 0);
  }

  /** The cell one step away, or -1 off the board. */
  public int neighbour(int cell, Step step) {
    int r = cell / width + step.dr();
    int c = cell % width + step.dc();
    return r < 0 || c < 0 || r >= height || c >= width ? -1 : r * width + c;
  }

  @Override
  public String violation(GridState state, Step step) {
    int next = neighbour(state.cell(), step);
    if (next >= 0) {
      char ch = cells[next];
      if (ch != WALL && (!isDoor(ch) || (state.keys() & (1 << (ch - 'A'))) != 0)) {
        return null;
      }
    }
    String from = "moving " + step.word() + " from " + where(state.cell());
    if (next < 0) {
      return from + " leaves the board";
    }
    char ch = cells[next];
    if (ch == WALL) {
      return from + " runs into a wall";
    }
    return from + " runs into door " + ch + " while holding no key " + Character.toLowerCase(ch);
  }

  @Override
  public GridState apply(GridState state, Step step) {
    int next = neighbour(state.cell(), step);
    char ch = cells[next];
    int keys = isKey(ch) ? state.keys() | (1 << (ch - 'a')) : state.keys();
    return new GridState(next, keys);
  }

  @Override
  public boolean isGoal(GridState state) {
    return state.cell() == goal;
  }

  @Override
  public List<String> unmetGoals(GridState state) {
    return state.cell() == goal ? List.of()
        : List.of("standing on G at " + where(goal) + " (the walker is at " + where(state.cell()) + ")");
  }

  @Override
  public void successors(GridState state, SearchSpace.Successors<GridState, Step> out) {
    for (Step s : Step.ALL) {
      int next = neighbour(state.cell(), s);
      if (next < 0) {
        continue;
      }
      char ch = cells[next];
      if (ch == WALL || isDoor(ch) && (state.keys() & (1 << (ch - 'A'))) == 0) {
        continue;
      }
      out.add(s, apply(state, s), 1);
    }
  }

  /** "row 3, column 5", counted from 1 at the top left. */
  public String where(int cell) {
    return "row " + (cell / width + 1) + ", column " + (cell % width + 1);
  }
}
