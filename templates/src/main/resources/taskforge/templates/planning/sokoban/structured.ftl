Domain: Sokoban.

Level (${view.height} rows x ${view.width} columns; row 1 is the top row, column 1 the leftmost):
<#list view.board_rows as row>
  ${row}
</#list>

Symbols: # wall | _ floor | @ player | + player on goal | $ box | * box on goal | . goal
Player: ${view.player_at}
Boxes: ${view.box_list?join("; ")}
Goals: ${view.goal_list?join("; ")}

Actions: U, D, L, R (move the player one cell up, down, left, right).
Preconditions: the target cell is not a wall; if it holds a box, the cell beyond it in the same direction is floor or goal without a box.
Effects: the player moves to the target cell; a box there moves one cell further in the same direction.
Goal: every goal cell holds a box.

Task: output a sequence of actions that reaches the goal.

Answer format: ${answer_format}

Return the plan inside <answer></answer> tags.
