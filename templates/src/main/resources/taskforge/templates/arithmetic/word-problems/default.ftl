Solve the following word problem. Work with exact numbers; do not round.

${view.statement}

<#if params.mode == "trace">
Show your work as named quantities. Compute each quantity below on its own line, in the form name = expression = value:
<#list problem.quantities as q>
- ${q.name}: ${q.about}
</#list>

A quantity's line must come after the lines of the quantities it is computed from; any such order is fine. An expression may use numbers from the problem, the names of quantities on earlier lines, + - * / and parentheses. After the last quantity, write a line "Result: <number>" with the answer to the question.
<#else>
Answer with a single exact number, without units.
</#if>

Answer format: ${answer_format}

Give your final answer inside <answer></answer> tags.
