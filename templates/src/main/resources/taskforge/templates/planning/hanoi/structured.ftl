Puzzle: Tower of Hanoi
Pegs: ${view.pegs}
Disks: 1..${view.largest} (1 = smallest)

Start (each peg listed bottom to top):
<#list view.initial_lines as line>
  ${line}
</#list>

Goal (each peg listed bottom to top):
<#list view.goal_lines as line>
  ${line}
</#list>

Legal move: take the top disk of a peg and place it on another peg that is empty or whose top disk is larger (never a disk on a smaller one).
<#if view.optimality>
Scoring: a valid plan scores the length of the shortest plan divided by its own length.
</#if>

Output: the sequence of moves from the start to the goal.

Answer format: ${answer_format}

Return the moves inside <answer></answer> tags.
