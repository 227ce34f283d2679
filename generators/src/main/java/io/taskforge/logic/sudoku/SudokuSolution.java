package io.taskforge.logic.sudoku;

import java.util.List;

/**
 * The gold: the completed grid and how it can be reached.
 *
 * @param grid the rows of the unique solution
 * @param technique the hardest technique a person needs (see the {@code technique} metric)
 */
public record SudokuSolution(List<List<Integer>> grid, String technique) {}
