<#if view.obfuscated>
An old machine has ${view.block_count} tokens, labelled ${view.blocks}, and a panel of lights. Each light shows a fact about the tokens; the facts it can show are:
<#list view.predicate_lines as p>
- ${p}
</#list>

The machine has ${view.operators} levers. Pulling a lever names one or more tokens, and works only in certain situations:
<#list view.domain_lines as line>
- ${line}
</#list>
A lever never changes a light it does not mention.

Right now the lit facts are exactly: ${view.initial_facts}.

You want all of these facts lit at the same time: ${view.goal_facts}.

Decide which levers to pull, and in which order.

${view.format_text}
<#elseif view.operators == 3>
A toddler has left ${view.block_count} lettered blocks (${view.blocks}) on the playroom table, some of them piled into towers. Looking from the side, bottom to top, the towers are: ${view.initial_compact}. In words: ${view.initial_text}

You want to tidy them into a different arrangement: ${view.goal_compact}, again each tower listed bottom to top. In words, every block must end up like this: ${view.goal_text}

You slide one block at a time straight to its new place, and you may only move a block with nothing on top of it. You can move a block from another block onto a third block (move-b-to-b X Y Z: X from Y onto Z), from a block down to the table (move-b-to-t X Y: X from Y to the table), or from the table onto a block (move-t-to-b X Z: X from the table onto Z). The block you move onto must have nothing on top of it.

Plan the moves, in order.

${view.format_text}
<#else>
A toddler has left ${view.block_count} lettered blocks (${view.blocks}) on the playroom table, some of them piled into towers. Looking from the side, bottom to top, the towers are: ${view.initial_compact}. In words: ${view.initial_text}

You want to tidy them into a different arrangement: ${view.goal_compact}, again each tower listed bottom to top. In words, every block must end up like this: ${view.goal_text}

You have a robot hand that holds at most one block. It can pick a clear block up from the table (pick-up X) or lift a clear block X off the block Y it sits on (unstack X Y), but only while it is empty. Holding a block, it can set it down on the table (put-down X) or on top of another block Y, provided nothing is on Y (stack X Y). A block is clear when no block sits on it. The hand must be empty when you finish.

Plan the hand's actions, in order.

${answer_format}
</#if>
<#if view.optimality>

Shorter plans are better: a valid plan earns the length of the shortest known plan divided by its own length.
</#if>

When your plan is ready, write it, one action per line, inside <answer></answer> tags.
