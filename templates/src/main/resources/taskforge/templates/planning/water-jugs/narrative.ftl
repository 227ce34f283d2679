<#if view.tap>
A cook standing at a sink has ${view.jug_count} unmarked jugs, all empty: ${view.capacities_text}. She can fill a jug to the brim at the tap, tip a jug out into the sink, or pour one jug into another until the first runs dry or the second is full; she cannot measure anything by eye, and each action has to change something.
<#else>
A traveller far from any well has ${view.jug_count} unmarked jugs: ${view.capacities_text}. Right now ${view.contents_text}. There is no tap, and water is precious, so nothing may be spilled or added: the only thing to do is to pour one jug into another until the first runs dry or the second is full, and each pour has to move some water.
</#if>

The recipe asks that ${view.goal_text}.

Work out the actions, in order, or explain that it cannot be done by answering impossible.
<#if view.optimality>
Fewer actions are better: a valid plan earns the length of the shortest plan divided by its own length.
</#if>

${answer_format}

Put the final answer, one action per line (or the word impossible), inside <answer></answer> tags.
