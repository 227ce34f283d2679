<#if view.obfuscated>
I am playing with a set of ${view.block_count} objects named ${view.blocks}. The world is described by facts; a fact is a word followed by zero, one or two objects:
<#list view.predicate_lines as p>
- ${p}
</#list>

Here are the actions I can do, each with the objects it acts on:
<#list view.domain_lines as line>
- ${line}
</#list>
Any fact not mentioned by an action stays as it is.

Initially exactly these facts hold: ${view.initial_facts}.

My goal is to make all of these facts hold: ${view.goal_facts}.

Write a plan that reaches the goal.

Answer format: ${view.format_text}
<#elseif view.operators == 3>
I am playing with a set of ${view.block_count} blocks named ${view.blocks}. Blocks can be stacked into towers on a table. I move one block at a time, directly from where it is to where it goes.

I can do these actions:
- move-b-to-b X Y Z: move block X from the top of block Y onto block Z.
- move-b-to-t X Y: move block X from the top of block Y onto the table.
- move-t-to-b X Z: move block X from the table onto block Z.

Rules:
- I can move a block only if it is clear (no block is on top of it), and only from where it really is.
- I can move a block onto block Z only if Z is clear and Z is a different block. After that, Z is no longer clear.

Initially: ${view.initial_text}

My goal is to reach exactly this arrangement: ${view.goal_text}

Write a plan that reaches the goal.

Answer format: ${view.format_text}
<#else>
I am playing with a set of ${view.block_count} blocks named ${view.blocks}. Blocks can be stacked into towers on a table, and I have one hand.

I can do these actions:
- pick-up X: pick up block X from the table.
- unstack X Y: take block X off the top of block Y.
- put-down X: put the block X I am holding onto the table.
- stack X Y: put the block X I am holding on top of block Y.

Rules:
- I can pick up or unstack only one block at a time, and only when my hand is empty.
- I can pick up a block only if it is on the table and clear (no block is on top of it).
- I can unstack block X from block Y only if X is really on top of Y and X is clear.
- I can put down or stack only the block I am holding.
- I can stack block X on block Y only if Y is clear. After that, Y is no longer clear.

Initially: ${view.initial_text}

My goal is to reach exactly this arrangement, with my hand empty at the end: ${view.goal_text}

Write a plan that reaches the goal.

Answer format: ${answer_format}
</#if>
<#if view.optimality>

Shorter plans score higher: a valid plan scores the length of the shortest known plan divided by its own length.
</#if>

Give your final plan inside <answer></answer> tags.
