<#if view.obfuscated>
Domain: ${view.operators} actions over objects (names are arbitrary).

Objects: ${view.blocks}

Facts:
<#list view.predicate_lines as p>
- ${p}
</#list>

Actions:
<#list view.domain_lines as line>
- ${line}
</#list>

Initial state (every other fact is false): ${view.initial_facts}

Goal (all must hold): ${view.goal_facts}

Task: output a sequence of actions that transforms the initial state into one where every goal fact holds.

Answer format: ${view.format_text}
<#elseif view.operators == 3>
Domain: blocksworld (3 operators, no hand).

Blocks: ${view.blocks}

Operators:
- move-b-to-b X Y Z  pre: X on Y, X clear, Z clear, X != Z   eff: X on Z, Y clear, Z not clear
- move-b-to-t X Y    pre: X on Y, X clear                    eff: X on table, Y clear
- move-t-to-b X Z    pre: X on table, X clear, Z clear, X != Z  eff: X on Z, Z not clear

Initial state (towers listed bottom to top):
<#list view.initial_towers as tower>
  Tower ${tower?counter}: ${tower}
</#list>

Goal state (towers listed bottom to top):
<#list view.goal_towers as tower>
  Tower ${tower?counter}: ${tower}
</#list>

Task: output a sequence of actions that transforms the initial state into the goal state. Every block must end exactly where the goal state puts it.

Answer format: ${view.format_text}
<#else>
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
</#if>
<#if view.optimality>

Scoring: a valid plan scores the length of the shortest known plan divided by its own length.
</#if>

Return the plan inside <answer></answer> tags.
