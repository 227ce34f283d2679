A robot has to cross an old warehouse to reach its charging dock. The floor plan below has ${view.height} rows and ${view.width} columns; the robot starts at S (${view.start_at}, counting rows from the top and columns from the left) and the dock is at G (${view.goal_at}). Walls are #, open floor is a dot.

<#list view.board_rows as row>
${row}
</#list>

<#if view.key_count == 0>
There are no locked doors on this floor, so the robot only has to find its way around the walls.
<#else>
Some passages are closed by coloured doors (uppercase letters) and the matching key cards (lowercase letters) lie around the warehouse:
<#list view.key_list as key>
- ${key}
</#list>
<#list view.door_list as door>
- ${door}
</#list>
The robot picks up a key card simply by rolling onto its cell and keeps it for good. With card a it can drive through door A as often as it likes; without it, door A is as solid as a wall.
</#if>

The robot moves one cell at a time: up, down, left or right.

${answer_format}

Give the robot's moves, one per line, inside <answer></answer> tags.
