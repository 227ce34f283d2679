Task: zebra puzzle (Einstein's riddle).

Setup:
- Houses: 1..${view.houses}, left to right (house 1 is the leftmost).
- Each house has exactly one value of every attribute; each value belongs to exactly one house.

Attributes (${view.attribute_count}), in answer order:
<#list view.attributes as a>
${a?counter}. ${a.name} = {${a.values_joined}}
</#list>

Definitions:
- "X is Y": same house. "X is not Y": different houses.
- "somewhere to the left/right of": house number strictly lower/higher.
- "directly to the left of": house number exactly one lower.
- "next to": house numbers differ by 1. "not next to" (different houses that are not next to each other): they differ by at least 2.
- "exactly one house between": house numbers differ by 2.
- "A or B": at least one of A, B holds.

Clues (${view.clue_count}):
<#list view.clues as clue>
C${clue?counter}. ${clue}
</#list>

Question: the clues have exactly one solution; give the complete grid.

Answer format: ${answer_format}
Example first line: ${view.example_line}

Output the final answer inside <answer></answer> tags.
