<#if view.standard>
In a temple, monks keep a stack of ${view.disk_count} golden disks of different sizes, numbered 1 (the smallest) to ${view.largest} (the largest). Today the whole stack sits on peg ${view.source_peg}, and the abbot wants it rebuilt, in the same order, on peg ${view.target_peg}. There are ${view.peg_count} pegs (${view.pegs}).
<#else>
In a temple, monks tend ${view.disk_count} golden disks of different sizes, numbered 1 (the smallest) to ${view.largest} (the largest), spread over ${view.peg_count} pegs (${view.pegs}). A careless novice left them like this: ${view.initial_text}
<#if view.goal_is_tower>
The abbot wants every disk gathered into one stack on peg ${view.target_peg}, largest at the bottom.
<#else>
The abbot wants them arranged like this instead: ${view.goal_text}
</#if>
</#if>

A monk may lift only the top disk of a peg and must place it straight onto another peg, and no disk may ever rest on a smaller one. Write down the moves the monks should make, in order.
<#if view.optimality>
The abbot values few moves: a valid plan earns the length of the shortest plan divided by its own length.
</#if>

${answer_format}

Write the moves, one per line, inside <answer></answer> tags.
