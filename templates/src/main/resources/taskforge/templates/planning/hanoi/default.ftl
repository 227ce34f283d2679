This is a Tower of Hanoi puzzle with ${view.disk_count} disks, numbered 1 (the smallest) to ${view.largest} (the largest), and ${view.peg_count} pegs named ${view.pegs}.

Rules:
- Move one disk at a time: take the top disk of one peg and put it on top of another peg.
- Never put a disk on top of a smaller disk.

Start: ${view.initial_text}

Goal: ${view.goal_text}

Find a sequence of moves that turns the start into the goal.
<#if view.optimality>
Shorter plans score higher: a valid plan scores the length of the shortest plan divided by its own length.
</#if>

Answer format: ${answer_format}

Give your final list of moves inside <answer></answer> tags.
