package io.taskforge.planning.sokoban;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fixed part of a Sokoban level: its walls and floor, the floor cells numbered 0..F-1 in reading
 * order (at most {@link #MAX_FLOOR}), the neighbours of each floor cell, and the goals.
 */
public final class SokobanBoard {
  public static final int MAX_FLOOR = 128;
  public static final char WALL = '#';
  public static final char FLOOR = '_';
  public static final char PLAYER = '@';
  public static final char BOX = '$';
  public static final char GOAL = '.';
  public static final char BOX_ON_GOAL = '*';
  public static final char PLAYER_ON_GOAL = '+';
  private static final int MAX_SIDE = 60;

  private final int height;
  private final int width;
  private final int[] floorOfCell;
  private final int[] cellOfFloor;
  /** next[f * 4 + move.ordinal()]: the floor cell one move away, or -1 for a wall. */
  private final int[] next;
  private final boolean[] goal;
  private final long goalLo;
  private final long goalHi;

  SokobanBoard(int height, int width, boolean[] wall, boolean[] goalCells) {
    this.height = height;
    this.width = width;
    this.floorOfCell = new int[height * width];
    int f = 0;
    for (int i = 0; i < wall.length; i++) {
      floorOfCell[i] = wall[i] ? -1 : f++;
    }
    if (f > MAX_FLOOR) {
      throw new IllegalArgumentException("the level has " + f + " floor cells; at most " + MAX_FLOOR
          + " are supported");
    }
    this.cellOfFloor = new int[f];
    this.next = new int[f * 4];
    this.goal = new boolean[f];
    long gl = 0;
    long gh = 0;
    for (int cell = 0; cell < wall.length; cell++) {
      int k = floorOfCell[cell];
      if (k < 0) {
        continue;
      }
      cellOfFloor[k] = cell;
      for (SokobanMove m : SokobanMove.ALL) {
        int r = cell / width + m.dr();
        int c = cell % width + m.dc();
        boolean inside = r >= 0 && c >= 0 && r < height && c < width;
        next[k * 4 + m.ordinal()] = inside ? floorOfCell[r * width + c] : -1;
      }
      if (goalCells[cell]) {
        goal[k] = true;
        if (k < 64) {
          gl |= 1L << k;
        } else {
          gh |= 1L << (k - 64);
        }
      }
    }
    this.goalLo = gl;
    this.goalHi = gh;
  }

  /** A level read from its rows, with the position it shows. */
  public record Level(SokobanBoard board, SokobanState start) {}

  /** Reads a level; throws IllegalArgumentException, saying why, for a malformed one. */
  public static Level parse(List<String> rows) {
    if (rows == null || rows.isEmpty()) {
      throw new IllegalArgumentException("the problem has no board");
    }
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
    boolean[] wall = new boolean[height * width];
    boolean[] goals = new boolean[height * width];
    boolean[] boxes = new boolean[height * width];
    int player = -1;
    int boxCount = 0;
    int goalCount = 0;
    for (int r = 0; r < height; r++) {
      String row = rows.get(r);
      for (int c = 0; c < width; c++) {
        int i = r * width + c;
        char ch = c < row.length() ? row.charAt(c) : WALL;
        switch (ch) {
          case WALL -> wall[i] = true;
          case FLOOR, ' ', '-' -> { }
          case GOAL -> goals[i] = true;
          case BOX -> boxes[i] = true;
          case BOX_ON_GOAL -> {
            boxes[i] = true;
            goals[i] = true;
          }
          case PLAYER, PLAYER_ON_GOAL -> {
            if (player >= 0) {
              throw new IllegalArgumentException("the problem's board has two players");
            }
            player = i;
            goals[i] = ch == PLAYER_ON_GOAL;
          }
          default -> throw new IllegalArgumentException("the problem's board has an unknown cell '" + ch + "'");
        }
        boxCount += boxes[i] ? 1 : 0;
        goalCount += goals[i] ? 1 : 0;
      }
    }
    if (player < 0) {
      throw new IllegalArgumentException("the problem's board has no player");
    }
    if (boxCount == 0 || boxCount != goalCount) {
      throw new IllegalArgumentException("the problem's board must have as many boxes as goals, at least one");
    }
    SokobanBoard board = new SokobanBoard(height, width, wall, goals);
    long lo = 0;
    long hi = 0;
    for (int i = 0; i < boxes.length; i++) {
      if (boxes[i]) {
        int f = board.floorOfCell[i];
        if (f < 64) {
          lo |= 1L << f;
        } else {
          hi |= 1L << (f - 64);
        }
      }
    }
    return new Level(board, new SokobanState(lo, hi, board.floorOfCell[player]));
  }

  public int height() {
    return height;
  }

  public int width() {
    return width;
  }

  /** The number of floor cells. */
  public int floor() {
    return cellOfFloor.length;
  }

  /** The floor cell one move from {@code floor}, or -1 for a wall. */
  public int next(int floor, SokobanMove move) {
    return next[floor * 4 + move.ordinal()];
  }

  int next(int floor, int move) {
    return next[floor * 4 + move];
  }

  public boolean isGoal(int floor) {
    return goal[floor];
  }

  /** The floor index of a board cell (row-major), or -1 for a wall. */
  public int floorOf(int cell) {
    return floorOfCell[cell];
  }

  /** The board cell (row-major) of a floor index. */
  public int cellOf(int floor) {
    return cellOfFloor[floor];
  }

  /** Whether every goal holds a box. */
  public boolean solved(SokobanState s) {
    return (s.lo() & goalLo) == goalLo && (s.hi() & goalHi) == goalHi;
  }

  /** "row 3, column 5" of a floor cell, counted from 1 at the top left. */
  public String where(int floor) {
    int cell = cellOfFloor[floor];
    return "row " + (cell / width + 1) + ", column " + (cell % width + 1);
  }

  /** The level's rows with a position drawn on it, in the XSB notation with {@code _} for floor. */
  public List<String> rows(SokobanState s) {
    List<String> out = new ArrayList<>(height);
    for (int r = 0; r < height; r++) {
      StringBuilder sb = new StringBuilder(width);
      for (int c = 0; c < width; c++) {
        int f = floorOfCell[r * width + c];
        if (f < 0) {
          sb.append(WALL);
        } else if (f == s.player()) {
          sb.append(goal[f] ? PLAYER_ON_GOAL : PLAYER);
        } else if (s.hasBox(f)) {
          sb.append(goal[f] ? BOX_ON_GOAL : BOX);
        } else {
          sb.append(goal[f] ? GOAL : FLOOR);
        }
      }
      out.add(sb.toString());
    }
    return out;
  }
}
