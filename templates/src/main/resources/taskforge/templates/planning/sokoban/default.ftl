Solve this Sokoban puzzle. The level is drawn as a grid of ${view.height} rows and ${view.width} columns:

<#list view.board_rows as row>
${row}
</#list>

Legend: # wall, _ empty floor, @ you (the player), $ box, . goal, * box already on a goal, + you standing on a goal.

Rules:
- Each move takes you one cell up (U), down (D), left (L) or right (R). You cannot walk into a wall.
- Walking into a box pushes it one cell further in the same direction. A box can only be pushed, never pulled, and only into an empty floor or goal cell: not into a wall and not into another box. You can push only one box at a time.
- The puzzle is solved when every goal holds a box (there are ${view.boxes} boxes and ${view.boxes} goals).

Find a sequence of moves that solves the puzzle.

Answer format: ${answer_format}

Write your moves inside <answer></answer> tags.
