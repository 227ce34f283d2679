A toddler has left ${view.block_count} lettered blocks (${view.blocks}) on the playroom table, some of them piled into towers. Looking from the side, bottom to top, the towers are: ${view.initial_compact}. In words: ${view.initial_text}

You want to tidy them into a different arrangement: ${view.goal_compact}, again each tower listed bottom to top. In words, every block must end up like this: ${view.goal_text}

You have a robot hand that holds at most one block. It can pick a clear block up from the table (pick-up X) or lift a clear block X off the block Y it sits on (unstack X Y), but only while it is empty. Holding a block, it can set it down on the table (put-down X) or on top of another block Y, provided nothing is on Y (stack X Y). A block is clear when no block sits on it. The hand must be empty when you finish.

Plan the hand's actions, in order.

${answer_format}

When your plan is ready, write it, one action per line, inside <answer></answer> tags.
