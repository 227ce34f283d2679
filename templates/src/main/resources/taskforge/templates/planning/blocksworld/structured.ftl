Domain: blocksworld (4 operators, one hand).

Blocks: ${view.blocks}

Operators:
- pick-up X    pre: X on table, X clear, hand empty    eff: holding X
- unstack X Y  pre: X on Y, X clear, hand empty        eff: holding X, Y clear
- put-down X   pre: holding X                          eff: X on table, X clear, hand empty
- stack X Y    pre: holding X, Y clear                 eff: X on Y, X clear, Y not clear, hand empty

Initial state (towers listed bottom to top; hand empty):
<#list view.initial_towers as tower>
  Tower ${tower?counter}: ${tower}
</#list>

Goal state (towers listed bottom to top; hand empty):
<#list view.goal_towers as tower>
  Tower ${tower?counter}: ${tower}
</#list>

Task: output a sequence of actions that transforms the initial state into the goal state. Every block must end exactly where the goal state puts it.

Answer format: ${answer_format}

Return the plan inside <answer></answer> tags.
