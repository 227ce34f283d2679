You have ${view.jug_count} jugs without any markings: ${view.capacities_text}.
<#if view.tap>
All jugs start empty. There is a tap and a drain, so you can:
- fill X: fill jug X to the brim from the tap (only if it is not already full);
- empty X: pour all of jug X down the drain (only if it is not already empty);
- pour X Y: pour water from jug X into jug Y until X is empty or Y is full, whichever comes first (only if X is not empty and Y is not full).
<#else>
At the start, ${view.contents_text}. There is no tap and no drain: no water can be added or thrown away. The only action is:
- pour X Y: pour water from jug X into jug Y until X is empty or Y is full, whichever comes first (only if X is not empty and Y is not full).
</#if>

Goal: reach a state where ${view.goal_text}<#if view.goal_lines?size < view.jug_count> (any other jug may hold anything)</#if>.

Find a sequence of actions that reaches the goal, or decide that no sequence of actions can reach it.
<#if view.optimality>
Shorter plans score higher: a valid plan scores the length of the shortest plan divided by its own length.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
