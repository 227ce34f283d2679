A friend left a sudoku half done on the table: a ${view.size} by ${view.size} board split into ${view.boxes} boxes, each ${view.box_rows} squares tall and ${view.box_cols} squares wide. When it is finished, every row, every column and every box must contain each of the numbers 1 to ${view.size} exactly once. Your friend wrote in ${view.givens} numbers, counting rows from the top and columns from the left:

<#list view.given_cells as cell>
- ${cell}
</#list>

The other ${view.blanks} squares are still empty. Only one way of filling them works. Complete the board.

${answer_format}

So the finished board is ${view.size} lines, each a full row written as ${view.row_format}. Put the final answer inside <answer></answer> tags.
