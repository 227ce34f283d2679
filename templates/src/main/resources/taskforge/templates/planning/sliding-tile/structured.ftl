Domain: sliding-tile puzzle (${view.puzzle}), board ${view.size}x${view.size}, tiles 1-${view.tiles}, blank = _.

Initial state (rows top to bottom):
<#list view.board_rows as row>
  ${row}
</#list>

Goal state (rows top to bottom):
<#list view.goal_rows as row>
  ${row}
</#list>

Actions: up, down, left, right.
Move convention: ${view.convention}. ${view.convention_text}
Precondition: the tile that would slide exists (the blank is not on the board edge in the way).
Effect: that tile and the blank swap cells.

Task: output a sequence of actions that transforms the initial state into the goal state.

Answer format: ${answer_format}

Return the plan inside <answer></answer> tags.
