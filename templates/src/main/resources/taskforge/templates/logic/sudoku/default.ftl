Solve this ${view.size}x${view.size} sudoku. Fill every empty cell (shown as ".") with a number from 1 to ${view.size} so that every row, every column and every box of ${view.box_rows} rows by ${view.box_cols} columns (the boxes are outlined below) contains each number from 1 to ${view.size} exactly once. The puzzle has exactly one solution; ${view.blanks} cells are empty.

<#list view.grid_lines as line>
${line}
</#list>

Answer format: ${answer_format}

For this puzzle, write ${view.size} lines, each holding one complete row written as ${view.row_format} (a row looks like `${view.row_example}`, though of course in the solution's order).

Give your final answer inside <answer></answer> tags.
