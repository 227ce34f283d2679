Domain: grid navigation with keys and doors.

Grid (${view.height} rows x ${view.width} columns; row 1 is the top row, column 1 the leftmost):
<#list view.board_rows as row>
  ${row}
</#list>

Cells: # wall | . floor | S start | G goal | a-f key | A-F door (needs the key of the same letter)
Start: ${view.start_at}
Goal: ${view.goal_at}
Keys: <#if view.key_count == 0>none<#else>${view.key_list?join("; ")}</#if>
Doors: <#if view.key_count == 0>none<#else>${view.door_list?join("; ")}</#if>

Actions: up, down, left, right (one cell each).
Preconditions: the target cell is on the grid and not a wall; a door cell needs its key held.
Effects: the agent moves to the target cell; entering a key cell adds that key to the agent's keys (keys are never consumed).
Goal: the agent stands on G.

Task: output a sequence of actions that reaches the goal.

Answer format: ${answer_format}

Return the plan inside <answer></answer> tags.
