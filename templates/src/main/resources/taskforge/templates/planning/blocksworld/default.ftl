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

Give your final plan inside <answer></answer> tags.
