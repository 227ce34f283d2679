Task: sudoku
Grid: ${view.size} rows x ${view.size} columns
Boxes: ${view.boxes} boxes of ${view.box_rows} rows x ${view.box_cols} columns, tiling the grid from the top-left corner
Numbers: 1 to ${view.size}
Empty cells: ${view.blanks} (written as 0); given cells: ${view.givens}

Rules:
- Every empty cell must be filled with one number from 1 to ${view.size}.
- Each row, each column and each box must contain every number from 1 to ${view.size} exactly once.
- Given numbers stay where they are.
- The puzzle has exactly one solution.

Grid (rows from top to bottom, numbers separated by spaces, 0 = empty):
<#list view.zero_rows as row>
${row}
</#list>

Output: the completed grid, all ${view.size} rows, each written as ${view.row_format}.
Answer format: ${answer_format}

Return the final answer inside <answer></answer> tags.
