<#if view.kind == "missionaries">
Puzzle: missionaries and cannibals
Start: near bank: ${view.missionaries} missionaries (m), ${view.cannibals} cannibals (c), the boat
Goal: everyone on the far bank
Boat: 1 to ${view.boat} people per trip; trips alternate cross (near to far) and return (far to near)
Constraint: after each trip, on each bank with at least one missionary, the cannibals must not outnumber the missionaries (the boat's people count on the bank where they land)
<#else>
Puzzle: river crossing with a farmer
Items: ${view.items}
Boat: the farmer plus at most ${view.cargo} <#if view.cargo == 1>item<#else>items</#if>; the farmer rows every trip; trips alternate cross (near to far) and return (far to near)
Never left together on a bank without the farmer:
<#list view.conflict_lines as line>
  - ${line}
</#list>
Start: the farmer, the boat and every item on the near bank
Goal: the farmer and every item on the far bank
</#if>
<#if view.optimality>
Scoring: a valid plan scores the length of the shortest plan divided by its own length.
</#if>

Output: the sequence of trips.

Answer format: ${answer_format}

Return the plan inside <answer></answer> tags.
