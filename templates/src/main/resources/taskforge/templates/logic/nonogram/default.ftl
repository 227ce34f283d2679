Solve this nonogram. The grid has ${view.height} rows and ${view.width} columns, and every cell is either filled or empty.

Each row has a clue listing, from left to right, the lengths of its runs of consecutive filled cells; each column has a clue listing them from top to bottom. Runs in the same line are separated by at least one empty cell, and a clue of 0 means the line has no filled cell at all.

Row clues (top to bottom):
<#list view.row_clues as clue>
Row ${clue?counter}: ${clue}
</#list>

Column clues (left to right):
<#list view.column_clues as clue>
Column ${clue?counter}: ${clue}
</#list>

Exactly one grid satisfies all the clues. Find it.

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
