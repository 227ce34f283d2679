Task: futoshiki (Latin square with inequalities), size ${view.size}x${view.size}.

Rules:
- Each cell holds one number from 1 to ${view.size}.
- Every row and every column contains each number from 1 to ${view.size} exactly once.
- Rows are numbered 1 to ${view.size} from top to bottom, columns 1 to ${view.size} from left to right.
- Every given number and every inequality below must hold.

Given numbers (${view.givens?size}):
<#if view.givens?size == 0>
- none
<#else>
<#list view.givens as given>
- ${given}
</#list>
</#if>

Inequalities between neighbouring cells (${view.inequalities?size}):
<#list view.inequalities as inequality>
${inequality?counter}. ${inequality}
</#list>

Exactly one grid satisfies all the rules.

Answer format: ${answer_format}

Output the completed grid inside <answer></answer> tags.
