Puzzle: water jugs
<#if view.tap>
Actions: fill X | empty X | pour X Y (until X is empty or Y is full); every action must change something
<#else>
Actions: pour X Y only (until X is empty or Y is full; no tap, no drain); every pour must move water
</#if>

Jugs (capacity, contents at the start, in litres):
<#list view.jug_lines as line>
  ${line}
</#list>

Goal (all must hold at the end):
<#list view.goal_lines as line>
  ${line}
</#list>

Output: a sequence of actions reaching the goal, or "impossible" if there is none.
<#if view.optimality>
Scoring: a valid plan scores the length of the shortest plan divided by its own length.
</#if>

Answer format: ${answer_format}

Return the answer inside <answer></answer> tags.
