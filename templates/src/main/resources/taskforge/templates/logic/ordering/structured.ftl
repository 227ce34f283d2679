Task: ordering puzzle.

Setting: ${view.intro}
Positions: ${view.meaning}. Each position holds exactly one of the ${view.count} items.

Clues:
<#list view.clues as line>
C${line?counter}. ${line}
</#list>

Notes: "somewhere before/after" allows other items in between; "immediately"/"directly" does not. "Between" means strictly between, in either direction. "Next to each other" means in adjacent positions. Exactly one order satisfies every clue.

Question: ${view.question}

Answer format: ${answer_format}

Output the final answer inside <answer></answer> tags.
